package io.algomoex.trading.adapter.out.broker.alor;

/** {@code instrument} of an order body: ticker, exchange and board (ALOR-SPEC {@code OrdersActionsMarketTV}). */
record AlorInstrument(String symbol, String exchange, String instrumentGroup) {}
