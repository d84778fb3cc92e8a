package io.algomoex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Backtrader's own output on real MOEX data ({@code ../shared/reference/backtrader}) reproduced order by order. */
class BacktraderParityTest {

    private static final double RELATIVE = 1e-6;

    static Stream<Path> referenceFiles() throws IOException {
        Path folder = SharedData.folder().resolve("reference/backtrader");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("referenceFiles")
    void reproducesEveryOrderAndTheFinalValue(Path referenceFile) {
        JsonNode reference = JsonMapper.builder().build().readTree(referenceFile.toFile());
        CsvCandles candles = SharedData.readResearchFile(reference.get("source").asString(), CsvReadOptions.DEFAULTS);
        BarSeries bars = BarSeries.fromCandles(candles.candles());
        assertThat(bars.size()).isEqualTo(reference.get("bars").asInt());

        SmaCrossStrategy strategy = new SmaCrossStrategy(
                reference.get("fast").asInt(),
                reference.get("slow").asInt(),
                reference.get("size").asDouble());
        BacktestSettings settings = BacktestSettings.backtrader(
                reference.get("cash").asDouble(), reference.get("commission").asDouble());
        BacktestResult result = BacktestEngine.run(bars, strategy, settings);

        List<OrderRecord> filled = result.orders().stream()
                .filter(order -> order.status() == OrderStatus.COMPLETED)
                .toList();
        JsonNode expected = reference.get("orders");
        assertThat(filled).hasSize(expected.size());
        for (int i = 0; i < filled.size(); i++) {
            OrderRecord actual = filled.get(i);
            JsonNode order = expected.get(i);
            String where = referenceFile.getFileName() + " order " + i;
            assertThat(actual.side().name())
                    .as(where)
                    .isEqualTo(order.get("side").asString());
            assertClose(actual.size(), order.get("size").asDouble(), where + " size");
            assertClose(actual.price(), order.get("price").asDouble(), where + " price");
            assertClose(actual.commission(), order.get("commission").asDouble(), where + " commission");
            // Backtrader read the IMOEX file's HH:MM times with a seconds format, so only the date is comparable.
            LocalDate expectedDate =
                    LocalDate.parse(order.get("time").asString().substring(0, 10));
            assertThat(actual.time().atZone(Timeframe.MOSCOW).toLocalDate())
                    .as(where + " date")
                    .isEqualTo(expectedDate);
        }
        assertThat(result.orders()).allMatch(order -> order.status() != OrderStatus.REJECTED);
        assertClose(result.finalValue(), reference.get("final_value").asDouble(), "final value");
        assertClose(result.finalCash(), reference.get("final_cash").asDouble(), "final cash");
        assertClose(result.finalPosition(), reference.get("final_position").asDouble(), "final position");
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
    }
}
