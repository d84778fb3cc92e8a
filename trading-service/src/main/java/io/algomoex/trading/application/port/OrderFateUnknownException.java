package io.algomoex.trading.application.port;

/**
 * The broker cannot tell whether it ever received an order: it keeps no record that reaches back to the order's day,
 * so "not found" does not mean "never received". Final for the look-up: sending the order again could double it, so
 * the caller must neither resend it nor conclude it was lost; a human looks at the account.
 */
public class OrderFateUnknownException extends RuntimeException {

    public OrderFateUnknownException(String message) {
        super(message);
    }
}
