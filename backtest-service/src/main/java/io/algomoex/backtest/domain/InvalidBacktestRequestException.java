package io.algomoex.backtest.domain;

/** A backtest request breaks a rule; {@link #field()} names the request field, the message says how. */
public class InvalidBacktestRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidBacktestRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Unless {@code condition} holds, throws naming {@code field}, with {@code message} after the field's name. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidBacktestRequestException(field, field + " " + message);
        }
    }
}
