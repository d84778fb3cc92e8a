/**
 * The command line: {@code backtest}, {@code sweep}, {@code walk-forward} and {@code bench} on CSV files or generated
 * bars, with JSON or text reports. Runs without Spring, a database, a broker or the network.
 */
package io.algomoex.backtest.adapter.in.cli;
