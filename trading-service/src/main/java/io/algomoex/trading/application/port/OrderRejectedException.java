package io.algomoex.trading.application.port;

/** The broker refused an order for good; the message is the broker's reason. */
public class OrderRejectedException extends RuntimeException {

    public OrderRejectedException(String reason) {
        super(reason);
    }
}
