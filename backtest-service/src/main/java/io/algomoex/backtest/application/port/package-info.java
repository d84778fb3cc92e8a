/** Outbound ports of the backtest service: where runs are stored. */
package io.algomoex.backtest.application.port;
