package io.algomoex.alerting;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
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

    void publishRaw(String routingKey, byte[] body) {
        rabbit.send(
                Exchanges.EVENTS,
                routingKey,
                MessageBuilder.withBody(body)
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .build());
    }
}
