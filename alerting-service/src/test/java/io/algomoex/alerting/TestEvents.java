package io.algomoex.alerting;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Publishes events onto {@code algo.events} the way the other services will: the JSON envelope of DESIGN.md §4. */
final class TestEvents {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    TestEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
    }

    UUID publish(EventPayload payload) {
        return publish(EventEnvelope.wrap(payload, "trading-service", Clock.systemUTC()));
    }

    UUID publish(EventEnvelope<?> envelope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", envelope.eventId());
        body.put("type", envelope.routingKey());
        body.put("occurredAt", envelope.occurredAt());
        body.put("source", envelope.source());
        body.put("payload", envelope.payload());
        publishRaw(envelope.routingKey(), json.writeValueAsBytes(body));
        return envelope.eventId();
    }

    /**
     * Publishes and waits for the broker's confirm, as the services' outbox relay does. Without the wait, two
     * publishes in a row may leave on two cached channels and reach the queue in the other order, and the tests that
     * depend on order (a drawdown crossing its threshold) would see a sequence no service ever sends.
     */
    void publishRaw(String routingKey, byte[] body) {
        CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
        rabbit.send(
                Exchanges.EVENTS,
                routingKey,
                MessageBuilder.withBody(body)
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .build(),
                correlation);
        try {
            CorrelationData.Confirm confirm = correlation.getFuture().get(10, TimeUnit.SECONDS);
            if (!confirm.ack()) {
                throw new IllegalStateException("RabbitMQ refused a test event: " + confirm.reason());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a confirm", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no confirm for a test event: " + e, e);
        }
    }
}
