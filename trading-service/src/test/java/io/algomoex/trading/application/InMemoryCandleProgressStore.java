package io.algomoex.trading.application;

import io.algomoex.trading.application.port.CandleProgressStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

class InMemoryCandleProgressStore implements CandleProgressStore {

    private final Map<String, Instant> last = new TreeMap<>();
    private boolean failNext;

    /** The next {@link #record} throws, as a database gone away would, and stores nothing. */
    void failNextRecord() {
        failNext = true;
    }

    @Override
    public Optional<Instant> lastCandle(String strategyId) {
        return Optional.ofNullable(last.get(strategyId));
    }

    @Override
    public void record(String strategyId, Instant candleBegin) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("progress store unavailable");
        }
        last.put(strategyId, candleBegin);
    }

    @Override
    public Map<String, Instant> lastCandles() {
        return Map.copyOf(last);
    }
}
