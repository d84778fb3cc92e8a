package io.algomoex.alerting.application;

import io.algomoex.alerting.domain.AlertRules;
import io.algomoex.alerting.domain.SeriesKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Notices when a watched series stops getting candles. A series counts as seen when a candle event for it arrives
 * here, so the rule also fires when the collector is down or cannot publish. Series not seen since the start count
 * from the start.
 */
@Service
public class WatchCandles {

    private final AlertRules rules;
    private final RaiseAlert raiseAlert;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<SeriesKey, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Map<SeriesKey, Instant> alertedFor = new ConcurrentHashMap<>();

    WatchCandles(AlertRules rules, RaiseAlert raiseAlert, Clock clock) {
        this.rules = rules;
        this.raiseAlert = raiseAlert;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public void seen(SeriesKey series) {
        if (rules.settings().watchedSeries().contains(series)) {
            lastSeen.put(series, clock.instant());
        }
    }

    /** Raises one alert per silence: a series is alerted again only after a new candle and a new silence. */
    public void checkStale() {
        if (!rules.settings().staleCandles()) {
            return;
        }
        Instant now = clock.instant();
        Duration limit = rules.settings().staleAfter();
        for (SeriesKey series : rules.settings().watchedSeries()) {
            Instant last = lastSeen.getOrDefault(series, startedAt);
            boolean silent = Duration.between(last, now).compareTo(limit) >= 0;
            if (silent && !last.equals(alertedFor.get(series))) {
                raiseAlert.raise(rules.staleCandles(series, last, now), Optional.empty());
                alertedFor.put(series, last);
            }
        }
    }
}
