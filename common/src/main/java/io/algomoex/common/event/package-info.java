/**
 * Event and command contracts carried over RabbitMQ: the envelope every message shares, the exchange and routing-key
 * names, and the payload records. Payloads are past-tense facts; commands are imperative requests.
 */
package io.algomoex.common.event;
