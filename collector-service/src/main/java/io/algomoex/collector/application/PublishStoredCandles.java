package io.algomoex.collector.application;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.CandlesStored;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.service.outbox.EventOutbox;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Announces stored candles through the outbox: {@code market.candles.stored} after every batch that wrote something,
 * and {@code market.candle.closed} for each complete candle a sync newly wrote. Called inside the batch's
 * transaction, so the events are stored exactly when the candles are: a RabbitMQ outage delays them, and a failure
 * to store them undoes the batch, which the next sync then collects again.
 */
@Component
class PublishStoredCandles {

    private final EventOutbox outbox;

    PublishStoredCandles(EventOutbox outbox) {
        this.outbox = outbox;
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

    private void publish(EventPayload payload) {
        outbox.append(payload);
    }
}
