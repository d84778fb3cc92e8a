/** JDBC access to the {@code trading} schema, migrated by Flyway from {@code db/migration/trading}. */
package io.algomoex.trading.adapter.out.persistence;
