package io.algomoex.collector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleRowTest {

    private static final Instant BEGIN = Instant.parse("2024-01-03T07:00:00Z");

    @Test
    void aValidCandleHasNoViolation() {
        assertThat(row("100", "101", "99", "100.5", 10, "1000").violation()).isNull();
    }

    @Test
    void namesTheBrokenInvariant() {
        assertThat(row("100", "99", "98", "100.5", 10, null).violation()).contains("high 99 is below open 100");
        assertThat(row("100", "101", "100.2", "100.5", 10, null).violation()).contains("low 100.2 is above");
        assertThat(row("100", "101", "99", "100.5", -1, null).violation()).contains("volume -1 is negative");
        assertThat(row("100", "101", "99", "100.5", 1, "-5").violation()).contains("value -5 is negative");
        assertThat(row("-1", "101", "-2", "100.5", 1, null).violation()).contains("prices must be positive");
    }

    @Test
    void parsesAWatchedSeries() {
        WatchedSeries series = WatchedSeries.parse(" sber:tqbr:1H ");

        assertThat(series.instrument().secid()).isEqualTo("SBER");
        assertThat(series.instrument().board()).isEqualTo("TQBR");
        assertThat(series.toString()).isEqualTo("SBER:TQBR:1h");
    }

    @Test
    void aCollectionRequestRefusesCodesThatAreNotMoexCodes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CollectionRequest(
                        "../SBER",
                        null,
                        io.algomoex.common.market.Timeframe.H1,
                        java.time.LocalDate.parse("2024-01-01"),
                        java.time.LocalDate.parse("2024-01-02"),
                        CandleSourceName.MOEX_ISS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secid");
        assertThat(new CollectionRequest(
                                "sber",
                                "tqbr",
                                io.algomoex.common.market.Timeframe.H1,
                                java.time.LocalDate.parse("2024-01-01"),
                                java.time.LocalDate.parse("2024-01-02"),
                                CandleSourceName.MOEX_ISS)
                        .board())
                .isEqualTo("TQBR");
    }

    private static CandleRow row(String open, String high, String low, String close, long volume, String value) {
        return new CandleRow(
                1,
                BEGIN,
                new BigDecimal(open),
                new BigDecimal(high),
                new BigDecimal(low),
                new BigDecimal(close),
                volume,
                value == null ? null : new BigDecimal(value),
                false);
    }
}
