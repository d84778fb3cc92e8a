package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.CollectionJob;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persisted collection jobs ({@code market.collection_jobs}), so progress survives a restart. */
public interface CollectionJobStore {

    void save(CollectionJob job);

    Optional<CollectionJob> find(UUID id);

    /** Jobs still marked running, for example because the process that ran them stopped. */
    List<CollectionJob> running();
}
