package io.algomoex.engine.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final BarSeries BARS = RandomWalkSeries.generate(3_000, 21);
    private static final BacktestSettings SETTINGS = BacktestSettings.backtrader(100_000, 0.0005);
    private static final SweepSettings SWEEP = new SweepSettings(
            new ParameterRange(3, 15, 3), new ParameterRange(10, 40, 10), 10, Objective.TOTAL_RETURN, 3, 2, 2);

    @Test
    void rollsFixedTrainingWindowsForward() {
        WalkForwardResult result =
                WalkForward.run(BARS, SWEEP, WalkForwardSettings.of(1_000, 500, false), SETTINGS, SweepProgress.NONE);

        assertThat(result.folds()).extracting(WalkForwardFold::trainFrom).containsExactly(0, 500, 1_000, 1_500);
        assertThat(result.folds()).extracting(WalkForwardFold::testFrom).containsExactly(1_000, 1_500, 2_000, 2_500);
        assertThat(result.folds().getLast().testTo()).isEqualTo(3_000);
        assertThat(result.equity().size()).isEqualTo(2_000);
        assertThat(result.equity().time(0)).isEqualTo(BARS.time(1_000));
    }

    @Test
    void anchorsEveryTrainingWindowAtTheFirstBar() {
        WalkForwardResult result = WalkForward.run(
                BARS, SWEEP, new WalkForwardSettings(1_200, 700, 700, true), SETTINGS, SweepProgress.NONE);

        assertThat(result.folds()).extracting(WalkForwardFold::trainFrom).containsOnly(0);
        assertThat(result.folds()).extracting(WalkForwardFold::testFrom).containsExactly(1_200, 1_900, 2_600);
        assertThat(result.folds().getLast().testTo()).isEqualTo(3_000);
    }

    @Test
    void picksTheInSampleBestAndRunsItOutOfSampleWithTheCarriedCapital() {
        WalkForwardResult result =
                WalkForward.run(BARS, SWEEP, WalkForwardSettings.of(1_000, 500, false), SETTINGS, SweepProgress.NONE);

        double capital = SETTINGS.initialCash();
        for (WalkForwardFold fold : result.folds()) {
            SweepEntry expectedBest = bruteForceBest(fold.trainFrom(), fold.testFrom());
            assertThat(fold.best()).isEqualTo(expectedBest);
            SmaCrossStrategy strategy = new SmaCrossStrategy(expectedBest.fast(), expectedBest.slow(), 10);
            BacktestResult expected = BacktestEngine.run(
                    BARS,
                    strategy,
                    SETTINGS.withInitialCash(capital),
                    fold.testFrom() - strategy.warmUpBars() + 1,
                    fold.testFrom(),
                    fold.testTo());
            assertThat(fold.outOfSample()).isEqualTo(expected);
            capital = expected.finalValue();
        }
        assertThat(result.finalValue()).isEqualTo(capital);
        int trades = result.folds().stream()
                .mapToInt(fold -> fold.outOfSample().trades().size())
                .sum();
        assertThat(result.metrics().trades()).isEqualTo(trades);
        assertThat(result.metrics().totalReturnPercent()).isEqualTo(100.0 * (capital / SETTINGS.initialCash() - 1.0));
    }

    @Test
    void staysFlatOutOfSampleWhenNoCombinationHasEnoughTrades() {
        SweepSettings demanding = new SweepSettings(
                new ParameterRange(3, 6, 3), new ParameterRange(10, 20, 10), 10, Objective.SHARPE, 1, 1_000_000, 1);
        WalkForwardResult result = WalkForward.run(
                BARS, demanding, WalkForwardSettings.of(2_000, 1_000, false), SETTINGS, SweepProgress.NONE);

        assertThat(result.folds()).singleElement().satisfies(fold -> {
            assertThat(fold.best()).isNull();
            assertThat(fold.outOfSample().orders()).isEmpty();
        });
        assertThat(result.finalValue()).isEqualTo(SETTINGS.initialCash());
    }

    @Test
    void reportsProgressUpToEveryCombinationOfEveryFold() {
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        WalkForward.run(BARS, SWEEP, WalkForwardSettings.of(1_000, 1_000, false), SETTINGS, (done, all) -> {
            last.accumulateAndGet(done, Math::max);
            total.set(all);
        });
        assertThat(total.get()).isEqualTo(2 * SWEEP.combinations());
        assertThat(last.get()).isEqualTo(total.get());
    }

    @Test
    void refusesOverlappingTestWindowsAndTooShortSeries() {
        assertThatThrownBy(() -> new WalkForwardSettings(100, 50, 20, false)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> WalkForward.run(
                        BARS, SWEEP, WalkForwardSettings.of(3_000, 10, false), SETTINGS, SweepProgress.NONE))
                .hasMessageContaining("needs more than 3000 bars");
    }

    private static SweepEntry bruteForceBest(int from, int to) {
        List<SweepEntry> entries = new ArrayList<>();
        for (int fast : SWEEP.fast().values()) {
            for (int slow : SWEEP.slow().values()) {
                if (fast < slow) {
                    BacktestResult run =
                            BacktestEngine.run(BARS, new SmaCrossStrategy(fast, slow, 10), SETTINGS, from, from, to);
                    if (run.metrics().trades() >= SWEEP.minTrades()) {
                        double score = SWEEP.objective().score(run.finalValue(), run.metrics());
                        entries.add(new SweepEntry(fast, slow, score, run.finalValue(), run.metrics()));
                    }
                }
            }
        }
        return entries.stream()
                .min(Comparator.comparing(e -> e, SweepEntry::bestFirst))
                .orElseThrow();
    }
}
