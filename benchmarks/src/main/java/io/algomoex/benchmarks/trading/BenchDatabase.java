package io.algomoex.benchmarks.trading;

import io.algomoex.benchmarks.BenchmarkOptions;
import java.util.Map;

/**
 * The throwaway database a trading latency main runs on: {@code algomoex_bench_<pid>} on the server of
 * {@code --jdbc-url}, as {@code --user}, with the password from {@code ALGO_BENCH_DB_PASSWORD}.
 *
 * @param serverUrl the {@code --jdbc-url} given, whose database is only where {@code CREATE DATABASE} runs
 */
record BenchDatabase(String serverUrl, String user, String password, String name) {

    static BenchDatabase of(Map<String, String> options) {
        return new BenchDatabase(
                options.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/algomoex"),
                options.getOrDefault("user", "algomoex"),
                BenchmarkOptions.databasePassword(),
                "algomoex_bench_" + ProcessHandle.current().pid());
    }

    /** The JDBC URL of the benchmark's own database. */
    String url() {
        return CandleToOrderBenchmark.withDatabase(serverUrl, name);
    }

    void create() {
        CandleToOrderBenchmark.execute(serverUrl, user, password, "CREATE DATABASE " + name);
    }

    void drop() {
        CandleToOrderBenchmark.execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs a statement in the benchmark's own database. */
    void execute(String sql) {
        CandleToOrderBenchmark.execute(url(), user, password, sql);
    }
}
