package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActOnClosedCandleTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** fast 2 / slow 3: flat closes, then a rise that crosses up on candle 5 and a fall that crosses down later. */
    private static List<Candle> crossUpThenDown() {
        String[] closes = {"10", "10", "9", "9", "12", "13", "14", "8", "7", "7"};
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            String open = i == 0 ? closes[0] : closes[i - 1];
            String high = new BigDecimal(open).max(new BigDecimal(closes[i])).toPlainString();
            String low = new BigDecimal(open).min(new BigDecimal(closes[i])).toPlainString();
            candles.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), open, high, low, closes[i]));
        }
        return candles;
    }

    private static LiveLoopFixture fixture() {
        return new LiveLoopFixture(2, 3, 2, 10, new BigDecimal("0.0005"), new BigDecimal("100000"));
    }

    @Test
    void buysAtTheNextOpenAfterAnUpCrossAndRecordsEveryState() {
        LiveLoopFixture live = fixture();

        live.replay(crossUpThenDown().subList(0, 6));

        Order buy = live.orders.all().getFirst();
        assertThat(buy.side()).isEqualTo(Side.BUY);
        assertThat(buy.lots()).isEqualTo(2);
        assertThat(buy.units()).isEqualTo(20);
        assertThat(buy.signalCandle()).isEqualTo(START.plus(Duration.ofHours(4)));
        assertThat(buy.fillPrice()).isEqualByComparingTo("12");
        assertThat(buy.commission()).isEqualByComparingTo("0.12");
        assertThat(live.orders.statesOf(buy.clientOrderId()))
                .containsExactly(OrderState.NEW, OrderState.SUBMITTED, OrderState.FILLED);
        assertThat(live.metrics.sent).hasSize(1);
        assertThat(live.outbox.appended(OrderSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.lots()).isEqualTo(2);
            assertThat(event.limitPrice()).isNull();
        });
        assertThat(live.outbox.appended(OrderFilled.class)).singleElement().satisfies(event -> {
            assertThat(event.price()).isEqualByComparingTo("12");
            assertThat(event.commission()).isEqualByComparingTo("0.12");
        });
        assertThat(live.outbox.appended(PositionChanged.class))
                .singleElement()
                .satisfies(event -> assertThat(event.lots()).isEqualTo(2));
    }

    @Test
    void closesTheWholePositionOnADownCrossAndBooksExactProfitAndLoss() {
        LiveLoopFixture live = fixture();

        live.replay(crossUpThenDown());

        List<Order> filled = live.filledInFillOrder();
        assertThat(filled).extracting(Order::side).containsExactly(Side.BUY, Side.SELL);
        Order sell = filled.get(1);
        assertThat(sell.units()).isEqualTo(20);
        assertThat(sell.fillPrice()).isEqualByComparingTo("8");
        Position position = live.positions.find("sber-sma").orElseThrow();
        assertThat(position.units()).isZero();
        // (8 - 12) * 20 - 0.12 - 0.08
        assertThat(position.realisedPnl()).isEqualByComparingTo("-80.20");
        assertThat(position.totalPnl()).isEqualByComparingTo("-80.20");
        assertThat(live.outbox.appended(PnlUpdated.class).getLast().total()).isEqualByComparingTo("-80.20");
    }

    @Test
    void dropsAndCountsDuplicateAndOutOfOrderCandles() {
        LiveLoopFixture live = fixture();
        List<Candle> candles = crossUpThenDown();
        List<Candle> noisy = new ArrayList<>();
        for (int i = 0; i < candles.size(); i++) {
            noisy.add(candles.get(i));
            noisy.add(candles.get(i));
            if (i >= 2) {
                noisy.add(candles.get(i - 2));
            }
        }

        live.replay(noisy);

        LiveLoopFixture clean = fixture();
        clean.replay(candles);
        assertThat(live.filledInFillOrder())
                .extracting(Order::clientOrderId, Order::fillPrice)
                .containsExactlyElementsOf(clean.filledInFillOrder().stream()
                        .map(order -> tuple(order.clientOrderId(), order.fillPrice()))
                        .toList());
        assertThat(live.metrics.dropped).filteredOn("duplicate"::equals).hasSize(candles.size());
        assertThat(live.metrics.dropped).filteredOn("out-of-order"::equals).hasSize(candles.size() - 2);
    }

    @Test
    void warmsUpFromStoredCandlesAndTradesOnTheFirstLiveCandle() {
        LiveLoopFixture live = fixture();
        List<Candle> candles = crossUpThenDown();
        live.feed.store(candles.subList(0, 4));
        live.loop.warmUp();

        live.replay(candles.subList(4, 6));

        assertThat(live.filledInFillOrder()).singleElement().satisfies(order -> {
            assertThat(order.signalCandle()).isEqualTo(candles.get(4).begin());
            assertThat(order.fillPrice()).isEqualByComparingTo("12");
        });
        assertThat(live.loop.lastCandles())
                .containsEntry("sber-sma", candles.get(5).begin());
    }

    @Test
    void candlesThatClosedBeforeTradingStartedOnlyWarmTheStrategyUp() {
        List<Candle> candles = crossUpThenDown();
        // Candle i closes at START + i + 1 hours; the up-cross is candle 4.
        LiveLoopFixture crossInHistory = fixture().tradingFrom(START.plus(Duration.ofHours(5)));
        LiveLoopFixture crossLive = fixture().tradingFrom(START.plus(Duration.ofHours(4)));

        crossInHistory.replay(candles);
        crossLive.replay(candles);

        assertThat(crossInHistory.orders.all()).isEmpty();
        assertThat(crossInHistory.metrics.dropped).filteredOn("history"::equals).hasSize(5);
        assertThat(crossInHistory.loop.lastCandles())
                .containsEntry("sber-sma", candles.getLast().begin());
        // The four candles of history warmed the 2/3 SMAs up, so the first live candle's cross is an order.
        assertThat(crossLive.filledInFillOrder()).first().satisfies(order -> {
            assertThat(order.signalCandle()).isEqualTo(candles.get(4).begin());
            assertThat(order.fillPrice()).isEqualByComparingTo("12");
        });
        assertThat(crossLive.metrics.dropped).filteredOn("history"::equals).hasSize(4);
    }

    @Test
    void ignoresCandlesOfOtherInstrumentsAndTimeframes() {
        LiveLoopFixture live = fixture();
        Candle sber = crossUpThenDown().getFirst();
        Candle other = new Candle(
                new Instrument("GAZP", "TQBR"),
                sber.timeframe(),
                sber.begin(),
                sber.open(),
                sber.high(),
                sber.low(),
                sber.close(),
                1,
                null);

        live.loop.handle(other);

        assertThat(live.metrics.dropped).containsExactly("unconfigured");
        assertThat(live.progress.lastCandles()).isEmpty();
    }

    @Test
    void aHaltedStrategyPlacesNoNewOrders() {
        LiveLoopFixture live = fixture();
        live.halts.put(HaltStore.ACCOUNT, "operator");

        live.replay(crossUpThenDown());

        assertThat(live.orders.all()).isEmpty();
        assertThat(live.progress.lastCandle("sber-sma"))
                .contains(crossUpThenDown().getLast().begin());
    }

    @Test
    void aRedeliveredCandleAfterARestartMakesNoSecondOrder() {
        LiveLoopFixture live = fixture();
        List<Candle> candles = crossUpThenDown();
        live.replay(candles.subList(0, 5));
        String clientOrderId = live.orders.all().getFirst().clientOrderId();

        live.restart();
        live.loop.handle(candles.get(4));

        assertThat(PlaceOrder.clientOrderId(live.definition, candles.get(4))).isEqualTo(clientOrderId);
        assertThat(live.orders.all())
                .singleElement()
                .extracting(Order::clientOrderId)
                .isEqualTo(clientOrderId);
        assertThat(live.metrics.dropped).containsExactly("duplicate");
    }

    @Test
    void aCandleActedOnAgainAfterItsBooksFailedAfterTheSendMakesNoSecondOrder() {
        LiveLoopFixture live = fixture();
        List<Candle> candles = crossUpThenDown();
        live.replay(candles.subList(0, 4));
        // Stored by the collector before it published them: the warm-up after the failure reads them back.
        live.feed.store(candles.subList(0, 4));
        live.progress.failNextRecord();

        assertThatThrownBy(() -> live.loop.handle(candles.get(4))).hasMessage("progress store unavailable");
        assertThat(live.metrics.sent).hasSize(1);
        assertThat(live.progress.lastCandle("sber-sma")).contains(candles.get(3).begin());

        live.loop.handle(candles.get(4));

        assertThat(live.orders.all()).singleElement().satisfies(order -> {
            assertThat(order.clientOrderId()).isEqualTo(PlaceOrder.clientOrderId(live.definition, candles.get(4)));
            assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);
            assertThat(live.orders.statesOf(order.clientOrderId()))
                    .containsExactly(OrderState.NEW, OrderState.SUBMITTED);
        });
        assertThat(live.metrics.sent).hasSize(1);
        assertThat(live.outbox.appended(OrderSubmitted.class)).hasSize(1);
        assertThat(live.progress.lastCandle("sber-sma")).contains(candles.get(4).begin());
        assertThat(live.positions.find("sber-sma").orElseThrow().markPrice())
                .isEqualByComparingTo(candles.get(4).close().value());
    }
}
