package io.algomoex.backtest.domain;

/** The candles a backtest needs are not stored: unknown instrument, or nothing in the range. */
public class CandlesNotFoundException extends RuntimeException {

    public CandlesNotFoundException(String message) {
        super(message);
    }
}
