package io.algomoex.engine.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/** The best {@code limit} sweep entries seen so far; memory stays bounded whatever the grid size. Not thread-safe. */
final class TopEntries {

    private final int limit;
    private final PriorityQueue<SweepEntry> worstFirst;

    TopEntries(int limit) {
        this.limit = limit;
        this.worstFirst = new PriorityQueue<>(limit + 1, (a, b) -> SweepEntry.bestFirst(b, a));
    }

    void offer(SweepEntry entry) {
        worstFirst.add(entry);
        if (worstFirst.size() > limit) {
            worstFirst.poll();
        }
    }

    void addAll(Collection<SweepEntry> entries) {
        entries.forEach(this::offer);
    }

    List<SweepEntry> entries() {
        return new ArrayList<>(worstFirst);
    }

    /** Best first. */
    List<SweepEntry> sorted() {
        List<SweepEntry> sorted = entries();
        sorted.sort(SweepEntry::bestFirst);
        return sorted;
    }
}
