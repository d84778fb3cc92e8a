package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.application.ImportCandles;
import io.algomoex.collector.application.ImportReport;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.TimeMark;
import java.io.StringReader;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Imports a candle file sent as the request body ({@code text/csv}). */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsController {

    private final ImportCandles importCandles;

    ImportsController(ImportCandles importCandles) {
        this.importCandles = importCandles;
    }

    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportResponse importCsv(
            @RequestParam String secid,
            @RequestParam String board,
            @RequestParam String timeframe,
            @RequestParam(defaultValue = "start") String timeMark,
            @RequestBody String csv) {
        Instrument instrument = new Instrument(secid, board);
        ImportReport report = importCandles.importCsv(
                new StringReader(csv),
                "upload " + instrument,
                instrument,
                Timeframe.parse(timeframe),
                TimeMark.parse(timeMark));
        return new ImportResponse(report.rowsRead(), report.candlesStored(), report.duplicates(), report.rejected());
    }

    record ImportResponse(long rowsRead, long candlesStored, long duplicates, List<RejectedCandle> rejected) {}
}
