/** The paper broker: simulated fills at the next candle's open, exactly as the backtest engine fills. */
package io.algomoex.trading.adapter.out.broker.paper;
