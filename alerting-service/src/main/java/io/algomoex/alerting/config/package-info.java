/**
 * Wiring: properties records mapped to the use cases' settings, the Telegram and trading-service adapters, the
 * background loops, the clock, AMQP exchanges and queues, and the API-token guard.
 */
package io.algomoex.alerting.config;
