/** Commands to other services over RabbitMQ ({@code algo.commands}), with publisher confirms. */
package io.algomoex.alerting.adapter.out.amqp;
