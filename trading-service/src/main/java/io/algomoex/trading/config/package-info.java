/** Wiring: properties records mapped to settings, the live-mode guard, the clock and AMQP exchanges. */
package io.algomoex.trading.config;
