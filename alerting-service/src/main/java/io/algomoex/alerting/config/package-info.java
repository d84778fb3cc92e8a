/** Wiring: properties records, the clock and AMQP exchanges. */
package io.algomoex.alerting.config;
