package io.algomoex.collector.adapter.in.web;

import java.util.UUID;

/** No collection job has the requested id. */
class CollectionNotFoundException extends RuntimeException {

    CollectionNotFoundException(UUID id) {
        super("no collection job " + id);
    }
}
