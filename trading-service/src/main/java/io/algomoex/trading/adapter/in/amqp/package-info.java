/**
 * Inbound AMQP: closed candles from the collector drive the live loop; halt and resume commands from
 * {@code algo.commands} work the kill switch.
 */
package io.algomoex.trading.adapter.in.amqp;
