package io.algomoex.common.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algomoex.common.market.Timeframe;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The real MOEX files in the shared research folder ({@code ../shared/research-data}, see its PROVENANCE.md), read
 * in place through the {@code algo.shared.dir} property; skipped when the folder is absent.
 */
class ResearchDataFilesTest {

    @Test
    void readsTheIssHourlyFileWithItsDuplicatesAndUnsortedSeams() {
        CsvCandles read = read("IliasBik__Continious-Exchange__SBER.txt", CsvReadOptions.DEFAULTS);
        assertThat(read.format()).isEqualTo(CsvFormat.ISS);
        assertThat(read.timeframe()).isEqualTo(Timeframe.H1);
        // PROVENANCE.md: 36,016 rows, 35,048 unique, 968 exact duplicates, not sorted at chunk seams.
        assertThat(read.candles()).hasSize(35_048);
        assertThat(read.duplicates()).isEqualTo(968);
        assertThat(read.outOfOrder()).isPositive();
        assertThat(read.rejected()).isEmpty();
        assertThat(read.candles()).isSortedAccordingTo(java.util.Comparator.comparing(CsvCandle::begin));
    }

    @Test
    void movesTheEndMarkedImoexHoursToTheirStarts() {
        CsvCandles read =
                read("Den-is-me__news_effect__IMOEX_220101_221228.csv", new CsvReadOptions(TimeMark.END, null));
        assertThat(read.candles()).hasSize(2_072);
        CsvCandle first = read.candles().getFirst();
        assertThat(first.writtenTime()).isEqualTo(LocalDateTime.parse("2022-01-03T11:00"));
        assertThat(first.begin()).isEqualTo(Instant.parse("2022-01-03T07:00:00Z"));
    }

    @Test
    void movesTheEndMarkedFiveMinuteBarsToTheirStarts() {
        CsvCandles read =
                read("ejovavaleria__MEM-RV-RussianStockMarket__SBER.csv", new CsvReadOptions(TimeMark.END, null));
        assertThat(read.timeframe()).isEqualTo(Timeframe.M5);
        assertThat(read.candles()).hasSize(53_121);
        assertThat(read.candles().getFirst().begin()).isEqualTo(Instant.parse("2018-01-03T07:00:00Z"));
    }

    @Test
    void readsEveryFinamVariantInTheFolder() {
        assertThat(read("Mysteri027__datasets__SBER.csv", CsvReadOptions.DEFAULTS)
                        .candles())
                .hasSize(5_799);
        CsvCandles slashes = read("charonxnikon__AuctoScript__SBER_211231_220531.txt", CsvReadOptions.DEFAULTS);
        assertThat(slashes.candles()).hasSize(50);
        assertThat(slashes.candles().getFirst().writtenTime()).isEqualTo(LocalDateTime.parse("2022-01-03T00:00"));
        CsvCandles sixDigits = read("Stee1yDan__LSTM_Genetic_Algorithm__SBER.csv", CsvReadOptions.DEFAULTS);
        assertThat(sixDigits.candles()).hasSize(43);
        assertThat(sixDigits.candles().getLast().writtenTime()).isEqualTo(LocalDateTime.parse("2024-05-10T00:00"));
        assertThat(read("ffeast__finam-export__data_sber_daily.csv", CsvReadOptions.DEFAULTS)
                        .candles())
                .hasSize(250);
        assertThat(read("ffeast__finam-export__data_sber_minutes30.csv", CsvReadOptions.DEFAULTS)
                        .timeframe())
                .isEqualTo(Timeframe.M30);
        assertThat(read("ffeast__finam-export__data_sber_monthly.csv", CsvReadOptions.DEFAULTS)
                        .timeframe())
                .isEqualTo(Timeframe.MO1);
        CsvCandles ticks = read("ffeast__finam-export__data_sber_ticks.csv", CsvReadOptions.DEFAULTS);
        assertThat(ticks.candles().size() + ticks.duplicates()).isEqualTo(33_567);
    }

    private static CsvCandles read(String name, CsvReadOptions options) {
        String shared = System.getProperty("algo.shared.dir");
        assumeTrue(shared != null, "system property algo.shared.dir is not set; run through Maven to set it");
        Path file = Path.of(shared, "research-data", name);
        assumeTrue(Files.isRegularFile(file), "shared research data not found at " + file + "; test skipped");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CandleCsvReader.read(reader, name, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
