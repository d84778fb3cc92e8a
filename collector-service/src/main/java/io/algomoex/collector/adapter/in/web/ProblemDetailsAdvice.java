package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.domain.UnknownInstrumentException;
import io.algomoex.common.market.csv.MalformedCsvException;
import io.algomoex.service.ServiceProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for every error; unexpected ones say nothing more than that, the detail goes to the log. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ServiceProblemDetails {

    @ExceptionHandler(MalformedCsvException.class)
    ProblemDetail malformedCsv(MalformedCsvException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, exception.getMessage() + "; nothing was stored");
        problem.setTitle("Unparsable candle file");
        problem.setProperty("line", exception.line());
        return problem;
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ProblemDetail uploadTooLarge(UploadTooLargeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, exception.getMessage() + "; nothing was stored");
        problem.setTitle("Candle file too large");
        problem.setProperty("maxBytes", exception.maxBytes());
        return problem;
    }

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<ProblemDetail> importBusy(ImportBusyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, exception.getMessage() + "; nothing was stored");
        problem.setTitle("Another import is running");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ImportBusyException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler({UnknownInstrumentException.class, CollectionNotFoundException.class})
    ProblemDetail notFound(RuntimeException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }
}
