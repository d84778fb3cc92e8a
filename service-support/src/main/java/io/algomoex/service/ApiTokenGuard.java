package io.algomoex.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Mutating requests need {@code Authorization: Bearer <ALGO_API_TOKEN>}. Without a configured token they are refused
 * outright (403) rather than left open, since the compose stack starts without secrets. Tokens are compared in
 * constant time so the comparison leaks nothing about how much of a guess was right.
 */
public class ApiTokenGuard implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    /** @param token the configured API token; blank when none is configured */
    public ApiTokenGuard(String token) {
        this.token = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return true;
        }
        if (token.length == 0) {
            throw new ApiTokenNotConfiguredException();
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        byte[] presented = header != null && header.startsWith(BEARER)
                ? header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(token, presented)) {
            throw new InvalidApiTokenException();
        }
        return true;
    }

    public static class ApiTokenNotConfiguredException extends RuntimeException {
        ApiTokenNotConfiguredException() {
            super("the API token is not configured (set ALGO_API_TOKEN); mutating endpoints are disabled");
        }
    }

    public static class InvalidApiTokenException extends RuntimeException {
        InvalidApiTokenException() {
            super("a valid 'Authorization: Bearer <ALGO_API_TOKEN>' header is required");
        }
    }
}
