package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBacktestRunStore implements BacktestRunStore {

    private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcBacktestRunStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Page<BacktestRunSummary> list(int page, int size) {
        long total =
                jdbc.sql("SELECT count(*) FROM backtest.runs").query(Long.class).single();
        List<BacktestRunSummary> items = jdbc.sql("""
                        SELECT id, created_at, secid, board, timeframe, strategy, parameters::text AS parameters,
                               bars, final_value
                        FROM backtest.runs
                        ORDER BY created_at DESC, id
                        LIMIT ? OFFSET ?
                        """)
                .params(size, (long) page * size)
                .query((row, number) -> toSummary(row))
                .list();
        return new Page<>(items, page, size, total);
    }

    private BacktestRunSummary toSummary(ResultSet row) throws SQLException {
        return new BacktestRunSummary(
                row.getObject("id", java.util.UUID.class),
                row.getTimestamp("created_at").toInstant(),
                new Instrument(row.getString("secid"), row.getString("board")),
                Timeframe.parse(row.getString("timeframe")),
                row.getString("strategy"),
                json.readValue(row.getString("parameters"), PARAMETERS),
                row.getInt("bars"),
                row.getBigDecimal("final_value"));
    }
}
