package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.SweepChunkQueue;
import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.backtest.application.port.SweepStore.Chunk;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.engine.model.BarSeries;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Queues a sweep or a walk-forward analysis: checks that the candles exist, stores the job with its chunks and puts
 * one work message per chunk in the outbox in the same transaction, then has them relayed to the work queue. A sweep is
 * split into contiguous ranges of {@code chunkSize} combinations; a walk-forward analysis is one job.
 */
@Service
public class StartSweep {

    private final MarketBars marketBars;
    private final SweepStore sweeps;
    private final SweepChunkQueue chunkQueue;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final SweepJobSettings settings;

    StartSweep(
            MarketBars marketBars,
            SweepStore sweeps,
            SweepChunkQueue chunkQueue,
            TransactionOperations transactions,
            Clock clock,
            SweepJobSettings settings) {
        this.marketBars = marketBars;
        this.sweeps = sweeps;
        this.chunkQueue = chunkQueue;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** @throws CandlesNotFoundException when the instrument is unknown or has no candles in the range */
    public SweepJob sweep(SweepRequest request) {
        BarSeries bars = load(request);
        return queue(request, null, bars, chunks(request.combinations(), settings.chunkSize()));
    }

    /**
     * @throws CandlesNotFoundException when the instrument is unknown or has no candles in the range
     * @throws InvalidBacktestRequestException when the range has no bar after the first training window
     */
    public SweepJob walkForward(WalkForwardRequest request) {
        BarSeries bars = load(request.sweep());
        if (bars.size() <= request.trainBars()) {
            throw new InvalidBacktestRequestException(
                    "trainBars",
                    "trainBars " + request.trainBars() + " leaves no bar to test: the range has " + bars.size()
                            + " bars");
        }
        return queue(
                request.sweep(),
                request,
                bars,
                List.of(new Chunk(0, 0, request.sweep().combinations(), false)));
    }

    private BarSeries load(SweepRequest request) {
        return marketBars.load(request.setup());
    }

    private SweepJob queue(SweepRequest request, WalkForwardRequest walkForward, BarSeries bars, List<Chunk> chunks) {
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SweepJob job = SweepJob.queued(UUID.randomUUID(), request, walkForward, chunks.size(), bars.size(), createdAt);
        transactions.executeWithoutResult(status -> {
            sweeps.create(job, chunks);
            chunks.forEach(chunk -> chunkQueue.append(job.id(), chunk.index()));
        });
        chunkQueue.relaySoon();
        return job;
    }

    static List<Chunk> chunks(int combinations, int chunkSize) {
        List<Chunk> chunks = new ArrayList<>();
        for (int first = 0; first < combinations; first += chunkSize) {
            chunks.add(new Chunk(chunks.size(), first, Math.min(chunkSize, combinations - first), false));
        }
        return chunks;
    }
}
