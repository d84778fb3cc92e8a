package io.algomoex.collector.adapter.out.amqp;

import io.algomoex.collector.application.port.EventPublisher;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes envelopes as JSON to their exchange with the type as routing key, persistent, and waits for the broker's
 * publisher confirm; a nack or a missing confirm is retried a few times before it becomes an error.
 */
@Component
class RabbitEventPublisher implements EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(RabbitEventPublisher.class);
    private static final String SOURCE = "collector-service";
    private static final int ATTEMPTS = 3;
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final Clock clock;

    RabbitEventPublisher(RabbitTemplate rabbit, JsonMapper json, Clock clock) {
        this.rabbit = rabbit;
        this.json = json;
        this.clock = clock;
        // An event nobody has bound a queue for yet is returned by the broker; that is normal, not a failure.
        rabbit.setReturnsCallback(
                returned -> log.debug("No queue bound for {} on {}", returned.getRoutingKey(), returned.getExchange()));
    }

    @Override
    public void publish(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, SOURCE, clock);
        byte[] body = json.writeValueAsBytes(envelope);
        var message = MessageBuilder.withBody(body)
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(envelope.eventId().toString())
                .setType(envelope.routingKey())
                .build();
        String problem = "no confirm";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CorrelationData correlation = new CorrelationData(envelope.eventId() + "/" + attempt);
            try {
                rabbit.send(envelope.type().exchange(), envelope.routingKey(), message, correlation);
                CorrelationData.Confirm confirm =
                        correlation.getFuture().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (confirm.ack()) {
                    return;
                }
                problem = "nack: " + confirm.reason();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + envelope.type(), e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        throw new IllegalStateException(
                "RabbitMQ did not confirm " + envelope.type() + " after " + ATTEMPTS + " attempts (" + problem + ")");
    }
}
