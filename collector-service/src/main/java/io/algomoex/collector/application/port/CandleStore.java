package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.collector.domain.StoredSeries;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where candles live (the {@code market.candles} table). */
public interface CandleStore {

    /**
     * Every stored series with its first and last candle and its size, ordered by secid, board and timeframe.
     * Series whose timeframe this version does not know are left out.
     */
    List<StoredSeries> storedSeries();

    /**
     * Stores one batch atomically: rows breaking a candle invariant are rejected with their line and reason, a start
     * repeated within the batch keeps its first row, rows equal to what is stored change nothing, and the rest is
     * inserted or updated. Either the whole batch is written or, when this throws, nothing of it.
     *
     * @param source the source name written with each candle, for example {@code moex-iss}
     * @param reportChanged whether {@link StoreOutcome#changed()} should list the written candles (costs a read-back)
     */
    StoreOutcome store(
            Instrument instrument, Timeframe timeframe, String source, List<CandleRow> rows, boolean reportChanged);

    /**
     * Candles of a series with {@code from <= begin < till}, in time order. When the timeframe is not stored natively
     * in that range, it is aggregated from the coarsest finer stored timeframe that divides it evenly. At most
     * {@code limit} candles, the earliest ones.
     */
    List<CandleRow> candles(Instrument instrument, Timeframe timeframe, Instant from, Instant till, int limit);

    /** The begin of the newest stored candle of a series, if any. */
    Optional<Instant> lastBegin(Instrument instrument, Timeframe timeframe);
}
