package io.algomoex.trading.application;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.common.strategy.Strategy;
import io.algomoex.trading.domain.StrategyDefinition;
import java.util.Map;

/** Builds the common strategy a definition names, the same class the backtest engine runs. */
final class StrategyCatalog {

    private StrategyCatalog() {}

    /**
     * A fresh instance for one live session.
     *
     * @throws IllegalArgumentException for an unknown strategy name or missing and invalid parameters
     */
    static Strategy create(StrategyDefinition definition) {
        return switch (definition.strategy()) {
            case "sma-cross" ->
                new SmaCrossStrategy(
                        intParameter(definition, "fast"), intParameter(definition, "slow"), definition.orderUnits());
            default ->
                throw new IllegalArgumentException("strategy " + definition.id() + ": unknown strategy '"
                        + definition.strategy() + "'; known: sma-cross");
        };
    }

    private static int intParameter(StrategyDefinition definition, String name) {
        Map<String, String> parameters = definition.parameters();
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "strategy " + definition.id() + ": parameter '" + name + "' is required");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "strategy " + definition.id() + ": parameter '" + name + "' must be a whole number, got '" + value
                            + "'",
                    e);
        }
    }
}
