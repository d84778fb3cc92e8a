package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.market.Timeframe;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Fetches one window of days from a source and stores each response as one batch as soon as it is parsed. */
@Component
class CollectWindow {

    private final StoreAnnouncedBatch batches;

    CollectWindow(StoreAnnouncedBatch batches) {
        this.batches = batches;
    }

    /** Where the counts of a collection go. */
    interface Tally {

        void requestSent();

        void retried();

        void received(int rows);

        void stored(StoreOutcome outcome);

        void rejected(int rows);
    }

    void collect(
            CandleSource source,
            MarketInstrument instrument,
            Timeframe timeframe,
            LocalDate from,
            LocalDate till,
            Tally tally,
            boolean announceClosed) {
        source.fetch(instrument, timeframe, from, till, new CandleSource.Sink() {
            @Override
            public void requestSent() {
                tally.requestSent();
            }

            @Override
            public void retried() {
                tally.retried();
            }

            @Override
            public void rejected(List<RejectedCandle> rows) {
                tally.received(rows.size());
                tally.rejected(rows.size());
            }

            @Override
            public void accept(List<CandleRow> rows) {
                tally.received(rows.size());
                if (rows.isEmpty()) {
                    return;
                }
                StoreOutcome outcome =
                        batches.store(instrument.instrument(), timeframe, source.name(), rows, announceClosed);
                tally.stored(outcome);
            }
        });
    }
}
