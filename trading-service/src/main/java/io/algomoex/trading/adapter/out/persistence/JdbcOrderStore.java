package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrderStore implements OrderStore {

    private static final String COLUMNS = "client_order_id, strategy_id, secid, board, side, lots, units, state,"
            + " filled_units, signal_candle, created_at, fill_price, commission, filled_at, reason";

    /** Records the state of the rows the named statement returned in {@code trading.order_events}. */
    private static final String TRANSITION_FROM =
            "INSERT INTO trading.order_events (client_order_id, state, occurred_at, detail)"
                    + " SELECT client_order_id, state, updated_at, CAST(:detail AS text) FROM %s";

    private final JdbcClient jdbc;

    JdbcOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement: the order and its first transition, or nothing when the id exists. */
    @Override
    public boolean create(Order order, Instant at) {
        return jdbc.sql("WITH created AS (INSERT INTO trading.orders (" + COLUMNS + ", updated_at) VALUES (:id,"
                                + " :strategy, :secid, :board, :side, :lots, :units, :state, :filledUnits, :signal,"
                                + " :created, :price, :commission, :filled, :reason, :at)"
                                + " ON CONFLICT (client_order_id) DO NOTHING RETURNING client_order_id, state,"
                                + " updated_at) "
                                + TRANSITION_FROM.formatted("created"))
                        .params(parameters(order, at))
                        .update()
                == 1;
    }

    /** One statement: the order's new state and the transition. */
    @Override
    public void update(Order order, Instant at) {
        int updated = jdbc.sql("WITH changed AS (UPDATE trading.orders SET state = :state, filled_units = :filledUnits,"
                        + " fill_price = :price, commission = :commission, filled_at = :filled, reason = :reason,"
                        + " updated_at = :at WHERE client_order_id = :id RETURNING client_order_id, state,"
                        + " updated_at) "
                        + TRANSITION_FROM.formatted("changed"))
                .params(parameters(order, at))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("order " + order.clientOrderId() + " is not stored");
        }
    }

    @Override
    public Optional<Order> find(String clientOrderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.orders WHERE client_order_id = :id")
                .param("id", clientOrderId)
                .query(JdbcOrderStore::order)
                .optional();
    }

    @Override
    public List<Order> find(String strategyId, OrderState state) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.orders"
                        + " WHERE (CAST(:strategy AS text) IS NULL OR strategy_id = :strategy)"
                        + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                        + " ORDER BY created_at DESC, client_order_id")
                .param("strategy", strategyId)
                .param("state", state == null ? null : state.name())
                .query(JdbcOrderStore::order)
                .list();
    }

    @Override
    public List<Order> find(String strategyId, OrderState state, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.orders"
                        + " WHERE (CAST(:strategy AS text) IS NULL OR strategy_id = :strategy)"
                        + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                        + " ORDER BY created_at DESC, client_order_id LIMIT :limit OFFSET :offset")
                .param("strategy", strategyId)
                .param("state", state == null ? null : state.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcOrderStore::order)
                .list();
    }

    private static String detail(Order order) {
        return switch (order.state()) {
            case FILLED, PARTIALLY_FILLED ->
                order.filledUnits() + " of " + order.units() + " @ "
                        + order.fillPrice().toPlainString() + " on average, commission "
                        + order.commission().toPlainString();
            case REJECTED -> order.reason();
            case CANCELLED ->
                order.filledUnits() == 0
                        ? order.reason()
                        : order.reason() + " after " + order.filledUnits() + " filled";
            default -> null;
        };
    }

    private static Map<String, Object> parameters(Order order, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", order.clientOrderId());
        values.put("strategy", order.strategyId());
        values.put("secid", order.instrument().secid());
        values.put("board", order.instrument().board());
        values.put("side", order.side().name());
        values.put("lots", order.lots());
        values.put("units", order.units());
        values.put("state", order.state().name());
        values.put("filledUnits", order.filledUnits());
        values.put("signal", Timestamp.from(order.signalCandle()));
        values.put("created", Timestamp.from(order.createdAt()));
        values.put("price", order.fillPrice());
        values.put("commission", order.commission());
        values.put("filled", order.filledAt() == null ? null : Timestamp.from(order.filledAt()));
        values.put("reason", order.reason());
        values.put("at", Timestamp.from(at));
        values.put("detail", detail(order));
        return values;
    }

    private static Order order(ResultSet row, int rowNumber) throws SQLException {
        Timestamp filledAt = row.getTimestamp("filled_at");
        return new Order(
                row.getString("client_order_id"),
                row.getString("strategy_id"),
                new Instrument(row.getString("secid"), row.getString("board")),
                Side.valueOf(row.getString("side")),
                row.getLong("lots"),
                row.getLong("units"),
                OrderState.valueOf(row.getString("state")),
                row.getLong("filled_units"),
                row.getTimestamp("signal_candle").toInstant(),
                row.getTimestamp("created_at").toInstant(),
                row.getBigDecimal("fill_price"),
                row.getBigDecimal("commission"),
                filledAt == null ? null : filledAt.toInstant(),
                row.getString("reason"));
    }
}
