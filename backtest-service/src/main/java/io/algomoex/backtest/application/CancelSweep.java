package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.backtest.domain.SweepAlreadyFinishedException;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.SweepNotFoundException;
import io.algomoex.backtest.domain.SweepStatus;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Cancels a queued or running sweep. Its chunks stay on the queue; every replica skips them when it takes them, and
 * a chunk being computed at this moment stores nothing, since it commits under the same row lock.
 */
@Service
public class CancelSweep {

    private final SweepStore sweeps;
    private final FindSweeps findSweeps;
    private final TransactionOperations transactions;
    private final Clock clock;

    CancelSweep(SweepStore sweeps, FindSweeps findSweeps, TransactionOperations transactions, Clock clock) {
        this.sweeps = sweeps;
        this.findSweeps = findSweeps;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @return the sweep, now CANCELLED
     * @throws SweepNotFoundException when there is no sweep with the id
     * @throws SweepAlreadyFinishedException when it already reached a final status
     */
    public SweepJob cancel(UUID id) {
        findSweeps.find(SweepKind.SWEEP, id);
        transactions.executeWithoutResult(status -> {
            SweepStatus current =
                    sweeps.lockStatus(id).orElseThrow(() -> new SweepNotFoundException(SweepKind.SWEEP, id));
            if (!current.active()) {
                throw new SweepAlreadyFinishedException(id, current);
            }
            sweeps.cancel(id, clock.instant());
        });
        return findSweeps.find(SweepKind.SWEEP, id);
    }
}
