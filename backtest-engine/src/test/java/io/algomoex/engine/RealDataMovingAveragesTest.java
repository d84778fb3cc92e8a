package io.algomoex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.strategy.SimpleMovingAverage;
import io.algomoex.common.strategy.WindowSums;
import io.algomoex.engine.model.BarSeries;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweeps' moving averages on real MOEX closes ({@code ../shared/research-data}, read in place; skipped without
 * it): the sliding sums take every segment for the periods sweeps mostly use, and every average has the bits of the
 * window-by-window one.
 */
class RealDataMovingAveragesTest {

    private static final int[] PERIODS = {2, 5, 10, 20, 50, 100, 200, 300};
    /**
     * Windows up to this long fit a segment's grid in every file. Longer ones over years of hourly SBER (a segment
     * spanning prices from below 64 to above 128 roubles needs 55 bits a value) may not, and fall back.
     */
    private static final int ON_GRID_UP_TO = 200;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ffeast__finam-export__data_sber_minutes30.csv",
                "ejovavaleria__MEM-RV-RussianStockMarket__SBER.csv",
                "ejovavaleria__MEM-RV-RussianStockMarket__GAZP.csv",
                "IliasBik__Continious-Exchange__SBER.txt"
            })
    void slidingSumsCoverRealClosesWithTheSameBits(String file) {
        double[] closes = BarSeries.fromCandles(SharedData.readResearchFile(file, CsvReadOptions.DEFAULTS)
                        .candles())
                .closeArray();
        WindowSums sums = WindowSums.of(closes, 300);

        for (int period : PERIODS) {
            if (period <= ON_GRID_UP_TO) {
                assertThat(sums.segmentsOffGrid(period))
                        .as("%s, period %d", file, period)
                        .isZero();
            }
            assertThat(Arrays.equals(sums.simpleMovingAverage(period), SimpleMovingAverage.over(closes, period)))
                    .as("%s, period %d: same bits", file, period)
                    .isTrue();
        }
    }
}
