package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestReport.ReportedOrder;
import io.algomoex.backtest.domain.BacktestReport.ReportedTrade;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.RunEquity;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBacktestRunStore implements BacktestRunStore {

    private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {};
    private static final TypeReference<List<ReportedOrder>> ORDERS = new TypeReference<>() {};
    private static final TypeReference<List<ReportedTrade>> TRADES = new TypeReference<>() {};

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

    @Override
    public void save(BacktestReport report, RunEquity equity) {
        StoredRequest request = StoredRequest.of(report.request());
        jdbc.sql("""
                        INSERT INTO backtest.runs (id, created_at, secid, board, timeframe, strategy, parameters, request,
                                                   bars, final_value, final_cash, final_position, metrics, orders, trades,
                                                   equity_times, equity_values)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)
                        """)
                .params(
                        report.id(),
                        Timestamp.from(report.createdAt()),
                        request.setup().secid(),
                        request.setup().board(),
                        request.setup().timeframe(),
                        request.setup().strategy(),
                        json.writeValueAsString(Map.of("fast", request.fast(), "slow", request.slow())),
                        json.writeValueAsString(request),
                        report.bars(),
                        BigDecimal.valueOf(report.finalValue()),
                        BigDecimal.valueOf(report.finalCash()),
                        BigDecimal.valueOf(report.finalPosition()),
                        json.writeValueAsString(report.metrics()),
                        json.writeValueAsString(report.orders()),
                        json.writeValueAsString(report.trades()),
                        // pgjdbc binds primitive arrays as bigint[] and double precision[].
                        equity.times(),
                        equity.values())
                .update();
    }

    @Override
    public Optional<RunEquity> findEquity(UUID id) {
        return jdbc.sql("""
                        SELECT equity_times, equity_values FROM backtest.runs
                        WHERE id = ? AND equity_times IS NOT NULL
                        """).param(id).query((row, number) -> toEquity(row)).optional();
    }

    private static RunEquity toEquity(ResultSet row) throws SQLException {
        Long[] times = (Long[]) row.getArray("equity_times").getArray();
        Double[] values = (Double[]) row.getArray("equity_values").getArray();
        long[] begin = new long[times.length];
        double[] value = new double[values.length];
        for (int i = 0; i < times.length; i++) {
            begin[i] = times[i];
            value[i] = values[i];
        }
        return new RunEquity(begin, value);
    }

    @Override
    public Optional<BacktestReport> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, created_at, request::text AS request, bars, final_value, final_cash, final_position,
                               metrics::text AS metrics, orders::text AS orders, trades::text AS trades
                        FROM backtest.runs
                        WHERE id = ? AND final_cash IS NOT NULL
                        """).param(id).query((row, number) -> toReport(row)).optional();
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM backtest.runs WHERE created_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    private BacktestReport toReport(ResultSet row) throws SQLException {
        return new BacktestReport(
                row.getObject("id", UUID.class),
                row.getTimestamp("created_at").toInstant(),
                json.readValue(row.getString("request"), StoredRequest.class).toRequest(),
                row.getInt("bars"),
                row.getBigDecimal("final_value").doubleValue(),
                row.getBigDecimal("final_cash").doubleValue(),
                row.getBigDecimal("final_position").doubleValue(),
                json.readValue(row.getString("metrics"), METRICS),
                json.readValue(row.getString("orders"), ORDERS),
                json.readValue(row.getString("trades"), TRADES));
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
