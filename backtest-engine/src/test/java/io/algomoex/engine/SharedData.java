package io.algomoex.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared reference folder ({@code ../shared}), found through the {@code algo.shared.dir} property. */
final class SharedData {

    private SharedData() {}

    /** The folder, or a skipped test with the reason when it is not there. */
    static Path folder() {
        String configured = System.getProperty("algo.shared.dir");
        assumeTrue(configured != null, "system property algo.shared.dir is not set; run through Maven to set it");
        Path folder = Path.of(configured);
        assumeTrue(
                Files.isDirectory(folder.resolve("reference/backtrader")),
                "shared reference data not found at " + folder.toAbsolutePath() + "; parity tests skipped");
        return folder;
    }

    static CsvCandles readResearchFile(String name, CsvReadOptions options) {
        Path file = folder().resolve("research-data").resolve(name);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CandleCsvReader.read(reader, name, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
