package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.application.FindBacktest;
import io.algomoex.backtest.application.RunBacktest;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/backtests")
class BacktestController {

    private final RunBacktest runBacktest;
    private final FindBacktest findBacktest;

    BacktestController(RunBacktest runBacktest, FindBacktest findBacktest) {
        this.runBacktest = runBacktest;
        this.findBacktest = findBacktest;
    }

    @PostMapping
    ResponseEntity<ReportResponse> run(@RequestBody RunRequest body) {
        BacktestReport report = runBacktest.run(body.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/backtests/" + report.id()))
                .body(ReportResponse.of(report));
    }

    @GetMapping("/{id}")
    ReportResponse find(@PathVariable UUID id) {
        return findBacktest
                .find(id)
                .map(ReportResponse::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no backtest run " + id));
    }

    /** The request body; omitted options take the Backtrader-compatible defaults. */
    record RunRequest(
            String secid,
            String board,
            String timeframe,
            LocalDate from,
            LocalDate till,
            String strategy,
            Map<String, Integer> params,
            BigDecimal cash,
            BigDecimal commission,
            BigDecimal size,
            String fill,
            BigDecimal slippageBps,
            Integer lotSize,
            BigDecimal priceStep) {

        BacktestRequest toRequest() {
            return new BacktestRequest(
                    new BacktestSetup(
                            MarketFields.instrument(secid, board),
                            MarketFields.timeframe(timeframe),
                            from,
                            till,
                            MarketFields.strategy(strategy),
                            MarketFields.cash(cash),
                            MarketFields.commission(commission),
                            MarketFields.size(size),
                            MarketFields.fill(fill),
                            MarketFields.slippageBps(slippageBps),
                            lotSize,
                            priceStep),
                    parameter("fast"),
                    parameter("slow"));
        }

        private int parameter(String name) {
            Integer value = params == null ? null : params.get(name);
            if (value == null) {
                throw new InvalidBacktestRequestException("params." + name, "params." + name + " is required");
            }
            return value;
        }
    }

    record ReportResponse(
            UUID id,
            Instant createdAt,
            Map<String, Object> request,
            int bars,
            double finalValue,
            double finalCash,
            double finalPosition,
            Map<String, Double> metrics,
            List<BacktestReport.ReportedOrder> orders,
            List<BacktestReport.ReportedTrade> trades) {

        static ReportResponse of(BacktestReport report) {
            BacktestRequest request = report.request();
            BacktestSetup setup = request.setup();
            Map<String, Object> echo = new java.util.LinkedHashMap<>();
            echo.put("secid", setup.instrument().secid());
            echo.put("board", setup.instrument().board());
            echo.put("timeframe", setup.timeframe().code());
            echo.put("from", setup.from());
            echo.put("till", setup.till());
            echo.put("strategy", setup.strategy());
            echo.put("params", Map.of("fast", request.fast(), "slow", request.slow()));
            echo.put("cash", setup.cash());
            echo.put("commission", setup.commission());
            echo.put("size", setup.size());
            echo.put("fill", setup.fill());
            echo.put("slippageBps", setup.slippageBps());
            echo.put("lotSize", setup.lotSize());
            echo.put("priceStep", setup.priceStep());
            return new ReportResponse(
                    report.id(),
                    report.createdAt(),
                    echo,
                    report.bars(),
                    report.finalValue(),
                    report.finalCash(),
                    report.finalPosition(),
                    report.metrics(),
                    report.orders(),
                    report.trades());
        }
    }
}
