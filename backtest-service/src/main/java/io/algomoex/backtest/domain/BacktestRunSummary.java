package io.algomoex.backtest.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The headline of one stored backtest run.
 *
 * @param id run id
 * @param createdAt when the run was stored, UTC
 * @param instrument the instrument backtested
 * @param timeframe the candle timeframe
 * @param strategy strategy name, for example {@code sma-cross}
 * @param parameters strategy parameters, for example {@code fast=20, slow=50}
 * @param bars number of candles replayed
 * @param finalValue cash plus position at the last close, in roubles
 */
public record BacktestRunSummary(
        UUID id,
        Instant createdAt,
        Instrument instrument,
        Timeframe timeframe,
        String strategy,
        Map<String, Object> parameters,
        int bars,
        BigDecimal finalValue) {

    public BacktestRunSummary {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(strategy, "strategy is required");
        Objects.requireNonNull(finalValue, "finalValue is required");
        parameters = Map.copyOf(parameters);
        if (bars < 0) {
            throw new IllegalArgumentException("bars must not be negative, got " + bars);
        }
    }
}
