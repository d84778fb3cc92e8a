package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.RunEquity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the report page of a stored run draws: the candles of its range, both moving averages as the strategy saw
 * them, its fills, and its equity curve.
 *
 * @param bars the run's candles, re-read from the market data
 * @param fast fast SMA period
 * @param slow slow SMA period
 * @param fastAverage fast SMA of the closes per bar, {@code NaN} until {@code fast} closes have been seen
 * @param slowAverage slow SMA of the closes per bar, {@code NaN} until {@code slow} closes have been seen
 * @param markers the completed orders, in the order they filled
 * @param equity the stored equity curve, or {@code null} for a run stored before curves were kept
 */
public record BacktestChart(
        StoredBars bars,
        int fast,
        int slow,
        double[] fastAverage,
        double[] slowAverage,
        List<Marker> markers,
        RunEquity equity) {

    public BacktestChart {
        Objects.requireNonNull(bars, "bars are required");
        if (fastAverage.length != bars.size() || slowAverage.length != bars.size()) {
            throw new IllegalArgumentException("need one average per bar");
        }
        markers = List.copyOf(markers);
    }

    /**
     * @param time fill time: the start of the bar it filled on
     * @param side BUY or SELL
     * @param price fill price
     */
    public record Marker(Instant time, String side, double price) {}
}
