package io.algomoex.backtest.config;

import io.algomoex.common.event.Exchanges;
import io.algomoex.service.amqp.DeadLetteredQueue;
import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep work queue; the shared exchanges and the retry recoverer come from service-support. */
@Configuration(proxyBeanMethods = false)
class AmqpConfiguration {

    /**
     * The work queue every replica consumes sweep chunks from. A message rejected without requeue (not a chunk, or
     * still failing after the listener's bounded retries) is dead-lettered to {@code backtest.sweep.chunks.dlq}.
     */
    @Bean
    Declarables sweepChunkQueues() {
        return DeadLetteredQueue.declare(Exchanges.SWEEP_CHUNKS_QUEUE);
    }
}
