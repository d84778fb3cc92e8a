package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.paper.InMemoryPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.CandleStore;
import io.algomoex.trading.application.port.CandleStream;
import io.algomoex.trading.domain.Order;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TakeStreamedCandlesTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** A stream the test pushes closed candles into. */
    static final class PushedCandleStream implements CandleStream {

        final List<Instant> subscribedAfter = new ArrayList<>();
        Consumer<Candle> consumer;

        @Override
        public String broker() {
            return "alor";
        }

        @Override
        public void subscribe(Instrument instrument, Timeframe timeframe, Instant after, Consumer<Candle> onClosed) {
            subscribedAfter.add(after);
            consumer = onClosed;
        }

        @Override
        public void close() {}
    }

    static final class InMemoryCandleStore implements CandleStore {

        final Map<Instant, Candle> stored = new LinkedHashMap<>();
        /** Candles whose store fails, as a database gone at that moment would. */
        final Set<Instant> failing = new HashSet<>();

        int writes;

        @Override
        public void upsert(Candle candle, String source) {
            if (failing.contains(candle.begin())) {
                throw new IllegalStateException("database unavailable");
            }
            writes++;
            stored.put(candle.begin(), candle);
        }
    }

    private final LiveLoopFixture live = new LiveLoopFixture(
            2,
            3,
            1,
            10,
            new PaperBrokerGateway(new BigDecimal("0.0005"), new InMemoryPaperAccount(), LiveLoopFixture.CLOCK),
            new BigDecimal("1000000"),
            "alor",
            true);
    private final PushedCandleStream stream = new PushedCandleStream();
    private final InMemoryCandleStore candles = new InMemoryCandleStore();

    private TakeStreamedCandles started() {
        TakeStreamedCandles take =
                new TakeStreamedCandles(live.settings(), List.of(stream), live.loop, candles, live.feed, live.books());
        live.loop.warmUp();
        take.start();
        return take;
    }

    private static List<Candle> crossingUp() {
        String[] closes = {"10", "10", "9", "9", "12", "12"};
        List<Candle> list = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            list.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), closes[i], "13", "8", closes[i]));
        }
        return list;
    }

    @Test
    void actsOnStreamedCandlesStoresAndAnnouncesEachAndIgnoresTheCollectorsCopy() {
        started();
        List<Candle> bars = crossingUp();

        bars.forEach(stream.consumer);
        bars.forEach(live.loop::handle);

        List<Order> orders = live.orders.all();
        assertThat(orders).hasSize(1);
        assertThat(orders.getFirst().signalCandle()).isEqualTo(bars.get(4).begin());
        assertThat(candles.stored.keySet())
                .containsExactlyElementsOf(bars.stream().map(Candle::begin).toList());
        assertThat(live.outbox.appended(CandleClosed.class))
                .extracting(CandleClosed::begin)
                .containsExactlyElementsOf(bars.stream().map(Candle::begin).toList());
        assertThat(live.metrics.dropped).filteredOn("streamed"::equals).hasSize(bars.size());
    }

    @Test
    void subscribesAfterTheLastActedCandleSoARestartBackFillsWithoutRepeating() {
        List<Candle> bars = crossingUp();
        started();
        bars.subList(0, 3).forEach(stream.consumer);

        // What the stream stored is what the restarted strategy warms up with.
        live.feed.store(List.copyOf(candles.stored.values()));
        live.restart();
        PushedCandleStream again = new PushedCandleStream();
        new TakeStreamedCandles(live.settings(), List.of(again), live.loop, candles, live.feed, live.books()).start();
        // The stream replays from the last acted candle: the repeated one is not acted on twice.
        bars.subList(2, bars.size()).forEach(again.consumer);

        assertThat(again.subscribedAfter).containsExactly(bars.get(2).begin());
        assertThat(live.orders.all()).hasSize(1);
        assertThat(live.metrics.dropped).contains("duplicate");
    }

    @Test
    void aCandleActedOnButNeverStoredIsDeliveredAgainAfterARestartAndStoredOnce() {
        List<Candle> bars = crossingUp();
        started();
        bars.subList(0, 3).forEach(stream.consumer);
        candles.failing.add(bars.get(3).begin());
        assertThatThrownBy(() -> stream.consumer.accept(bars.get(3))).hasMessageContaining("database unavailable");
        candles.failing.clear();

        live.feed.store(List.copyOf(candles.stored.values()));
        live.restart();
        PushedCandleStream again = new PushedCandleStream();
        new TakeStreamedCandles(live.settings(), List.of(again), live.loop, candles, live.feed, live.books()).start();
        bars.subList(3, bars.size()).forEach(again.consumer);

        assertThat(again.subscribedAfter)
                .as("after the newest stored candle, not after the newest acted one")
                .containsExactly(bars.get(2).begin());
        assertThat(candles.stored.keySet())
                .containsExactlyElementsOf(bars.stream().map(Candle::begin).toList());
        assertThat(live.outbox.appended(CandleClosed.class))
                .extracting(CandleClosed::begin)
                .containsExactlyElementsOf(bars.stream().map(Candle::begin).toList());
        assertThat(live.orders.all()).hasSize(1);
    }
}
