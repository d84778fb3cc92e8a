package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.application.BacktestChart;
import io.algomoex.backtest.application.ChartBacktest;
import io.algomoex.backtest.application.FindBacktest;
import io.algomoex.backtest.application.FindBacktestEquity;
import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.RunEquity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** What the report page draws of a stored run, and its equity curve as CSV. */
@RestController
@RequestMapping("/api/v1/backtests/{id}")
class BacktestChartController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ChartBacktest chartBacktest;
    private final FindBacktest findBacktest;
    private final FindBacktestEquity findEquity;

    BacktestChartController(ChartBacktest chartBacktest, FindBacktest findBacktest, FindBacktestEquity findEquity) {
        this.chartBacktest = chartBacktest;
        this.findBacktest = findBacktest;
        this.findEquity = findEquity;
    }

    @GetMapping("/chart")
    ChartResponse chart(@PathVariable UUID id) {
        return chartBacktest.chart(id).map(chart -> ChartResponse.of(id, chart)).orElseThrow(() -> unknownRun(id));
    }

    @GetMapping("/equity.csv")
    ResponseEntity<String> equityCsv(@PathVariable UUID id) {
        RunEquity equity = findEquity
                .find(id)
                .orElseThrow(() -> findBacktest.find(id).isEmpty()
                        ? unknownRun(id)
                        : new ResponseStatusException(
                                HttpStatus.NOT_FOUND,
                                "backtest run " + id + " was stored before equity curves were kept; run it again"));
        double[] drawdowns = equity.drawdowns();
        StringBuilder csv = new StringBuilder(32 * (equity.size() + 1)).append("time,equity,drawdown\n");
        for (int i = 0; i < equity.size(); i++) {
            csv.append(equity.time(i))
                    .append(',')
                    .append(plain(equity.value(i)))
                    .append(',')
                    .append(plain(drawdowns[i]))
                    .append('\n');
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("backtest-" + id + "-equity.csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }

    private static ResponseStatusException unknownRun(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no backtest run " + id);
    }

    /** The shortest decimal that reads back as the same double, never in exponent notation. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /**
     * @param smaFast fast SMA per bar, {@code null} until warm
     * @param smaSlow slow SMA per bar, {@code null} until warm
     * @param equity account value per bar, {@code null} for a run stored before equity curves were kept
     * @param drawdown fraction below the running peak per bar (0.05 = 5 % down), {@code null} with {@code equity}
     */
    record ChartResponse(
            UUID id,
            int fast,
            int slow,
            List<Bar> bars,
            List<Double> smaFast,
            List<Double> smaSlow,
            List<Marker> markers,
            List<Point> equity,
            List<Point> drawdown) {

        static ChartResponse of(UUID id, BacktestChart chart) {
            StoredBars bars = chart.bars();
            List<Bar> candles = new ArrayList<>(bars.size());
            for (int i = 0; i < bars.size(); i++) {
                candles.add(new Bar(
                        Instant.ofEpochSecond(bars.times()[i]),
                        bars.open()[i],
                        bars.high()[i],
                        bars.low()[i],
                        bars.close()[i]));
            }
            RunEquity equity = chart.equity();
            return new ChartResponse(
                    id,
                    chart.fast(),
                    chart.slow(),
                    candles,
                    warm(chart.fastAverage()),
                    warm(chart.slowAverage()),
                    chart.markers().stream()
                            .map(marker -> new Marker(marker.time(), marker.side(), marker.price()))
                            .toList(),
                    equity == null ? null : points(equity, equity.values()),
                    equity == null ? null : points(equity, equity.drawdowns()));
        }

        private static List<Double> warm(double[] average) {
            List<Double> values = new ArrayList<>(average.length);
            for (double value : average) {
                values.add(Double.isNaN(value) ? null : value);
            }
            return values;
        }

        private static List<Point> points(RunEquity equity, double[] values) {
            List<Point> points = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                points.add(new Point(equity.time(i), values[i]));
            }
            return points;
        }
    }

    record Bar(Instant time, double open, double high, double low, double close) {}

    record Marker(Instant time, String side, double price) {}

    record Point(Instant time, double value) {}
}
