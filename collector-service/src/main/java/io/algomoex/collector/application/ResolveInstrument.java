package io.algomoex.collector.application;

import io.algomoex.collector.application.port.InstrumentDirectory;
import io.algomoex.collector.application.port.InstrumentStore;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.UnknownInstrumentException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds the engine, market and (when none is given) the primary board of a security: from {@code market.instruments}
 * when it was looked up before, otherwise from the exchange, whose answer is then stored.
 */
@Service
public class ResolveInstrument {

    private final InstrumentStore store;
    private final InstrumentDirectory directory;

    ResolveInstrument(InstrumentStore store, InstrumentDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /**
     * @param board the board, or {@code null} for the primary board
     * @throws UnknownInstrumentException when the exchange does not know the security or board
     */
    public MarketInstrument resolve(String secid, String board) {
        return store.find(secid, board).orElseGet(() -> lookUp(secid, board));
    }

    private MarketInstrument lookUp(String secid, String board) {
        List<MarketInstrument> boards = directory.boardsOf(secid);
        if (boards.isEmpty()) {
            throw new UnknownInstrumentException("unknown instrument: MOEX ISS does not know security " + secid);
        }
        store.saveAll(boards);
        return boards.stream()
                .filter(candidate -> board == null
                        ? candidate.primary()
                        : candidate.instrument().board().equals(board))
                .findFirst()
                .orElseThrow(() -> new UnknownInstrumentException(
                        board == null
                                ? "unknown instrument: MOEX ISS names no primary board for " + secid
                                : "unknown instrument: " + secid + " does not trade on board " + board));
    }
}
