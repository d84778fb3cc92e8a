package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.market.Candle;
import io.algomoex.trading.application.port.CandleStore;
import java.sql.Timestamp;
import java.sql.Types;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes streamed closed candles into the collector's {@code market.candles} with the collector's own upsert: keyed by
 * (secid, board, timeframe, begin), a row whose values are unchanged is not touched, so a candle stored twice changes
 * nothing. The collector owns the table; trading-service only adds closed, non-provisional rows to it.
 */
@Repository
class JdbcCandleStore implements CandleStore {

    private static final String UPSERT = """
            INSERT INTO market.candles AS c
                   (secid, board, timeframe, begin, open, high, low, close, volume, value, source, provisional)
            VALUES (:secid, :board, :timeframe, :begin, :open, :high, :low, :close, :volume, :value, :source, false)
            ON CONFLICT (secid, board, timeframe, begin) DO UPDATE
               SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
                   volume = EXCLUDED.volume, value = EXCLUDED.value, source = EXCLUDED.source, provisional = false
               WHERE (c.open, c.high, c.low, c.close, c.volume, c.value, c.provisional)
                     IS DISTINCT FROM
                     (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume, EXCLUDED.value,
                      false)
            """;

    private final JdbcClient jdbc;

    JdbcCandleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upsert(Candle candle, String source) {
        jdbc.sql(UPSERT)
                .param("secid", candle.instrument().secid())
                .param("board", candle.instrument().board())
                .param("timeframe", candle.timeframe().code())
                .param("begin", Timestamp.from(candle.begin()))
                .param("open", candle.open().value())
                .param("high", candle.high().value())
                .param("low", candle.low().value())
                .param("close", candle.close().value())
                .param("volume", candle.volume())
                .param("value", new SqlParameterValue(Types.NUMERIC, candle.value()))
                .param("source", source)
                .update();
    }
}
