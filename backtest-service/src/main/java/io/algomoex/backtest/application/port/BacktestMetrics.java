package io.algomoex.backtest.application.port;

import java.time.Duration;

/** What the service reports to monitoring. */
public interface BacktestMetrics {

    /** A backtest, sweep or walk-forward analysis ({@code kind}) finished successfully after {@code duration}. */
    void runCompleted(String kind, Duration duration);

    /** A replica computed and stored {@code combinations} sweep combinations over {@code bars} bars each. */
    void combinationsCompleted(long combinations, long bars);

    /** A sweep succeeded at {@code barCombinationsPerSecond}, measured from queueing to its last stored chunk. */
    void sweepSucceeded(double barCombinationsPerSecond);

    /** A chunk could not be computed or stored. */
    void chunkFailed();

    /** A replica loaded a sweep's candles and prepared its moving averages. */
    void seriesLoaded();
}
