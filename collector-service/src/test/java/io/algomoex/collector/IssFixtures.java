package io.algomoex.collector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * ISS answers for the loopback server, all from real data in {@code ../shared/research-data}:
 *
 * <ul>
 *   <li>{@code /iss/securities/SBER.json}: the recorded body {@code x1o__moexer__securities-SBER-json.json};
 *       any other security: the recorded unknown-security body {@code x1o__moexer__securities-XXXX-json.json}.
 *   <li>hourly candle pages: built from the real ISS hourly SBER file
 *       {@code IliasBik__Continious-Exchange__SBER.txt} (ISS candle columns written as CSV). Each page holds the
 *       file's rows, sorted by begin and with the file's own duplicates, whose Moscow begin date lies between the day
 *       before {@code from} and {@code till}, so consecutive windows overlap by a day as real ISS pages do at day
 *       edges; pages are {@code pageSize} rows from {@code start}, and the first page past the end is empty. The row
 *       numbers are copied as written; the JSON shape is the {@code iss.meta=off} form of the recorded bodies.
 * </ul>
 */
final class IssFixtures {

    static final String SBER_HOURLY = "IliasBik__Continious-Exchange__SBER.txt";
    static final String COLUMNS = "[\"open\", \"close\", \"high\", \"low\", \"value\", \"volume\", \"begin\", \"end\"]";

    private final List<String[]> rows;

    private IssFixtures(List<String[]> rows) {
        this.rows = rows;
    }

    static IssFixtures load() {
        List<String[]> rows = ResearchData.text(SBER_HOURLY)
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .toList();
        return new IssFixtures(rows);
    }

    /** Distinct candle begins of the file with a Moscow date in {@code from..till}. */
    long uniqueCandles(LocalDate from, LocalDate till) {
        Set<String> begins = new HashSet<>();
        for (String[] row : rows) {
            if (inRange(row, from, till)) {
                begins.add(row[6]);
            }
        }
        return begins.size();
    }

    Function<RecordedRequest, MockResponse> answers(int pageSize) {
        return request -> {
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            if (path.equals("/iss/securities/SBER.json")) {
                return json(ResearchData.text("x1o__moexer__securities-SBER-json.json"));
            }
            if (path.startsWith("/iss/securities/")) {
                return json(ResearchData.text("x1o__moexer__securities-XXXX-json.json"));
            }
            if (path.endsWith("/candles.json")) {
                return json(page(url, pageSize));
            }
            return new MockResponse.Builder()
                    .code(404)
                    .body("unexpected " + path)
                    .build();
        };
    }

    String page(HttpUrl url, int pageSize) {
        List<String[]> page = pageRows(url, pageSize);
        StringBuilder body = new StringBuilder("{\"candles\": {\"columns\": " + COLUMNS + ", \"data\": [");
        for (int i = 0; i < page.size(); i++) {
            String[] row = page.get(i);
            body.append(i == 0 ? "\n" : ",\n")
                    .append('[')
                    .append(String.join(", ", row[0], row[1], row[2], row[3], row[4], row[5]))
                    .append(", \"")
                    .append(row[6])
                    .append("\", \"")
                    .append(row[7])
                    .append("\"]");
        }
        return body.append("\n]}}").toString();
    }

    /** The Moscow begins ({@code yyyy-MM-dd HH:mm:ss}) of the candles {@link #page} serves for {@code url}. */
    List<String> pageBegins(HttpUrl url, int pageSize) {
        return pageRows(url, pageSize).stream().map(row -> row[6]).toList();
    }

    private List<String[]> pageRows(HttpUrl url, int pageSize) {
        LocalDate from = LocalDate.parse(url.queryParameter("from")).minusDays(1);
        LocalDate till = LocalDate.parse(url.queryParameter("till"));
        int start = Integer.parseInt(url.queryParameter("start"));
        List<String[]> window = new ArrayList<>();
        for (String[] row : rows) {
            if (inRange(row, from, till)) {
                window.add(row);
            }
        }
        window.sort(Comparator.comparing(row -> row[6]));
        return window.subList(Math.min(start, window.size()), Math.min(start + pageSize, window.size()));
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("Cache-Control", "max-age=5")
                .body(body)
                .build();
    }

    private static boolean inRange(String[] row, LocalDate from, LocalDate till) {
        LocalDate day = LocalDate.parse(row[6].substring(0, 10));
        return !day.isBefore(from) && !day.isAfter(till);
    }
}
