package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.market.Candle;
import io.algomoex.trading.application.port.Transactions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PublishPnlUpdatesTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(START);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final PublishPnlUpdates updates = publisher(new DirectTransactions());

    @Test
    void publishesTheFirstChangeOfABurstAtOnceAndItsLastValueWhenTheIntervalHasPassed() {
        updates.changed(pnl("sber", "10"));
        clock.advance(Duration.ofSeconds(1));
        updates.changed(pnl("sber", "11"));
        clock.advance(Duration.ofSeconds(1));
        updates.changed(pnl("sber", "12"));

        assertThat(outbox.appended(PnlUpdated.class)).containsExactly(pnl("sber", "10"));

        clock.advance(Duration.ofMillis(2_999));
        assertThat(updates.flush()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(updates.flush()).isOne();
        clock.advance(Duration.ofSeconds(10));
        assertThat(updates.flush()).isZero();

        assertThat(outbox.appended(PnlUpdated.class)).containsExactly(pnl("sber", "10"), pnl("sber", "12"));
    }

    @Test
    void publishesNothingWithoutAChange() {
        clock.advance(Duration.ofMinutes(1));

        assertThat(updates.flush()).isZero();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void doesNotRepublishAValueEqualToTheLastPublishedOne() {
        updates.changed(pnl("sber", "10"));
        clock.advance(Duration.ofSeconds(1));
        updates.changed(pnl("sber", "11"));
        clock.advance(Duration.ofSeconds(1));
        updates.changed(pnl("sber", "10.00"));
        clock.advance(Duration.ofSeconds(10));
        updates.flush();
        updates.changed(pnl("sber", "10"));

        assertThat(outbox.appended(PnlUpdated.class)).containsExactly(pnl("sber", "10"));
    }

    @Test
    void publishesAChangeAtOnceWhenTheLastEventIsAtLeastAnIntervalOld() {
        updates.changed(pnl("sber", "10"));
        clock.advance(INTERVAL);
        updates.changed(pnl("sber", "11"));

        assertThat(outbox.appended(PnlUpdated.class)).containsExactly(pnl("sber", "10"), pnl("sber", "11"));
        assertThat(updates.flush()).isZero();
    }

    @Test
    void throttlesEachStrategyOnItsOwn() {
        updates.changed(pnl("sber", "10"));
        clock.advance(Duration.ofSeconds(1));
        updates.changed(pnl("gazp", "-3"));
        updates.changed(pnl("sber", "11"));
        clock.advance(Duration.ofSeconds(4));
        updates.flush();

        assertThat(outbox.appended(PnlUpdated.class))
                .containsExactly(pnl("sber", "10"), pnl("gazp", "-3"), pnl("sber", "11"));
    }

    @Test
    void keepsAValueWaitingWhenItCouldNotBeWritten() {
        FailingOnce transactions = new FailingOnce();
        PublishPnlUpdates failing = publisher(transactions);

        failing.changed(pnl("sber", "10"));
        assertThat(outbox.appended()).isEmpty();

        assertThat(failing.flush()).isOne();
        assertThat(outbox.appended(PnlUpdated.class)).containsExactly(pnl("sber", "10"));
    }

    @Test
    void theLiveLoopPublishesOneEventPerIntervalWithTheLatestFigures() {
        LiveLoopFixture live = new LiveLoopFixture(2, 3, 2, 10, new BigDecimal("0.0005"), new BigDecimal("100000"))
                .withPnlUpdates(INTERVAL, clock);
        List<Candle> candles = new ArrayList<>();
        String[] closes = {"10", "10", "9", "9", "12", "13", "14", "8", "7", "7"};
        for (int i = 0; i < closes.length; i++) {
            String open = i == 0 ? closes[0] : closes[i - 1];
            String high = new BigDecimal(open).max(new BigDecimal(closes[i])).toPlainString();
            String low = new BigDecimal(open).min(new BigDecimal(closes[i])).toPlainString();
            candles.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), open, high, low, closes[i]));
        }

        // Every candle arrives within the same second of wall-clock time: their P&L changes make a burst.
        live.replay(candles);
        assertThat(live.outbox.appended(PnlUpdated.class)).hasSize(1);

        clock.advance(INTERVAL);
        assertThat(live.pnlUpdates.flush()).isOne();

        var position = live.positions.find("sber-sma").orElseThrow();
        assertThat(live.outbox.appended(PnlUpdated.class)).hasSize(2).last().satisfies(event -> {
            assertThat(event.total()).isEqualByComparingTo(position.totalPnl());
            assertThat(event.today()).isEqualByComparingTo(position.todayPnl());
            assertThat(event.drawdown()).isEqualByComparingTo(position.drawdown());
        });
    }

    private PublishPnlUpdates publisher(Transactions transactions) {
        return new PublishPnlUpdates(
                new PnlUpdateSettings(INTERVAL),
                new TradingBooks(
                        new InMemoryOrderStore(),
                        new InMemoryPositionStore(),
                        new InMemoryCandleProgressStore(),
                        outbox,
                        transactions),
                clock);
    }

    private static PnlUpdated pnl(String strategy, String total) {
        return new PnlUpdated(strategy, BigDecimal.ZERO, new BigDecimal(total), BigDecimal.ZERO);
    }

    /** Fails its first transaction before the work runs, as a lost database connection would. */
    private static final class FailingOnce implements Transactions {

        private boolean failed;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("connection lost");
            }
            return work.get();
        }
    }
}
