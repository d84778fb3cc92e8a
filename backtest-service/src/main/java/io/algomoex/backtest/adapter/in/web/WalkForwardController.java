package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.adapter.in.web.SweepController.Accepted;
import io.algomoex.backtest.adapter.in.web.SweepController.JobPage;
import io.algomoex.backtest.application.FindSweeps;
import io.algomoex.backtest.application.StartSweep;
import io.algomoex.backtest.application.SweepJob;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.WalkForwardReport;
import io.algomoex.backtest.domain.WalkForwardReport.EquityPoint;
import io.algomoex.backtest.domain.WalkForwardReport.Fold;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/walk-forward")
class WalkForwardController {

    private final StartSweep startSweep;
    private final FindSweeps findSweeps;

    WalkForwardController(StartSweep startSweep, FindSweeps findSweeps) {
        this.startSweep = startSweep;
        this.findSweeps = findSweeps;
    }

    @PostMapping
    ResponseEntity<Accepted> start(@RequestBody SweepBody body) {
        SweepJob job = startSweep.walkForward(body.toWalkForward());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/walk-forward/" + job.id()))
                .body(new Accepted(job.id(), job.status().name()));
    }

    @GetMapping("/{id}")
    WalkForwardResponse find(@PathVariable UUID id) {
        return WalkForwardResponse.of(findSweeps.find(SweepKind.WALK_FORWARD, id));
    }

    @GetMapping
    JobPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return JobPage.of(findSweeps.list(SweepKind.WALK_FORWARD, page, size));
    }

    /** Folds and the stitched run are empty and {@code null} until the analysis has succeeded. */
    record WalkForwardResponse(
            UUID id,
            String status,
            Map<String, Object> request,
            int combinations,
            int bars,
            List<FoldResponse> folds,
            StitchedResponse stitched,
            String error,
            Instant createdAt,
            Instant finishedAt) {

        static WalkForwardResponse of(SweepJob job) {
            WalkForwardReport report = job.report();
            return new WalkForwardResponse(
                    job.id(),
                    job.status().name(),
                    SweepBody.echo(job.request(), job.walkForward()),
                    job.combinations(),
                    job.bars(),
                    report == null
                            ? List.of()
                            : report.folds().stream().map(FoldResponse::of).toList(),
                    report == null ? null : StitchedResponse.of(report.stitched()),
                    job.error(),
                    job.createdAt(),
                    job.finishedAt());
        }
    }

    record FoldResponse(
            int index,
            Instant trainFrom,
            Instant trainTill,
            Instant testFrom,
            Instant testTill,
            Map<String, Integer> params,
            Map<String, Double> inSample,
            Map<String, Double> outOfSample) {

        static FoldResponse of(Fold fold) {
            return new FoldResponse(
                    fold.index(),
                    fold.trainFrom(),
                    fold.trainTill(),
                    fold.testFrom(),
                    fold.testTill(),
                    fold.params() == null
                            ? null
                            : SweepBody.params(
                                    fold.params().get("fast"), fold.params().get("slow")),
                    fold.inSample(),
                    fold.outOfSample());
        }
    }

    record StitchedResponse(
            Map<String, Double> metrics, double initialCash, double finalValue, List<EquityPoint> equity) {

        static StitchedResponse of(WalkForwardReport.Stitched stitched) {
            return new StitchedResponse(
                    stitched.metrics(), stitched.initialCash(), stitched.finalValue(), stitched.equity());
        }
    }
}
