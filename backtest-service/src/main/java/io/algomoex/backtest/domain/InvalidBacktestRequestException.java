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
}
