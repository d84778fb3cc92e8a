package io.algomoex.backtest.config;

import io.algomoex.common.event.Exchanges;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.QueueBuilder;
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
     * The work queue every replica consumes sweep chunks from. A message rejected without requeue (not a chunk, or
     * still failing after the listener's bounded retries) is dead-lettered to {@code backtest.sweep.chunks.dlq}.
     */
    @Bean
    Declarables sweepChunkQueues() {
        String deadLetters = Exchanges.SWEEP_CHUNKS_QUEUE + ".dlq";
        return new Declarables(
                QueueBuilder.durable(Exchanges.SWEEP_CHUNKS_QUEUE)
                        .deadLetterExchange("")
                        .deadLetterRoutingKey(deadLetters)
                        .build(),
                QueueBuilder.durable(deadLetters).build());
    }
}
