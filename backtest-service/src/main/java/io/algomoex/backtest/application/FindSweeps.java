package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.backtest.domain.ComputedCombination;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.SweepNotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Sweeps and walk-forward analyses as stored: any replica answers, whichever computed the chunks. */
@Service
public class FindSweeps {

    static final int MAX_PAGE_SIZE = 200;

    private final SweepStore sweeps;

    FindSweeps(SweepStore sweeps) {
        this.sweeps = sweeps;
    }

    /** @throws SweepNotFoundException when there is no job of that kind with the id */
    public SweepJob find(SweepKind kind, UUID id) {
        return sweeps.find(id)
                .filter(job -> job.kind() == kind)
                .orElseThrow(() -> new SweepNotFoundException(kind, id));
    }

    /**
     * Every combination of a sweep computed so far, ordered by fast and slow.
     *
     * @throws SweepNotFoundException when there is no sweep with the id
     */
    public List<ComputedCombination> results(UUID id) {
        find(SweepKind.SWEEP, id);
        return sweeps.results(id);
    }

    /** Jobs of one kind, newest first. */
    public Page<SweepJob> list(SweepKind kind, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return sweeps.list(kind.code(), page, size);
    }
}
