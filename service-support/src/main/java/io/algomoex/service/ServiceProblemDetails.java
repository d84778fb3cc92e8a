package io.algomoex.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details every service answers alike: the API-token refusals (403 when no token is configured,
 * 401 with {@code WWW-Authenticate: Bearer} when the presented one is wrong), 400 for an invalid argument, and 500
 * with a generic message for anything unexpected, whose detail goes only to the log. Each service's
 * {@code @RestControllerAdvice} extends this and adds its own domain exceptions.
 */
public abstract class ServiceProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ServiceProblemDetails.class);

    @ExceptionHandler(ApiTokenGuard.ApiTokenNotConfiguredException.class)
    protected ProblemDetail tokenNotConfigured(ApiTokenGuard.ApiTokenNotConfiguredException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, exception.getMessage());
    }

    @ExceptionHandler(ApiTokenGuard.InvalidApiTokenException.class)
    protected ResponseEntity<ProblemDetail> invalidToken(ApiTokenGuard.InvalidApiTokenException exception) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, exception.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    protected ProblemDetail invalidArgument(IllegalArgumentException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
    }

    @ExceptionHandler(Exception.class)
    protected ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected error while handling a request", exception);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error; see the service log");
    }
}
