package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestMetrics;
import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.backtest.application.port.SweepStore.Chunk;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.SweepStatus;
import io.algomoex.backtest.domain.WalkForwardReport;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.PreparedSweep;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.walkforward.WalkForward;
import io.algomoex.engine.walkforward.WalkForwardResult;
import io.algomoex.service.outbox.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Computes one chunk taken from the work queue, on whichever replica took it. The chunk's results are stored and the
 * chunk marked done in one transaction, under the job's row lock; a chunk that is already done (a redelivery) or a
 * job that is no longer active stores nothing. The transaction that completes the last combination ranks the stored
 * results with the engine's ranking, finishes the sweep and puts {@code sweep.completed} in the outbox. Failures the
 * engine reports (bad data, changed candles) fail the job; infrastructure failures propagate so the message is
 * retried.
 */
@Service
public class ComputeSweepChunk {

    private static final Logger log = LoggerFactory.getLogger(ComputeSweepChunk.class);

    private final MarketBars marketBars;
    private final SweepStore sweeps;
    private final EventOutbox outbox;
    private final BacktestMetrics metrics;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final SweepJobSettings settings;
    private final PreparedSweeps prepared;

    ComputeSweepChunk(
            MarketBars marketBars,
            SweepStore sweeps,
            EventOutbox outbox,
            BacktestMetrics metrics,
            TransactionOperations transactions,
            Clock clock,
            SweepJobSettings settings) {
        this.marketBars = marketBars;
        this.sweeps = sweeps;
        this.outbox = outbox;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.prepared = new PreparedSweeps(settings.cachedSeries());
    }

    /** What became of a chunk message. */
    public enum Outcome {
        /** Results stored. */
        STORED,
        /** Results stored, and they were the last: the job finished. */
        FINISHED,
        /** Nothing stored: the chunk was done already, or the job is gone or no longer active. */
        SKIPPED,
        /** The job failed on this chunk and is now FAILED. */
        FAILED
    }

    public Outcome compute(UUID sweepId, int chunkIndex) {
        Optional<SweepJob> found = sweeps.find(sweepId);
        Optional<Chunk> chunk = sweeps.chunk(sweepId, chunkIndex);
        if (found.isEmpty() || chunk.isEmpty()) {
            log.info("Skipping chunk {} of {}: no such job or chunk (removed?)", chunkIndex, sweepId);
            return Outcome.SKIPPED;
        }
        SweepJob job = found.get();
        if (!job.status().active() || chunk.get().done()) {
            return Outcome.SKIPPED;
        }
        try {
            return job.kind() == SweepKind.SWEEP ? sweepChunk(job, chunk.get()) : walkForward(job, chunk.get());
        } catch (CandlesNotFoundException | IllegalArgumentException e) {
            metrics.chunkFailed();
            prepared.evict(sweepId);
            log.warn("{} {} failed on chunk {}: {}", job.kind().code(), sweepId, chunkIndex, e.getMessage());
            Boolean failed = transactions.execute(status -> sweeps.fail(sweepId, e.getMessage(), clock.instant()));
            return Boolean.TRUE.equals(failed) ? Outcome.FAILED : Outcome.SKIPPED;
        }
    }

    /**
     * Gives up on a chunk that kept failing for reasons outside the engine (its message is dead-lettered): the job
     * cannot complete without it, so it ends FAILED rather than RUNNING forever.
     *
     * @return whether the job was active and is now FAILED
     */
    public boolean abandon(UUID sweepId, int chunkIndex, String reason) {
        prepared.evict(sweepId);
        Boolean failed = transactions.execute(status ->
                sweeps.fail(sweepId, "chunk " + chunkIndex + " could not be computed: " + reason, clock.instant()));
        return Boolean.TRUE.equals(failed);
    }

    private Outcome sweepChunk(SweepJob job, Chunk chunk) {
        PreparedSweep sweep = prepared.get(job.id(), () -> prepare(job));
        sweeps.markComputing(job.id(), now());
        List<SweepEntry> entries = sweep.run(chunk.first(), chunk.first() + chunk.combinations());
        Outcome outcome = transactions.execute(status -> storeChunk(job, chunk, entries));
        if (outcome == Outcome.SKIPPED) {
            return outcome;
        }
        metrics.combinationsCompleted(entries.size(), sweep.bars());
        if (outcome == Outcome.FINISHED) {
            prepared.evict(job.id());
            metrics.runCompleted(SweepKind.SWEEP.code(), Duration.between(job.createdAt(), clock.instant()));
            sweeps.find(job.id()).map(SweepJob::barCombinationsPerSecond).ifPresent(metrics::sweepSucceeded);
            outbox.relaySoon();
        }
        return outcome;
    }

    private Outcome storeChunk(SweepJob job, Chunk chunk, List<SweepEntry> entries) {
        if (!lockActive(job.id()) || !sweeps.completeChunk(job.id(), chunk.index(), settings.instanceId(), now())) {
            return Outcome.SKIPPED;
        }
        sweeps.storeResults(job.id(), chunk.index(), entries);
        if (sweeps.addCompleted(job.id(), chunk.combinations()) < job.combinations()) {
            return Outcome.STORED;
        }
        List<RankedEntry> top = Sweep.rank(
                        sweeps.entries(job.id()), job.request().sweepSettings(1))
                .stream()
                .map(Rankings::entry)
                .toList();
        if (!sweeps.finishSweep(job.id(), top, now())) {
            return Outcome.STORED;
        }
        CompletionEvents.sweep(job, top.isEmpty() ? null : top.getFirst(), settings.publicUrl())
                .ifPresent(outbox::append);
        return Outcome.FINISHED;
    }

    private Outcome walkForward(SweepJob job, Chunk chunk) {
        BarSeries bars = load(job);
        WalkForwardRequest request = job.walkForward();
        WalkForwardResult result = WalkForward.run(
                bars,
                request.sweep().sweepSettings(settings.threads()),
                request.windows(),
                request.sweep().settings(),
                SweepProgress.NONE);
        WalkForwardReport report = WalkForwardReports.of(bars, result);
        Boolean finished = transactions.execute(status -> {
            if (!lockActive(job.id()) || !sweeps.completeChunk(job.id(), chunk.index(), settings.instanceId(), now())) {
                return false;
            }
            sweeps.addCompleted(job.id(), chunk.combinations());
            return sweeps.finishWalkForward(job.id(), report, now());
        });
        if (!Boolean.TRUE.equals(finished)) {
            return Outcome.SKIPPED;
        }
        metrics.combinationsCompleted((long) job.combinations() * result.folds().size(), request.trainBars());
        metrics.runCompleted(SweepKind.WALK_FORWARD.code(), Duration.between(job.createdAt(), clock.instant()));
        return Outcome.FINISHED;
    }

    private boolean lockActive(UUID id) {
        return sweeps.lockStatus(id).filter(SweepStatus::active).isPresent();
    }

    private PreparedSweep prepare(SweepJob job) {
        return PreparedSweep.of(
                load(job),
                job.request().sweepSettings(settings.threads()),
                job.request().settings());
    }

    /** The job's candles, which must still be the ones it was queued with. */
    private BarSeries load(SweepJob job) {
        BarSeries bars = marketBars.load(job.request().setup());
        metrics.seriesLoaded();
        if (bars.size() != job.bars()) {
            throw new IllegalArgumentException("the stored candles changed while the "
                    + job.kind().code() + " ran: " + job.bars() + " bars when it was queued, " + bars.size() + " now");
        }
        return bars;
    }

    private Instant now() {
        return clock.instant();
    }
}
