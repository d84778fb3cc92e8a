/** JDBC access to the {@code backtest} schema, migrated by Flyway from {@code db/migration/backtest}. */
package io.algomoex.backtest.adapter.out.persistence;
