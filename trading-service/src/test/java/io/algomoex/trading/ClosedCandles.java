package io.algomoex.trading;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hourly SECID:TQBR candles published as the collector publishes them: {@code market.candle.closed} envelopes on
 * {@code algo.events}, one channel for the whole run so they arrive in order.
 */
final class ClosedCandles {

    private ClosedCandles() {}

    /** Publishes the candles {@code from} (inclusive) to {@code to} (exclusive) of the closes, hour by hour. */
    static void publish(
            RabbitTemplate rabbit, JsonMapper json, String secid, Instant start, String[] closes, int from, int to) {
        List<CandleClosed> candles = new ArrayList<>();
        for (int i = from; i < to; i++) {
            BigDecimal close = new BigDecimal(closes[i]);
            BigDecimal open = new BigDecimal(closes[Math.max(i - 1, 0)]);
            candles.add(new CandleClosed(
                    secid,
                    "TQBR",
                    Timeframe.H1.code(),
                    start.plus(Duration.ofHours(i)),
                    open,
                    open.max(close),
                    open.min(close),
                    close,
                    100));
        }
        publish(rabbit, json, candles);
    }

    /** Publishes the candles on one channel, in order. */
    static void publish(RabbitTemplate rabbit, JsonMapper json, List<CandleClosed> candles) {
        rabbit.invoke(operations -> {
            for (CandleClosed candle : candles) {
                EventEnvelope<CandleClosed> envelope =
                        EventEnvelope.wrap(candle, "collector-service", Clock.systemUTC());
                MessageProperties properties = new MessageProperties();
                properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
                properties.setMessageId(envelope.eventId().toString());
                operations.send(
                        Exchanges.EVENTS,
                        envelope.routingKey(),
                        new Message(json.writeValueAsBytes(envelope), properties));
            }
            return null;
        });
    }
}
