package io.algomoex.alerting.config;

import io.algomoex.common.event.Exchanges;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AmqpConfiguration {

    /** Every service declares the shared exchanges, so whichever starts first creates them. */
    @Bean
    Declarables sharedExchanges() {
        return new Declarables(
                ExchangeBuilder.topicExchange(Exchanges.EVENTS).durable(true).build(),
                ExchangeBuilder.topicExchange(Exchanges.COMMANDS).durable(true).build());
    }

    /**
     * {@code alerting.events} takes every event; a message rejected without requeue (malformed, or still failing
     * after the listener's bounded retries) is dead-lettered to {@code alerting.events.dlq}.
     */
    @Bean
    Declarables alertingQueues(AmqpProperties amqp) {
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        DirectExchange deadLetters = new DirectExchange(amqp.deadLetterExchange(), true, false);
        Queue queue = QueueBuilder.durable(amqp.queue())
                .deadLetterExchange(amqp.deadLetterExchange())
                .deadLetterRoutingKey(amqp.deadLetterQueue())
                .build();
        Queue deadLetterQueue = QueueBuilder.durable(amqp.deadLetterQueue()).build();
        return new Declarables(
                deadLetters,
                queue,
                deadLetterQueue,
                BindingBuilder.bind(queue).to(events).with("#"),
                BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(amqp.deadLetterQueue()));
    }

    /** After the last retry the message is rejected without requeue, which dead-letters it. */
    @Bean
    MessageRecoverer rejectAfterRetries() {
        return new RejectAndDontRequeueRecoverer();
    }
}
