package io.algomoex.collector.domain;

import io.algomoex.common.market.Instrument;
import java.util.Objects;

/**
 * An instrument with the ISS engine and market its board belongs to, as {@code /iss/securities/{secid}.json} lists it.
 *
 * @param instrument secid and board
 * @param engine ISS engine, for example {@code stock}
 * @param market ISS market, for example {@code shares}
 * @param primary whether ISS marks this board {@code is_primary}
 */
public record MarketInstrument(Instrument instrument, String engine, String market, boolean primary) {

    public MarketInstrument {
        Objects.requireNonNull(instrument, "instrument is required");
        if (engine == null || engine.isBlank()) {
            throw new IllegalArgumentException("engine is required");
        }
        if (market == null || market.isBlank()) {
            throw new IllegalArgumentException("market is required");
        }
    }
}
