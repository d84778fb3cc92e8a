package io.algomoex.collector;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real MOEX/Finam files of {@code ../shared/research-data}, read in place (never copied into the repository; see
 * PROVENANCE.md there). The directory comes from the {@code algo.shared.dir} system property the root pom sets.
 */
final class ResearchData {

    private ResearchData() {}

    static Path directory() {
        String shared = System.getProperty("algo.shared.dir");
        Path directory = shared == null ? null : Path.of(shared, "research-data");
        assumeTrue(
                directory != null && Files.isDirectory(directory),
                "research data not found (system property algo.shared.dir=" + shared
                        + " has no research-data folder); skipping tests over real MOEX/Finam files");
        return directory;
    }

    static Path file(String name) {
        Path file = directory().resolve(name);
        assumeTrue(Files.isRegularFile(file), "research data file " + file + " is missing; skipping");
        return file;
    }

    static String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
