package io.algomoex.trading.application;

import io.algomoex.trading.adapter.out.broker.alor.AlorConnection;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.application.port.BrokerGateway;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live loop trading through the real Alor gateway against the loopback {@link FakeAlor}, on a test clock: every
 * connection to the fake, the send policy in front of it (whose waits advance the clock instead of sleeping), the loop
 * over in-memory books and the fill follower. Closing it closes every connection and the fake.
 */
final class AlorLoopFixture implements AutoCloseable {

    static final BigDecimal CAPITAL = new BigDecimal("1000000");

    final MutableClock clock;
    final FakeAlor fake;
    private final List<AlorConnection> connections = new ArrayList<>();

    AlorLoopFixture(Instant start) {
        this.clock = new MutableClock(start);
        this.fake = new FakeAlor(clock);
    }

    /** A new connection to the fake, as a new process opens one: it knows no order numbers. */
    AlorConnection connect() {
        AlorConnection alor =
                new AlorConnection(fake.settings(), new SimpleMeterRegistry(), clock, Map.of("SBER", "TQBR"));
        connections.add(alor);
        return alor;
    }

    /** The gateway of a new connection behind the send policy. */
    RetryingBrokerGateway gateway(SendSettings send) {
        return new RetryingBrokerGateway(connect().gateway(), send, clock::advance, clock);
    }

    /** An SMA-cross loop on SBER that trades through Alor and takes streamed bars, over its own books. */
    LiveLoopFixture loop(int fast, int slow, long lots, int lotSize, SendSettings send) {
        return new LiveLoopFixture(fast, slow, lots, lotSize, gateway(send), CAPITAL, "alor", true)
                .withPnlUpdates(Duration.ZERO, clock);
    }

    /** The fill follower over a loop's gateway and books. */
    FollowBrokerOrders follower(LiveLoopFixture live) {
        return LiveLoopFixture.follow(
                live.settings(), new AccountSettings(CAPITAL), live.gateway, live.books(), live.metrics, clock);
    }

    /** Reconciliation over a loop's books, through {@code gateway}. */
    ReconcileWithBroker reconciliation(LiveLoopFixture live, BrokerGateway gateway) {
        return LiveLoopFixture.reconcile(
                live.settings(), new AccountSettings(CAPITAL), gateway, live.books(), live.halts, live.metrics, clock);
    }

    @Override
    public void close() {
        connections.forEach(AlorConnection::close);
        fake.close();
    }
}
