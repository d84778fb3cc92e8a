package io.algomoex.alerting.application;

import io.algomoex.alerting.domain.AlertRules;
import io.algomoex.alerting.domain.SeriesKey;
import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.CandlesStored;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Acts on one event from {@code algo.events}: raises the alert its rule asks for, and keeps the facts the bot and the
 * stale-candle rule need. Returns only when any alert is stored, so the caller may acknowledge the message then.
 */
@Service
public class HandleEvent {

    private final AlertRules rules;
    private final RaiseAlert raiseAlert;
    private final WatchCandles watchCandles;
    private final TradingFacts facts;

    HandleEvent(AlertRules rules, RaiseAlert raiseAlert, WatchCandles watchCandles, TradingFacts facts) {
        this.rules = rules;
        this.raiseAlert = raiseAlert;
        this.watchCandles = watchCandles;
        this.facts = facts;
    }

    public void handle(EventEnvelope<?> event) {
        switch (event.payload()) {
            case CandleClosed candle ->
                watchCandles.seen(new SeriesKey(candle.secid(), candle.board(), candle.timeframe()));
            case CandlesStored batch ->
                watchCandles.seen(new SeriesKey(batch.secid(), batch.board(), batch.timeframe()));
            case PositionChanged change -> facts.recordPosition(change);
            case PnlUpdated pnl -> onPnl(event, pnl);
            default ->
                rules.evaluate(event.payload())
                        .ifPresent(draft -> raiseAlert.raise(draft, Optional.of(event.eventId())));
        }
    }

    /** Drawdown alerts fire when the threshold is crossed upwards, not on every update above it. */
    private void onPnl(EventEnvelope<?> event, PnlUpdated pnl) {
        boolean wasAlarming =
                facts.recordPnl(pnl).map(rules::isDrawdownAlarming).orElse(false);
        if (!wasAlarming) {
            rules.evaluate(pnl).ifPresent(draft -> raiseAlert.raise(draft, Optional.of(event.eventId())));
        }
    }
}
