/** Inbound AMQP: closed candles from the collector drive the live loop. */
package io.algomoex.trading.adapter.in.amqp;
