/**
 * The T-Invest (T-Bank, formerly Tinkoff) Invest API broker: orders, instruments and account data through the REST
 * gateway with {@code orderId} as the idempotency key, closed candles from the {@code MarketDataStream} WebSocket
 * proxy, and the sandbox account it trades in. Wire shapes stay in this package; facts and sources are in
 * {@code docs/trading-tinvest.md}.
 */
package io.algomoex.trading.adapter.out.broker.tinvest;
