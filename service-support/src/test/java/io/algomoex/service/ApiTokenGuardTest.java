package io.algomoex.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiTokenGuardTest {

    @Test
    void letsReadsThroughWithoutAToken() {
        assertThat(new ApiTokenGuard("secret").preHandle(request("GET", null), new MockHttpServletResponse(), null))
                .isTrue();
    }

    @Test
    void acceptsTheConfiguredBearerToken() {
        assertThat(new ApiTokenGuard("secret")
                        .preHandle(request("POST", "Bearer secret"), new MockHttpServletResponse(), null))
                .isTrue();
    }

    @Test
    void refusesAWrongOrMissingToken() {
        ApiTokenGuard interceptor = new ApiTokenGuard("secret");

        assertThatThrownBy(() -> interceptor.preHandle(request("POST", "Bearer secreT"), null, null))
                .isInstanceOf(ApiTokenGuard.InvalidApiTokenException.class)
                .message()
                .doesNotContain("secret");
        assertThatThrownBy(() -> interceptor.preHandle(request("POST", null), null, null))
                .isInstanceOf(ApiTokenGuard.InvalidApiTokenException.class);
    }

    @Test
    void refusesEveryChangeWhenNoTokenIsConfigured() {
        assertThatThrownBy(() -> new ApiTokenGuard(" ").preHandle(request("POST", "Bearer "), null, null))
                .isInstanceOf(ApiTokenGuard.ApiTokenNotConfiguredException.class)
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
