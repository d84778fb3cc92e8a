package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.engine.model.BarSeries;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A candle file read into bars. Finam writes cp1251; the data columns are ASCII, so reading as ISO-8859-1 accepts any
 * byte without changing a digit.
 *
 * @param source the file name as given
 * @param csv what the reader found, including dropped rows
 * @param bars the candles as a series
 */
record LoadedBars(String source, CsvCandles csv, BarSeries bars) {

    static LoadedBars read(CommonOptions options, PrintStream warnings) {
        String file = options.file;
        CsvCandles csv;
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.ISO_8859_1)) {
            csv = CandleCsvReader.read(reader, file, new CsvReadOptions(options.timeMark, options.timeframe));
        } catch (NoSuchFileException e) {
            throw new UsageException("file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (csv.candles().isEmpty()) {
            throw new UsageException(file + " holds no candles");
        }
        warn(csv, warnings);
        return new LoadedBars(file, csv, BarSeries.fromCandles(csv.candles()));
    }

    private static void warn(CsvCandles csv, PrintStream warnings) {
        if (csv.duplicates() > 0) {
            warnings.printf(
                    "%s: %d rows repeat an earlier start time; the first row of each time was kept%n",
                    csv.source(), csv.duplicates());
        }
        if (csv.outOfOrder() > 0) {
            warnings.printf(
                    "%s: %d rows were out of time order and were sorted into place%n", csv.source(), csv.outOfOrder());
        }
        csv.rejected()
                .forEach(row -> warnings.printf("%s line %d: skipped, %s%n", csv.source(), row.line(), row.reason()));
    }
}
