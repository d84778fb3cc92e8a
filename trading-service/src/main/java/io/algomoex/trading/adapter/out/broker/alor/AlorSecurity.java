package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/** {@code GET /md/v2/Securities/{exchange}/{symbol}} (ALOR-SPEC): {@code minstep} is the price step. */
record AlorSecurity(String symbol, String board, BigDecimal minstep, BigDecimal lotsize) {}
