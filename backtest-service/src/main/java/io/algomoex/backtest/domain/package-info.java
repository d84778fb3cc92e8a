/** Backtest runs as stored: what was asked, over which candles, and the headline result. Plain Java. */
package io.algomoex.backtest.domain;
