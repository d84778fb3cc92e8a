/**
 * Wiring: properties records mapped into settings records, the clock, the collection executor, scheduling, the API
 * token interceptor, AMQP exchanges and Flyway placeholders.
 */
package io.algomoex.collector.config;
