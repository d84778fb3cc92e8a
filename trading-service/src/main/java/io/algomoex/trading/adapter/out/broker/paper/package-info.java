/**
 * The paper broker: simulated fills at the next candle's open, exactly as the backtest engine fills, with its accepted
 * orders and fills kept in its own tables so that it outlives a restart of the service as a real broker does.
 */
package io.algomoex.trading.adapter.out.broker.paper;
