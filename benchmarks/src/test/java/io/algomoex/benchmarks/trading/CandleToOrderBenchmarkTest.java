package io.algomoex.benchmarks.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Candle;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleToOrderBenchmarkTest {

    @Test
    void replacesOnlyTheDatabaseOfTheJdbcUrl() {
        assertThat(CandleToOrderBenchmark.withDatabase(
                        "jdbc:postgresql://db.local:5433/algomoex?sslmode=disable", "algomoex_bench_1"))
                .isEqualTo("jdbc:postgresql://db.local:5433/algomoex_bench_1?sslmode=disable");
        assertThat(CandleToOrderBenchmark.withDatabase("jdbc:postgresql://localhost", "algomoex_bench_1"))
                .isEqualTo("jdbc:postgresql://localhost/algomoex_bench_1");
        assertThatThrownBy(() -> CandleToOrderBenchmark.withDatabase("jdbc:h2:mem:x", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheNearestRankPercentile() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(CandleToOrderBenchmark.percentile(sorted, 0.50)).isEqualTo(5);
        assertThat(CandleToOrderBenchmark.percentile(sorted, 0.90)).isEqualTo(9);
        assertThat(CandleToOrderBenchmark.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(CandleToOrderBenchmark.percentile(new long[0], 0.99)).isZero();
    }

    @Test
    void generatesTheSameConsecutiveHourlyCandlesForTheSameSeed() {
        List<Candle> candles = CandleToOrderBenchmark.generate(500, 7);

        assertThat(candles).isEqualTo(CandleToOrderBenchmark.generate(500, 7));
        assertThat(candles).isNotEqualTo(CandleToOrderBenchmark.generate(500, 8));
        for (int i = 1; i < candles.size(); i++) {
            assertThat(candles.get(i).begin())
                    .isEqualTo(candles.get(i - 1).begin().plus(Duration.ofHours(1)));
            assertThat(candles.get(i).open()).isEqualTo(candles.get(i - 1).close());
        }
    }
}
