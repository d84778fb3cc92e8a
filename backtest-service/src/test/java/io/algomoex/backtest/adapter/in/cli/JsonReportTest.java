package io.algomoex.backtest.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    record Sample(Instant time, double defined, double undefined, Double infinite, int count) {}

    @Test
    void printsTimesWithTheMoscowOffsetAndUndefinedNumbersAsNull() {
        String json = JsonReport.print(
                new Sample(Instant.parse("2024-01-08T07:00:00Z"), 1.5, Double.NaN, Double.POSITIVE_INFINITY, 3));

        assertThat(json.replaceAll("\\s", ""))
                .isEqualTo("{\"time\":\"2024-01-08T10:00:00+03:00\",\"defined\":1.5,\"undefined\":null,"
                        + "\"infinite\":null,\"count\":3}");
    }
}
