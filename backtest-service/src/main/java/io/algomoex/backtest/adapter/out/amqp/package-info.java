/** RabbitMQ out: publishing outbox messages with publisher confirms, and the work queue's depth. */
package io.algomoex.backtest.adapter.out.amqp;
