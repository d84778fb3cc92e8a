package io.algomoex.trading.adapter.in.amqp;

import io.algomoex.common.event.EventType;
import io.algomoex.common.event.HaltTrading;
import io.algomoex.common.event.ResumeTrading;
import io.algomoex.trading.application.ControlTrading;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kill switch over {@code algo.commands}: {@code trading.halt} and {@code trading.resume} envelopes from the
 * {@code trading.commands} queue, which the Telegram bot publishes. The message is acknowledged after the halt or
 * resume committed; a repeated envelope id is skipped. A malformed command, or one naming an unknown strategy, is
 * rejected to the dead-letter queue.
 */
@Component
class TradingCommandListener {

    private static final Logger log = LoggerFactory.getLogger(TradingCommandListener.class);

    private final JsonMapper json;
    private final ControlTrading controlTrading;

    TradingCommandListener(JsonMapper json, ControlTrading controlTrading) {
        this.json = json;
        this.controlTrading = controlTrading;
    }

    @RabbitListener(queues = "${algo.trading.amqp.command-queue}", id = "trading-commands", concurrency = "1")
    void onCommand(Message message) {
        try {
            JsonNode root = json.readTree(message.getBody());
            String type = root.path("type").asString("");
            UUID commandId = UUID.fromString(root.required("eventId").asString());
            JsonNode payload = root.required("payload");
            if (EventType.HALT_TRADING.routingKey().equals(type)) {
                HaltTrading halt = json.treeToValue(payload, HaltTrading.class);
                controlTrading.halt(commandId, halt.strategyId(), halt.requestedBy());
            } else if (EventType.RESUME_TRADING.routingKey().equals(type)) {
                ResumeTrading resume = json.treeToValue(payload, ResumeTrading.class);
                controlTrading.resume(commandId, resume.strategyId(), resume.requestedBy());
            } else {
                throw new IllegalArgumentException("expected " + EventType.HALT_TRADING.routingKey() + " or "
                        + EventType.RESUME_TRADING.routingKey() + ", got '" + type + "'");
            }
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn(
                    "Dead-lettering command {}: {}",
                    message.getMessageProperties().getMessageId(),
                    e.getMessage());
            throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
        }
    }
}
