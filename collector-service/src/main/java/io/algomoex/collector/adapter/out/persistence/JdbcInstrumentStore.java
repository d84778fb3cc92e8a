package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.InstrumentStore;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.common.market.Instrument;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInstrumentStore implements InstrumentStore {

    private final JdbcClient jdbc;

    JdbcInstrumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MarketInstrument> find(String secid, String board) {
        String condition = board == null ? "is_primary" : "board = :board";
        return jdbc.sql(
                        "SELECT secid, board, engine, market, is_primary FROM market.instruments WHERE secid = :secid AND "
                                + condition)
                .param("secid", secid)
                .params(board == null ? java.util.Map.of() : java.util.Map.of("board", board))
                .query((row, number) -> new MarketInstrument(
                        new Instrument(row.getString("secid"), row.getString("board")),
                        row.getString("engine"),
                        row.getString("market"),
                        row.getBoolean("is_primary")))
                .optional();
    }

    @Override
    public void saveAll(List<MarketInstrument> instruments) {
        for (MarketInstrument instrument : instruments) {
            jdbc.sql("""
                            INSERT INTO market.instruments (secid, board, engine, market, is_primary, updated_at)
                            VALUES (?, ?, ?, ?, ?, now())
                            ON CONFLICT (secid, board) DO UPDATE
                               SET engine = EXCLUDED.engine, market = EXCLUDED.market,
                                   is_primary = EXCLUDED.is_primary, updated_at = now()
                            """)
                    .params(
                            instrument.instrument().secid(),
                            instrument.instrument().board(),
                            instrument.engine(),
                            instrument.market(),
                            instrument.primary())
                    .update();
        }
    }
}
