package io.algomoex.backtest.application;

import io.algomoex.engine.sweep.PreparedSweep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The sweeps this replica has loaded candles for, least recently used dropped first, so that a replica loads a sweep's
 * candles once, not once per chunk. Loading happens under the lock: two chunks of one sweep never load twice.
 */
final class PreparedSweeps {

    private final Map<UUID, PreparedSweep> prepared;

    PreparedSweeps(int capacity) {
        this.prepared = new LinkedHashMap<>(capacity + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, PreparedSweep> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized PreparedSweep get(UUID sweepId, Supplier<PreparedSweep> loader) {
        PreparedSweep sweep = prepared.get(sweepId);
        if (sweep == null) {
            sweep = loader.get();
            prepared.put(sweepId, sweep);
        }
        return sweep;
    }

    synchronized void evict(UUID sweepId) {
        prepared.remove(sweepId);
    }
}
