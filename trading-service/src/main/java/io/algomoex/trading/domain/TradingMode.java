package io.algomoex.trading.domain;

import java.util.Locale;

/** Where orders go: simulated fills, the broker's sandbox, or the real account. */
public enum TradingMode {
    PAPER,
    SANDBOX,
    LIVE;

    public static TradingMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("trading mode must be paper, sandbox or live, got '" + text + "'", e);
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
