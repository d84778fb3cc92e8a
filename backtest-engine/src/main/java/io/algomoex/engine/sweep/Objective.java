package io.algomoex.engine.sweep;

import io.algomoex.engine.metrics.Metrics;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a sweep maximises. Undefined scores ({@code NaN}) rank below every defined one. */
public enum Objective {
    FINAL_VALUE("final-value"),
    TOTAL_RETURN("total-return"),
    SHARPE("sharpe"),
    SORTINO("sortino"),
    PROFIT_FACTOR("profit-factor"),
    /** Total return in percent over maximum drawdown in percent. */
    RETURN_OVER_DRAWDOWN("return-drawdown");

    private final String code;

    Objective(String code) {
        this.code = code;
    }

    /** The name used on the command line and in JSON. */
    public String code() {
        return code;
    }

    /** The score of a run with this final value and these metrics. */
    public double score(double finalValue, Metrics metrics) {
        return switch (this) {
            case FINAL_VALUE -> finalValue;
            case TOTAL_RETURN -> metrics.totalReturnPercent();
            case SHARPE -> metrics.sharpe();
            case SORTINO -> metrics.sortino();
            case PROFIT_FACTOR -> metrics.profitFactor();
            case RETURN_OVER_DRAWDOWN -> metrics.returnOverMaxDrawdown();
        };
    }

    /**
     * Parses a code such as {@code sharpe} or {@code return-drawdown}, ignoring case; {@code return/maxdd} and
     * underscores are accepted too.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Objective parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (wanted.equals("return/maxdd") || wanted.equals("return/drawdown")) {
            return RETURN_OVER_DRAWDOWN;
        }
        return Arrays.stream(values())
                .filter(objective -> objective.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown objective '" + text + "', expected one of "
                        + Arrays.stream(values()).map(Objective::code).collect(Collectors.joining(", "))));
    }
}
