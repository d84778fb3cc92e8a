package io.algomoex.engine;

import io.algomoex.common.strategy.Bar;
import io.algomoex.engine.model.BarSeries;
import java.time.Instant;

/** A {@link Bar} view that moves along a series, so that feeding a strategy allocates nothing per bar. */
final class SeriesCursor implements Bar {

    private final BarSeries bars;
    private int index;

    SeriesCursor(BarSeries bars) {
        this.bars = bars;
    }

    void moveTo(int bar) {
        index = bar;
    }

    @Override
    public Instant begin() {
        return bars.time(index);
    }

    @Override
    public double open() {
        return bars.open(index);
    }

    @Override
    public double high() {
        return bars.high(index);
    }

    @Override
    public double low() {
        return bars.low(index);
    }

    @Override
    public double close() {
        return bars.close(index);
    }

    @Override
    public double volume() {
        return bars.volume(index);
    }
}
