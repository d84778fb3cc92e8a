/**
 * JDBC access to the {@code market} schema, migrated by Flyway from {@code db/migration/market}: candles (COPY plus
 * upsert, resampled reads), instruments, collection jobs and the advisory lock that keeps replicas apart.
 */
package io.algomoex.collector.adapter.out.persistence;
