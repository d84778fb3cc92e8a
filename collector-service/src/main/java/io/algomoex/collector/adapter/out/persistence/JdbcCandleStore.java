package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.StoredSeries;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCandleStore implements CandleStore {

    private final JdbcClient jdbc;

    JdbcCandleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredSeries> storedSeries() {
        return jdbc.sql("""
                        SELECT secid, board, timeframe, min(begin) AS first_begin, max(begin) AS last_begin,
                               count(*) AS candles
                        FROM market.candles
                        GROUP BY secid, board, timeframe
                        ORDER BY secid, board, timeframe
                        """).query((row, number) -> toSeries(row)).list().stream()
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<StoredSeries> toSeries(ResultSet row) throws SQLException {
        Optional<Timeframe> timeframe = Timeframe.fromCode(row.getString("timeframe"));
        if (timeframe.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredSeries(
                new Instrument(row.getString("secid"), row.getString("board")),
                timeframe.get(),
                row.getTimestamp("first_begin").toInstant(),
                row.getTimestamp("last_begin").toInstant(),
                row.getLong("candles")));
    }
}
