package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "algo.api.token=test-token")
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class BacktestChartIT {

    private static final int FAST = 10;
    private static final int SLOW = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private StoredCandles candles;

    @BeforeEach
    void storeCandles() {
        candles = StoredCandles.insert(jdbc, 600, 20240103);
    }

    @AfterEach
    void removeData() {
        candles.drop();
    }

    @Test
    void theChartHasTheRunsCandlesAveragesFillsAndEquity() {
        String id = runBacktest();

        Map<String, Object> chart = get("/api/v1/backtests/" + id + "/chart").getBody();

        List<Map<String, Object>> bars = list(chart, "bars");
        assertThat(bars).hasSize(candles.size());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i))
                    .containsEntry(
                            "time", Instant.ofEpochSecond(candles.times[i]).toString())
                    .containsEntry("open", candles.open[i])
                    .containsEntry("high", candles.high[i])
                    .containsEntry("low", candles.low[i])
                    .containsEntry("close", candles.close[i]);
        }
        List<Double> fast = averages(chart, "smaFast");
        List<Double> slow = averages(chart, "smaSlow");
        assertAverages(fast, FAST);
        assertAverages(slow, SLOW);

        BacktestResult engine = BacktestEngine.run(
                candles.series(), new SmaCrossStrategy(FAST, SLOW, 10), BacktestSettings.backtrader(1_000_000, 0.0005));
        List<OrderRecord> fills = engine.orders().stream()
                .filter(order -> order.status() == OrderStatus.COMPLETED)
                .toList();
        List<Map<String, Object>> markers = list(chart, "markers");
        assertThat(markers).hasSize(fills.size()).hasSizeGreaterThan(4);
        for (int i = 0; i < markers.size(); i++) {
            Map<String, Object> marker = markers.get(i);
            assertThat(marker)
                    .containsEntry("time", fills.get(i).time().toString())
                    .containsEntry("side", fills.get(i).side().name())
                    .containsEntry("price", fills.get(i).price());
            assertTheAveragesCrossedTheBarBefore(marker, fast, slow);
        }

        EquityCurve curve = engine.equity();
        List<Map<String, Object>> equity = list(chart, "equity");
        List<Map<String, Object>> drawdown = list(chart, "drawdown");
        assertThat(equity).hasSize(curve.size()).hasSize(candles.size());
        assertThat(drawdown).hasSize(curve.size());
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.size(); i++) {
            peak = Math.max(peak, curve.value(i));
            assertThat(equity.get(i))
                    .containsEntry("time", curve.time(i).toString())
                    .containsEntry("value", curve.value(i));
            assertThat(drawdown.get(i)).containsEntry("time", curve.time(i).toString());
            assertThat(number(drawdown.get(i).get("value"))).isEqualTo((peak - curve.value(i)) / peak);
        }
        assertThat(drawdown.stream()
                        .mapToDouble(point -> number(point.get("value")))
                        .max()
                        .orElseThrow())
                .as("the deepest point is the engine's maximum drawdown")
                .isCloseTo(engine.metrics().maxDrawdownPercent() / 100, offset(1e-12));
    }

    @Test
    void theEquityCsvIsAnAttachmentWithOneLinePerBar() {
        String id = runBacktest();
        List<Map<String, Object>> equity =
                list(get("/api/v1/backtests/" + id + "/chart").getBody(), "equity");

        ResponseEntity<String> csv = new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/backtests/" + id + "/equity.csv")
                .retrieve()
                .toEntity(String.class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(csv.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("backtest-" + id + "-equity.csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines).hasSize(candles.size() + 1).first().isEqualTo("time,equity,drawdown");
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.size(); i++) {
            String[] fields = lines.get(i + 1).split(",");
            double value = Double.parseDouble(fields[1]);
            peak = Math.max(peak, value);
            assertThat(fields[0]).isEqualTo(equity.get(i).get("time"));
            assertThat(value).isEqualTo(number(equity.get(i).get("value")));
            assertThat(Double.parseDouble(fields[2])).isEqualTo((peak - value) / peak);
            assertThat(fields[1]).doesNotContain("E");
        }
    }

    @Test
    void anUnknownRunIsAProblem404AndAnOldRunHasNoCurve() {
        String unknown = UUID.randomUUID().toString();
        ResponseEntity<Map<String, Object>> chart = get("/api/v1/backtests/" + unknown + "/chart");
        ResponseEntity<Map<String, Object>> csv = get("/api/v1/backtests/" + unknown + "/equity.csv");

        assertThat(chart.getStatusCode().value()).isEqualTo(404);
        assertThat((String) chart.getBody().get("detail")).isEqualTo("no backtest run " + unknown);
        assertThat(csv.getStatusCode().value()).isEqualTo(404);
        assertThat((String) csv.getBody().get("detail")).isEqualTo("no backtest run " + unknown);

        String id = runBacktest();
        // What a run stored before V4 looks like.
        jdbc.sql("UPDATE backtest.runs SET equity_times = NULL, equity_values = NULL WHERE id = ?::uuid")
                .param(id)
                .update();
        Map<String, Object> oldChart = get("/api/v1/backtests/" + id + "/chart").getBody();
        ResponseEntity<Map<String, Object>> oldCsv = get("/api/v1/backtests/" + id + "/equity.csv");

        assertThat(list(oldChart, "bars")).hasSize(candles.size());
        assertThat(oldChart).containsEntry("equity", null).containsEntry("drawdown", null);
        assertThat(oldCsv.getStatusCode().value()).isEqualTo(404);
        assertThat((String) oldCsv.getBody().get("detail")).contains("stored before equity curves were kept");
    }

    private String runBacktest() {
        ResponseEntity<Map<String, Object>> created = new RunningService(port)
                .http()
                .post()
                .uri("/api/v1/backtests")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer test-token")
                .body("""
                        {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                         "params":{"fast":%d,"slow":%d},"cash":1000000,"commission":0.0005,"size":10}
                        """.formatted(FAST, SLOW))
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    private ResponseEntity<Map<String, Object>> get(String path) {
        return new RunningService(port).http().get().uri(path).retrieve().toEntity(RunningService.JSON_OBJECT);
    }

    /** Null until the period is full, then the plain mean of the last {@code period} closes. */
    private void assertAverages(List<Double> averages, int period) {
        assertThat(averages).hasSize(candles.size());
        for (int i = 0; i < averages.size(); i++) {
            if (i < period - 1) {
                assertThat(averages.get(i)).as("bar %d", i).isNull();
                continue;
            }
            double sum = 0;
            for (int j = i - period + 1; j <= i; j++) {
                sum += candles.close[j];
            }
            assertThat(averages.get(i)).as("bar %d", i).isCloseTo(sum / period, offset(1e-9));
        }
    }

    /** An order fills at the open of the bar after the signal, so the cross is on the bar before the marker. */
    private void assertTheAveragesCrossedTheBarBefore(
            Map<String, Object> marker, List<Double> fast, List<Double> slow) {
        long time = Instant.parse((String) marker.get("time")).getEpochSecond();
        int fill = Arrays.binarySearch(candles.times, time);
        int signal = fill - 1;
        double before = fast.get(signal - 1) - slow.get(signal - 1);
        double after = fast.get(signal) - slow.get(signal);
        if ("BUY".equals(marker.get("side"))) {
            assertThat(before)
                    .as("fast at or below slow before the buy signal at %s", time)
                    .isLessThanOrEqualTo(0);
            assertThat(after).as("fast above slow at the buy signal").isPositive();
        } else {
            assertThat(before)
                    .as("fast at or above slow before the sell signal at %s", time)
                    .isGreaterThanOrEqualTo(0);
            assertThat(after).as("fast below slow at the sell signal").isNegative();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String field) {
        return (List<Map<String, Object>>) body.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> averages(Map<String, Object> body, String field) {
        return ((List<Number>) body.get(field))
                .stream()
                        .map(value -> value == null ? null : value.doubleValue())
                        .toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
