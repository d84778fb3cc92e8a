package io.algomoex.trading.application;

import java.math.BigDecimal;

/**
 * Money settings of the live loop.
 *
 * @param capitalPerStrategy capital allotted to each strategy in roubles: the base of its equity, peak and drawdown
 */
public record AccountSettings(BigDecimal capitalPerStrategy) {

    public AccountSettings {
        if (capitalPerStrategy == null || capitalPerStrategy.signum() <= 0) {
            throw new IllegalArgumentException("capital per strategy must be positive, got " + capitalPerStrategy);
        }
    }
}
