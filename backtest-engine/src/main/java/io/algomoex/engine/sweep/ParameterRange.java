package io.algomoex.engine.sweep;

/**
 * An inclusive range of integer parameter values, written {@code from:to:step} ({@code 5:50:1}); {@code from:to}
 * means step 1 and a single number means that value alone.
 *
 * @param from first value, at least 1
 * @param to last value considered, at least {@code from}
 * @param step distance between values, at least 1
 */
public record ParameterRange(int from, int to, int step) {

    public ParameterRange {
        if (from < 1 || to < from || step < 1) {
            throw new IllegalArgumentException(
                    "range needs 1 <= from <= to and step >= 1, got " + from + ":" + to + ":" + step);
        }
    }

    /**
     * Parses {@code from:to:step}, {@code from:to} or a single value.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form
     */
    public static ParameterRange parse(String text) {
        String[] parts = text.strip().split(":", -1);
        try {
            return switch (parts.length) {
                case 1 -> new ParameterRange(number(parts[0]), number(parts[0]), 1);
                case 2 -> new ParameterRange(number(parts[0]), number(parts[1]), 1);
                case 3 -> new ParameterRange(number(parts[0]), number(parts[1]), number(parts[2]));
                default -> throw new IllegalArgumentException("too many ':'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "range '" + text + "' must be FROM:TO:STEP with whole numbers, FROM >= 1 (" + e.getMessage() + ")",
                    e);
        }
    }

    /** How many values the range holds, counted without allocating them (a request may ask for billions). */
    public long size() {
        return (to - from) / step + 1L;
    }

    /** The values from {@code from} up to {@code to} in steps. */
    public int[] values() {
        int[] values = new int[Math.toIntExact(size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i * step;
        }
        return values;
    }

    @Override
    public String toString() {
        return from + ":" + to + ":" + step;
    }

    private static int number(String text) {
        return Integer.parseInt(text.strip());
    }
}
