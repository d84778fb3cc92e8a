package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.strategy.ClosedBar;
import io.algomoex.common.strategy.Signal;
import io.algomoex.common.strategy.Strategy;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Instant;
import java.util.List;

/**
 * One configured strategy at run time: its strategy instance and the last candle it saw. A strategy that failed
 * half-way through a candle is dropped and warmed up again, so its indicators never see a candle twice.
 */
final class LiveStrategy {

    private final StrategyDefinition definition;
    private Strategy strategy;
    private Instant lastCandle;

    LiveStrategy(StrategyDefinition definition) {
        this.definition = definition;
    }

    StrategyDefinition definition() {
        return definition;
    }

    String id() {
        return definition.id();
    }

    boolean isWarm() {
        return strategy != null;
    }

    /** Candles a fresh instance needs before it can signal on the next one. */
    int warmUpCandles() {
        return Math.max(StrategyCatalog.create(definition).warmUpBars() - 1, 0);
    }

    /** Starts a fresh instance fed with stored candles; their signals are ignored. */
    void warmUp(List<Candle> history, Instant storedProgress, long positionUnits) {
        Strategy fresh = StrategyCatalog.create(definition);
        Instant last = storedProgress;
        for (Candle candle : history) {
            fresh.onBar(ClosedBar.of(candle), positionUnits);
            if (last == null || candle.begin().isAfter(last)) {
                last = candle.begin();
            }
        }
        strategy = fresh;
        lastCandle = last;
    }

    void reset() {
        strategy = null;
    }

    /** Null when the candle is new, else why it is dropped: {@code duplicate} or {@code out-of-order}. */
    String rejection(Candle candle) {
        if (lastCandle == null || candle.begin().isAfter(lastCandle)) {
            return null;
        }
        return candle.begin().equals(lastCandle) ? "duplicate" : "out-of-order";
    }

    /** Feeds a candle of history to the strategy; its signal is ignored, as in {@link #warmUp}. */
    void observe(Candle candle, long positionUnits) {
        strategy.onBar(ClosedBar.of(candle), positionUnits);
        lastCandle = candle.begin();
    }

    Signal evaluate(Candle candle, long positionUnits) {
        Signal signal = strategy.onBar(ClosedBar.of(candle), positionUnits);
        lastCandle = candle.begin();
        return signal;
    }

    Instant lastCandle() {
        return lastCandle;
    }
}
