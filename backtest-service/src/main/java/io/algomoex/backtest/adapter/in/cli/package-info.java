/**
 * The command line: {@code backtest}, {@code sweep} and {@code walk-forward} on CSV files, with JSON or text
 * reports. Runs without Spring, a database, a broker or the network.
 */
package io.algomoex.backtest.adapter.in.cli;
