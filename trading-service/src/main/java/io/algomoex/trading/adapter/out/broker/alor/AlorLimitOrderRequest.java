package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/** Body of {@code POST .../orders/actions/limit} (ALOR-SPEC {@code OrdersActionsLimitTVPost}): market fields + price. */
record AlorLimitOrderRequest(
        String side,
        long quantity,
        BigDecimal price,
        AlorInstrument instrument,
        AlorUser user,
        String timeInForce,
        String comment) {}
