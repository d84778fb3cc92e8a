package io.algomoex.testsupport.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image tags for Testcontainers, taken from the same {@code .env} keys {@code docker-compose.yml} uses, so tests and
 * the stack run the same versions: the environment variable when set, else the default written in the compose file
 * as {@code ${KEY:-default}}.
 */
final class ComposeImages {

    static final String POSTGRES = "TIMESCALEDB_IMAGE";
    static final String REDIS = "REDIS_IMAGE";
    static final String RABBITMQ = "RABBITMQ_IMAGE";

    private ComposeImages() {}

    static String image(String key) {
        String fromEnvironment = Environment.get(key, null);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Path compose = composeFile();
        try {
            Matcher matcher = Pattern.compile("\\$\\{" + Pattern.quote(key) + ":-([^}\\s]+)}")
                    .matcher(Files.readString(compose));
            if (matcher.find()) {
                return matcher.group(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + compose, e);
        }
        throw new IllegalStateException(compose + " has no ${" + key + ":-image} default");
    }

    private static Path composeFile() {
        Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path current = directory; current != null; current = current.getParent()) {
            Path candidate = current.resolve("docker-compose.yml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + directory);
    }
}
