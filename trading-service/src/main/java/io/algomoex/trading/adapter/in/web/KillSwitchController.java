package io.algomoex.trading.adapter.in.web;

import io.algomoex.trading.application.ControlTrading;
import io.algomoex.trading.application.ReconcileWithBroker;
import io.algomoex.trading.application.ReportTradingStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/halt} and {@code POST /api/v1/resume}, for one strategy ({@code ?strategy=}) or for all. Both
 * need the API token and answer with the status after the change.
 */
@RestController
@RequestMapping("/api/v1")
class KillSwitchController {

    private static final String REQUESTED_BY = "rest";

    private final ControlTrading controlTrading;
    private final ReportTradingStatus reportTradingStatus;
    private final ReconcileWithBroker reconcileWithBroker;

    KillSwitchController(
            ControlTrading controlTrading,
            ReportTradingStatus reportTradingStatus,
            ReconcileWithBroker reconcileWithBroker) {
        this.controlTrading = controlTrading;
        this.reportTradingStatus = reportTradingStatus;
        this.reconcileWithBroker = reconcileWithBroker;
    }

    @PostMapping("/halt")
    StatusController.StatusResponse halt(@RequestParam(required = false) String strategy) {
        controlTrading.halt(blankToNull(strategy), REQUESTED_BY);
        return StatusController.StatusResponse.of(reportTradingStatus.report(), reconcileWithBroker.last());
    }

    @PostMapping("/resume")
    StatusController.StatusResponse resume(@RequestParam(required = false) String strategy) {
        controlTrading.resume(blankToNull(strategy), REQUESTED_BY);
        return StatusController.StatusResponse.of(reportTradingStatus.report(), reconcileWithBroker.last());
    }

    private static String blankToNull(String strategy) {
        return strategy == null || strategy.isBlank() ? null : strategy.strip();
    }
}
