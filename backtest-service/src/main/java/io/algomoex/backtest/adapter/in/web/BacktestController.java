package io.algomoex.backtest.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.backtest.application.FindBacktest;
import io.algomoex.backtest.application.MarketFields;
import io.algomoex.backtest.application.RunBacktest;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import java.net.URI;
import java.time.Instant;
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
    record RunRequest(@JsonUnwrapped MarketFields market, Map<String, Integer> params) {

        BacktestRequest toRequest() {
            market.requireMarket();
            int fast = parameter("fast");
            int slow = parameter("slow");
            return new BacktestRequest(market.toSetup(), fast, slow);
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
            Map<String, Object> echo = new java.util.LinkedHashMap<>();
            RequestEcho.market(echo, request.setup());
            echo.put("params", Map.of("fast", request.fast(), "slow", request.slow()));
            RequestEcho.account(echo, request.setup());
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
