/** JDBC access to the {@code trading} schema (orders, positions, progress, outbox, halts) and the stored candles of
 * {@code market.candles}; the trading schema is migrated by Flyway from {@code db/migration/trading}. */
package io.algomoex.trading.adapter.out.persistence;
