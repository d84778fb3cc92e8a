package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/** A position of {@code GET /md/v2/Clients/{exchange}/{portfolio}/positions} (ALOR-SPEC); {@code qtyUnits} units. */
record AlorPosition(String symbol, String exchange, BigDecimal qtyUnits, Boolean isCurrency) {}
