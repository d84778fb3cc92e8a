package io.algomoex.collector.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiTokenInterceptorTest {

    @Test
    void letsReadsThroughWithoutAToken() {
        assertThat(new ApiTokenInterceptor("secret")
                        .preHandle(request("GET", null), new MockHttpServletResponse(), null))
                .isTrue();
    }

    @Test
    void acceptsTheConfiguredBearerToken() {
        assertThat(new ApiTokenInterceptor("secret")
                        .preHandle(request("POST", "Bearer secret"), new MockHttpServletResponse(), null))
                .isTrue();
    }

    @Test
    void refusesAWrongOrMissingToken() {
        ApiTokenInterceptor interceptor = new ApiTokenInterceptor("secret");

        assertThatThrownBy(() -> interceptor.preHandle(request("POST", "Bearer secreT"), null, null))
                .isInstanceOfSatisfying(
                        ApiTokenException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED))
                .message()
                .doesNotContain("secret");
        assertThatThrownBy(() -> interceptor.preHandle(request("POST", null), null, null))
                .isInstanceOf(ApiTokenException.class);
    }

    @Test
    void refusesEveryChangeWhenNoTokenIsConfigured() {
        assertThatThrownBy(() -> new ApiTokenInterceptor(" ").preHandle(request("POST", "Bearer "), null, null))
                .isInstanceOfSatisfying(
                        ApiTokenException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN))
                .hasMessageContaining("not configured");
    }

    private static MockHttpServletRequest request(String method, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/imports");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
