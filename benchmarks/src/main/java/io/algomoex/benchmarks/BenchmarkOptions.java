package io.algomoex.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name=value} options of the benchmark mains, and their database password from the environment. */
public final class BenchmarkOptions {

    private BenchmarkOptions() {}

    /** @throws IllegalArgumentException for an argument not of the form {@code --name=value}, or a password in one */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("benchmark options are --name=value, got '" + arg + "'");
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        if (options.containsKey("password")) {
            throw new IllegalArgumentException("pass the password in ALGO_BENCH_DB_PASSWORD, not on the command line");
        }
        return options;
    }

    /** {@code ALGO_BENCH_DB_PASSWORD}, or {@code algomoex} (the compose default) when it is not set. */
    public static String databasePassword() {
        return System.getenv().getOrDefault("ALGO_BENCH_DB_PASSWORD", "algomoex");
    }
}
