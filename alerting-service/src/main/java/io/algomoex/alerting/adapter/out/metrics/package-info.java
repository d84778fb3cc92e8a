/** Micrometer meters of the alert pipeline, scraped at {@code /actuator/prometheus}. */
package io.algomoex.alerting.adapter.out.metrics;
