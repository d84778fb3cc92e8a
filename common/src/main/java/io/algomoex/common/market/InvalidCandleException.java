package io.algomoex.common.market;

/** A candle breaks an OHLCV invariant (high below low, negative volume, ...). The message names the rule. */
public class InvalidCandleException extends IllegalArgumentException {

    public InvalidCandleException(String message) {
        super(message);
    }
}
