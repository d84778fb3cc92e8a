package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.MarketInstrument;
import java.util.List;
import java.util.Optional;

/** Instruments already looked up ({@code market.instruments}), so the exchange is asked once per security. */
public interface InstrumentStore {

    /** The stored board of a security, or its primary board when {@code board} is {@code null}. */
    Optional<MarketInstrument> find(String secid, String board);

    /** Inserts or refreshes the given boards. */
    void saveAll(List<MarketInstrument> instruments);
}
