package io.algomoex.trading.adapter.out.broker.alor;

/**
 * Body of {@code POST .../orders/actions/market} (ALOR-SPEC {@code OrdersActionsMarketTV}); {@code quantity} is in
 * lots, {@code comment} (at most 100 characters) carries our client order id so the order can be found by it.
 */
record AlorMarketOrderRequest(
        String side, long quantity, AlorInstrument instrument, AlorUser user, String timeInForce, String comment) {}
