package io.algomoex.trading.application;

import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides at start whether the configured mode may trade, and refuses with the reason rather than pretend to trade.
 * Paper mode runs strategies on the paper broker only. Sandbox and live run when every strategy's broker has a
 * gateway installed and configured; live also needs the operator's explicit confirmation.
 */
public final class GuardTradingMode {

    static final String PAPER = "paper";

    private GuardTradingMode() {}

    /**
     * @param brokers every installed gateway by broker name, with what its configuration lacks (for example "set
     *     ALGO_TRADING_ALOR_REFRESH_TOKEN"), empty when it is ready
     * @throws IllegalStateException naming what to set when the service must not start
     */
    public static void check(
            TradingMode mode,
            boolean liveConfirmed,
            List<StrategyDefinition> strategies,
            Map<String, Optional<String>> brokers) {
        if (mode == TradingMode.LIVE && !liveConfirmed) {
            throw new IllegalStateException("refusing to start in live mode: set ALGO_TRADING_LIVE_CONFIRMED=true"
                    + " (algo.trading.live-confirmed) to confirm that real orders may be sent");
        }
        for (StrategyDefinition strategy : strategies) {
            String broker = strategy.broker();
            if (mode == TradingMode.PAPER) {
                if (!PAPER.equals(broker)) {
                    throw new IllegalStateException("refusing to start: strategy " + strategy.id() + " trades through '"
                            + broker + "', but paper mode trades through the paper broker only; set"
                            + " ALGO_TRADING_BROKER_MODE=sandbox (or live) to trade through " + broker);
                }
                continue;
            }
            Optional<String> missing = brokers.get(broker);
            if (missing == null) {
                throw new IllegalStateException("refusing to start: strategy " + strategy.id() + " trades through '"
                        + broker + "', which has no gateway in this version (installed: "
                        + new TreeSet<>(brokers.keySet()) + ")");
            }
            missing.ifPresent(what -> {
                throw new IllegalStateException("refusing to start in " + mode.code() + " mode: strategy "
                        + strategy.id() + " trades through " + broker + ": " + what);
            });
        }
    }
}
