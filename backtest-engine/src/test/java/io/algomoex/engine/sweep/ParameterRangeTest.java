package io.algomoex.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterRangeTest {

    @Test
    void parsesFromToStepAndShortForms() {
        assertThat(ParameterRange.parse("20:200:5").values())
                .startsWith(20, 25)
                .endsWith(200)
                .hasSize(37);
        assertThat(ParameterRange.parse("5:8").values()).containsExactly(5, 6, 7, 8);
        assertThat(ParameterRange.parse("20").values()).containsExactly(20);
        assertThat(ParameterRange.parse("5:12:4").values()).containsExactly(5, 9);
    }

    @Test
    void countsItsValuesWithoutAllocatingThem() {
        assertThat(ParameterRange.parse("1:2147483647").size()).isEqualTo(2_147_483_647L);
        assertThat(ParameterRange.parse("20:200:5").size()).isEqualTo(37);
        assertThat(ParameterRange.parse("5:12:4").size()).isEqualTo(2);
        assertThat(ParameterRange.parse("7").size()).isEqualTo(1);
    }

    @Test
    void namesTheTextItCannotRead() {
        assertThatThrownBy(() -> ParameterRange.parse("5:x")).hasMessageContaining("'5:x'");
        assertThatThrownBy(() -> ParameterRange.parse("0:10:1")).hasMessageContaining("FROM >= 1");
        assertThatThrownBy(() -> ParameterRange.parse("10:5:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsOnlyFastBelowSlow() {
        SweepSettings sweep = new SweepSettings(
                ParameterRange.parse("5:50:1"), ParameterRange.parse("20:200:5"), 1, Objective.SHARPE, 10, 0, 1);
        assertThat(sweep.combinations()).isEqualTo(1_590);
    }

    @Test
    void parsesObjectivesByTheirCommandLineNames() {
        assertThat(Objective.parse("return/maxDD")).isEqualTo(Objective.RETURN_OVER_DRAWDOWN);
        assertThat(Objective.parse("PROFIT_FACTOR")).isEqualTo(Objective.PROFIT_FACTOR);
        assertThatThrownBy(() -> Objective.parse("alpha")).hasMessageContaining("final-value, total-return");
    }
}
