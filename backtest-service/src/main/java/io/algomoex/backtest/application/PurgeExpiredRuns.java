package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.service.outbox.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Retention: deletes backtest runs, finished sweeps and walk-forward analyses, and sent outbox messages older than the
 * retention period. Sweeps still queued or running are kept, however old.
 */
@Service
public class PurgeExpiredRuns {

    private static final Logger log = LoggerFactory.getLogger(PurgeExpiredRuns.class);

    private final BacktestRunStore runs;
    private final SweepStore sweeps;
    private final EventOutbox outbox;
    private final Clock clock;

    PurgeExpiredRuns(BacktestRunStore runs, SweepStore sweeps, EventOutbox outbox, Clock clock) {
        this.runs = runs;
        this.sweeps = sweeps;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param retention how long to keep; zero or negative keeps everything
     * @return what was deleted
     */
    public Purged purge(Duration retention) {
        if (retention.isZero() || retention.isNegative()) {
            return new Purged(0, 0, 0);
        }
        Instant cutoff = clock.instant().minus(retention);
        Purged purged = new Purged(
                runs.deleteCreatedBefore(cutoff), sweeps.deleteFinishedBefore(cutoff), outbox.deleteSentBefore(cutoff));
        if (purged.runs() + purged.sweeps() > 0) {
            log.info(
                    "Retention {}: deleted {} runs and {} sweeps created before {}",
                    retention,
                    purged.runs(),
                    purged.sweeps(),
                    cutoff);
        }
        return purged;
    }

    /** Counts of deleted runs, sweeps (with walk-forward analyses) and outbox messages. */
    public record Purged(int runs, int sweeps, int messages) {}
}
