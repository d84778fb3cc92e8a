package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.RiskLimitBreached;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.market.Candle;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.SessionWindow;
import io.algomoex.trading.domain.TradingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each risk limit refuses the order before the gateway sees it; a loss or drawdown limit also halts. */
class CheckRiskTest {

    /** 10:00 Moscow time. */
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    private static final RiskLimits NONE = LiveLoopFixture.unlimitedLimits();

    /**
     * fast 2 / slow 3, 2 lots of 10: a buy signal on candle 5 (14:00 Moscow) fills at 12 on candle 6; the fall to 8
     * on candle 8 is a loss of 80.12 roubles with the commission, and its down-cross closes the position.
     */
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

    private static LiveLoopFixture fixture(RiskLimits strategy, RiskLimits account, List<SessionWindow> sessions) {
        return new LiveLoopFixture(2, 3, 2, 10, new BigDecimal("0.0005"), new BigDecimal("100000"))
                .withRisk(new RiskSettings(NONE, Map.of("sber-sma", strategy), account, sessions));
    }

    private static LiveLoopFixture withStrategyLimits(RiskLimits strategy) {
        return fixture(strategy, NONE, List.of());
    }

    private static RiskLimits limits(
            long position, long order, String dailyLoss, String drawdown, int ordersPerMinute) {
        return new RiskLimits(position, order, new BigDecimal(dailyLoss), new BigDecimal(drawdown), ordersPerMinute);
    }

