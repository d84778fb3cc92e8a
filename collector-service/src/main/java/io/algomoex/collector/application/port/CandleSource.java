package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.common.market.Timeframe;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor of historical candles (MOEX ISS, Finam). Implementations page, throttle and cache as their vendor needs,
 * and retry through {@link io.algomoex.collector.application.SourceRetryPolicy}; every failure that ends the fetch is
 * a {@link io.algomoex.collector.domain.SourceFailureException} or an
 * {@link io.algomoex.collector.domain.UnknownInstrumentException}, raised after the last whole response was handed
 * to the sink.
 */
public interface CandleSource {

    /** The source name stored with each candle, for example {@code moex-iss}. */
    String name();

    /**
     * How many calendar days one call of {@link #fetch} should cover for this timeframe, so each request stays small
     * (ISS) or within the vendor's range limit (Finam).
     *
     * @throws IllegalArgumentException when the source has no candles of this timeframe
     */
    int windowDays(Timeframe timeframe);

    /**
     * Fetches the candles of the Moscow calendar days {@code from..till} (both inclusive) and hands them to the sink
     * one response at a time, each response complete and parsed before it is handed over, so a malformed response
     * delivers nothing. Begins are UTC; rows may repeat across responses.
     */
    void fetch(MarketInstrument instrument, Timeframe timeframe, LocalDate from, LocalDate till, Sink sink);

    /** Receives a fetch's progress. */
    interface Sink {

        /** One HTTP request went out to the vendor (retries count, cache hits do not). */
        void requestSent();

        /** A request failed transiently (or with a malformed body) and is sent again after a back-off. */
        void retried();

        /** One parsed response worth of candles, possibly empty. */
        void accept(List<CandleRow> rows);

        /** Rows of a response left out because they break a candle invariant. */
        void rejected(List<RejectedCandle> rows);
    }
}
