package io.algomoex.trading.application;

import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Trading settings as the use cases see them, mapped from configuration.
 *
 * @param mode where orders go
 * @param strategies the configured strategies, ids unique
 * @param streamedBrokers brokers whose own candle stream feeds their strategies (sandbox and live); the collector's
 *     candles on AMQP are ignored for those strategies
 */
public record TradingSettings(TradingMode mode, List<StrategyDefinition> strategies, Set<String> streamedBrokers) {

    public TradingSettings {
        Objects.requireNonNull(mode, "mode is required");
        strategies = List.copyOf(strategies);
        streamedBrokers = Set.copyOf(streamedBrokers);
        Set<String> ids = new HashSet<>();
        for (StrategyDefinition strategy : strategies) {
            if (!ids.add(strategy.id())) {
                throw new IllegalArgumentException("strategy id '" + strategy.id() + "' is configured twice");
            }
        }
    }

    /** Settings where every strategy takes its candles from AMQP. */
    public TradingSettings(TradingMode mode, List<StrategyDefinition> strategies) {
        this(mode, strategies, Set.of());
    }

    /** Whether the strategy takes its closed candles from its broker's stream rather than from AMQP. */
    public boolean isStreamed(StrategyDefinition strategy) {
        return streamedBrokers.contains(strategy.broker());
    }

    /** The strategies by id, in configuration order. */
    public Map<String, StrategyDefinition> byId() {
        Map<String, StrategyDefinition> byId = new LinkedHashMap<>();
        strategies.forEach(strategy -> byId.put(strategy.id(), strategy));
        return byId;
    }
}