    private static void assertOnlyOrderRejectedBy(LiveLoopFixture live, String rule) {
        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(order.reason()).isEqualTo(rule);
        assertThat(live.orders.statesOf(order.clientOrderId())).containsExactly(OrderState.NEW, OrderState.REJECTED);
        assertThat(live.outbox.appended(OrderRejected.class))
                .singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo(rule));
        assertThat(live.metrics.sent).as("orders handed to the gateway").isEmpty();
    }

    @Test
    void rejectsOrderAboveMaxOrderSize() {
        LiveLoopFixture live = withStrategyLimits(limits(100, 1, "1e9", "1", 100));

        live.replay(crossUpThenDown().subList(0, 6));

        assertOnlyOrderRejectedBy(live, RiskLimits.MAX_ORDER_SIZE);
        assertThat(live.halts.haltedScopes()).isEmpty();
    }

    @Test
    void rejectsOrderAboveMaxOrderSizeOfTheAccount() {
        LiveLoopFixture live = fixture(NONE, limits(100, 1, "1e9", "1", 100), List.of());

        live.replay(crossUpThenDown().subList(0, 6));

        assertOnlyOrderRejectedBy(live, RiskLimits.MAX_ORDER_SIZE);
    }

    @Test
    void rejectsOrderThatWouldExceedMaxPosition() {
        LiveLoopFixture live = withStrategyLimits(limits(1, 100, "1e9", "1", 100));

        live.replay(crossUpThenDown().subList(0, 6));

        assertOnlyOrderRejectedBy(live, RiskLimits.MAX_POSITION);
    }

    @Test
    void rejectsOrdersAboveMaxOrdersPerMinute() {
        // The fixture's clock stands still, so the buy and the close fall into the same minute.
        LiveLoopFixture live = withStrategyLimits(limits(100, 100, "1e9", "1", 1));

        live.replay(crossUpThenDown());

        assertThat(live.orders.all())
                .extracting(Order::state, Order::reason)
                .containsExactlyInAnyOrder(
                        tuple(OrderState.FILLED, null), tuple(OrderState.REJECTED, RiskLimits.MAX_ORDERS_PER_MINUTE));
        assertThat(live.metrics.sent).hasSize(1);
    }

    @Test
    void rejectsOrderOutsideSessionHours() {
        // The buy signal candle closes at 15:00 Moscow time, after this session.
        LiveLoopFixture live = fixture(NONE, NONE, List.of(SessionWindow.parse("10:00-12:00")));

        live.replay(crossUpThenDown().subList(0, 6));

        assertOnlyOrderRejectedBy(live, RiskLimits.SESSION_HOURS);
    }

    @Test
    void rejectsOrderOnAConfiguredNonTradingDay() {
        LiveLoopFixture live = new LiveLoopFixture(2, 3, 2, 10, new BigDecimal("0.0005"), new BigDecimal("100000"))
                .withRisk(new RiskSettings(
                        NONE,
                        Map.of(),
                        NONE,
                        List.of(SessionWindow.parse("10:00-18:50"), SessionWindow.parse("19:05-23:50")),
                        new TradingCalendar(Set.of(LocalDate.parse("2026-01-05")), Set.of())));

        live.replay(crossUpThenDown().subList(0, 6));

        assertOnlyOrderRejectedBy(live, RiskLimits.SESSION_HOURS);
    }

    @Test
    void sendsOrderInsideTheMoexSessions() {
        LiveLoopFixture live =
                fixture(NONE, NONE, List.of(SessionWindow.parse("10:00-18:50"), SessionWindow.parse("19:05-23:50")));

        live.replay(crossUpThenDown().subList(0, 6));

        assertThat(live.orders.all())
                .singleElement()
                .satisfies(order -> assertThat(order.state()).isEqualTo(OrderState.FILLED));
    }

    @Test
    void haltsTheStrategyAndRejectsItsOrderAtMaxDailyLoss() {
        LiveLoopFixture live = withStrategyLimits(limits(100, 100, "50", "1", 100));

        live.replay(crossUpThenDown());

        assertThat(live.halts.haltedScopes()).containsExactly(Map.entry("sber-sma", RiskLimits.MAX_DAILY_LOSS));
        assertThat(live.outbox.appended(RiskLimitBreached.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.strategyId()).isEqualTo("sber-sma");
                    assertThat(event.limit()).isEqualTo(RiskLimits.MAX_DAILY_LOSS);
                    assertThat(event.value()).isEqualByComparingTo("80.12");
                    assertThat(event.threshold()).isEqualByComparingTo("50");
                });
        assertThat(live.outbox.appended(TradingHalted.class))
                .singleElement()
                .isEqualTo(new TradingHalted("sber-sma", RiskLimits.MAX_DAILY_LOSS));
        assertThat(live.orders.all())
                .extracting(Order::state, Order::reason)
                .containsExactlyInAnyOrder(
                        tuple(OrderState.FILLED, null), tuple(OrderState.REJECTED, RiskLimits.MAX_DAILY_LOSS));
    }

    @Test
    void haltsTheStrategyAtMaxDrawdown() {
        // 80.12 roubles off a peak of at least 100,000 is a drawdown of about 0.0008.
        LiveLoopFixture live = withStrategyLimits(limits(100, 100, "1e9", "0.0005", 100));

        live.replay(crossUpThenDown());

        assertThat(live.halts.haltedScopes()).containsExactly(Map.entry("sber-sma", RiskLimits.MAX_DRAWDOWN));
        assertThat(live.outbox.appended(RiskLimitBreached.class))
                .singleElement()
                .satisfies(event -> assertThat(event.limit()).isEqualTo(RiskLimits.MAX_DRAWDOWN));
        assertThat(live.outbox.appended(TradingHalted.class)).hasSize(1);
    }

    @Test
    void haltsTheAccountAtItsMaxDailyLoss() {
        LiveLoopFixture live = fixture(NONE, limits(100, 100, "50", "1", 100), List.of());

        live.replay(crossUpThenDown());

        assertThat(live.halts.haltedScopes()).containsOnlyKeys(HaltStore.ACCOUNT);
        assertThat(live.outbox.appended(RiskLimitBreached.class))
                .singleElement()
                .satisfies(event -> assertThat(event.strategyId()).isNull());
        assertThat(live.outbox.appended(TradingHalted.class))
                .singleElement()
                .isEqualTo(new TradingHalted(null, RiskLimits.MAX_DAILY_LOSS));
    }

    @Test
    void aHaltedStrategyIsNotHaltedTwiceOnLaterCandles() {
        LiveLoopFixture live = withStrategyLimits(limits(100, 100, "50", "1", 100));
        List<Candle> candles = crossUpThenDown();

        live.replay(candles);
        live.replay(List.of(LiveLoopFixture.candle(START.plus(Duration.ofHours(10)), "7", "7", "6", "6")));

        assertThat(live.outbox.appended(TradingHalted.class)).hasSize(1);
    }
}
