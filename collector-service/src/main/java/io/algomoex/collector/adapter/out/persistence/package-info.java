/** JDBC access to the {@code market} schema, migrated by Flyway from {@code db/migration/market}. */
package io.algomoex.collector.adapter.out.persistence;
