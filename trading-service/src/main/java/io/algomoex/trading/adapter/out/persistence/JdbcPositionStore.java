package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.domain.Position;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPositionStore implements PositionStore {

    private static final String COLUMNS = "strategy_id, secid, board, units, average_price, gross_realised,"
            + " commission, mark_price, capital, peak_equity, trading_day, total_at_day_start";

    /** Every position, by strategy id. */
    static final String ALL = "SELECT " + COLUMNS + " FROM trading.positions ORDER BY strategy_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPositionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Position> find(String strategyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trading.positions WHERE strategy_id = :strategy")
                .param("strategy", strategyId)
                .query(JdbcPositionStore::position)
                .optional();
    }

    @Override
    public void save(Position position) {
        jdbc.sql("INSERT INTO trading.positions (" + COLUMNS + ", updated_at) VALUES (:strategy, :secid, :board,"
                        + " :units, :average, :gross, :commission, :mark, :capital, :peak, :day, :dayStart, :at)"
                        + " ON CONFLICT (strategy_id) DO UPDATE SET secid = EXCLUDED.secid, board = EXCLUDED.board,"
                        + " units = EXCLUDED.units, average_price = EXCLUDED.average_price,"
                        + " gross_realised = EXCLUDED.gross_realised, commission = EXCLUDED.commission,"
                        + " mark_price = EXCLUDED.mark_price, capital = EXCLUDED.capital,"
                        + " peak_equity = EXCLUDED.peak_equity, trading_day = EXCLUDED.trading_day,"
                        + " total_at_day_start = EXCLUDED.total_at_day_start, updated_at = EXCLUDED.updated_at")
                .param("strategy", position.strategyId())
                .param("secid", position.instrument().secid())
                .param("board", position.instrument().board())
                .param("units", position.units())
                .param("average", position.averagePrice())
                .param("gross", position.grossRealised())
                .param("commission", position.commission())
                .param("mark", position.markPrice())
                .param("capital", position.capital())
                .param("peak", position.peakEquity())
                .param("day", position.tradingDay() == null ? null : Date.valueOf(position.tradingDay()))
                .param("dayStart", position.totalAtDayStart())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<Position> all() {
        return jdbc.sql(ALL).query(JdbcPositionStore::position).list();
    }

    static Position position(ResultSet row, int rowNumber) throws SQLException {
        Date day = row.getDate("trading_day");
        return new Position(
                row.getString("strategy_id"),
                new Instrument(row.getString("secid"), row.getString("board")),
                row.getLong("units"),
                row.getBigDecimal("average_price"),
                row.getBigDecimal("gross_realised"),
                row.getBigDecimal("commission"),
                row.getBigDecimal("mark_price"),
                row.getBigDecimal("capital"),
                row.getBigDecimal("peak_equity"),
                day == null ? null : day.toLocalDate(),
                row.getBigDecimal("total_at_day_start"));
    }
}
