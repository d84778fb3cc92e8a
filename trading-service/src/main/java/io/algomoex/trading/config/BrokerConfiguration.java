package io.algomoex.trading.config;

import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.alor.AlorConnection;
import io.algomoex.trading.adapter.out.broker.alor.AlorSettings;
import io.algomoex.trading.adapter.out.broker.paper.JdbcPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.adapter.out.broker.tinvest.TinvestConnection;
import io.algomoex.trading.adapter.out.broker.tinvest.TinvestSettings;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.RetryingBrokerGateway;
import io.algomoex.trading.application.RoutedBrokerGateway;
import io.algomoex.trading.application.SendSettings;
import io.algomoex.trading.application.TakeStreamedCandles;
import io.algomoex.trading.application.TradingBooks;
import io.algomoex.trading.application.TradingSettings;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.CandleStore;
import io.algomoex.trading.application.port.CandleStream;
import io.algomoex.trading.application.port.MarketDataFeed;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.Sleeper;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The broker gateways: the paper broker always; Alor (dev or production hosts) and T-Invest (sandbox or production
 * hosts) in sandbox or live mode when a strategy trades through them. Every strategy reaches its own broker through one {@link RoutedBrokerGateway}; sends to
 * a real broker go through the shared send policy ({@link RetryingBrokerGateway}).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final String ALOR = "alor";
    static final String PAPER = "paper";
    static final String TINVEST = "tinvest";

    /** What each installed gateway still lacks in its configuration for the mode, empty when it is ready. */
    static Map<String, Optional<String>> readiness(AlorProperties alor, TinvestProperties tinvest, TradingMode mode) {
        return Map.of(
                PAPER,
                Optional.empty(),
                ALOR,
                Optional.ofNullable(alor.missing()),
                TINVEST,
                Optional.ofNullable(tinvest.missing(mode)));
    }

    /** The paper broker's books, on a small connection pool of their own (see {@link JdbcPaperAccount#onOwnPool}). */
    @Bean(destroyMethod = "close")
    JdbcPaperAccount paperAccount(JdbcConnectionDetails connection) {
        return JdbcPaperAccount.onOwnPool(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword());
    }

    /** Not injected by type: everything reaches it through the routed gateway. */
    @Bean(defaultCandidate = false)
    PaperBrokerGateway paperBrokerGateway(TradingProperties properties, JdbcPaperAccount paperAccount, Clock clock) {
        return new PaperBrokerGateway(properties.paper().commission(), paperAccount, clock);
    }

    /** Alor's figures, registered in every mode so dashboards and alert rules always find them. */
    @Bean
    BrokerMeters alorMeters(MeterRegistry registry) {
        return new BrokerMeters(registry, ALOR);
    }

    /** T-Invest's figures, registered in every mode like Alor's. */
    @Bean
    BrokerMeters tinvestMeters(MeterRegistry registry) {
        return new BrokerMeters(registry, TINVEST);
    }

    /** The real brokers this configuration trades through; empty in paper mode. */
    @Bean(destroyMethod = "close")
    RealBrokers realBrokers(
            TradingSettings settings,
            AlorProperties alor,
            TinvestProperties tinvest,
            @Qualifier("alorMeters") BrokerMeters alorMeters,
            @Qualifier("tinvestMeters") BrokerMeters tinvestMeters,
            Clock clock) {
        return new RealBrokers(
                trades(settings, ALOR) ? alor(settings, alor, alorMeters, clock) : null,
                trades(settings, TINVEST) ? tinvest(settings, tinvest, tinvestMeters, clock) : null);
    }

    private static boolean trades(TradingSettings settings, String broker) {
        return settings.mode() != TradingMode.PAPER
                && settings.strategies().stream().anyMatch(s -> broker.equals(s.broker()));
    }

    private static TinvestConnection tinvest(
            TradingSettings settings, TinvestProperties tinvest, BrokerMeters meters, Clock clock) {
        boolean sandbox = settings.mode() != TradingMode.LIVE;
        TinvestProperties.HostProperties hosts = sandbox ? tinvest.sandbox() : tinvest.prod();
        return new TinvestConnection(
                new TinvestSettings(
                        tinvest.token(),
                        tinvest.accountId(),
                        sandbox,
                        hosts.rest(),
                        hosts.ws(),
                        tinvest.sandboxAccountName(),
                        tinvest.sandboxPayIn(),
                        tinvest.connectTimeout(),
                        tinvest.readTimeout(),
                        tinvest.rateLimitWait(),
                        tinvest.pingInterval(),
                        tinvest.reconnectFirst(),
                        tinvest.reconnectMax(),
                        tinvest.appName().isBlank() ? null : tinvest.appName()),
                meters,
                clock);
    }

    private static AlorConnection alor(
            TradingSettings settings, AlorProperties alor, BrokerMeters meters, Clock clock) {
        AlorProperties.HostProperties hosts = settings.mode() == TradingMode.LIVE ? alor.prod() : alor.dev();
        AlorSettings alorSettings = new AlorSettings(
                alor.refreshToken(),
                alor.portfolio(),
                alor.exchange(),
                hosts.api(),
                hosts.oauth(),
                hosts.ws(),
                alor.connectTimeout(),
                alor.readTimeout(),
                alor.refreshBefore(),
                alor.rateLimitWait(),
                alor.pingInterval(),
                alor.reconnectFirst(),
                alor.reconnectMax(),
                alor.defaultBoard());
        Map<String, String> boards = new HashMap<>();
        settings.strategies()
                .forEach(s -> boards.putIfAbsent(
                        s.instrument().secid(), s.instrument().board()));
        return new AlorConnection(alorSettings, meters, clock, boards);
    }

    @Bean
    BrokerGateway brokerGateway(
            @Qualifier("paperBrokerGateway") BrokerGateway paper,
            RealBrokers real,
            TradingSettings settings,
            TradingProperties properties,
            OrderStore orders,
            Clock clock) {
        Map<String, BrokerGateway> byBroker = new HashMap<>();
        byBroker.put(PAPER, paper);
        TradingProperties.SendProperties send = properties.send();
        SendSettings policy = new SendSettings(send.deadline(), send.firstBackoff(), send.maxBackoff());
        Sleeper sleeper = duration -> Thread.sleep(duration);
        if (real.alor != null) {
            byBroker.put(ALOR, new RetryingBrokerGateway(real.alor.gateway(), policy, sleeper, clock));
        }
        if (real.tinvest != null) {
            byBroker.put(TINVEST, new RetryingBrokerGateway(real.tinvest.gateway(), policy, sleeper, clock));
        }
        List<StrategyDefinition> strategies = settings.strategies();
        return new RoutedBrokerGateway(byBroker, strategies, orders, PAPER);
    }

    @Bean(destroyMethod = "stop")
    TakeStreamedCandles takeStreamedCandles(
            TradingSettings settings,
            RealBrokers real,
            ActOnClosedCandle loop,
            CandleStore candles,
            MarketDataFeed stored,
            TradingBooks books) {
        List<CandleStream> streams = new ArrayList<>();
        if (real.alor != null) {
            streams.add(real.alor.stream());
        }
        if (real.tinvest != null) {
            streams.add(real.tinvest.stream());
        }
        return new TakeStreamedCandles(settings, streams, loop, candles, stored, books);
    }

    /** The connections to real brokers, closed with the context. */
    static final class RealBrokers implements AutoCloseable {

        final AlorConnection alor;
        final TinvestConnection tinvest;

        RealBrokers(AlorConnection alor, TinvestConnection tinvest) {
            this.alor = alor;
            this.tinvest = tinvest;
        }

        @Override
        public void close() {
            if (alor != null) {
                alor.close();
            }
            if (tinvest != null) {
                tinvest.close();
            }
        }
    }
}
