package io.algomoex.trading.application.port;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A broker's live stream of closed candles, beside the collector's delayed ones on AMQP. A candle is delivered when it
 * has closed (the broker shows a later one), each once and in time order; the candle still forming is never delivered.
 * A dropped connection is re-established by the stream itself, which back-fills what closed meanwhile.
 */
public interface CandleStream {

    /** The broker name strategies give in {@code broker}, for example {@code alor}. */
    String broker();

    /**
     * Starts delivering the closed candles of a series that begin after {@code after}; returns at once.
     *
     * @param after the last candle already acted on, or {@code null} to start with the candle forming now
     * @param onClosed called on the stream's thread, one candle at a time
     */
    void subscribe(Instrument instrument, Timeframe timeframe, Instant after, Consumer<Candle> onClosed);

    /** Stops every subscription and closes the connection. */
    void close();
}
