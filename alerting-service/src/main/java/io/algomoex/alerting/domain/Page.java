package io.algomoex.alerting.domain;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the entries on this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of entries on all pages
 * @param <T> entry type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
        if (page < 0 || size <= 0 || total < 0) {
            throw new IllegalArgumentException("invalid page " + page + " of size " + size + " and total " + total);
        }
    }
}
