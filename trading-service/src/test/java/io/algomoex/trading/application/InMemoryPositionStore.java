package io.algomoex.trading.application;

import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.domain.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

class InMemoryPositionStore implements PositionStore {

    private final Map<String, Position> positions = new TreeMap<>();

    @Override
    public Optional<Position> find(String strategyId) {
        return Optional.ofNullable(positions.get(strategyId));
    }

    @Override
    public void save(Position position) {
        positions.put(position.strategyId(), position);
    }

    @Override
    public List<Position> all() {
        return List.copyOf(positions.values());
    }
}
