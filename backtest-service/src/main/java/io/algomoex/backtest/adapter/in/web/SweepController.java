package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.application.CancelSweep;
import io.algomoex.backtest.application.FindSweeps;
import io.algomoex.backtest.application.StartSweep;
import io.algomoex.backtest.application.SweepJob;
import io.algomoex.backtest.domain.ComputedCombination;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.backtest.domain.SweepKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sweeps")
class SweepController {

    private final StartSweep startSweep;
    private final FindSweeps findSweeps;
    private final CancelSweep cancelSweep;

    SweepController(StartSweep startSweep, FindSweeps findSweeps, CancelSweep cancelSweep) {
        this.startSweep = startSweep;
        this.findSweeps = findSweeps;
        this.cancelSweep = cancelSweep;
    }

    @PostMapping
    ResponseEntity<Accepted> start(@RequestBody SweepBody body) {
        SweepJob job = startSweep.sweep(body.toSweep());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/sweeps/" + job.id()))
                .body(new Accepted(job.id(), job.status().name()));
    }

    @GetMapping("/{id}")
    SweepResponse find(@PathVariable UUID id) {
        return SweepResponse.of(findSweeps.find(SweepKind.SWEEP, id));
    }

    @GetMapping("/{id}/results")
    List<ResultResponse> results(@PathVariable UUID id) {
        return findSweeps.results(id).stream().map(ResultResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    SweepResponse cancel(@PathVariable UUID id) {
        return SweepResponse.of(cancelSweep.cancel(id));
    }

    @GetMapping
    JobPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return JobPage.of(findSweeps.list(SweepKind.SWEEP, page, size));
    }

    record Accepted(UUID id, String status) {}

    record SweepResponse(
            UUID id,
            String status,
            Map<String, Object> request,
            int combinations,
            int completed,
            double progress,
            int bars,
            EntryResponse best,
            List<EntryResponse> top,
            String error,
            Instant createdAt,
            Instant finishedAt,
            Double barCombinationsPerSecond) {

        static SweepResponse of(SweepJob job) {
            List<EntryResponse> top = job.top().stream().map(EntryResponse::of).toList();
            return new SweepResponse(
                    job.id(),
                    job.status().name(),
                    SweepBody.echo(job.request(), null),
                    job.combinations(),
                    job.completed(),
                    job.progress(),
                    job.bars(),
                    top.isEmpty() ? null : top.getFirst(),
                    top,
                    job.error(),
                    job.createdAt(),
                    job.finishedAt(),
                    job.barCombinationsPerSecond());
        }
    }

    record EntryResponse(
            Map<String, Integer> params, Double objective, int trades, double finalValue, Map<String, Double> metrics) {

        static EntryResponse of(RankedEntry entry) {
            return new EntryResponse(
                    SweepBody.params(entry.fast(), entry.slow()),
                    entry.objective(),
                    entry.trades(),
                    entry.finalValue(),
                    entry.metrics());
        }
    }

    record ResultResponse(Map<String, Integer> params, Double objective, int trades, double finalValue) {

        static ResultResponse of(ComputedCombination result) {
            return new ResultResponse(
                    SweepBody.params(result.fast(), result.slow()),
                    result.objective(),
                    result.trades(),
                    result.finalValue());
        }
    }

    record JobPage(List<JobSummary> items, int page, int size, long total) {

        static JobPage of(Page<SweepJob> jobs) {
            return new JobPage(
                    jobs.items().stream().map(JobSummary::of).toList(), jobs.page(), jobs.size(), jobs.total());
        }
    }

    record JobSummary(
            UUID id,
            String status,
            String secid,
            String board,
            String timeframe,
            String objective,
            int combinations,
            int completed,
            double progress,
            Instant createdAt,
            Instant finishedAt) {

        static JobSummary of(SweepJob job) {
            return new JobSummary(
                    job.id(),
                    job.status().name(),
                    job.request().setup().instrument().secid(),
                    job.request().setup().instrument().board(),
                    job.request().setup().timeframe().code(),
                    job.request().objective().code(),
                    job.combinations(),
                    job.completed(),
                    job.progress(),
                    job.createdAt(),
                    job.finishedAt());
        }
    }
}
