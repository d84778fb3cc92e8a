package io.algomoex.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep run in pieces and ranked afterwards, as backtest-service replicas do, equals one {@link Sweep#run}. */
class PreparedSweepTest {

    private static final BarSeries BARS = RandomWalkSeries.generate(2_000, 21);
    private static final BacktestSettings SETTINGS = BacktestSettings.backtrader(100_000, 0.0005);

    @Test
    void piecesRankedTogetherEqualTheWholeSweep() {
        SweepSettings sweep = new SweepSettings(
                new ParameterRange(2, 30, 1), new ParameterRange(5, 80, 5), 10, Objective.SHARPE, 15, 3, 2);
        PreparedSweep prepared = PreparedSweep.of(BARS, sweep, SETTINGS);

        List<SweepEntry> all = new ArrayList<>();
        for (int first = 0; first < prepared.combinations(); first += 37) {
            all.addAll(prepared.run(first, Math.min(first + 37, prepared.combinations())));
        }

        SweepResult whole = Sweep.run(BARS, sweep, SETTINGS, SweepProgress.NONE);
        assertThat(prepared.combinations()).isEqualTo(whole.combinations()).isEqualTo(all.size());
        assertThat(prepared.bars()).isEqualTo(whole.bars());
        assertThat(Sweep.rank(all, sweep)).isEqualTo(whole.best()).hasSize(15);
    }

    @Test
    void numbersCombinationsFastThenSlowSkippingFastNotBelowSlow() {
        SweepSettings sweep = new SweepSettings(
                new ParameterRange(3, 5, 1), new ParameterRange(4, 5, 1), 10, Objective.FINAL_VALUE, 5, 0, 1);
        PreparedSweep prepared = PreparedSweep.of(BARS, sweep, SETTINGS);

        List<SweepEntry> entries = prepared.run(0, prepared.combinations());

        assertThat(entries)
                .extracting(entry -> entry.fast() + ":" + entry.slow())
                .containsExactly("3:4", "3:5", "4:5");
        assertThatThrownBy(() -> prepared.run(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
