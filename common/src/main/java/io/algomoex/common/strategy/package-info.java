/**
 * The strategy contract and concrete strategies. Strategies are pure: given the same closed candles they emit the
 * same signals, read no clock and do no I/O. The same classes run in backtests and in live trading.
 */
package io.algomoex.common.strategy;
