package io.algomoex.trading.application.port;

import io.algomoex.trading.domain.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the live loop reads before it acts on a closed candle: every strategy's position and every halt. Both reads sit
 * on the path from a candle to its order, so the database reads them in one round trip.
 */
public interface LoopReads {

    Snapshot read();

    /** Two separate reads, for stores that have no cheaper way. */
    static LoopReads separately(PositionStore positions, HaltStore halts) {
        return () -> new Snapshot(positions.all(), halts.haltedScopes());
    }

    /**
     * @param positions every stored position, by strategy id
     * @param halted every halted scope with its reason, as {@link HaltStore#haltedScopes()} gives them
     */
    record Snapshot(List<Position> positions, Map<String, String> halted) {

        public Snapshot {
            positions = List.copyOf(positions);
            halted = Map.copyOf(halted);
        }

        /** Why the strategy takes no new orders: its own halt, else the account's; empty while it may trade. */
        public Optional<String> haltReason(String strategyId) {
            return HaltStore.reasonIn(halted, strategyId);
        }
    }
}
