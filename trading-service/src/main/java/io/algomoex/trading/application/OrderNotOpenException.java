package io.algomoex.trading.application;

import io.algomoex.trading.domain.Order;

/** The order is final (filled, rejected or cancelled), or filled at the broker before a cancel reached it. */
public class OrderNotOpenException extends RuntimeException {

    public OrderNotOpenException(Order order) {
        super("order '" + order.clientOrderId() + "' is " + order.state() + " and cannot be cancelled");
    }

    public OrderNotOpenException(String message) {
        super(message);
    }
}
