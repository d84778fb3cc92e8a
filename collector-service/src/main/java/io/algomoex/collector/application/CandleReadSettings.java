package io.algomoex.collector.application;

/** @param maxCandles the most candles one read returns; a read asking for more is refused, at least 1 */
public record CandleReadSettings(int maxCandles) {

    public CandleReadSettings {
        if (maxCandles < 1) {
            throw new IllegalArgumentException("maxCandles must be at least 1, got " + maxCandles);
        }
    }
}
