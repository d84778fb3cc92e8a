package io.algomoex.backtest.adapter.out.amqp;

import io.algomoex.common.event.Exchanges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * The depth of the sweep work queue as this replica last saw it ({@code backtest_sweep_queue_depth}): chunks waiting
 * for a consumer, polled with a passive declare. {@code -1} until the first successful poll or while RabbitMQ is
 * unreachable.
 */
@Component
public class RabbitSweepQueueDepth {

    private static final Logger log = LoggerFactory.getLogger(RabbitSweepQueueDepth.class);

    private final RabbitTemplate rabbit;
    private final AtomicLong depth = new AtomicLong(-1);

    RabbitSweepQueueDepth(RabbitTemplate rabbit, MeterRegistry registry) {
        this.rabbit = rabbit;
        Gauge.builder("backtest.sweep.queue.depth", depth, AtomicLong::get)
                .description("Sweep chunks waiting on the backtest.sweep.chunks work queue, as last polled")
                .register(registry);
    }

    /** Reads the queue's message count now. */
    public void poll() {
        try {
            Long count = rabbit.execute(channel -> (long)
                    channel.queueDeclarePassive(Exchanges.SWEEP_CHUNKS_QUEUE).getMessageCount());
            depth.set(count == null ? -1 : count);
        } catch (AmqpException e) {
            depth.set(-1);
            log.debug("Cannot read the depth of {}: {}", Exchanges.SWEEP_CHUNKS_QUEUE, e.getMessage());
        }
    }
}
