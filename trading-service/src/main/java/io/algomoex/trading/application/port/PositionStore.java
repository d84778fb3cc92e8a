package io.algomoex.trading.application.port;

import io.algomoex.trading.domain.Position;
import java.util.List;
import java.util.Optional;

/** The position and P&amp;L of each strategy ({@code trading.positions}). */
public interface PositionStore {

    Optional<Position> find(String strategyId);

    void save(Position position);

    /** Every stored position, by strategy id. */
    List<Position> all();
}
