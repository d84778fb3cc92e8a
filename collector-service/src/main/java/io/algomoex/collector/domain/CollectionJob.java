package io.algomoex.collector.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A collection job and its progress.
 *
 * @param id job id
 * @param request what was asked for
 * @param status where it stands
 * @param resumeFrom the first day not yet collected; a job resumed after a restart continues from here
 * @param requests HTTP requests sent to the source, retries included, cache hits excluded
 * @param retries requests that failed transiently (5xx, 429, reset, timeout) or with a malformed body and were sent
 *     again
 * @param candlesReceived candle rows the source returned
 * @param candlesStored candles inserted or changed
 * @param duplicates rows already stored unchanged or repeated across overlapping pages
 * @param rejected rows breaking a candle invariant
 * @param error why the job failed, or {@code null}
 * @param createdAt when the job was accepted, UTC
 * @param updatedAt last progress, UTC
 */
public record CollectionJob(
        UUID id,
        CollectionRequest request,
        CollectionStatus status,
        LocalDate resumeFrom,
        long requests,
        long retries,
        long candlesReceived,
        long candlesStored,
        long duplicates,
        long rejected,
        String error,
        Instant createdAt,
        Instant updatedAt) {

    public CollectionJob {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(request, "request is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(resumeFrom, "resumeFrom is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(updatedAt, "updatedAt is required");
        if (requests < 0 || retries < 0 || candlesReceived < 0 || candlesStored < 0 || duplicates < 0 || rejected < 0) {
            throw new IllegalArgumentException("counters must not be negative");
        }
    }

    /** A new running job that has collected nothing yet. */
    public static CollectionJob start(UUID id, CollectionRequest request, Instant now) {
        return new CollectionJob(
                id, request, CollectionStatus.RUNNING, request.from(), 0, 0, 0, 0, 0, 0, null, now, now);
    }
}
