/** Events from RabbitMQ ({@code algo.events}), acknowledged once their alert is stored. */
package io.algomoex.alerting.adapter.in.amqp;
