/** Backtest use cases; storage is reached only through the ports in {@code port}. */
package io.algomoex.backtest.application;
