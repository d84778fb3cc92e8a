package io.algomoex.service.amqp;

import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * The one dead-letter convention of every queue in the suite: queue {@code q} is durable, and a message rejected
 * without requeue (malformed, or still failing after the listener's bounded retries) goes through the default exchange
 * to the durable queue {@code q.dlq}, where it waits for inspection.
 */
public final class DeadLetteredQueue {

    private DeadLetteredQueue() {}

    /** The dead-letter queue of {@code queue}. */
    public static String deadLetterQueue(String queue) {
        return queue + ".dlq";
    }

    /** {@code queue} and its dead-letter queue, {@code queue} bound to {@code exchange} under each routing key. */
    public static Declarables declare(String queue, TopicExchange exchange, String... routingKeys) {
        Queue work = QueueBuilder.durable(queue)
                .deadLetterExchange("")
                .deadLetterRoutingKey(deadLetterQueue(queue))
                .build();
        List<Declarable> declarables = new ArrayList<>();
        declarables.add(work);
        declarables.add(QueueBuilder.durable(deadLetterQueue(queue)).build());
        for (String routingKey : routingKeys) {
            declarables.add(BindingBuilder.bind(work).to(exchange).with(routingKey));
        }
        return new Declarables(declarables);
    }

    /** {@code queue}, which messages reach through the default exchange, and its dead-letter queue. */
    public static Declarables declare(String queue) {
        return declare(queue, null);
    }
}
