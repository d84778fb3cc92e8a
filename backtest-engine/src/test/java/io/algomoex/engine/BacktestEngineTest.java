package io.algomoex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.algomoex.common.market.Side;
import io.algomoex.common.strategy.Signal;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import io.algomoex.engine.model.Sizing;
import io.algomoex.engine.model.TradeRecord;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestEngineTest {

    private static final BacktestSettings BACKTRADER = BacktestSettings.backtrader(1000, 0.0005);

    @Test
    void reproducesBacktradersVerifiedRoundTripToTheLastBit() {
        // backtrader-semantics.md a.5/a.7/a.8: buy 10 @ 10.0 (comm 0.05), sell 10 @ 11.0 (comm 0.055),
        // +10.0 gross, 9.895 net, barlen 4, final value printed as 1009.8950000000001.
        BarSeries bars = TestBars.of(
                new double[] {9, 10, 10.5, 10.6, 10.8, 11, 11.2}, new double[] {9.5, 10, 10.5, 10.6, 10.8, 11, 11.2});
        BacktestResult result =
                BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.buy(10), 4, Signal.CLOSE)), BACKTRADER);

        assertThat(result.orders()).hasSize(2);
        OrderRecord buy = result.orders().get(0);
        assertThat(buy.side()).isEqualTo(Side.BUY);
        assertThat(buy.price()).isEqualTo(10.0);
        assertThat(buy.commission()).isEqualTo(0.05);
        assertThat(buy.time()).isEqualTo(bars.time(1));
        assertThat(buy.signalTime()).isEqualTo(bars.time(0));
        assertThat(result.orders().get(1).commission()).isEqualTo(0.055);
        TradeRecord trade = result.trades().getFirst();
        assertThat(trade.grossProfit()).isEqualTo(10.0);
        assertThat(trade.netProfit()).isCloseTo(9.895, within(1e-12));
        assertThat(trade.barsHeld()).isEqualTo(4);
        assertThat(result.finalValue()).isEqualTo(1009.8950000000001);
        assertThat(result.finalPosition()).isZero();
    }

    @Test
    void leavesAnOrderFromTheLastBarUnfilledAndValuesTheOpenPositionAtTheLastClose() {
        BarSeries bars = TestBars.flat(10, 11, 12, 13);
        BacktestResult result =
                BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.buy(5), 3, Signal.CLOSE)), BACKTRADER);

        assertThat(result.orders())
                .extracting(OrderRecord::status)
                .containsExactly(OrderStatus.COMPLETED, OrderStatus.UNFILLED);
        assertThat(result.orders().get(1).reason()).contains("last bar");
        assertThat(result.finalPosition()).isEqualTo(5);
        double cash = 1000 - 5 * 11.0 - 5 * 0.0005 * 11.0;
        assertThat(result.finalCash()).isEqualTo(cash);
        assertThat(result.finalValue()).isEqualTo(cash + 5 * 13.0);
        assertThat(result.trades()).isEmpty();
    }

    @Test
    void rejectsAtSubmissionWhenTheSignalCloseCostWithCommissionExceedsCash() {
        // Verified run (1) of a.6: size = cash / close fails because the commission comes on top.
        BarSeries bars = TestBars.flat(10, 10, 10);
        BacktestResult result = BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.buy(100))), BACKTRADER);

        OrderRecord order = result.orders().getFirst();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).isEqualTo("insufficient cash");
        assertThat(order.time()).isEqualTo(bars.time(1));
        assertThat(order.price()).isEqualTo(10.0);
        assertThat(result.finalCash()).isEqualTo(1000);
    }

    @Test
    void rejectsAtExecutionWhenTheNextOpenGapsUp() {
        // Verified run (2) of a.6: passes the check at the close, fails at the higher open; cash unchanged.
        BarSeries bars = TestBars.of(new double[] {10, 10.5, 10.5}, new double[] {10, 10.5, 10.5});
        BacktestResult result = BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.buy(99))), BACKTRADER);

        OrderRecord order = result.orders().getFirst();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.reason()).isEqualTo("insufficient cash");
        assertThat(order.price()).isEqualTo(10.5);
        assertThat(result.finalPosition()).isZero();
        assertThat(result.finalCash()).isEqualTo(1000);
    }

    @Test
    void fillsAtTheSignalBarsCloseWhenAskedTo() {
        BarSeries bars = TestBars.of(new double[] {10, 12, 13}, new double[] {11, 12.5, 13});
        BacktestResult result = BacktestEngine.run(
                bars, TestBars.scripted(Map.of(0, Signal.buy(1))), BACKTRADER.withFillModel(FillModel.SIGNAL_CLOSE));

        OrderRecord order = result.orders().getFirst();
        assertThat(order.price()).isEqualTo(11.0);
        assertThat(order.time()).isEqualTo(bars.time(0));
    }

    @Test
    void slipsAgainstTheTraderWithinTheBar() {
        BarSeries bars = BarSeries.of(
                new long[] {0, 3600, 7200},
                new double[] {100, 100, 100},
                new double[] {100, 100.05, 100},
                new double[] {100, 99, 100},
                new double[] {100, 100, 100},
                new double[] {1, 1, 1});
        BacktestResult result =
                BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.buy(1))), BACKTRADER.withSlippageBps(10));

        // 10 bps would be 100.1; Backtrader's slip_match caps it at the bar's high.
        assertThat(result.orders().getFirst().price()).isEqualTo(100.05);
    }

    @Test
    void sizesInWholeLotsAndAlignsSlippedPricesToTheStep() {
        BarSeries bars = TestBars.flat(61.58, 61.58, 61.58);
        Sizing lots = new Sizing.Lots(10, new BigDecimal("0.01"));
        BacktestResult result = BacktestEngine.run(
                bars,
                TestBars.scripted(Map.of(0, Signal.buy(3.7))),
                BacktestSettings.backtrader(100_000, 0).withSizing(lots).withSlippageBps(1));

        OrderRecord order = result.orders().getFirst();
        assertThat(order.size()).isEqualTo(30);
        // 61.58 * 1.0001 = 61.586158, capped at the high 61.58 which is on the grid.
        assertThat(order.price()).isEqualTo(61.58);
    }

    @Test
    void roundsPricesOntoTheGridAgainstTheTrader() {
        Sizing lots = new Sizing.Lots(1, new BigDecimal("0.05"));
        assertThat(lots.alignPrice(100.01, true)).isEqualTo(100.05);
        assertThat(lots.alignPrice(100.04, false)).isEqualTo(100.0);
        assertThat(lots.alignPrice(61.55, true)).isEqualTo(61.55);
    }

    @Test
    void sizesAShareOfEquityInWholeLotsIncludingCommission() {
        BarSeries bars = TestBars.flat(100, 100, 100);
        Sizing half = new Sizing.PercentOfEquity(50, 10, new BigDecimal("0.01"));
        BacktestResult result = BacktestEngine.run(
                bars,
                TestBars.scripted(Map.of(0, Signal.buy(1))),
                BacktestSettings.backtrader(10_000, 0.01).withSizing(half));

        // 5000 / (100 * 10 * 1.01) = 4.95 lots -> 4 lots = 40 shares.
        assertThat(result.orders().getFirst().size()).isEqualTo(40);
    }

    @Test
    void buysNothingWithASpentAccount() {
        Sizing allIn = new Sizing.PercentOfEquity(100, 1, new BigDecimal("0.01"));
        assertThat(allIn.units(1, 100, -50, 0)).isZero();
        assertThat(allIn.units(1, 100, 250, 0)).isEqualTo(2);
    }

    @Test
    void rejectsAnOrderThatRoundsToZeroLots() {
        BarSeries bars = TestBars.flat(100, 100, 100);
        BacktestResult result = BacktestEngine.run(
                bars,
                TestBars.scripted(Map.of(0, Signal.buy(0.5))),
                BACKTRADER.withSizing(new Sizing.Lots(10, new BigDecimal("0.01"))));

        assertThat(result.orders().getFirst().reason()).isEqualTo("size rounds down to zero lots");
    }

    @Test
    void refusesShortSalesUnlessEnabled() {
        BarSeries bars = TestBars.flat(11, 11, 12);
        BacktestResult refused = BacktestEngine.run(bars, TestBars.scripted(Map.of(0, Signal.sell(10))), BACKTRADER);
        assertThat(refused.orders().getFirst().reason()).isEqualTo("short selling is disabled");

        // a.9: short 10 @ 11 (comm 0.055) -> cash 1109.945, value at close 12 = 989.945.
        BacktestResult shorted = BacktestEngine.run(
                bars, TestBars.scripted(Map.of(0, Signal.sell(10))), BACKTRADER.withShortSelling(true));
        assertThat(shorted.finalCash()).isEqualTo(1109.945);
        assertThat(shorted.finalValue()).isCloseTo(989.945, within(1e-9));
        assertThat(shorted.finalPosition()).isEqualTo(-10);
    }

    @Test
    void splitsAReversalIntoAClosedTradeAndANewOne() {
        BarSeries bars = TestBars.flat(10, 10, 12, 12, 11, 11);
        BacktestResult result = BacktestEngine.run(
                bars,
                TestBars.scripted(Map.of(0, Signal.buy(10), 2, Signal.sell(25), 3, Signal.CLOSE)),
                BacktestSettings.backtrader(1000, 0).withShortSelling(true));

        assertThat(result.trades()).hasSize(2);
        assertThat(result.trades().get(0).size()).isEqualTo(10);
        assertThat(result.trades().get(0).grossProfit()).isEqualTo(20);
        assertThat(result.trades().get(1).size()).isEqualTo(-15);
        assertThat(result.trades().get(1).grossProfit()).isEqualTo(15);
        assertThat(result.finalValue()).isEqualTo(1035);
    }

    @Test
    void ignoresSignalsBeforeTheTradingWindowButFeedsTheBars() {
        BarSeries bars = TestBars.flat(10, 11, 12, 13, 14);
        BacktestResult result = BacktestEngine.run(
                bars, TestBars.scripted(Map.of(0, Signal.buy(1), 2, Signal.buy(2))), BACKTRADER, 0, 2, 5);

        assertThat(result.orders()).hasSize(1);
        assertThat(result.orders().getFirst().size()).isEqualTo(2);
        assertThat(result.equity().size()).isEqualTo(3);
        assertThat(result.equity().time(0)).isEqualTo(bars.time(2));
    }

    @Test
    void measuresDrawdownExposureAndTradeStatistics() {
        BarSeries bars = TestBars.flat(10, 10, 12, 9, 9, 11, 11);
        BacktestResult result = BacktestEngine.run(
                bars,
                TestBars.scripted(Map.of(0, Signal.buy(10), 2, Signal.CLOSE, 3, Signal.buy(10), 5, Signal.CLOSE)),
                BacktestSettings.backtrader(100, 0));

        // Fills at the next open: bought at 10, sold at 9, bought at 9, sold at 11.
        assertThat(result.equity().values()).containsExactly(100, 100, 120, 90, 90, 110, 110);
        Metrics metrics = result.metrics();
        assertThat(metrics.trades()).isEqualTo(2);
        assertThat(metrics.winRatePercent()).isEqualTo(50);
        assertThat(metrics.profitFactor()).isEqualTo(2);
        assertThat(metrics.averageTrade()).isEqualTo(5);
        assertThat(metrics.maxDrawdownPercent()).isEqualTo(25);
        assertThat(metrics.maxDrawdownMoney()).isEqualTo(30);
        assertThat(metrics.maxDrawdownBars()).isEqualTo(4);
        assertThat(metrics.exposurePercent()).isCloseTo(100.0 * 4 / 7, within(1e-12));
        assertThat(metrics.totalReturnPercent()).isCloseTo(10, within(1e-12));
        assertThat(metrics.commissionPaid()).isZero();
    }
}
