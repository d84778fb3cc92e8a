/** JDBC access to the {@code alerting} schema, migrated by Flyway from {@code db/migration/alerting}. */
package io.algomoex.alerting.adapter.out.persistence;
