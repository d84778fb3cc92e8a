package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/**
 * A fill of {@code GET /md/v2/Clients/{exchange}/{portfolio}/trades} (ALOR-SPEC): {@code orderno} is the order's
 * number, {@code qtyUnits} units, {@code date} ISO-8601 UTC.
 */
record AlorTrade(
        String id,
        String orderno,
        String symbol,
        String board,
        String side,
        BigDecimal qtyUnits,
        BigDecimal price,
        String date,
        BigDecimal commission) {}
