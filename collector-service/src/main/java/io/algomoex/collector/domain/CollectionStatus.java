package io.algomoex.collector.domain;

/** Where a collection job stands. */
public enum CollectionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
