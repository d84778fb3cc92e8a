/**
 * Wiring: properties records mapped to settings (risk limits included), the live-mode guard, the API token guard, the
 * paper gateway, the clock, AMQP queues, the strategies' warm-up at start and the outbox relay schedule.
 */
package io.algomoex.trading.config;
