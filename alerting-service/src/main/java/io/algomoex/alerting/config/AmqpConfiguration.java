package io.algomoex.alerting.config;

import io.algomoex.common.event.Exchanges;
import io.algomoex.service.amqp.DeadLetteredQueue;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The alerting queue; the shared exchanges and the retry recoverer come from service-support. */
@Configuration(proxyBeanMethods = false)
class AmqpConfiguration {

    /**
     * {@code alerting.events} takes every event; a message rejected without requeue (malformed, or still failing
     * after the listener's bounded retries) is dead-lettered to {@code alerting.events.dlq}.
     */
    @Bean
    Declarables alertingQueues(AmqpProperties amqp) {
        return DeadLetteredQueue.declare(amqp.queue(), new TopicExchange(Exchanges.EVENTS, true, false), "#");
    }
}
