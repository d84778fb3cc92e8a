package io.algomoex.collector.adapter.in.web;

import io.algomoex.collector.application.CandlePage;
import io.algomoex.collector.application.ReadCandles;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Stored candles of one series as JSON, or as CSV when {@code Accept: text/csv}. {@code from} and {@code till} are
 * ISO instants or Moscow dates; a date {@code till} includes that whole day. At most {@code limit} candles are answered
 * ({@code algo.collector.api.max-candles} by default and at most); when the range holds more, the response carries
 * {@code Link: <...from=next>; rel="next"} and {@code X-Next-From}, the start of the next page.
 */
@RestController
@RequestMapping("/api/v1/candles")
class CandlesController {

    private final ReadCandles readCandles;

    CandlesController(ReadCandles readCandles) {
        this.readCandles = readCandles;
    }

    @GetMapping(produces = "application/json")
    ResponseEntity<List<CandleResponse>> json(
            @RequestParam String secid,
            @RequestParam String board,
            @RequestParam String timeframe,
            @RequestParam String from,
            @RequestParam String till,
            @RequestParam(required = false) Integer limit) {
        CandlePage page = read(secid, board, timeframe, from, till, limit);
        return withNext(page)
                .body(page.candles().stream().map(CandleResponse::of).toList());
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(
            @RequestParam String secid,
            @RequestParam String board,
            @RequestParam String timeframe,
            @RequestParam String from,
            @RequestParam String till,
            @RequestParam(required = false) Integer limit) {
        CandlePage page = read(secid, board, timeframe, from, till, limit);
        return withNext(page).body(csv(page.candles()));
    }

    private static ResponseEntity.BodyBuilder withNext(CandlePage page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        page.nextFrom().ifPresent(next -> {
            String url = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("from", next.toString())
                    .build()
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
            response.header("X-Next-From", next.toString());
        });
        return response;
    }

    private static String csv(List<CandleRow> rows) {
        StringBuilder text = new StringBuilder("begin,open,high,low,close,volume,value,provisional\n");
        for (CandleRow row : rows) {
            text.append(row.begin())
                    .append(',')
                    .append(row.open().toPlainString())
                    .append(',')
                    .append(row.high().toPlainString())
                    .append(',')
                    .append(row.low().toPlainString())
                    .append(',')
                    .append(row.close().toPlainString())
                    .append(',')
                    .append(row.volume())
                    .append(',')
                    .append(row.value() == null ? "" : row.value().toPlainString())
                    .append(',')
                    .append(row.provisional())
                    .append('\n');
        }
        return text.toString();
    }

    private CandlePage read(String secid, String board, String timeframe, String from, String till, Integer limit) {
        return readCandles.read(
                new Instrument(secid, board),
                Timeframe.parse(timeframe),
                instant(from, false),
                instant(till, true),
                limit);
    }

    private static Instant instant(String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(Timeframe.MOSCOW)
                        .toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is neither a date (2024-01-31) nor an instant" + " (2024-01-31T07:00:00Z)");
        }
    }

    record CandleResponse(
            Instant begin,
            BigDecimal open,
            BigDecimal high,
            BigDecimal low,
            BigDecimal close,
            long volume,
            BigDecimal value,
            boolean provisional) {

        static CandleResponse of(CandleRow row) {
            return new CandleResponse(
                    row.begin(),
                    row.open(),
                    row.high(),
                    row.low(),
                    row.close(),
                    row.volume(),
                    row.value(),
                    row.provisional());
        }
    }
}
