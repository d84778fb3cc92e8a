package io.algomoex.alerting.adapter.out.amqp;

import io.algomoex.alerting.application.port.CommandNotPublishedException;
import io.algomoex.alerting.application.port.CommandPublisher;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes commands as persistent JSON envelopes on the command's exchange with its routing key, and waits for the
 * publisher confirm: the operator is told "sent" only when RabbitMQ has taken the command. The JSON {@code type} is
 * the routing key, as on {@code algo.events}.
 */
@Component
class RabbitCommandPublisher implements CommandPublisher {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    RabbitCommandPublisher(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
    }

    @Override
    public void publish(EventEnvelope<? extends EventPayload> command) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", command.eventId());
        body.put("type", command.routingKey());
        body.put("occurredAt", command.occurredAt());
        body.put("source", command.source());
        body.put("payload", command.payload());
        Message message = MessageBuilder.withBody(json.writeValueAsBytes(body))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("UTF-8")
                .setMessageId(command.eventId().toString())
                .setType(command.routingKey())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
        CorrelationData correlation = new CorrelationData(command.eventId().toString());
        try {
            rabbit.send(command.type().exchange(), command.routingKey(), message, correlation);
            CorrelationData.Confirm confirm =
                    correlation.getFuture().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new CommandNotPublishedException("RabbitMQ refused the command: " + confirm.reason(), null);
            }
            if (correlation.getReturned() != null) {
                throw new CommandNotPublishedException(
                        "no queue is bound for " + command.routingKey() + " on "
                                + command.type().exchange(),
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandNotPublishedException("interrupted while waiting for the confirm", e);
        } catch (ExecutionException | TimeoutException | AmqpException e) {
            throw new CommandNotPublishedException("RabbitMQ did not confirm the command: " + e.getMessage(), e);
        }
    }
}
