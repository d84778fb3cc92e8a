package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.MarketDataFeed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the collector's {@code market.candles}, which lives in the same database. */
@Repository
class JdbcMarketDataFeed implements MarketDataFeed {

    private static final Logger log = LoggerFactory.getLogger(JdbcMarketDataFeed.class);

    private final JdbcClient jdbc;

    JdbcMarketDataFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candle> lastClosed(Instrument instrument, Timeframe timeframe, int count) {
        if (count == 0) {
            return List.of();
        }
        Boolean stored = jdbc.sql("SELECT to_regclass('market.candles') IS NOT NULL")
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(stored)) {
            // The collector creates the table; a trading service started first warms up on live candles instead.
            log.warn("market.candles does not exist yet; {} {} starts without stored candles", instrument, timeframe);
            return List.of();
        }
        return jdbc.sql("SELECT begin, open, high, low, close, volume, value FROM (SELECT * FROM market.candles"
                        + " WHERE secid = :secid AND board = :board AND timeframe = :timeframe AND NOT provisional"
                        + " ORDER BY begin DESC LIMIT :count) recent ORDER BY begin")
                .param("secid", instrument.secid())
                .param("board", instrument.board())
                .param("timeframe", timeframe.code())
                .param("count", count)
                .query((row, n) -> new Candle(
                        instrument,
                        timeframe,
                        row.getTimestamp("begin").toInstant(),
                        Price.of(row.getBigDecimal("open")),
                        Price.of(row.getBigDecimal("high")),
                        Price.of(row.getBigDecimal("low")),
                        Price.of(row.getBigDecimal("close")),
                        row.getLong("volume"),
                        row.getBigDecimal("value")))
                .list();
    }
}
