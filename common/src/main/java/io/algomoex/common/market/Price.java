package io.algomoex.common.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact, positive price in the instrument's currency (roubles for TQBR shares, points for indices and futures).
 *
 * <p>Trailing zeros are stripped so that equal prices are equal records: {@code 250.10} and {@code 250.1} are the
 * same price.
 *
 * @param value the price; never null, always greater than zero
 */
public record Price(BigDecimal value) implements Comparable<Price> {

    public Price {
        Objects.requireNonNull(value, "price is required");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + value.toPlainString());
        }
        value = strip(value);
    }

    /** Parses a decimal written with a dot, for example {@code 250.15}. */
    public static Price of(String text) {
        try {
            return new Price(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("price '" + text + "' is not a decimal number", e);
        }
    }

    public static Price of(BigDecimal value) {
        return new Price(value);
    }

    /** Whether this price is a whole multiple of {@code step}, the instrument's minimum price step. */
    public boolean isAlignedTo(BigDecimal step) {
        requirePositive(step, "price step");
        return value.remainder(step).signum() == 0;
    }

    /** This price rounded to a multiple of {@code step} in the given direction. */
    public Price alignTo(BigDecimal step, RoundingMode mode) {
        requirePositive(step, "price step");
        BigDecimal steps = value.divide(step, 0, mode);
        return new Price(steps.multiply(step));
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }

    static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
