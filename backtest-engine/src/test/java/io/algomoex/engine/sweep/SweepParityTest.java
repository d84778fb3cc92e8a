package io.algomoex.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.strategy.SimpleMovingAverage;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.RunRecorder;
import io.algomoex.engine.RunSummary;
import io.algomoex.engine.Simulation;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.engine.model.Sizing;
import io.algomoex.engine.model.TradeRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep kernel against the strategy-driven engine running {@link SmaCrossStrategy}: same orders, same final
 * figures and same metrics, bit for bit, on every combination of a grid; and the sweep's ranking equals ranking the
 * engine's runs.
 */
class SweepParityTest {

    private static final ParameterRange FAST = new ParameterRange(2, 24, 1);
    private static final ParameterRange SLOW = new ParameterRange(3, 60, 3);

    static Stream<Arguments> cases() {
        BacktestSettings backtrader = BacktestSettings.backtrader(100_000, 0.0005);
        BacktestSettings moex = BacktestSettings.backtrader(100_000, 0.0005)
                .withSizing(new Sizing.PercentOfEquity(100, 10, new BigDecimal("0.01")))
                .withSlippageBps(5)
                .withRiskFreeRate(0.08);
        return Stream.of(
                Arguments.of("random walk", RandomWalkSeries.generate(3_000, 11), backtrader),
                Arguments.of("coarse prices with ties", coarse(2_500, 5), backtrader),
                Arguments.of("tight cash, all-in lots", RandomWalkSeries.generate(2_000, 12), moex),
                Arguments.of("close fills", coarse(2_000, 6), backtrader.withFillModel(FillModel.SIGNAL_CLOSE)),
                Arguments.of(
                        "cash near one order",
                        RandomWalkSeries.generate(2_000, 13),
                        BacktestSettings.backtrader(1_000, 0.001)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kernelReproducesTheStrategyOnEveryCombination(String name, BarSeries bars, BacktestSettings settings) {
        int combinations = 0;
        for (int fast : FAST.values()) {
            for (int slow : SLOW.values()) {
                if (fast >= slow) {
                    continue;
                }
                combinations++;
                BacktestResult engine = BacktestEngine.run(bars, new SmaCrossStrategy(fast, slow, 10), settings);
                KernelRun kernel = KernelRun.of(bars, fast, slow, 10, settings, 0, bars.size());
                String where = name + " fast " + fast + " slow " + slow;
                assertThat(kernel.orders).as(where).isEqualTo(engine.orders());
                assertThat(kernel.trades).as(where).isEqualTo(engine.trades());
                assertThat(kernel.summary.finalValue()).as(where).isEqualTo(engine.finalValue());
                assertThat(kernel.summary.finalCash()).as(where).isEqualTo(engine.finalCash());
                assertThat(kernel.summary.finalPosition()).as(where).isEqualTo(engine.finalPosition());
                assertThat(kernel.summary.metrics()).as(where).isEqualTo(engine.metrics());
            }
        }
        assertThat(combinations).isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sweepRanksLikeSingleRunsForEveryObjective(String name, BarSeries bars, BacktestSettings settings) {
        List<SweepEntry> singles = new ArrayList<>();
        for (int fast : FAST.values()) {
            for (int slow : SLOW.values()) {
                if (fast < slow) {
                    BacktestResult run = BacktestEngine.run(bars, new SmaCrossStrategy(fast, slow, 10), settings);
                    singles.add(new SweepEntry(fast, slow, 0, run.finalValue(), run.metrics()));
                }
            }
        }
        for (Objective objective : Objective.values()) {
            for (int minTrades : new int[] {0, 15}) {
                SweepSettings sweep = new SweepSettings(FAST, SLOW, 10, objective, 7, minTrades, 2);
                SweepResult result = Sweep.run(bars, sweep, settings, SweepProgress.NONE);
                List<SweepEntry> expected = singles.stream()
                        .filter(entry -> entry.metrics().trades() >= minTrades)
                        .map(entry -> new SweepEntry(
                                entry.fast(),
                                entry.slow(),
                                objective.score(entry.finalValue(), entry.metrics()),
                                entry.finalValue(),
                                entry.metrics()))
                        .sorted(Comparator.comparing(entry -> entry, SweepEntry::bestFirst))
                        .limit(7)
                        .toList();
                assertThat(result.best())
                        .as(name + " " + objective + " min " + minTrades)
                        .isEqualTo(expected);
                assertThat(result.combinations()).isEqualTo(singles.size());
                assertThat(result.qualified())
                        .isEqualTo(singles.stream()
                                .filter(e -> e.metrics().trades() >= minTrades)
                                .count());
            }
        }
    }

    /** Prices on a 0.5 grid that often repeat, so that averages tie and nearly tie. */
    static BarSeries coarse(int bars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = new long[bars];
        double[] prices = new double[bars];
        double price = 100;
        for (int i = 0; i < bars; i++) {
            times[i] = 1_700_000_000L + 3600L * i;
            price = Math.max(50, price + 0.5 * (random.nextInt(5) - 2) * (random.nextInt(3) == 0 ? 1 : 0));
            prices[i] = price;
        }
        return BarSeries.of(times, prices, prices, prices, prices, prices);
    }

    /** A kernel run with its orders and trades recorded, to compare with the engine's. */
    private record KernelRun(RunSummary summary, List<OrderRecord> orders, List<TradeRecord> trades) {

        static KernelRun of(
                BarSeries bars, int fast, int slow, double size, BacktestSettings settings, int from, int to) {
            TradeStatistics statistics = new TradeStatistics();
            RunRecorder recorder = new RunRecorder(bars, statistics);
            Simulation simulation = new Simulation(
                    bars, settings, bars.calendar().periodsPerYear(from, to), from, to, recorder, statistics, null);
            double[] closes = bars.closes();
            RunSummary summary = SmaCrossKernel.run(
                    simulation,
                    SimpleMovingAverage.over(closes, fast),
                    SimpleMovingAverage.over(closes, slow),
                    fast,
                    slow,
                    size,
                    from,
                    from,
                    to);
            return new KernelRun(summary, recorder.orders(), recorder.trades());
        }
    }
}
