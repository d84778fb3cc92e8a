package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.application.port.CollectionJobStore;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.UnknownInstrumentException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs collection jobs in the background: the range is cut into windows the source chooses, each window is fetched and
 * stored, and the job row records the first day not yet collected, so a job interrupted by a restart resumes there.
 */
@Service
public class CollectCandles {

    private static final Logger log = LoggerFactory.getLogger(CollectCandles.class);

    private final CollectionJobStore jobs;
    private final ResolveInstrument instruments;
    private final CollectWindow window;
    private final Map<String, CandleSource> sources;
    private final Executor executor;
    private final Clock clock;

    CollectCandles(
            CollectionJobStore jobs,
            ResolveInstrument instruments,
            CollectWindow window,
            List<CandleSource> sources,
            @Qualifier("collectionExecutor") Executor collectionExecutor,
            Clock clock) {
        this.jobs = jobs;
        this.instruments = instruments;
        this.window = window;
        this.sources = sources.stream().collect(Collectors.toMap(CandleSource::name, Function.identity()));
        this.executor = collectionExecutor;
        this.clock = clock;
    }

    /**
     * Accepts a job and starts it in the background.
     *
     * @throws IllegalArgumentException when the source cannot serve the timeframe
     */
    public CollectionJob start(CollectionRequest request) {
        // Refuse at once what the source can never serve (ISS has no 5m candles) instead of failing the job later.
        source(request.source()).windowDays(request.timeframe());
        CollectionJob job = CollectionJob.start(UUID.randomUUID(), request, clock.instant());
        jobs.save(job);
        executor.execute(() -> run(job));
        return job;
    }

    public Optional<CollectionJob> find(UUID id) {
        return jobs.find(id);
    }

    /** Continues every job left running by a previous process, from the first day it had not collected. */
    public int resumeInterrupted() {
        List<CollectionJob> running = jobs.running();
        running.forEach(job -> executor.execute(() -> run(job)));
        return running.size();
    }

    private void run(CollectionJob started) {
        CollectionRequest request = started.request();
        JobProgress progress = new JobProgress(started);
        try {
            CandleSource source = source(request.source());
            MarketInstrument instrument = instruments.resolve(request.secid(), request.board());
            int days = source.windowDays(request.timeframe());
            LocalDate from = started.resumeFrom();
            while (!from.isAfter(request.till())) {
                LocalDate till = earliest(from.plusDays(days - 1L), request.till());
                window.collect(source, instrument, request.timeframe(), from, till, progress, false);
                from = till.plusDays(1);
                jobs.save(progress.snapshot(CollectionStatus.RUNNING, from, null, clock.instant()));
            }
            jobs.save(progress.snapshot(CollectionStatus.SUCCEEDED, from, null, clock.instant()));
        } catch (UnknownInstrumentException | SourceFailureException | IllegalArgumentException e) {
            fail(progress, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Collection job {} failed unexpectedly", started.id(), e);
            fail(progress, "unexpected error: " + e.getClass().getSimpleName() + "; see the service log");
        }
    }

    private void fail(JobProgress progress, String message) {
        log.warn("Collection job {} failed: {}", progress.id(), message);
        jobs.save(progress.snapshot(CollectionStatus.FAILED, progress.resumeFrom(), message, clock.instant()));
    }

    private CandleSource source(CandleSourceName name) {
        CandleSource source = sources.get(name.code());
        if (source == null) {
            throw new IllegalArgumentException("source " + name.code() + " is not available");
        }
        return source;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
