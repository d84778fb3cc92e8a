package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/**
 * An order of {@code GET /md/v2/Clients/{exchange}/{portfolio}/orders[/{orderId}]} (ALOR-SPEC; field list as in the
 * notes, {@code comment} as in the spec's {@code Order} model). {@code status} is {@code working}, {@code filled},
 * {@code canceled} or {@code rejected}; quantities in {@code *Units} are units, the others lots.
 */
record AlorOrder(
        String id,
        String symbol,
        String board,
        String comment,
        String type,
        String side,
        String status,
        BigDecimal qtyUnits,
        BigDecimal qty,
        BigDecimal filledQtyUnits,
        BigDecimal filled,
        BigDecimal price) {}
