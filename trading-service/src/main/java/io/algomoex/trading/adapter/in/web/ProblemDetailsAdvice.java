package io.algomoex.trading.adapter.in.web;

import io.algomoex.service.ServiceProblemDetails;
import io.algomoex.trading.application.OrderNotOpenException;
import io.algomoex.trading.application.ResumeRefusedException;
import io.algomoex.trading.application.UnknownOrderException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The shared problem details of {@link ServiceProblemDetails}, plus 404 and 409 for order cancels and refused resumes. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ServiceProblemDetails {

    @ExceptionHandler(UnknownOrderException.class)
    ProblemDetail notFound(UnknownOrderException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler({ResumeRefusedException.class, OrderNotOpenException.class})
    ProblemDetail conflict(RuntimeException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }
}
