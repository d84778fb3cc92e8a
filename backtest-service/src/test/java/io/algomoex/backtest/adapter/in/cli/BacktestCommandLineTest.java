package io.algomoex.backtest.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BacktestCommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backtestPrintsTheContractedJsonFieldsWithTheEnginesNumbers() throws IOException {
        Path csv = CsvFixtures.finam(folder, "wave.csv", 400);

        int code = run("backtest", "--csv", csv.toString(), "--fast", "5", "--slow", "20", "--format", "json");

        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        BarSeries bars = BarSeries.fromCandles(
                CandleCsvReader.read(Files.newBufferedReader(csv), "wave.csv", CsvReadOptions.DEFAULTS)
                        .candles());
        BacktestResult expected = BacktestEngine.run(
                bars, new SmaCrossStrategy(5, 20, 10), BacktestSettings.backtrader(1_000_000, 0.0005));
        assertThat(json.get("finalValue").asDouble()).isEqualTo(expected.finalValue());
        assertThat(json.get("finalCash").asDouble()).isEqualTo(expected.finalCash());
        assertThat(json.get("finalPosition").asDouble()).isEqualTo(expected.finalPosition());
        assertThat(json.get("orders")).hasSize(expected.orders().size());
        JsonNode order = json.get("orders").get(0);
        assertThat(fieldNames(order)).contains("time", "side", "size", "price", "commission", "status", "reason");
        assertThat(order.get("side").asString()).isEqualTo("BUY");
        assertThat(order.get("time").asString()).endsWith("+03:00");
        assertThat(json.get("trades")).hasSize(expected.trades().size()).isNotEmpty();
        assertThat(fieldNames(json.get("metrics")))
                .contains("totalReturnPercent", "sharpe", "sortino", "maxDrawdownPercent", "profitFactor");
        assertThat(json.get("equity")).hasSize(400);
    }

    @Test
    void backtestPrintsAReadableTextReportByDefault() {
        Path csv = CsvFixtures.iss(folder, "iss.csv", 300);

        int code = run("backtest", "--csv", csv.toString(), "--fast", "5", "--slow", "20");

        assertThat(code).isZero();
        assertThat(stdout())
                .contains("SMA cross 5/20", "Final value", "Sharpe (ann.)", "Max drawdown", "Orders:", "1h");
    }

    @Test
    void sweepPrintsRankedResultsWithCombinationsBarsAndSeconds() throws IOException {
        Path csv = CsvFixtures.finam(folder, "wave.csv", 500);

        int code = run(
                "sweep",
                "--csv",
                csv.toString(),
                "--fast",
                "3:10:1",
                "--slow",
                "8:40:4",
                "--objective",
                "total-return",
                "--top",
                "5",
                "--format",
                "json",
                "--quiet");

        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(json.get("objective").asString()).isEqualTo("total-return");
        // fast 3..10 x slow 8, 12, .., 40 with fast < slow: 5 pairs with slow 8, then 8 for each of the other 8.
        assertThat(json.get("combinations").asInt()).isEqualTo(69);
        assertThat(json.get("bars").asInt()).isEqualTo(500);
        assertThat(json.get("seconds").asDouble()).isPositive();
        JsonNode results = json.get("results");
        assertThat(results).hasSize(5);
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.get("fast").asInt()).isLessThan(result.get("slow").asInt());
            assertThat(result.get("objective").asDouble())
                    .isEqualTo(result.get("metrics").get("totalReturnPercent").asDouble());
            if (i > 0) {
                assertThat(result.get("objective").asDouble())
                        .isLessThanOrEqualTo(results.get(i - 1).get("objective").asDouble());
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void walkForwardPrintsFoldsAndTheStitchedRun() throws IOException {
        Path csv = CsvFixtures.finam(folder, "wave.csv", 900);

        int code = run(
                "walk-forward",
                "--csv",
                csv.toString(),
                "--fast",
                "3:9:2",
                "--slow",
                "10:30:10",
                "--train",
                "300",
                "--test",
                "200",
                "--anchored",
                "--format",
                "json",
                "--quiet");

        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(json.get("folds")).hasSize(3);
        assertThat(json.get("folds").get(0).get("outOfSample").has("finalValue"))
                .isTrue();
        assertThat(json.get("equity")).hasSize(600);
        assertThat(json.get("metrics").has("sharpe")).isTrue();
        assertThat(json.get("anchored").asBoolean()).isTrue();
    }

    @Test
    void aMalformedLineExitsWithCodeTwoNamingFileAndLine() {
        List<String> lines = new ArrayList<>(List.of("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>"));
        for (int i = 0; i < 5; i++) {
            lines.add("2024010" + (i + 1) + ";10:00:00;100;101;99;100.5;10");
        }
        lines.set(4, "20240104;10:00:00;100;1O1;99;100.5;10");
        Path csv = CsvFixtures.write(folder.resolve("broken.csv"), lines);

        int code = run("backtest", "--csv", csv.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("broken.csv line 5").contains("high '1O1' is not a number");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void reportsUsageErrorsWithCodeTwo() {
        assertThat(run("backtest", "--csv", folder.resolve("missing.csv").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("file not found");
        assertThat(run("sweep", "--csv", "x.csv", "--fast", "5:50:1")).isEqualTo(2);
        assertThat(stderr()).contains("Missing required option", "--slow");
        assertThat(run("backtest", "--csv", "x.csv", "--bogus", "1")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option", "--bogus");
        assertThat(run("backtest", "--csv", "x.csv", "--format", "xml")).isEqualTo(2);
        assertThat(run("sweep", "--csv", "x.csv", "--fast", "1:2147483647", "--slow", "20:30"))
                .isEqualTo(2);
        assertThat(stderr()).contains("more than 1000000 fast x slow pairs");
    }

    @Test
    void saysWhenEndMarkedTimesNeedATimeframe() {
        Path csv = CsvFixtures.write(
                folder.resolve("one.csv"),
                List.of("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>", "20240102;11:00:00;100;101;99;100.5;10"));

        assertThat(run("backtest", "--csv", csv.toString(), "--time-mark", "end"))
                .isEqualTo(2);
        assertThat(stderr()).contains("one.csv").contains("need the timeframe");
        assertThat(run("backtest", "--csv", csv.toString(), "--time-mark", "end", "--timeframe", "1h"))
                .isZero();
    }

    @Test
    void warnsAboutDuplicateAndRejectedRowsOnStandardError() {
        Path csv = CsvFixtures.write(
                folder.resolve("dups.csv"),
                List.of(
                        "time,open,high,low,close,volume",
                        "2024-01-02 10:00,100,101,99,100,1",
                        "2024-01-02 10:00,100,101,99,100,1",
                        "2024-01-02 11:00,100,99,98,100,1",
                        "2024-01-02 12:00,100,101,99,100,1"));

        assertThat(run("backtest", "--csv", csv.toString(), "--fast", "1", "--slow", "2"))
                .isZero();
        assertThat(stderr()).contains("1 rows repeat").contains("dups.csv line 4: skipped, high 99 is below");
    }

    @Test
    void recognisesItsCommandsAndLeavesOtherArgumentsToSpring() {
        assertThat(BacktestCommandLine.isCommand("backtest")).isTrue();
        assertThat(BacktestCommandLine.isCommand("walk-forward")).isTrue();
        assertThat(BacktestCommandLine.isCommand("bench")).isFalse();
        assertThat(BacktestCommandLine.isCommand("--spring.profiles.active=docker"))
                .isFalse();
        assertThat(run("sweep", "--help")).isZero();
        assertThat(stdout()).contains("--objective");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return BacktestCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
