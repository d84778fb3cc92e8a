package io.algomoex.common.event;

import io.algomoex.common.market.Side;
import java.util.Objects;

/** The checks every order event makes of the fields that name its order. */
final class OrderFields {

    private OrderFields() {}

    /** @throws NullPointerException or IllegalArgumentException naming the field that is missing or out of range */
    static void check(String clientOrderId, String strategyId, String secid, String board, Side side, long lots) {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        Objects.requireNonNull(side, "side is required");
        if (lots < 1) {
            throw new IllegalArgumentException("lots must be at least 1, got " + lots);
        }
    }
}
