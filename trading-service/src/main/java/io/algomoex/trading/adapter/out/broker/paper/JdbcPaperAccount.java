package io.algomoex.trading.adapter.out.broker.paper;

import com.zaxxer.hikari.HikariDataSource;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paper broker's books in {@code trading.paper_orders}, {@code trading.paper_fills} and
 * {@code trading.paper_candles}. They sit in the service's database for convenience only: the trading books never
 * read them, just as they cannot read a real broker's.
 */
public class JdbcPaperAccount implements PaperAccount, AutoCloseable {

    private static final String COLUMNS = "client_order_id, strategy_id, secid, board, timeframe, side, lots, units,"
            + " state, filled_units, reason, accepted_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AutoCloseable pool;

    private JdbcPaperAccount(JdbcClient jdbc, PlatformTransactionManager transactionManager, AutoCloseable pool) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.pool = pool;
    }

    /**
     * The paper broker on a pool of two connections of its own. It stands in for a remote broker, so its work never
     * joins the books' transactions, and its commits do not wait for their own disk flush: the books' next synchronous
     * commit, which follows every call to the broker, flushes the write-ahead log past them, and a PostgreSQL crash in
     * between is what restart reconciliation is for. That saves the loop a flush per candle.
     */
    public static JdbcPaperAccount onOwnPool(String jdbcUrl, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("paper-broker");
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(2);
        pool.setConnectionInitSql("SET synchronous_commit TO OFF");
        return new JdbcPaperAccount(JdbcClient.create(pool), new DataSourceTransactionManager(pool), pool);
    }

    @Override
    public void close() throws Exception {
        pool.close();
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    @Override
    public PaperOrder accept(PaperOrder order) {
        OrderRequest request = order.request();
        jdbc.sql("INSERT INTO trading.paper_orders (" + COLUMNS + ") VALUES (:id, :strategy, :secid, :board,"
                        + " :timeframe, :side, :lots, :units, :state, :filled, :reason, :at)"
                        + " ON CONFLICT (client_order_id) DO NOTHING")
                .param("id", request.clientOrderId())
                .param("strategy", request.strategyId())
                .param("secid", request.instrument().secid())
                .param("board", request.instrument().board())
                .param("timeframe", request.timeframe().code())
                .param("side", request.side().name())
                .param("lots", request.lots())
                .param("units", request.units())
                .param("state", order.state().name())
                .param("filled", order.filledUnits())
                .param("reason", order.reason())
                .param("at", Timestamp.from(order.acceptedAt()))
                .update();
        return find(request.clientOrderId()).orElseThrow();
    }

    @Override
    public Optional<PaperOrder> find(String clientOrderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.paper_orders WHERE client_order_id = :id")
                .param("id", clientOrderId)
                .query(JdbcPaperAccount::order)
                .optional();
    }

    @Override
    public List<PaperOrder> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.paper_orders"
                        + " WHERE state IN ('SUBMITTED', 'PARTIALLY_FILLED') ORDER BY seq")
                .query(JdbcPaperAccount::order)
                .list();
    }

    @Override
    public void update(PaperOrder order) {
        jdbc.sql("UPDATE trading.paper_orders SET state = :state, filled_units = :filled, reason = :reason"
                        + " WHERE client_order_id = :id")
                .param("state", order.state().name())
                .param("filled", order.filledUnits())
                .param("reason", order.reason())
                .param("id", order.clientOrderId())
                .update();
    }

    @Override
    public void addFill(Execution fill) {
        jdbc.sql("INSERT INTO trading.paper_fills (client_order_id, units, price, commission, executed_at)"
                        + " VALUES (:id, :units, :price, :commission, :at)")
                .param("id", fill.clientOrderId())
                .param("units", fill.units())
                .param("price", fill.price())
                .param("commission", fill.commission())
                .param("at", Timestamp.from(fill.executedAt()))
                .update();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return jdbc.sql("SELECT f.client_order_id, o.side, f.units, f.price, f.commission, f.executed_at"
                        + " FROM trading.paper_fills f JOIN trading.paper_orders o USING (client_order_id)"
                        + " WHERE f.client_order_id = :id ORDER BY f.id")
                .param("id", clientOrderId)
                .query((row, n) -> new Execution(
                        row.getString("client_order_id"),
                        Side.valueOf(row.getString("side")),
                        row.getLong("units"),
                        row.getBigDecimal("price"),
                        row.getBigDecimal("commission"),
                        row.getTimestamp("executed_at").toInstant()))
                .list();
    }

    @Override
    public Map<Instrument, Long> positions() {
        Map<Instrument, Long> positions = new LinkedHashMap<>();
        jdbc.sql("SELECT o.secid, o.board, SUM(CASE o.side WHEN 'BUY' THEN f.units ELSE -f.units END) AS units"
                        + " FROM trading.paper_fills f JOIN trading.paper_orders o USING (client_order_id)"
                        + " GROUP BY o.secid, o.board ORDER BY o.secid, o.board")
                .query(row -> {
                    long units = row.getLong("units");
                    if (units != 0) {
                        positions.put(new Instrument(row.getString("secid"), row.getString("board")), units);
                    }
                });
        return Map.copyOf(positions);
    }

    @Override
    public boolean advance(Instrument instrument, Timeframe timeframe, Instant candleBegin) {
        return jdbc.sql("INSERT INTO trading.paper_candles (secid, board, timeframe, last_candle)"
                                + " VALUES (:secid, :board, :timeframe, :begin)"
                                + " ON CONFLICT (secid, board, timeframe) DO UPDATE SET last_candle ="
                                + " EXCLUDED.last_candle WHERE paper_candles.last_candle < EXCLUDED.last_candle")
                        .param("secid", instrument.secid())
                        .param("board", instrument.board())
                        .param("timeframe", timeframe.code())
                        .param("begin", Timestamp.from(candleBegin))
                        .update()
                == 1;
    }

    /** One statement, so one round trip and one commit: the open-order look-up and the advance see the same state. */
    @Override
    public boolean advanceWhenNothingOpen(Instrument instrument, Timeframe timeframe, Instant candleBegin) {
        return !jdbc.sql(
                        "WITH open_order AS (SELECT 1 FROM trading.paper_orders WHERE secid = :secid AND board = :board"
                                + " AND timeframe = :timeframe AND state IN ('SUBMITTED', 'PARTIALLY_FILLED') LIMIT 1),"
                                + " advance AS (INSERT INTO trading.paper_candles (secid, board, timeframe, last_candle)"
                                + " SELECT CAST(:secid AS text), CAST(:board AS text), CAST(:timeframe AS text),"
                                + " CAST(:begin AS timestamptz) WHERE NOT EXISTS (SELECT 1 FROM open_order)"
                                + " ON CONFLICT (secid, board, timeframe) DO UPDATE SET last_candle = EXCLUDED.last_candle"
                                + " WHERE paper_candles.last_candle < EXCLUDED.last_candle)"
                                // PostgreSQL runs a data-modifying WITH whether or not the main query reads it.
                                + " SELECT EXISTS (SELECT 1 FROM open_order) AS open")
                .param("secid", instrument.secid())
                .param("board", instrument.board())
                .param("timeframe", timeframe.code())
                .param("begin", Timestamp.from(candleBegin))
                .query((row, n) -> row.getBoolean("open"))
                .single();
    }

    private static PaperOrder order(ResultSet row, int rowNumber) throws SQLException {
        OrderRequest request = new OrderRequest(
                row.getString("client_order_id"),
                row.getString("strategy_id"),
                new Instrument(row.getString("secid"), row.getString("board")),
                Timeframe.parse(row.getString("timeframe")),
                Side.valueOf(row.getString("side")),
                row.getLong("lots"),
                row.getLong("units"));
        return new PaperOrder(
                request,
                OrderState.valueOf(row.getString("state")),
                row.getLong("filled_units"),
                row.getString("reason"),
                row.getTimestamp("accepted_at").toInstant());
    }
}
