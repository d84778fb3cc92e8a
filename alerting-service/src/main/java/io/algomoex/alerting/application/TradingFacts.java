package io.algomoex.alerting.application;

import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The latest P&amp;L and positions seen on {@code algo.events}, for {@code /pnl} and {@code /positions}. Kept in memory
 * only: trading-service republishes them on every change, so after a restart they fill up again.
 */
@Component
public class TradingFacts {

    private final Map<String, PnlUpdated> pnl = new ConcurrentHashMap<>();
    private final Map<String, PositionChanged> positions = new ConcurrentHashMap<>();

    /** @return the strategy's previous figures, if any were seen */
    public Optional<PnlUpdated> recordPnl(PnlUpdated update) {
        return Optional.ofNullable(pnl.put(update.strategyId(), update));
    }

    public void recordPosition(PositionChanged change) {
        String key = change.strategyId() + " " + change.secid() + "@" + change.board();
        if (change.lots() == 0) {
            positions.remove(key);
        } else {
            positions.put(key, change);
        }
    }

    public List<PnlUpdated> pnl() {
        return pnl.values().stream()
                .sorted(Comparator.comparing(PnlUpdated::strategyId))
                .toList();
    }

    /** Open positions only. */
    public List<PositionChanged> positions() {
        return positions.values().stream()
                .sorted(Comparator.comparing(PositionChanged::strategyId).thenComparing(PositionChanged::secid))
                .toList();
    }
}
