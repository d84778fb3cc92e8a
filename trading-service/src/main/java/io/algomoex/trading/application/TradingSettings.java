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
 */
public record TradingSettings(TradingMode mode, List<StrategyDefinition> strategies) {

    public TradingSettings {
        Objects.requireNonNull(mode, "mode is required");
        strategies = List.copyOf(strategies);
        Set<String> ids = new HashSet<>();
        for (StrategyDefinition strategy : strategies) {
            if (!ids.add(strategy.id())) {
                throw new IllegalArgumentException("strategy id '" + strategy.id() + "' is configured twice");
            }
        }
    }

    /** The strategies by id, in configuration order. */
    public Map<String, StrategyDefinition> byId() {
        Map<String, StrategyDefinition> byId = new LinkedHashMap<>();
        strategies.forEach(strategy -> byId.put(strategy.id(), strategy));
        return byId;
    }
}
