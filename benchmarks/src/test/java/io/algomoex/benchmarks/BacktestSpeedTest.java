package io.algomoex.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BacktestSpeedTest {

    @Test
    void printsSpeedsOnGeneratedBars() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"--bars", "2000", "--combos", "12", "--seconds", "0.05", "--format", "json", "--quiet"};

        BacktestSpeed.run(
                BacktestSpeed.options(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("backtest").get("barsPerSecond").asDouble()).isPositive();
        assertThat(json.get("sweep").get("combinations").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(json.get("sweep").get("barCombinationsPerSecond").asDouble()).isPositive();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> BacktestSpeed.options(new String[] {"--bar", "10"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--bar");
    }
}
