package io.algomoex.trading.adapter.in.web;

import io.algomoex.service.ServiceProblemDetails;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The shared problem details of {@link ServiceProblemDetails}; this service adds no exception of its own. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ServiceProblemDetails {}
