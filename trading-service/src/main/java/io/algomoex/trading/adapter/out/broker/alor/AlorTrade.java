package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/**
 * A fill of {@code GET /md/v2/Clients/{exchange}/{portfolio}/trades} or of the trade history
 * {@code /md/v2/Stats/{exchange}/{portfolio}/history/trades} (ALOR-SPEC {@code response_Trade_V2_Simple}): {@code
 * orderno} is the order's number, {@code comment} the order's comment, {@code qtyUnits} units, {@code date} ISO-8601
 * UTC.
 */
record AlorTrade(
        String id,
        String orderno,
        String comment,
        String symbol,
        String board,
        String side,
        BigDecimal qtyUnits,
        BigDecimal price,
        String date,
        BigDecimal commission) {}
