package io.algomoex.trading.adapter.out.broker.alor;

/** {@code user} of an order body (ALOR-SPEC {@code OrdersActionsMarketTV}). */
record AlorUser(String portfolio) {}
