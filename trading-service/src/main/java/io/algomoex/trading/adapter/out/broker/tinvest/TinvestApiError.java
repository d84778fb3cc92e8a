package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.trading.application.port.BrokerUnavailableException;

/**
 * An error answer of the REST gateway ({@code ErrorResponse {code, message, description}}): the HTTP status, the gRPC
 * status code, T-Invest's API error code (for example 30079) and its message. Retryable unless the caller knows the
 * code to be final: an error nobody interprets leaves the order's fate unknown, never failed.
 */
final class TinvestApiError extends BrokerUnavailableException {

    /** The gRPC status of "not found" (an order or instrument the account does not have). */
    static final int NOT_FOUND = 5;

    final int httpStatus;
    final int grpcCode;
    final int apiCode;
    final String apiMessage;

    TinvestApiError(String what, int httpStatus, int grpcCode, int apiCode, String apiMessage) {
        super(
                "T-Invest answered " + httpStatus + " to " + what + ": " + apiCode + " " + apiMessage + " (gRPC "
                        + grpcCode + ")"
                        + (httpStatus == 401
                                ? "; renew ALGO_TRADING_TINVEST_TOKEN (a sandbox token works on the sandbox host only)"
                                : ""),
                null);
        this.httpStatus = httpStatus;
        this.grpcCode = grpcCode;
        this.apiCode = apiCode;
        this.apiMessage = apiMessage;
    }

    boolean isNotFound() {
        return grpcCode == NOT_FOUND;
    }

    /** The reason as an order rejection carries it, for example {@code T-Invest 30042: not enough assets}. */
    String reason() {
        return "T-Invest " + apiCode + ": " + (apiMessage.isBlank() ? "rejected" : apiMessage);
    }
}
