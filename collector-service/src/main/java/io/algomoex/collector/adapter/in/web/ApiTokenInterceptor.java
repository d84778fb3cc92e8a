package io.algomoex.collector.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requires {@code Authorization: Bearer <ALGO_API_TOKEN>} on mutating requests (DESIGN.md §7). The comparison runs in
 * constant time so response timing reveals nothing about the token. Without a configured token every mutating request
 * is refused, so a forgotten variable never leaves the API open.
 */
public class ApiTokenInterceptor implements HandlerInterceptor {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public ApiTokenInterceptor(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        if (token == null) {
            throw new ApiTokenException(
                    HttpStatus.FORBIDDEN, "the API token is not configured (set ALGO_API_TOKEN); changes are refused");
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        byte[] presented = header != null && header.startsWith(BEARER)
                ? header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(presented, token)) {
            throw new ApiTokenException(HttpStatus.UNAUTHORIZED, "a valid 'Authorization: Bearer <token>' is required");
        }
        return true;
    }
}
