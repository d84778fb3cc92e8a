package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.application.CollectCandles;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts collection jobs and reports their progress. */
@RestController
@RequestMapping("/api/v1/collections")
class CollectionsController {

    private final CollectCandles collectCandles;

    CollectionsController(CollectCandles collectCandles) {
        this.collectCandles = collectCandles;
    }

    @PostMapping
    ResponseEntity<CollectionResponse> start(@RequestBody CollectionBody body) {
        CollectionJob job = collectCandles.start(body.toRequest());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/collections/" + job.id())
                .body(CollectionResponse.of(job));
    }

    @GetMapping("/{id}")
    ResponseEntity<CollectionResponse> get(@PathVariable UUID id) {
        return collectCandles
                .find(id)
                .map(job -> ResponseEntity.ok(CollectionResponse.of(job)))
                .orElseThrow(() -> new CollectionNotFoundException(id));
    }

    record CollectionBody(String secid, String board, String timeframe, String from, String till, String source) {

        CollectionRequest toRequest() {
            return new CollectionRequest(
                    secid,
                    board,
                    Timeframe.parse(timeframe),
                    date("from", from),
                    date("till", till),
                    CandleSourceName.parseCollectable(source == null ? "moex-iss" : source));
        }

        private static LocalDate date(String name, String text) {
            if (text == null) {
                throw new IllegalArgumentException(name + " is required (YYYY-MM-DD)");
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " '" + text + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    record CollectionResponse(
            UUID id,
            String status,
            String secid,
            String board,
            String timeframe,
            LocalDate from,
            LocalDate till,
            String source,
            long requests,
            long retries,
            long candlesReceived,
            long candlesStored,
            long duplicates,
            long rejected,
            String error,
            Instant createdAt,
            Instant updatedAt) {

        static CollectionResponse of(CollectionJob job) {
            CollectionRequest request = job.request();
            return new CollectionResponse(
                    job.id(),
                    job.status().name(),
                    request.secid(),
                    request.board(),
                    request.timeframe().code(),
                    request.from(),
                    request.till(),
                    request.source().code(),
                    job.requests(),
                    job.retries(),
                    job.candlesReceived(),
                    job.candlesStored(),
                    job.duplicates(),
                    job.rejected(),
                    job.error(),
                    job.createdAt(),
                    job.updatedAt());
        }
    }
}
