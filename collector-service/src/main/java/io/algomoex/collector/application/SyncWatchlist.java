package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.application.port.SeriesLock;
import io.algomoex.collector.application.port.SyncStateStore;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.collector.domain.WatchedSeries;
import io.algomoex.common.market.Timeframe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings every watched series up to date from MOEX ISS, starting at the day of the newest stored candle (that candle
 * may have been provisional), and announces each newly completed candle. A series being synced by another replica is
 * skipped this round.
 */
@Service
public class SyncWatchlist {

    private static final Logger log = LoggerFactory.getLogger(SyncWatchlist.class);

    private final WatchlistSettings settings;
    private final SeriesLock lock;
    private final CandleStore store;
    private final SyncStateStore syncState;
    private final ResolveInstrument instruments;
    private final CollectWindow window;
    private final CandleSource source;
    private final Clock clock;
    private final Map<WatchedSeries, Instant> newest = new ConcurrentHashMap<>();

    SyncWatchlist(
            WatchlistSettings settings,
            SeriesLock lock,
            CandleStore store,
            SyncStateStore syncState,
            ResolveInstrument instruments,
            CollectWindow window,
            List<CandleSource> sources,
            Clock clock) {
        this.settings = settings;
        this.lock = lock;
        this.store = store;
        this.syncState = syncState;
        this.instruments = instruments;
        this.window = window;
        this.source = sources.stream()
                .filter(candidate -> candidate.name().equals(CandleSourceName.MOEX_ISS.code()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the watchlist syncs from MOEX ISS, which is missing"));
        this.clock = clock;
    }

    public List<WatchedSeries> watched() {
        return settings.series();
    }

    /** Syncs every watched series once; failures of one series are recorded and do not stop the others. */
    public void syncAll() {
        for (WatchedSeries series : settings.series()) {
            try {
                if (!lock.runExclusively(series, () -> sync(series))) {
                    log.debug("Skipping {}: another replica is syncing it", series);
                }
            } catch (RuntimeException e) {
                log.warn("Sync of {} failed: {}", series, e.getMessage());
                syncState.record(series, source.name(), newest.get(series), clock.instant(), e.getMessage());
            }
        }
    }

    /** The begin of the newest stored candle of a watched series, as of the last sync, if known. */
    public Optional<Instant> newestCandle(WatchedSeries series) {
        return Optional.ofNullable(newest.get(series))
                .or(() -> store.lastBegin(series.instrument(), series.timeframe()));
    }

    private void sync(WatchedSeries series) {
        Timeframe timeframe = series.timeframe();
        MarketInstrument instrument = instruments.resolve(
                series.instrument().secid(), series.instrument().board());
        LocalDate today = LocalDate.now(clock.withZone(Timeframe.MOSCOW));
        LocalDate from = store.lastBegin(series.instrument(), timeframe)
                .map(last -> last.atZone(Timeframe.MOSCOW).toLocalDate())
                .orElse(today.minusDays(settings.initialDays()));
        int days = source.windowDays(timeframe);
        Counts counts = new Counts();
        while (!from.isAfter(today)) {
            LocalDate till = from.plusDays(days - 1L).isAfter(today) ? today : from.plusDays(days - 1L);
            window.collect(source, instrument, timeframe, from, till, counts, true);
            from = till.plusDays(1);
        }
        Optional<Instant> last = store.lastBegin(series.instrument(), timeframe);
        last.ifPresent(begin -> newest.put(series, begin));
        syncState.record(series, source.name(), last.orElse(null), clock.instant(), null);
        log.info(
                "Synced {}: {} requests ({} retried), {} candles stored",
                series,
                counts.requests,
                counts.retries,
                counts.stored);
    }

    private static final class Counts implements CollectWindow.Tally {
        private long requests;
        private long retries;
        private long stored;

        @Override
        public void requestSent() {
            requests++;
        }

        @Override
        public void retried() {
            retries++;
        }

        @Override
        public void received(int rows) {}

        @Override
        public void stored(StoreOutcome outcome) {
            stored += outcome.stored();
        }

        @Override
        public void rejected(int rows) {}
    }
}
