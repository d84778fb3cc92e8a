package io.algomoex.trading.adapter.out.broker.tinvest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * T-Invest's {@code Quotation}: a decimal as whole {@code units} (int64, a JSON string) and {@code nano} billionths
 * (int32), both with the sign of the value (error 30017 forbids mixed signs). {@code MoneyValue} adds a currency to
 * the same two parts. Conversion is exact both ways; a value with more than nine decimals cannot be sent.
 */
record TinvestQuotation(String units, int nano) {

    private static final int NANO_DIGITS = 9;
    private static final int MAX_NANO = 999_999_999;

    TinvestQuotation {
        try {
            long whole = Long.parseLong(units);
            if (Math.abs((long) nano) > MAX_NANO || (whole > 0 && nano < 0) || (whole < 0 && nano > 0)) {
                throw new IllegalArgumentException(
                        "a quotation's units and nano must share the sign and |nano| <= 999999999, got " + units + ", "
                                + nano);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a quotation's units must be an int64, got '" + units + "'", e);
        }
    }

    /** The exact quotation of {@code value}. */
    static TinvestQuotation of(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > NANO_DIGITS) {
            throw new IllegalArgumentException("T-Invest takes at most nine decimals, got " + value.toPlainString());
        }
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        int nano = value.subtract(whole).movePointRight(NANO_DIGITS).intValueExact();
        return new TinvestQuotation(whole.toBigIntegerExact().longValueExact() + "", nano);
    }

    /** The exact value, without trailing zeros beyond the units (250.5, not 250.500000000). */
    BigDecimal value() {
        BigDecimal exact = new BigDecimal(units).add(BigDecimal.valueOf(nano, NANO_DIGITS));
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
