package io.algomoex.alerting.adapter.in.amqp;

import io.algomoex.common.event.BacktestCompleted;
import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.CandlesStored;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.EventType;
import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import io.algomoex.common.event.RiskLimitBreached;
import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.SweepCompleted;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON envelope of DESIGN.md §4 ({@code eventId}, {@code type} = routing key, {@code occurredAt},
 * {@code source}, {@code payload}) into the common records, whose compact constructors validate it.
 */
class EventEnvelopeReader {

    private final JsonMapper json;

    EventEnvelopeReader(JsonMapper json) {
        // Prices and P&L are decimals: read through a double they would lose their scale (250.10 becomes 250.1)
        // or worse, their exact value.
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** @throws MalformedEventException when the body is not a valid envelope of an event type we know */
    EventEnvelope<EventPayload> read(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            String typeName = root.path("type").asString("");
            EventType type = EventType.fromRoutingKey(typeName)
                    .orElseThrow(() -> new MalformedEventException("unknown event type '" + typeName + "'"));
            if (type.isCommand()) {
                throw new MalformedEventException("command " + typeName + " on the events exchange");
            }
            EventPayload payload = json.treeToValue(root.required("payload"), payloadClass(type));
            return new EventEnvelope<>(
                    UUID.fromString(root.required("eventId").asString()),
                    type,
                    Instant.parse(root.required("occurredAt").asString()),
                    root.path("source").asString(null),
                    payload);
        } catch (JacksonException | IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("not a valid event envelope: " + e.getMessage());
        }
    }

    private static Class<? extends EventPayload> payloadClass(EventType type) {
        return switch (type) {
            case CANDLES_STORED -> CandlesStored.class;
            case CANDLE_CLOSED -> CandleClosed.class;
            case BACKTEST_COMPLETED -> BacktestCompleted.class;
            case SWEEP_COMPLETED -> SweepCompleted.class;
            case ORDER_SUBMITTED -> OrderSubmitted.class;
            case ORDER_FILLED -> OrderFilled.class;
            case ORDER_REJECTED -> OrderRejected.class;
            case ORDER_CANCELLED -> OrderCancelled.class;
            case POSITION_CHANGED -> PositionChanged.class;
            case PNL_UPDATED -> PnlUpdated.class;
            case RISK_BREACHED -> RiskLimitBreached.class;
            case TRADING_HALTED -> TradingHalted.class;
            case TRADING_RESUMED -> TradingResumed.class;
            case SERVICE_ERROR -> ServiceErrorOccurred.class;
            case HALT_TRADING, RESUME_TRADING -> throw new MalformedEventException("commands are not events");
        };
    }
}
