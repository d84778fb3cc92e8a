package io.algomoex.common.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    @Test
    void writtenFormsAreTheOnesInTheDesign() {
        assertThat(Arrays.stream(Timeframe.values()).map(Timeframe::code))
                .containsExactly("1m", "5m", "10m", "15m", "30m", "1h", "1d", "1w", "1mo", "1q");
    }

    @Test
    void parsesIgnoringCaseAndNamesTheChoicesOnError() {
        assertThat(Timeframe.parse("1H")).isEqualTo(Timeframe.H1);
        assertThat(Timeframe.parse("1mo")).isEqualTo(Timeframe.MO1);
        assertThatThrownBy(() -> Timeframe.parse("2h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown timeframe '2h'")
                .hasMessageContaining("1m, 5m");
    }

    @Test
    void issIntervalsAreTheNativeOnes() {
        assertThat(Timeframe.M1.issInterval()).hasValue(1);
        assertThat(Timeframe.M10.issInterval()).hasValue(10);
        assertThat(Timeframe.H1.issInterval()).hasValue(60);
        assertThat(Timeframe.D1.issInterval()).hasValue(24);
        assertThat(Timeframe.W1.issInterval()).hasValue(7);
        assertThat(Timeframe.MO1.issInterval()).hasValue(31);
        assertThat(Timeframe.Q1.issInterval()).hasValue(4);
        assertThat(Timeframe.M5.issInterval()).isEmpty();
        assertThat(Timeframe.M15.issInterval()).isEmpty();
        assertThat(Timeframe.M30.issInterval()).isEmpty();
    }

    @Test
    void floorsIntradayTimesOnTheGrid() {
        Instant time = Instant.parse("2024-03-05T07:47:31Z");

        assertThat(Timeframe.M5.floor(time)).isEqualTo(Instant.parse("2024-03-05T07:45:00Z"));
        assertThat(Timeframe.H1.floor(time)).isEqualTo(Instant.parse("2024-03-05T07:00:00Z"));
        assertThat(Timeframe.M30.nextBegin(Instant.parse("2024-03-05T07:30:00Z")))
                .isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
    }

    @Test
    void dailyAndLongerCandlesFollowTheMoscowCalendar() {
        // 22:30 UTC on 31 March is already 1 April in Moscow (UTC+3).
        Instant lateEvening = Instant.parse("2024-03-31T22:30:00Z");

        assertThat(Timeframe.D1.floor(lateEvening)).isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
        assertThat(Timeframe.W1.floor(lateEvening)).isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
        assertThat(Timeframe.MO1.floor(lateEvening)).isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
        assertThat(Timeframe.Q1.floor(lateEvening)).isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
        assertThat(Timeframe.MO1.nextBegin(Instant.parse("2024-01-31T21:00:00Z")))
                .isEqualTo(Instant.parse("2024-02-29T21:00:00Z"));
        assertThat(Timeframe.Q1.nextBegin(Instant.parse("2023-12-31T21:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-31T21:00:00Z"));
    }
}
