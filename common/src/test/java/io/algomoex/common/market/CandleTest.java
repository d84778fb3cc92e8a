package io.algomoex.common.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant BEGIN = Instant.parse("2024-03-05T07:00:00Z");

    private static Candle candle(String open, String high, String low, String close, long volume) {
        return new Candle(
                SBER,
                Timeframe.H1,
                BEGIN,
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                volume,
                new BigDecimal("1000"));
    }

    @Test
    void acceptsAConsistentCandleAndKnowsItsEnd() {
        Candle candle = candle("280.1", "281.5", "279.9", "281.0", 12_000);

        assertThat(candle.end()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
    }

    @Test
    void rejectsEachBrokenInvariantWithItsReason() {
        assertThatThrownBy(() -> candle("280", "279", "278", "278.5", 1))
                .isInstanceOf(InvalidCandleException.class)
                .hasMessageContaining("high 279 is below open 280");
        assertThatThrownBy(() -> candle("280", "281", "280.5", "280.7", 1))
                .hasMessageContaining("low 280.5 is above open 280");
        assertThatThrownBy(() -> candle("280", "281", "279", "280", -5)).hasMessageContaining("volume -5");
    }

    @Test
    void reportsViolationWithoutThrowingForImporters() {
        assertThat(Candle.violation(
                        Price.of("10"), Price.of("11"), Price.of("9"), Price.of("10.5"), 0, BigDecimal.ZERO))
                .isNull();
        assertThat(Candle.violation(
                        Price.of("10"), Price.of("11"), Price.of("9"), Price.of("10.5"), 0, BigDecimal.ONE.negate()))
                .contains("value -1 is negative");
    }
}
