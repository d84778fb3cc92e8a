package io.algomoex.backtest.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.backtest.application.MarketFields;
import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.backtest.application.WalkForwardRequest;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepBodyTest {

    private static SweepBody body(Map<String, String> grid, String objective, BigDecimal cash, Integer trainBars) {
        return new SweepBody(
                new MarketFields(
                        "SBER",
                        null,
                        "1h",
                        LocalDate.parse("2024-01-01"),
                        LocalDate.parse("2024-12-31"),
                        null,
                        cash,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                grid,
                objective,
                10,
                null,
                trainBars,
                250,
                null);
    }

    @Test
    void readsTheGridAndTakesTheBacktestDefaults() {
        SweepRequest request = body(Map.of("fast", "5:50:1", "slow", "20:200:5"), "sharpe", null, null)
                .toSweep();

        assertThat(request.fast()).isEqualTo(new ParameterRange(5, 50, 1));
        assertThat(request.slow()).isEqualTo(new ParameterRange(20, 200, 5));
        assertThat(request.objective()).isEqualTo(Objective.SHARPE);
        assertThat(request.setup().instrument().board()).isEqualTo("TQBR");
        assertThat(request.setup().cash()).isEqualByComparingTo("1000000");
        assertThat(request.top()).isEqualTo(20);
        assertThat(request.minTrades()).isEqualTo(10);
        // 46 fast x 37 slow values = 1702, less the 112 pairs with fast >= slow.
        assertThat(request.combinations()).isEqualTo(1590);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThat(field(body(Map.of(), "sharpe", null, null))).isEqualTo("grid");
        assertThat(field(body(Map.of("fast", "5:x", "slow", "20:30"), "sharpe", null, null)))
                .isEqualTo("grid.fast");
        assertThat(field(body(Map.of("fast", "5:10"), "sharpe", null, null))).isEqualTo("grid.slow");
        assertThat(field(body(Map.of("fast", "5:10", "slow", "20:30", "signal", "3"), "sharpe", null, null)))
                .isEqualTo("grid");
        assertThat(field(body(Map.of("fast", "40:50", "slow", "20:30"), "sharpe", null, null)))
                .isEqualTo("grid");
        assertThat(field(body(Map.of("fast", "5:10", "slow", "20:30"), "luck", null, null)))
                .isEqualTo("objective");
        assertThat(field(body(Map.of("fast", "5:10", "slow", "20:30"), "sharpe", new BigDecimal("-5"), null)))
                .isEqualTo("cash");
    }

    @Test
    void refusesAGridOfBillionsFromItsBoundsWithoutAllocatingIt() {
        SweepBody huge = body(Map.of("fast", "1:2147483647", "slow", "20:30"), "sharpe", null, null);

        assertThatThrownBy(huge::toSweep)
                .isInstanceOf(InvalidBacktestRequestException.class)
                .hasMessageContaining("more than " + SweepRequest.MAX_COMBINATIONS + " combinations")
                .extracting(e -> ((InvalidBacktestRequestException) e).field())
                .isEqualTo("grid");
        assertThat(field(body(Map.of("fast", "1:2147483647", "slow", "1:2147483647"), "sharpe", null, 100)))
                .isEqualTo("grid");
        // 1000 x 1000 pairs is the largest grid accepted.
        assertThat(body(Map.of("fast", "1:1000", "slow", "1001:2000"), "sharpe", null, null)
                        .toSweep()
                        .combinations())
                .isEqualTo(SweepRequest.MAX_COMBINATIONS);
        assertThat(field(body(Map.of("fast", "1:1001", "slow", "1001:2000"), "sharpe", null, null)))
                .isEqualTo("grid");
    }

    @Test
    void aWalkForwardNeedsItsWindows() {
        SweepBody withoutTraining = body(Map.of("fast", "5:10", "slow", "20:30"), "sharpe", null, null);
        assertThatThrownBy(withoutTraining::toWalkForward)
                .isInstanceOf(InvalidBacktestRequestException.class)
                .extracting(e -> ((InvalidBacktestRequestException) e).field())
                .isEqualTo("trainBars");

        WalkForwardRequest request = body(Map.of("fast", "5:10", "slow", "20:30"), "sharpe", null, 1000)
                .toWalkForward();

        assertThat(request.trainBars()).isEqualTo(1000);
        assertThat(request.testBars()).isEqualTo(250);
        assertThat(request.anchored()).isFalse();
    }

    private static String field(SweepBody body) {
        try {
            body.toSweep();
        } catch (InvalidBacktestRequestException e) {
            return e.field();
        }
        throw new AssertionError("accepted " + body);
    }
}
