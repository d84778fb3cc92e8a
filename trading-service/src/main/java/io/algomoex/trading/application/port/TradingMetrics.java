package io.algomoex.trading.application.port;

import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.time.Duration;

/** What the live loop reports to monitoring. */
public interface TradingMetrics {

    /**
     * A candle was not acted on; {@code reason} is {@code duplicate}, {@code out-of-order}, {@code unconfigured},
     * {@code history} (it closed before trading started and only warmed the strategy up), {@code streamed} (an AMQP
     * candle of a strategy fed by its broker stream) or {@code not-streamed}.
     */
    void candleDropped(String reason);

    /** An order reached a state. */
    void orderReached(OrderState state);

    /** An order request was handed to the gateway {@code sinceCandle} after its closed candle arrived. */
    void orderSent(Duration sinceCandle);

    /** The gateway could not be reached. */
    void gatewayFailed();

    /** A strategy's position or P&amp;L changed. */
    void positionValued(Position position);
}
