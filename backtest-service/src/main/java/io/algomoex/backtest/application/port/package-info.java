/** Outbound ports of the backtest service: candles, stored runs and sweeps, the outbox, its publisher and metrics. */
package io.algomoex.backtest.application.port;
