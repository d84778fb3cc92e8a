/** RabbitMQ publishing of the outbox's events with publisher confirms. */
package io.algomoex.trading.adapter.out.amqp;
