package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.service.outbox.EventOutbox;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores one batch of candles and its events in one transaction, then asks the outbox relay to publish them. Either
 * the candles and their {@code market.candles.stored} / {@code market.candle.closed} events are committed together,
 * or neither is; the events then reach RabbitMQ whenever it is up.
 */
@Component
class StoreAnnouncedBatch {

    private final CandleStore store;
    private final PublishStoredCandles events;
    private final EventOutbox outbox;
    private final TransactionOperations transactions;

    StoreAnnouncedBatch(
            CandleStore store, PublishStoredCandles events, EventOutbox outbox, TransactionOperations transactions) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * @param announceClosed whether each newly written complete candle is announced as {@code market.candle.closed}
     */
    StoreOutcome store(
            Instrument instrument, Timeframe timeframe, String source, List<CandleRow> rows, boolean announceClosed) {
        StoreOutcome outcome = transactions.execute(status -> {
            StoreOutcome stored = store.store(instrument, timeframe, source, rows, announceClosed);
            events.batchStored(instrument, timeframe, rows, stored);
            if (announceClosed) {
                events.candlesClosed(instrument, timeframe, stored);
            }
            return stored;
        });
        outbox.relaySoon();
        return outcome;
    }
}
