package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.application.ListStoredSeries;
import io.algomoex.collector.domain.StoredSeries;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/series")
class SeriesController {

    private final ListStoredSeries listStoredSeries;

    SeriesController(ListStoredSeries listStoredSeries) {
        this.listStoredSeries = listStoredSeries;
    }

    @GetMapping
    List<SeriesResponse> list() {
        return listStoredSeries.list().stream().map(SeriesResponse::of).toList();
    }

    record SeriesResponse(String secid, String board, String timeframe, Instant first, Instant last, long count) {

        static SeriesResponse of(StoredSeries series) {
            return new SeriesResponse(
                    series.instrument().secid(),
                    series.instrument().board(),
                    series.timeframe().code(),
                    series.first(),
                    series.last(),
                    series.count());
        }
    }
}
