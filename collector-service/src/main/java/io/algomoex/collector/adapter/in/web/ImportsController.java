package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.application.ImportCandles;
import io.algomoex.collector.application.ImportReport;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.TimeMark;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a candle file sent as the request body ({@code text/csv}). The body is read as a stream, never held as one
 * string, and at most {@link ImportLimits#maxBytes()} of it: a larger one is refused with 413 before anything is
 * stored (a declared {@code Content-Length} over the cap is refused before reading). One import runs at a time; a
 * second one meanwhile is refused with 429 and {@code Retry-After}, unread.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsController {

    private final ImportCandles importCandles;
    private final ImportLimits limits;
    private final Semaphore oneAtATime = new Semaphore(1);

    ImportsController(ImportCandles importCandles, ImportLimits limits) {
        this.importCandles = importCandles;
        this.limits = limits;
    }

    @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportResponse importCsv(
            @RequestParam String secid,
            @RequestParam String board,
            @RequestParam String timeframe,
            @RequestParam(defaultValue = "start") String timeMark,
            HttpServletRequest request)
            throws IOException {
        Instrument instrument = new Instrument(secid, board);
        Timeframe parsedTimeframe = Timeframe.parse(timeframe);
        TimeMark parsedTimeMark = TimeMark.parse(timeMark);
        if (request.getContentLengthLong() > limits.maxBytes()) {
            throw new UploadTooLargeException(limits);
        }
        if (!oneAtATime.tryAcquire()) {
            throw new ImportBusyException();
        }
        try {
            return importBody(instrument, parsedTimeframe, parsedTimeMark, request);
        } finally {
            oneAtATime.release();
        }
    }

    private ImportResponse importBody(
            Instrument instrument, Timeframe parsedTimeframe, TimeMark parsedTimeMark, HttpServletRequest request)
            throws IOException {
        ImportReport report;
        try (Reader body = new InputStreamReader(
                new SizeCappedInputStream(request.getInputStream(), limits.maxBytes()), charset(request))) {
            report = importCandles.importCsv(body, "upload " + instrument, instrument, parsedTimeframe, parsedTimeMark);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SizeCappedInputStream.TooLarge) {
                throw new UploadTooLargeException(limits);
            }
            throw e;
        }
        return new ImportResponse(report.rowsRead(), report.candlesStored(), report.duplicates(), report.rejected());
    }

    /** The declared charset; files without one are read as UTF-8, which ASCII candle files are as well. */
    private static Charset charset(HttpServletRequest request) {
        String declared = request.getCharacterEncoding();
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown charset '" + declared + "' in Content-Type");
        }
    }

    record ImportResponse(long rowsRead, long candlesStored, long duplicates, List<RejectedCandle> rejected) {}
}
