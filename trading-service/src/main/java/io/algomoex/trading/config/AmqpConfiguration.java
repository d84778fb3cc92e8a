package io.algomoex.trading.config;

import io.algomoex.common.event.EventType;
import io.algomoex.common.event.Exchanges;
import io.algomoex.service.amqp.DeadLetteredQueue;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trading queues; the shared exchanges and the retry recoverer come from service-support. */
@Configuration(proxyBeanMethods = false)
class AmqpConfiguration {

    /**
     * {@code trading.candles} takes the collector's closed candles; a message rejected without requeue (malformed, or
     * still failing after the listener's bounded retries) is dead-lettered to {@code trading.candles.dlq}.
     */
    @Bean
    Declarables candleQueues(TradingProperties properties) {
        return DeadLetteredQueue.declare(
                properties.amqp().candleQueue(),
                new TopicExchange(Exchanges.EVENTS, true, false),
                EventType.CANDLE_CLOSED.routingKey());
    }

    /**
     * {@code trading.commands} takes the kill switch's {@code trading.halt} and {@code trading.resume} commands;
     * malformed ones and ones for unknown strategies are dead-lettered to {@code trading.commands.dlq}.
     */
    @Bean
    Declarables commandQueues(TradingProperties properties) {
        return DeadLetteredQueue.declare(
                properties.amqp().commandQueue(),
                new TopicExchange(Exchanges.COMMANDS, true, false),
                EventType.HALT_TRADING.routingKey(),
                EventType.RESUME_TRADING.routingKey());
    }
}
