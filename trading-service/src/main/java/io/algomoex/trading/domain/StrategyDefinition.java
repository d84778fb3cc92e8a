package io.algomoex.trading.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A strategy the operator configured to trade.
 *
 * @param id unique id, lower case, used in REST paths, metrics and commands
 * @param instrument what it trades
 * @param timeframe the candles it acts on
 * @param strategy strategy name, for example {@code sma-cross}
 * @param parameters strategy parameters by name
 * @param size order size in lots
 * @param lotSize units per lot of the instrument (10 for SBER), at least 1
 * @param broker the gateway it trades through, for example {@code paper}
 */
public record StrategyDefinition(
        String id,
        Instrument instrument,
        Timeframe timeframe,
        String strategy,
        Map<String, String> parameters,
        Quantity size,
        int lotSize,
        String broker) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public StrategyDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "strategy id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(strategy, "strategy is required");
        Objects.requireNonNull(size, "size is required");
        Objects.requireNonNull(broker, "broker is required");
        parameters = Map.copyOf(parameters);
        if (lotSize < 1) {
            throw new IllegalArgumentException("strategy " + id + ": lot size must be at least 1, got " + lotSize);
        }
        if (size.isZero()) {
            throw new IllegalArgumentException("strategy " + id + ": size must be at least 1 lot");
        }
    }

    /** Units in one order of {@link #size()} lots. */
    public long orderUnits() {
        return size.units(lotSize);
    }
}
