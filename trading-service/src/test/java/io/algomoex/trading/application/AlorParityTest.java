package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.Candle;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The paper-parity replay once more with the fake Alor in place of the paper broker: the same candles through the
 * loop, orders sent over HTTP to the fake, which fills each working order at the next candle's open (the backtest's
 * fill model) before that candle is acted on; fills come back through the fill follower. The orders, prices and
 * commissions must equal the backtest engine's.
 */
class AlorParityTest {

    @ParameterizedTest
    @CsvSource({"5, 12, 7, 10, 2026"})
    void replaysGeneratedCandlesThroughAlorIntoTheBacktestsOrders(
            int fast, int slow, long lots, int lotSize, long seed) {
        BarSeries bars = RandomWalkSeries.generate(1_500, seed);
        List<Candle> candles = LiveLoopFixture.candles(bars);
        BigDecimal commission = new BigDecimal("0.0005");
        BigDecimal cash = AlorLoopFixture.CAPITAL;
        try (AlorLoopFixture alor = new AlorLoopFixture(candles.getFirst().begin())) {
            FakeAlor fake = alor.fake;
            LiveLoopFixture live = alor.loop(
                    fast,
                    slow,
                    lots,
                    lotSize,
                    new SendSettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1)));
            FollowBrokerOrders follow = alor.follower(live);

            for (Candle candle : candles) {
                if (!fake.fillWorking(candle.open().value(), commission, candle.begin())
                        .isEmpty()) {
                    follow.follow();
                }
                live.loop.handleStreamed(candle);
            }
            BacktestResult backtest = BacktestEngine.run(
                    bars,
                    new SmaCrossStrategy(fast, slow, lots * lotSize),
                    BacktestSettings.backtrader(cash.doubleValue(), commission.doubleValue()));

            PaperParityTest.assertSameOrders(live, backtest, "alor seed " + seed);
            PaperParityTest.assertClose(
                    live.positions.find("sber-sma").orElseThrow().equity().doubleValue(),
                    backtest.finalValue(),
                    "alor seed " + seed + " value");
            assertThat(fake.violations).isEmpty();
            assertThat(fake.orderCount()).isEqualTo(live.orders.all().size());
        }
    }
}
