/** Wiring: properties records, the clock, AMQP exchanges and Flyway placeholders. */
package io.algomoex.collector.config;
