package io.algomoex.collector.application;

import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.collector.domain.StoreOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The counters of one running collection, updated as responses arrive and snapshotted into the job row. */
final class JobProgress implements CollectWindow.Tally {

    private final CollectionJob started;
    private final AtomicLong requests;
    private final AtomicLong retries;
    private final AtomicLong received;
    private final AtomicLong stored;
    private final AtomicLong duplicates;
    private final AtomicLong rejected;
    private volatile LocalDate resumeFrom;

    JobProgress(CollectionJob started) {
        this.started = started;
        this.requests = new AtomicLong(started.requests());
        this.retries = new AtomicLong(started.retries());
        this.received = new AtomicLong(started.candlesReceived());
        this.stored = new AtomicLong(started.candlesStored());
        this.duplicates = new AtomicLong(started.duplicates());
        this.rejected = new AtomicLong(started.rejected());
        this.resumeFrom = started.resumeFrom();
    }

    UUID id() {
        return started.id();
    }

    LocalDate resumeFrom() {
        return resumeFrom;
    }

    @Override
    public void requestSent() {
        requests.incrementAndGet();
    }

    @Override
    public void retried() {
        retries.incrementAndGet();
    }

    @Override
    public void received(int rows) {
        received.addAndGet(rows);
    }

    @Override
    public void stored(StoreOutcome outcome) {
        stored.addAndGet(outcome.stored());
        duplicates.addAndGet(outcome.duplicates());
        rejected.addAndGet(outcome.rejected().size());
    }

    @Override
    public void rejected(int rows) {
        rejected.addAndGet(rows);
    }

    CollectionJob snapshot(CollectionStatus status, LocalDate resumeFrom, String error, Instant now) {
        this.resumeFrom = resumeFrom;
        return new CollectionJob(
                started.id(),
                started.request(),
                status,
                resumeFrom,
                requests.get(),
                retries.get(),
                received.get(),
                stored.get(),
                duplicates.get(),
                rejected.get(),
                error,
                started.createdAt(),
                now);
    }
}
