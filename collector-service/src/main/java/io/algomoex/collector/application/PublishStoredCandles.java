package io.algomoex.collector.application;

import io.algomoex.collector.application.port.EventPublisher;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.CandlesStored;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Announces stored candles: {@code market.candles.stored} after every batch that wrote something, and
 * {@code market.candle.closed} for each complete candle a sync newly wrote. A failed publish is logged and does not
 * undo the stored batch: the candles are in the database either way, and the next sync announces newer ones.
 */
@Component
class PublishStoredCandles {

    private static final Logger log = LoggerFactory.getLogger(PublishStoredCandles.class);

    private final EventPublisher publisher;

    PublishStoredCandles(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void batchStored(Instrument instrument, Timeframe timeframe, List<CandleRow> batch, StoreOutcome outcome) {
        if (outcome.stored() == 0 || batch.isEmpty()) {
            return;
        }
        Instant first =
                batch.stream().map(CandleRow::begin).min(Instant::compareTo).orElseThrow();
        Instant last =
                batch.stream().map(CandleRow::begin).max(Instant::compareTo).orElseThrow();
        publish(new CandlesStored(
                instrument.secid(),
                instrument.board(),
                timeframe.code(),
                first,
                last,
                outcome.stored(),
                outcome.duplicates()));
    }

    void candlesClosed(Instrument instrument, Timeframe timeframe, StoreOutcome outcome) {
        for (CandleRow row : outcome.changed()) {
            if (!row.provisional()) {
                publish(new CandleClosed(
                        instrument.secid(),
                        instrument.board(),
                        timeframe.code(),
                        row.begin(),
                        row.open(),
                        row.high(),
                        row.low(),
                        row.close(),
                        row.volume()));
            }
        }
    }

    private void publish(io.algomoex.common.event.EventPayload payload) {
        try {
            publisher.publish(payload);
        } catch (RuntimeException e) {
            log.warn("Could not publish {}: {}", payload.type(), e.getMessage());
        }
    }
}
