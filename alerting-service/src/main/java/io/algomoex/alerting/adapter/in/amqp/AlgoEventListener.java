package io.algomoex.alerting.adapter.in.amqp;

import io.algomoex.alerting.application.HandleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code alerting.events}. The container acknowledges a message only after this method returns, and it
 * returns only after the alert (if any) is committed, so a crash before that leaves the message in the queue.
 * Failures are retried a bounded number of times by the container; a malformed message is rejected at once; either
 * way the message then goes to {@code alerting.events.dlq}.
 */
@Component
class AlgoEventListener {

    private static final Logger log = LoggerFactory.getLogger(AlgoEventListener.class);

    private final EventEnvelopeReader reader;
    private final HandleEvent handleEvent;

    AlgoEventListener(JsonMapper json, HandleEvent handleEvent) {
        this.reader = new EventEnvelopeReader(json);
        this.handleEvent = handleEvent;
    }

    @RabbitListener(queues = "${algo.alerting.amqp.queue}", id = "alerting-events")
    void onEvent(Message message) {
        try {
            handleEvent.handle(reader.read(message.getBody()));
        } catch (MalformedEventException e) {
            log.warn(
                    "Dead-lettering message {} with routing key {}: {}",
                    message.getMessageProperties().getMessageId(),
                    message.getMessageProperties().getReceivedRoutingKey(),
                    e.getMessage());
            throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
        }
    }
}
