package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandle;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product's central promise: the live loop with the paper broker places the same orders, at the same prices and
 * commissions, as the backtest engine on the same candles, and both match Backtrader's own output.
 */
class PaperParityTest {

    private static final double RELATIVE = 1e-9;

    static Stream<Path> referenceFiles() throws IOException {
        Path folder = sharedFolder().resolve("reference/backtrader");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("referenceFiles")
    void replaysBacktraderReferenceCandlesIntoTheSameOrders(Path referenceFile) {
        JsonNode reference = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build()
                .readTree(referenceFile.toFile());
        CsvCandles csv = readResearchFile(reference.get("source").asString());
        int fast = reference.get("fast").asInt();
        int slow = reference.get("slow").asInt();
        long size = reference.get("size").asLong();
        BigDecimal commission = reference.get("commission").decimalValue();
        BigDecimal cash = reference.get("cash").decimalValue();

        LiveLoopFixture live = new LiveLoopFixture(fast, slow, size, 1, commission, cash);
        live.replay(csv.candles().stream().map(PaperParityTest::candle).toList());
        BacktestResult backtest = BacktestEngine.run(
                BarSeries.fromCandles(csv.candles()),
                new SmaCrossStrategy(fast, slow, size),
                BacktestSettings.backtrader(cash.doubleValue(), commission.doubleValue()));

        String file = referenceFile.getFileName().toString();
        assertSameOrders(live, backtest, file);
        JsonNode expected = reference.get("orders");
        List<Order> filled = live.filledInFillOrder();
        assertThat(filled).as(file + " orders of Backtrader").hasSize(expected.size());
        for (int i = 0; i < filled.size(); i++) {
            Order actual = filled.get(i);
            JsonNode order = expected.get(i);
            assertThat(actual.side().name())
                    .as(file + " order " + i)
                    .isEqualTo(order.get("side").asString());
            assertThat(actual.units()).isEqualTo(order.get("size").asLong());
            assertThat(actual.fillPrice())
                    .isEqualByComparingTo(order.get("price").decimalValue());
            assertClose(
                    actual.commission(), order.get("commission").decimalValue().doubleValue(), file + " order " + i);
        }
        Position position = live.positions.find("sber-sma").orElseThrow();
        assertThat(position.units()).isEqualTo(reference.get("final_position").asLong());
        assertClose(
                position.equity(), reference.get("final_value").decimalValue().doubleValue(), file + " value");
    }

    @ParameterizedTest
    @CsvSource({"10, 30, 3, 10, 11", "20, 50, 1, 1, 42", "5, 12, 7, 10, 2026"})
    void replaysGeneratedCandlesIntoTheSameOrdersAsTheBacktest(int fast, int slow, long lots, int lotSize, long seed) {
        BarSeries bars = RandomWalkSeries.generate(3_000, seed);
        List<Candle> candles = LiveLoopFixture.candles(bars);
        BigDecimal commission = new BigDecimal("0.0005");
        BigDecimal cash = new BigDecimal("1000000");

        LiveLoopFixture live = new LiveLoopFixture(fast, slow, lots, lotSize, commission, cash);
        live.replay(candles);
        BacktestResult backtest = BacktestEngine.run(
                bars,
                new SmaCrossStrategy(fast, slow, lots * lotSize),
                BacktestSettings.backtrader(cash.doubleValue(), commission.doubleValue()));

        assertThat(backtest.orders().stream().filter(o -> o.status() == OrderStatus.COMPLETED))
                .as("a generated series that trades")
                .hasSizeGreaterThan(10);
        assertSameOrders(live, backtest, "seed " + seed);
        assertClose(
                live.positions.find("sber-sma").orElseThrow().equity(),
                backtest.finalValue(),
                "seed " + seed + " value");
    }

    static void assertSameOrders(LiveLoopFixture live, BacktestResult backtest, String where) {
        assertThat(backtest.orders())
                .as(where + ": no backtest order refused")
                .allMatch(order -> order.status() != OrderStatus.REJECTED);
        List<OrderRecord> expected = backtest.orders().stream()
                .filter(order -> order.status() == OrderStatus.COMPLETED)
                .toList();
        List<Order> actual = live.filledInFillOrder();
        assertThat(actual).as(where + " filled orders").hasSize(expected.size());
        for (int i = 0; i < actual.size(); i++) {
            Order order = actual.get(i);
            OrderRecord record = expected.get(i);
            String which = where + " order " + i;
            assertThat(order.side()).as(which + " side").isEqualTo(record.side());
            assertThat((double) order.units()).as(which + " size").isEqualTo(record.size());
            assertThat(order.fillPrice().doubleValue()).as(which + " price").isEqualTo(record.price());
            assertThat(order.filledAt()).as(which + " time").isEqualTo(record.time());
            assertClose(order.commission(), record.commission(), which + " commission");
            assertThat(order.commission())
                    .as(which + " commission is exact")
                    .isEqualByComparingTo(BigDecimal.valueOf(order.units())
                            .multiply(new BigDecimal("0.0005"))
                            .multiply(order.fillPrice()));
        }
        assertThat(live.orders.all().stream().filter(order -> !order.state().isFinal()))
                .as(where + ": only an order of the last candle may wait for a fill")
                .hasSizeLessThanOrEqualTo(1)
                .allMatch(order -> order.state() == OrderState.SUBMITTED);
    }

    private static void assertClose(BigDecimal actual, double expected, String what) {
        assertThat(actual.doubleValue()).as(what).isCloseTo(expected, within(Math.abs(expected) * RELATIVE + 1e-12));
    }

    static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * RELATIVE + 1e-12));
    }

    private static Candle candle(CsvCandle row) {
        return LiveLoopFixture.candle(
                row.begin(),
                row.open().value(),
                row.high().value(),
                row.low().value(),
                row.close().value(),
                row.volume());
    }

    static Path sharedFolder() {
        String configured = System.getProperty("algo.shared.dir");
        assumeTrue(configured != null, "system property algo.shared.dir is not set; run through Maven to set it");
        Path folder = Path.of(configured);
        assumeTrue(
                Files.isDirectory(folder.resolve("reference/backtrader")),
                "shared reference data not found at " + folder.toAbsolutePath() + "; parity replay skipped");
        return folder;
    }

    static CsvCandles readResearchFile(String name) {
        Path file = sharedFolder().resolve("research-data").resolve(name);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CandleCsvReader.read(reader, name, CsvReadOptions.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
