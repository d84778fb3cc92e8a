/** Wiring: properties records, the clock and AMQP exchanges. */
package io.algomoex.backtest.config;
