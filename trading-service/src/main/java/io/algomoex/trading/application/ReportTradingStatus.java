package io.algomoex.trading.application;

import io.algomoex.trading.application.port.CandleProgressStore;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingStatus;
import io.algomoex.trading.domain.TradingStatus.StrategyStatus;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Tells the mode, the configured strategies, which of them are halted and the last candle each acted on. */
@Service
public class ReportTradingStatus {

    private final TradingSettings settings;
    private final HaltStore halts;
    private final CandleProgressStore progress;

    ReportTradingStatus(TradingSettings settings, HaltStore halts, CandleProgressStore progress) {
        this.settings = settings;
        this.halts = halts;
        this.progress = progress;
    }

    public TradingStatus report() {
        Map<String, String> halted = halts.haltedScopes();
        String accountReason = halted.get(HaltStore.ACCOUNT);
        Map<String, Instant> lastCandles = progress.lastCandles();
        return new TradingStatus(
                settings.mode(),
                accountReason != null,
                settings.strategies().stream()
                        .map(strategy -> status(strategy, halted, accountReason, lastCandles.get(strategy.id())))
                        .toList());
    }

    private static StrategyStatus status(
            StrategyDefinition strategy, Map<String, String> halted, String accountReason, Instant lastCandle) {
        String reason = halted.getOrDefault(strategy.id(), accountReason);
        return new StrategyStatus(strategy, reason != null, reason, lastCandle);
    }
}
