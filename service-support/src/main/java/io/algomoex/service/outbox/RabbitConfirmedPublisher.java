package io.algomoex.service.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes stored messages persistently and waits for RabbitMQ's publisher confirm (the connection factory needs
 * {@code spring.rabbitmq.publisher-confirm-type=correlated}).
 */
public class RabbitConfirmedPublisher implements MessagePublisher {

    private static final Logger log = LoggerFactory.getLogger(RabbitConfirmedPublisher.class);
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    private final RabbitTemplate rabbit;

    public RabbitConfirmedPublisher(RabbitTemplate rabbit) {
        this.rabbit = rabbit;
        // An event nobody has bound a queue for yet is returned by the broker; that is normal, not a failure.
        rabbit.setReturnsCallback(
                returned -> log.debug("No queue bound for {} on {}", returned.getRoutingKey(), returned.getExchange()));
    }

    @Override
    public void publishConfirmed(OutboxMessage message) {
        var amqpMessage = MessageBuilder.withBody(message.body())
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(message.messageId().toString())
                .setType(message.routingKey())
                .build();
        CorrelationData correlation = new CorrelationData(message.messageId().toString());
        try {
            rabbit.send(message.exchange(), message.routingKey(), amqpMessage, correlation);
            CorrelationData.Confirm confirm =
                    correlation.getFuture().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new MessageNotConfirmedException("nack: " + confirm.reason(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotConfirmedException("interrupted while waiting for the confirm", e);
        } catch (ExecutionException | TimeoutException | AmqpException e) {
            throw new MessageNotConfirmedException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
