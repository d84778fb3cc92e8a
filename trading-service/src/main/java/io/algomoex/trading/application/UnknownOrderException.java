package io.algomoex.trading.application;

/** No order is stored under the client order id. */
public class UnknownOrderException extends RuntimeException {

    public UnknownOrderException(String clientOrderId) {
        super("no order '" + clientOrderId + "'");
    }
}
