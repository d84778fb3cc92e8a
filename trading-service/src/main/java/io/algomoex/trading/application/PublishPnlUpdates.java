package io.algomoex.trading.application;

import io.algomoex.common.event.PnlUpdated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Publishes {@code trading.pnl.updated} on change and at most once per {@link PnlUpdateSettings#minInterval()} per
 * strategy. A change is written to the outbox at once when the strategy's last published P&amp;L is at least that old;
 * otherwise it waits, and {@link #flush()} (run on a schedule) writes the latest waiting value once the interval has
 * passed, so the last change of a burst is never lost. A value equal to the last published one is not sent again.
 *
 * <p>The event is written in a transaction of its own after the mark has committed. A crash in between loses that
 * event only: the P&amp;L is a snapshot, and the next change publishes the current one.
 */
@Service
public class PublishPnlUpdates {

    private static final Logger log = LoggerFactory.getLogger(PublishPnlUpdates.class);

    private final TradingBooks books;
    private final Clock clock;
    private final Duration minInterval;
    private final Map<String, Published> published = new HashMap<>();
    private final Map<String, PnlUpdated> waiting = new LinkedHashMap<>();

    public PublishPnlUpdates(PnlUpdateSettings settings, TradingBooks books, Clock clock) {
        this.books = books;
        this.clock = clock;
        this.minInterval = settings.minInterval();
    }

    /**
     * Takes a strategy's new P&amp;L; publishes it now when its interval has passed, otherwise keeps it waiting. A
     * failed write is logged and left to the next {@link #flush()}: the candle that changed the P&amp;L is committed.
     */
    public void changed(PnlUpdated update) {
        List<Due> due;
        synchronized (this) {
            waiting.put(update.strategyId(), update);
            due = takeDue(List.of(update.strategyId()));
        }
        try {
            write(due);
        } catch (RuntimeException e) {
            log.warn("P&L of {} not written, the next flush retries: {}", update.strategyId(), e.toString());
        }
    }

    /**
     * Publishes every waiting value whose interval has passed.
     *
     * @return how many events were written to the outbox
     */
    public int flush() {
        List<Due> due;
        synchronized (this) {
            due = takeDue(List.copyOf(waiting.keySet()));
        }
        write(due);
        return due.size();
    }

    /** Moves due values out of {@code waiting} and records them as published; the caller holds the lock. */
    private List<Due> takeDue(List<String> strategyIds) {
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (String id : strategyIds) {
            PnlUpdated update = waiting.get(id);
            Published last = published.get(id);
            if (last != null && sameFigures(last.update(), update)) {
                waiting.remove(id);
            } else if (last == null || !now.isBefore(last.at().plus(minInterval))) {
                waiting.remove(id);
                published.put(id, new Published(update, now));
                due.add(new Due(update, last));
            }
        }
        return due;
    }

    private void write(List<Due> due) {
        if (due.isEmpty()) {
            return;
        }
        try {
            books.transactions().run(() -> due.forEach(item -> books.outbox().append(item.update())));
        } catch (RuntimeException e) {
            synchronized (this) {
                // Not written: wait again unless a newer value already does, and forget that it was published.
                for (Due item : due) {
                    String id = item.update().strategyId();
                    waiting.putIfAbsent(id, item.update());
                    if (item.previous() == null) {
                        published.remove(id);
                    } else {
                        published.put(id, item.previous());
                    }
                }
            }
            throw e;
        }
    }

    private static boolean sameFigures(PnlUpdated a, PnlUpdated b) {
        return a.today().compareTo(b.today()) == 0
                && a.total().compareTo(b.total()) == 0
                && a.drawdown().compareTo(b.drawdown()) == 0;
    }

    private record Published(PnlUpdated update, Instant at) {}

    private record Due(PnlUpdated update, Published previous) {}
}
