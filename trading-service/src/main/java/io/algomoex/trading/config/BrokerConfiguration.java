package io.algomoex.trading.config;

import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.alor.AlorConnection;
import io.algomoex.trading.adapter.out.broker.alor.AlorSettings;
import io.algomoex.trading.adapter.out.broker.paper.JdbcPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
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
 * The broker gateways: the paper broker always, Alor in sandbox (dev hosts) or live (production hosts) mode when a
 * strategy trades through it. Every strategy reaches its own broker through one {@link RoutedBrokerGateway}; sends to
 * a real broker go through the shared send policy ({@link RetryingBrokerGateway}).
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final String ALOR = "alor";
    static final String PAPER = "paper";

    /** What each installed gateway still lacks in its configuration, empty when it is ready. */
    static Map<String, Optional<String>> readiness(AlorProperties alor) {
        return Map.of(PAPER, Optional.empty(), ALOR, Optional.ofNullable(alor.missing()));
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

    /** The real brokers this configuration trades through; empty in paper mode. */
    @Bean(destroyMethod = "close")
    RealBrokers realBrokers(
            TradingSettings settings, AlorProperties alor, @Qualifier("alorMeters") BrokerMeters meters, Clock clock) {
        if (settings.mode() == TradingMode.PAPER
                || settings.strategies().stream().noneMatch(s -> ALOR.equals(s.broker()))) {
            return new RealBrokers(null);
        }
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
        return new RealBrokers(new AlorConnection(alorSettings, meters, clock, boards));
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
        List<StrategyDefinition> strategies = settings.strategies();
        return new RoutedBrokerGateway(byBroker, strategies, orders, PAPER);
    }

    @Bean(destroyMethod = "stop")
    TakeStreamedCandles takeStreamedCandles(
            TradingSettings settings,
            RealBrokers real,
            ActOnClosedCandle loop,
            CandleStore candles,
            TradingBooks books) {
        List<CandleStream> streams = new ArrayList<>();
        if (real.alor != null) {
            streams.add(real.alor.stream());
        }
        return new TakeStreamedCandles(settings, streams, loop, candles, books);
    }

    /** The connections to real brokers, closed with the context. */
    static final class RealBrokers implements AutoCloseable {

        final AlorConnection alor;

        RealBrokers(AlorConnection alor) {
            this.alor = alor;
        }

        @Override
        public void close() {
            if (alor != null) {
                alor.close();
            }
        }
    }
}
