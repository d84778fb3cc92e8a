/** JDBC access to the {@code backtest} schema (runs, sweeps, chunk results, outbox), migrated by Flyway from
 * {@code db/migration/backtest}, and read-only access to the collector's candles. */
package io.algomoex.backtest.adapter.out.persistence;
