package io.algomoex.trading.config;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.AccountSettings;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.GuardTradingMode;
import io.algomoex.trading.application.HistoryCutoff;
import io.algomoex.trading.application.PnlUpdateSettings;
import io.algomoex.trading.application.ReconcileWithBroker;
import io.algomoex.trading.application.RiskSettings;
import io.algomoex.trading.application.TakeStreamedCandles;
import io.algomoex.trading.application.TradingBooks;
import io.algomoex.trading.application.TradingSettings;
import io.algomoex.trading.application.port.CandleProgressStore;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.application.port.Transactions;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.SessionWindow;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingCalendar;
import io.algomoex.trading.domain.TradingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TradingConfiguration {

    @Bean
    TradingSettings tradingSettings(TradingProperties properties, AlorProperties alor, TinvestProperties tinvest) {
        TradingMode mode = TradingMode.parse(properties.broker().mode());
        List<StrategyDefinition> strategies = properties.strategies().stream()
                .map(TradingConfiguration::toDefinition)
                .toList();
        GuardTradingMode.check(
                mode, properties.liveConfirmed(), strategies, BrokerConfiguration.readiness(alor, tinvest, mode));
        // In sandbox and live, Alor and T-Invest strategies take their candles from the broker's own stream, not the
        // collector's delayed ISS copy.
        Set<String> streamed =
                mode == TradingMode.PAPER ? Set.of() : Set.of(BrokerConfiguration.ALOR, BrokerConfiguration.TINVEST);
        return new TradingSettings(mode, strategies, streamed);
    }

    /** Trading starts now, unless the operator set {@code algo.trading.trade-from}. */
    @Bean
    HistoryCutoff historyCutoff(TradingProperties properties, Clock clock) {
        return new HistoryCutoff(properties.tradeFrom() == null ? clock.instant() : properties.tradeFrom());
    }

    @Bean
    RiskSettings riskSettings(TradingProperties properties) {
        TradingProperties.RiskProperties risk = properties.risk();
        RiskLimits defaults = toLimits(risk.strategy());
        Map<String, RiskLimits> strategies = new HashMap<>();
        risk.strategies().forEach((id, overrides) -> {
            if (properties.strategies().stream()
                    .noneMatch(strategy -> strategy.id().equals(id))) {
                throw new IllegalStateException(
                        "refusing to start: algo.trading.risk.strategies." + id + " names no configured strategy");
            }
            strategies.put(id, override(defaults, overrides));
        });
        List<SessionWindow> sessions = risk.sessionHoursOnly()
                ? risk.sessions().stream().map(SessionWindow::parse).toList()
                : List.of();
        return new RiskSettings(defaults, strategies, toLimits(risk.account()), sessions, toCalendar(risk.session()));
    }

    private static TradingCalendar toCalendar(TradingProperties.SessionCalendarProperties session) {
        return new TradingCalendar(
                toDates("non-trading-days", session.nonTradingDays()),
                toDates("trading-weekend-days", session.tradingWeekendDays()));
    }

    private static Set<LocalDate> toDates(String property, List<String> dates) {
        Set<LocalDate> parsed = new HashSet<>();
        for (String date : dates) {
            try {
                parsed.add(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("refusing to start: algo.trading.risk.session." + property + " holds '"
                        + date + "', not an ISO date such as 2026-01-02");
            }
        }
        return parsed;
    }

    @Bean
    PnlUpdateSettings pnlUpdateSettings(TradingProperties properties) {
        return new PnlUpdateSettings(properties.pnlUpdates().minInterval());
    }

    @Bean
    AccountSettings accountSettings(TradingProperties properties) {
        return new AccountSettings(properties.capitalPerStrategy());
    }

    @Bean
    TradingBooks tradingBooks(
            OrderStore orders,
            PositionStore positions,
            CandleProgressStore progress,
            EventOutbox outbox,
            Transactions transactions) {
        return new TradingBooks(orders, positions, progress, outbox, transactions);
    }

    /**
     * Once every bean exists and before the candle listener starts (listener containers start with the context's
     * lifecycle, after this callback), the books are reconciled with the broker and then the strategies warm up: no
     * strategy trades before reconciliation.
     */
    @Bean
    SmartInitializingSingleton reconcileThenWarmUp(
            ReconcileWithBroker reconcileWithBroker,
            ActOnClosedCandle actOnClosedCandle,
            TakeStreamedCandles takeStreamedCandles) {
        return () -> {
            reconcileWithBroker.reconcile();
            actOnClosedCandle.warmUp();
            takeStreamedCandles.start();
        };
    }

    private static RiskLimits toLimits(TradingProperties.LimitProperties limits) {
        return new RiskLimits(
                limits.maxPositionLots(),
                limits.maxOrderLots(),
                limits.maxDailyLoss(),
                limits.maxDrawdown(),
                limits.maxOrdersPerMinute());
    }

    private static RiskLimits override(RiskLimits defaults, TradingProperties.LimitOverrides overrides) {
        return new RiskLimits(
                Objects.requireNonNullElse(overrides.maxPositionLots(), defaults.maxPositionLots()),
                Objects.requireNonNullElse(overrides.maxOrderLots(), defaults.maxOrderLots()),
                Objects.requireNonNullElse(overrides.maxDailyLoss(), defaults.maxDailyLoss()),
                Objects.requireNonNullElse(overrides.maxDrawdown(), defaults.maxDrawdown()),
                Objects.requireNonNullElse(overrides.maxOrdersPerMinute(), defaults.maxOrdersPerMinute()));
    }

    private static StrategyDefinition toDefinition(TradingProperties.StrategyProperties strategy) {
        return new StrategyDefinition(
                strategy.id(),
                new Instrument(strategy.secid(), strategy.board()),
                Timeframe.parse(strategy.timeframe()),
                strategy.strategy(),
                strategy.params(),
                Quantity.ofLots(strategy.size()),
                strategy.lotSize(),
                strategy.broker());
    }
}
