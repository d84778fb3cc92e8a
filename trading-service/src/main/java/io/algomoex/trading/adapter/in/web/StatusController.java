package io.algomoex.trading.adapter.in.web;

import io.algomoex.trading.application.ReconcileWithBroker;
import io.algomoex.trading.application.ReportTradingStatus;
import io.algomoex.trading.domain.Reconciliation;
import io.algomoex.trading.domain.TradingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/status")
class StatusController {

    private final ReportTradingStatus reportTradingStatus;
    private final ReconcileWithBroker reconcileWithBroker;

    StatusController(ReportTradingStatus reportTradingStatus, ReconcileWithBroker reconcileWithBroker) {
        this.reportTradingStatus = reportTradingStatus;
        this.reconcileWithBroker = reconcileWithBroker;
    }

    @GetMapping
    StatusResponse status() {
        return StatusResponse.of(reportTradingStatus.report(), reconcileWithBroker.last());
    }

    /**
     * @param reconciledAt when the books were last reconciled with the broker (on start), or null
     * @param reconciliation {@code OK} or {@code MISMATCH: } and the differences, or null before the first
     */
    record StatusResponse(
            String mode,
            boolean halted,
            Instant reconciledAt,
            String reconciliation,
            List<StrategyResponse> strategies) {

        static StatusResponse of(TradingStatus status, Optional<Reconciliation> reconciliation) {
            return new StatusResponse(
                    status.mode().code(),
                    status.accountHalted(),
                    reconciliation.map(Reconciliation::at).orElse(null),
                    reconciliation.map(Reconciliation::summary).orElse(null),
                    status.strategies().stream().map(StrategyResponse::of).toList());
        }
    }

    /** One strategy; {@code lastCandle} is the start (UTC) of the last closed candle it acted on, or null. */
    record StrategyResponse(
            String id,
            String secid,
            String board,
            String timeframe,
            String strategy,
            Map<String, String> params,
            long size,
            int lotSize,
            String broker,
            boolean halted,
            String haltReason,
            Instant lastCandle) {

        static StrategyResponse of(TradingStatus.StrategyStatus status) {
            var definition = status.definition();
            return new StrategyResponse(
                    definition.id(),
                    definition.instrument().secid(),
                    definition.instrument().board(),
                    definition.timeframe().code(),
                    definition.strategy(),
                    definition.parameters(),
                    definition.size().lots(),
                    definition.lotSize(),
                    definition.broker(),
                    status.halted(),
                    status.haltReason(),
                    status.lastCandle());
        }
    }
}
