/** Event publishing on RabbitMQ with publisher confirms. */
package io.algomoex.collector.adapter.out.amqp;
