/** Wiring: properties records, the clock, AMQP exchanges and the work queue, and the scheduled jobs. */
package io.algomoex.backtest.config;
