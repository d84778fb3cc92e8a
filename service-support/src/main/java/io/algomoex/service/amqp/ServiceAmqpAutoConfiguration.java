package io.algomoex.service.amqp;

import io.algomoex.common.event.Exchanges;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every service declares on RabbitMQ: the shared {@code algo.events} and {@code algo.commands} topic exchanges
 * (whichever service starts first creates them), and the recoverer that rejects a message without requeue after the
 * listener's last retry, which dead-letters it (see {@link DeadLetteredQueue}).
 */
@AutoConfiguration
@ConditionalOnClass(RabbitTemplate.class)
public class ServiceAmqpAutoConfiguration {

    @Bean
    Declarables sharedExchanges() {
        return new Declarables(
                ExchangeBuilder.topicExchange(Exchanges.EVENTS).durable(true).build(),
                ExchangeBuilder.topicExchange(Exchanges.COMMANDS).durable(true).build());
    }

    @Bean
    @ConditionalOnMissingBean
    MessageRecoverer rejectAfterRetries() {
        return new RejectAndDontRequeueRecoverer();
    }
}
