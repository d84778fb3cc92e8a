package io.algomoex.trading.config;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.paper.JdbcPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.AccountSettings;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.HistoryCutoff;
import io.algomoex.trading.application.PnlUpdateSettings;
import io.algomoex.trading.application.ReconcileWithBroker;
import io.algomoex.trading.application.RiskSettings;
import io.algomoex.trading.application.TradingBooks;
import io.algomoex.trading.application.TradingSettings;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.CandleProgressStore;
import io.algomoex.trading.application.port.EventOutbox;
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
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TradingConfiguration {

    @Bean
    TradingSettings tradingSettings(TradingProperties properties) {
        TradingMode mode = TradingMode.parse(properties.broker().mode());
        guardMode(mode, properties.liveConfirmed());
        properties.strategies().forEach(strategy -> guardBroker(strategy.id(), strategy.broker()));
        return new TradingSettings(
                mode,
                properties.strategies().stream()
                        .map(TradingConfiguration::toDefinition)
                        .toList());
    }

    /**
     * Real orders need the operator's explicit consent, and this version has no broker adapter for sandbox or live
     * yet: rather than pretend to trade, the service refuses to start and says why.
     */
    static void guardMode(TradingMode mode, boolean liveConfirmed) {
        if (mode == TradingMode.LIVE && !liveConfirmed) {
            throw new IllegalStateException("refusing to start in live mode: set ALGO_TRADING_LIVE_CONFIRMED=true"
                    + " (algo.trading.live-confirmed) to confirm that real orders may be sent");
        }
        if (mode != TradingMode.PAPER) {
            throw new IllegalStateException("refusing to start in " + mode.code()
                    + " mode: this version trades in paper mode only (no Alor or T-Invest gateway is installed)");
        }
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

    /** The paper broker's books, on a small connection pool of their own (see {@link JdbcPaperAccount#onOwnPool}). */
    @Bean(destroyMethod = "close")
    JdbcPaperAccount paperAccount(JdbcConnectionDetails connection) {
        return JdbcPaperAccount.onOwnPool(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword());
    }

    /** The only gateway of this version; Alor and T-Invest come with the broker adapters. */
    @Bean
    BrokerGateway paperBrokerGateway(TradingProperties properties, JdbcPaperAccount paperAccount, Clock clock) {
        return new PaperBrokerGateway(properties.paper().commission(), paperAccount, clock);
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
            ReconcileWithBroker reconcileWithBroker, ActOnClosedCandle actOnClosedCandle) {
        return () -> {
            reconcileWithBroker.reconcile();
            actOnClosedCandle.warmUp();
        };
    }

    static void guardBroker(String strategyId, String broker) {
        if (!"paper".equals(broker)) {
            throw new IllegalStateException("refusing to start: strategy " + strategyId + " trades through '" + broker
                    + "', but this version has the paper broker only");
        }
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
