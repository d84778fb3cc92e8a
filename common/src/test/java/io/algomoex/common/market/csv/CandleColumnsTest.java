package io.algomoex.common.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Price;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Candles kept as columns come back equal to what was added, and their prices as the doubles the decimals round to. */
class CandleColumnsTest {

    @Test
    void everyCandleComesBackEqualToTheOneAdded() {
        List<CsvCandle> added = List.of(
                candle(2, "2024-01-02T10:00", "2024-01-02T07:00:00Z", "250.15", "251", "249.9", "250.5", 10, null),
                // A fraction of a second, a price too long for a long's digits, and a turnover.
                candle(
                        3,
                        "2024-01-02T10:00:00.250",
                        "2024-01-02T07:00:00.250Z",
                        "12345678901234567890.123",
                        "12345678901234567891",
                        "0.000001",
                        "1E+3",
                        0,
                        new BigDecimal("1234.50")),
                candle(7, "2024-01-02T10:01", "2024-01-02T07:01:00Z", "1", "2", "0.5", "1.5", 5, null));
        CandleColumns columns = CandleColumns.of(added);

        assertThat(columns).containsExactlyElementsOf(added);
        assertThat(columns.select(new int[] {2, 0})).containsExactly(added.get(2), added.get(0));
        assertThat(columns.beginEpochSecond(1))
                .isEqualTo(Instant.parse("2024-01-02T07:00:00Z").getEpochSecond());
        assertThat(columns.begin(1)).isEqualTo(Instant.parse("2024-01-02T07:00:00.250Z"));
        assertThat(columns.close(1)).isEqualTo(1000.0);
        assertThat(columns.open(1)).isEqualTo(new BigDecimal("12345678901234567890.123").doubleValue());
        assertThatThrownBy(() -> columns.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.close(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void pricesComeBackAsTheDoublesTheirDecimalsRoundTo() {
        SplittableRandom random = new SplittableRandom(7);
        List<BigDecimal> prices = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Digits up to 18 and beyond 2^53, scales from whole numbers to 25 places.
            long digits = random.nextLong(1, i % 2 == 0 ? 1L << 53 : 999_999_999_999_999_999L);
            prices.add(new BigDecimal(BigInteger.valueOf(digits), random.nextInt(0, 26)));
        }
        CandleColumns columns = new CandleColumns(16);
        for (BigDecimal price : prices) {
            Price exact = Price.of(price);
            columns.add(
                    2,
                    LocalDateTime.parse("2024-01-02T10:00"),
                    Instant.parse("2024-01-02T07:00:00Z"),
                    new Price[] {exact, exact, exact, exact},
                    1,
                    null);
        }

        for (int i = 0; i < prices.size(); i++) {
            double expected = prices.get(i).doubleValue();
            assertThat(columns.close(i)).as("%s", prices.get(i)).isEqualTo(expected);
            assertThat(columns.open(i)).isEqualTo(expected);
        }
    }

    private static CsvCandle candle(
            int line,
            String written,
            String begin,
            String open,
            String high,
            String low,
            String close,
            long volume,
            BigDecimal value) {
        return new CsvCandle(
                line,
                LocalDateTime.parse(written),
                Instant.parse(begin),
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                volume,
                value);
    }
}
