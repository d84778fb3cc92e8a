package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;

/** A pushed bar in the Simple format (ALOR-SPEC example {@code ws_BarsGetAndSubscribe_Simple}); {@code time} Unix s. */
record AlorBar(Long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, Long volume) {}
