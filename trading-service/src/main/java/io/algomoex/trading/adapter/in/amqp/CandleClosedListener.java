package io.algomoex.trading.adapter.in.amqp;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.EventType;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.port.TradingMetrics;
import java.time.DateTimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paper-mode market data feed: the collector's {@code market.candle.closed} events from the
 * {@code trading.candles} queue. One consumer keeps candles in order; the message is acknowledged after the live loop
 * has committed its work, so a crash redelivers it, and the loop drops what it has already seen. A message that is
 * not a valid closed candle is rejected to the dead-letter queue and counted.
 */
@Component
class CandleClosedListener {

    private static final Logger log = LoggerFactory.getLogger(CandleClosedListener.class);

    private final JsonMapper json;
    private final ActOnClosedCandle actOnClosedCandle;
    private final TradingMetrics metrics;

    CandleClosedListener(JsonMapper json, ActOnClosedCandle actOnClosedCandle, TradingMetrics metrics) {
        // Prices are decimals; read through a double they would lose their exact value.
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.actOnClosedCandle = actOnClosedCandle;
        this.metrics = metrics;
    }

    @RabbitListener(queues = "${algo.trading.amqp.candle-queue}", id = "trading-candles", concurrency = "1")
    void onCandleClosed(Message message) {
        Candle candle;
        try {
            candle = read(message.getBody());
        } catch (JacksonException | IllegalArgumentException | DateTimeException e) {
            metrics.candleDropped("invalid");
            log.warn(
                    "Dead-lettering message {}: not a valid closed candle ({})",
                    message.getMessageProperties().getMessageId(),
                    e.getMessage());
            throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
        }
        actOnClosedCandle.handle(candle);
    }

    private Candle read(byte[] body) {
        JsonNode root = json.readTree(body);
        String type = root.path("type").asString("");
        if (!EventType.CANDLE_CLOSED.routingKey().equals(type)) {
            throw new IllegalArgumentException("expected " + EventType.CANDLE_CLOSED + ", got '" + type + "'");
        }
        CandleClosed closed = json.treeToValue(root.required("payload"), CandleClosed.class);
        Timeframe timeframe = Timeframe.fromCode(closed.timeframe())
                .orElseThrow(() -> new IllegalArgumentException("unknown timeframe '" + closed.timeframe() + "'"));
        return new Candle(
                new Instrument(closed.secid(), closed.board()),
                timeframe,
                closed.begin(),
                Price.of(closed.open()),
                Price.of(closed.high()),
                Price.of(closed.low()),
                Price.of(closed.close()),
                closed.volume(),
                null);
    }
}
