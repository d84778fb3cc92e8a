package io.algomoex.trading.adapter.in.web;

import io.algomoex.trading.application.ReportTradingStatus;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/strategies")
class StrategiesController {

    private final ReportTradingStatus reportTradingStatus;

    StrategiesController(ReportTradingStatus reportTradingStatus) {
        this.reportTradingStatus = reportTradingStatus;
    }

    /** Every configured strategy with its halt flag and last candle. */
    @GetMapping
    List<StatusController.StrategyResponse> strategies() {
        return reportTradingStatus.report().strategies().stream()
                .map(StatusController.StrategyResponse::of)
                .toList();
    }
}
