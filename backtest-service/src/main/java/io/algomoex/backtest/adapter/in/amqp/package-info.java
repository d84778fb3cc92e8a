/** RabbitMQ in: the sweep work queue every replica consumes. */
package io.algomoex.backtest.adapter.in.amqp;
