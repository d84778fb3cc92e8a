package io.algomoex.trading.application;

import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingStatus;
import io.algomoex.trading.domain.TradingStatus.StrategyStatus;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Tells the mode, the configured strategies and which of them are halted. */
@Service
public class ReportTradingStatus {

    private final TradingSettings settings;
    private final HaltStore halts;

    ReportTradingStatus(TradingSettings settings, HaltStore halts) {
        this.settings = settings;
        this.halts = halts;
    }

    public TradingStatus report() {
        Map<String, String> halted = halts.haltedScopes();
        String accountReason = halted.get(HaltStore.ACCOUNT);
        return new TradingStatus(
                settings.mode(),
                accountReason != null,
                settings.strategies().stream()
                        .map(strategy -> status(strategy, halted, accountReason))
                        .toList());
    }

    private static StrategyStatus status(
            StrategyDefinition strategy, Map<String, String> halted, String accountReason) {
        String reason = halted.getOrDefault(strategy.id(), accountReason);
        return new StrategyStatus(strategy, reason != null, reason);
    }
}
