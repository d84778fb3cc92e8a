package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.application.ListBacktestRuns;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/backtests")
class BacktestRunController {

    private final ListBacktestRuns listBacktestRuns;

    BacktestRunController(ListBacktestRuns listBacktestRuns) {
        this.listBacktestRuns = listBacktestRuns;
    }

    @GetMapping
    RunPageResponse list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<BacktestRunSummary> runs = listBacktestRuns.list(page, size);
        return new RunPageResponse(
                runs.items().stream().map(RunResponse::of).toList(), runs.page(), runs.size(), runs.total());
    }

    record RunPageResponse(List<RunResponse> items, int page, int size, long total) {}

    record RunResponse(
            UUID id,
            Instant createdAt,
            String secid,
            String board,
            String timeframe,
            String strategy,
            Map<String, Object> params,
            int bars,
            BigDecimal finalValue) {

        static RunResponse of(BacktestRunSummary run) {
            return new RunResponse(
                    run.id(),
                    run.createdAt(),
                    run.instrument().secid(),
                    run.instrument().board(),
                    run.timeframe().code(),
                    run.strategy(),
                    run.parameters(),
                    run.bars(),
                    run.finalValue());
        }
    }
}
