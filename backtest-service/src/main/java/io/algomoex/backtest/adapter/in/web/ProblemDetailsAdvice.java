package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.backtest.domain.SweepAlreadyFinishedException;
import io.algomoex.backtest.domain.SweepNotFoundException;
import io.algomoex.service.ServiceProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for every error; unexpected ones say nothing more than that, the detail goes to the log. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ServiceProblemDetails {

    @ExceptionHandler(InvalidBacktestRequestException.class)
    ProblemDetail invalidRequest(InvalidBacktestRequestException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setProperty("field", exception.field());
        return problem;
    }

    @ExceptionHandler({CandlesNotFoundException.class, SweepNotFoundException.class})
    ProblemDetail notFound(RuntimeException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(SweepAlreadyFinishedException.class)
    ProblemDetail alreadyFinished(SweepAlreadyFinishedException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }
}
