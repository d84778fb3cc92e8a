package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.trading.application.port.CandleProgressStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCandleProgressStore implements CandleProgressStore {

    private final JdbcClient jdbc;

    JdbcCandleProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lastCandle(String strategyId) {
        return jdbc.sql("SELECT last_candle FROM trading.strategy_progress WHERE strategy_id = :strategy")
                .param("strategy", strategyId)
                .query((row, n) -> row.getTimestamp("last_candle").toInstant())
                .optional();
    }

    @Override
    public void record(String strategyId, Instant candleBegin) {
        jdbc.sql("INSERT INTO trading.strategy_progress (strategy_id, last_candle) VALUES (:strategy, :candle)"
                        + " ON CONFLICT (strategy_id) DO UPDATE SET last_candle = EXCLUDED.last_candle")
                .param("strategy", strategyId)
                .param("candle", Timestamp.from(candleBegin))
                .update();
    }

    @Override
    public Map<String, Instant> lastCandles() {
        Map<String, Instant> last = new LinkedHashMap<>();
        jdbc.sql("SELECT strategy_id, last_candle FROM trading.strategy_progress ORDER BY strategy_id")
                .query(row -> {
                    last.put(
                            row.getString("strategy_id"),
                            row.getTimestamp("last_candle").toInstant());
                });
        return last;
    }
}
