/** RabbitMQ plumbing every service shares: the exchanges, the dead-letter convention, the retry recoverer. */
package io.algomoex.service.amqp;
