package io.algomoex.trading.config;

import io.algomoex.common.event.EventType;
import io.algomoex.common.event.Exchanges;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
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
     * {@code trading.candles} takes the collector's closed candles; a message rejected without requeue (malformed, or
     * still failing after the listener's bounded retries) is dead-lettered to {@code trading.candles.dlq}.
     */
    @Bean
    Declarables candleQueues(TradingProperties properties) {
        var amqp = properties.amqp();
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        Queue queue = QueueBuilder.durable(amqp.candleQueue())
                .deadLetterExchange("")
                .deadLetterRoutingKey(amqp.candleDeadLetterQueue())
                .build();
        Queue deadLetters = QueueBuilder.durable(amqp.candleDeadLetterQueue()).build();
        return new Declarables(
                queue, deadLetters, BindingBuilder.bind(queue).to(events).with(EventType.CANDLE_CLOSED.routingKey()));
    }

    /**
     * {@code trading.commands} takes the kill switch's {@code trading.halt} and {@code trading.resume} commands;
     * malformed ones and ones for unknown strategies are dead-lettered to {@code trading.commands.dlq}.
     */
    @Bean
    Declarables commandQueues(TradingProperties properties) {
        var amqp = properties.amqp();
        TopicExchange commands = new TopicExchange(Exchanges.COMMANDS, true, false);
        Queue queue = QueueBuilder.durable(amqp.commandQueue())
                .deadLetterExchange("")
                .deadLetterRoutingKey(amqp.commandDeadLetterQueue())
                .build();
        Queue deadLetters = QueueBuilder.durable(amqp.commandDeadLetterQueue()).build();
        return new Declarables(
                queue,
                deadLetters,
                BindingBuilder.bind(queue).to(commands).with(EventType.HALT_TRADING.routingKey()),
                BindingBuilder.bind(queue).to(commands).with(EventType.RESUME_TRADING.routingKey()));
    }

    /** After the last retry the message is rejected without requeue, which dead-letters it. */
    @Bean
    MessageRecoverer rejectAfterRetries() {
        return new RejectAndDontRequeueRecoverer();
    }
}
