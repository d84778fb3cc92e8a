package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Imports every candle file of the shared research data through {@code POST /api/v1/imports}. The expected number of
 * unique candles is counted here independently of the reader: distinct date-and-time fields among the data lines.
 * The Finam ticks file is not a candle file and is left out.
 */
class CandleImportIT extends CollectorTestContext {

    private static final String IMPORT_PATH = "/api/v1/imports?secid=SBER&board=TQBR&timeframe=1h";

    record CandleFile(String name, String secid, String timeframe, String timeMark) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CandleFile> candleFiles() {
        // Time marks as PROVENANCE.md and the protocol notes (§4) describe each file.
        return Stream.of(
                new CandleFile("IliasBik__Continious-Exchange__SBER.txt", "SBER", "1h", "start"),
                new CandleFile("ejovavaleria__MEM-RV-RussianStockMarket__SBER.csv", "SBER", "5m", "end"),
                new CandleFile("ejovavaleria__MEM-RV-RussianStockMarket__GAZP.csv", "GAZP", "5m", "end"),
                new CandleFile("Mysteri027__datasets__SBER.csv", "SBER", "1d", "start"),
                new CandleFile("Den-is-me__news_effect__IMOEX_220101_221228.csv", "IMOEX", "1h", "end"),
                new CandleFile("charonxnikon__AuctoScript__SBER_211231_220531.txt", "SBER", "1d", "start"),
                new CandleFile("Stee1yDan__LSTM_Genetic_Algorithm__SBER.csv", "SBER", "1d", "start"),
                new CandleFile("ffeast__finam-export__data_sber_daily.csv", "SBER", "1d", "start"),
                new CandleFile("ffeast__finam-export__data_sber_minutes30.csv", "SBER", "30m", "start"),
                new CandleFile("ffeast__finam-export__data_sber_monthly.csv", "SBER", "1mo", "start"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candleFiles")
    void importsEachResearchFileOnceAndTheSecondImportStoresNothingNew(CandleFile file) {
        String csv = ResearchData.text(file.name());
        long dataRows = dataLines(csv).size();
        long unique = uniqueTimes(csv);

        Map<String, Object> first = importFile(file, csv).getBody();
        Map<String, Object> second = importFile(file, csv).getBody();

        List<?> rejected = (List<?>) first.get("rejected");
        assertThat(((Number) first.get("rowsRead")).longValue()).isEqualTo(dataRows);
        assertThat(((Number) first.get("candlesStored")).longValue()).isEqualTo(unique - rejected.size());
        assertThat(((Number) first.get("duplicates")).longValue()).isEqualTo(dataRows - unique);
        assertThat(candleCount()).isEqualTo(unique - rejected.size());
        assertThat(((Number) second.get("candlesStored")).longValue()).isZero();
        assertThat(((Number) second.get("duplicates")).longValue()).isEqualTo(dataRows - rejected.size());
        assertThat(candleCount()).isEqualTo(unique - rejected.size());
    }

    @Test
    void theIssHourlySberFileHolds36016RowsOf35048UniqueCandles() {
        CandleFile file = candleFiles().findFirst().orElseThrow();
        String csv = ResearchData.text(file.name());

        Map<String, Object> report = importFile(file, csv).getBody();

        assertThat(report)
                .containsEntry("rowsRead", 36016)
                .containsEntry("candlesStored", 35048)
                .containsEntry("duplicates", 968);
        assertThat(candleCount()).isEqualTo(35048);
        List<Map<String, Object>> series = http().get()
                .uri("/api/v1/series")
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
        // The file's first candle, 2012-01-03 10:00 Moscow, is stored by its UTC start.
        assertThat(series.getFirst())
                .containsEntry("first", "2012-01-03T06:00:00Z")
                .containsEntry("count", 35048);
    }

    @Test
    void anUnparsableFileIsA400ProblemAndStoresNothing() {
        String csv = """
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                20150105;10:00:00;54.03;54.61;53.58;54.30;5175910
                20150105;10:30:00;fifty;54.92;53.95;54.10;2713970
                """;

        ResponseEntity<Map<String, Object>> response =
                importFile(new CandleFile("broken", "SBER", "30m", "start"), csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("line 3");
        assertThat(candleCount()).isZero();
    }

    @Test
    void aFileOverTheSizeCapIsA413ProblemAndStoresNothingWhetherItsLengthIsDeclaredOrStreamed() throws Exception {
        // algo.collector.api.max-import-size is 8 MB in the test context; this body is about 9 MB of valid rows.
        String header = "<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n";
        StringBuilder text = new StringBuilder(header);
        for (int day = 0; text.length() <= 9 * 1024 * 1024; day++) {
            text.append(LocalDate.parse("2000-01-01").plusDays(day).toString().replace("-", ""))
                    .append(";10:00:00;54.03;54.61;53.58;54.30;5175910\n");
        }
        byte[] csv = text.toString().getBytes(StandardCharsets.UTF_8);

        // Content-Length over the cap: refused from the header alone, before a byte of the body was sent.
        String declared = headersOnlyImport(csv.length);
        // No Content-Length (chunked): only the capped stream notices, after 8 MB.
        HttpResponse<String> streamed =
                rawImport(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv)));

        assertThat(declared).startsWith("HTTP/1.1 413 ").contains("application/problem+json");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        for (String body : List.of(declared, streamed.body())) {
            assertThat(body)
                    .contains("\"title\":\"Candle file too large\"")
                    .contains("\"maxBytes\":8388608")
                    .contains("larger than the 8388608 bytes accepted")
                    .contains("nothing was stored");
        }
        assertThat(candleCount()).isZero();
        String firstRow = text.toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(importFile(new CandleFile("small", "SBER", "1h", "start"), header + firstRow + "\n")
                        .getBody())
                .containsEntry("candlesStored", 1);
    }

    @Test
    void aSecondImportWhileOneIsBeingReadIsA429WithRetryAfterAndStoresNothing() throws Exception {
        String header = "<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n";
        String row = "20000103;10:00:00;54.03;54.61;53.58;54.30;5175910\n";
        CandleFile second = new CandleFile("second", "GAZP", "1h", "start");
        try (Socket first = new Socket("localhost", port)) {
            // The first import declares a body it sends only part of, so it stays inside the import.
            String head = "POST " + IMPORT_PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n" + header;
            first.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            first.getOutputStream().flush();

            // Until the first has reached the import, the second may still get in; then it is refused.
            ResponseEntity<String> refused = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> rawTextImport(second, header + row),
                            answer -> answer.getStatusCode().value() == 429);

            assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(refused.getBody())
                    .contains("\"title\":\"Another import is running\"")
                    .contains("nothing was stored");
        }
        // The first connection is gone mid-body: its import fails, stores nothing and lets the next one in.
        ResponseEntity<String> after = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> rawTextImport(second, header + row),
                        answer -> answer.getStatusCode().value() == 200);
        assertThat(after.getBody()).contains("\"rowsRead\":1");
        assertThat(jdbc.sql("SELECT count(*) FROM market.candles WHERE secid = 'SBER'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> rawImport(HttpRequest.BodyPublisher body) throws Exception {
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT_PATH))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "text/csv")
                            .POST(body)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Sends only the request line and headers, declaring {@code length} bytes, and reads the answer up to the end of its
     * JSON body (the server then waits to swallow the body it refused, which never comes).
     */
    private String headersOnlyImport(long length) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + IMPORT_PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            // The answer ends with its JSON body, or, sent chunked, with the last chunk after it.
            while (!isComplete(answer.toString(StandardCharsets.UTF_8))
                    && (read = socket.getInputStream().read(buffer)) > 0) {
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean isComplete(String answer) {
        return answer.trim().endsWith("}") || (answer.contains("}") && answer.endsWith("\r\n0\r\n\r\n"));
    }

    @Test
    void rowsBreakingInvariantsAreRejectedWithLineAndReason() {
        String csv = """
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                20150105;10:00:00;54.03;54.61;53.58;54.30;5175910
                20150105;10:30:00;54.24;53.00;53.95;54.10;2713970
                """;

        Map<String, Object> report = importFile(new CandleFile("bad-row", "SBER", "30m", "start"), csv)
                .getBody();

        assertThat(report).containsEntry("rowsRead", 2).containsEntry("candlesStored", 1);
        assertThat((List<Map<String, Object>>) report.get("rejected"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("line", 3).containsKey("reason"));
    }

    private ResponseEntity<Map<String, Object>> importFile(CandleFile file, String csv) {
        return importRequest(file, csv).toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    private ResponseEntity<String> rawTextImport(CandleFile file, String csv) {
        return importRequest(file, csv).toEntity(String.class);
    }

    private RestClient.ResponseSpec importRequest(CandleFile file, String csv) {
        return http().post()
                .uri(
                        "/api/v1/imports?secid={secid}&board=TQBR&timeframe={tf}&timeMark={mark}",
                        file.secid(),
                        file.timeframe(),
                        file.timeMark())
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv)
                .retrieve();
    }

    private static List<String> dataLines(String csv) {
        return csv.lines().skip(1).filter(line -> !line.isBlank()).toList();
    }

    /** Distinct (date, time) pairs: columns named DATE/TIME in Finam headers, begin in ISS files. */
    private static long uniqueTimes(String csv) {
        String header = csv.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        String separator = header.contains(";") ? ";" : ",";
        List<String> names =
                List.of(header.toUpperCase().replace("<", "").replace(">", "").split(separator));
        int date = names.indexOf("DATE");
        int time = names.indexOf("TIME");
        int begin = names.indexOf("BEGIN");
        Set<String> seen = new HashSet<>();
        for (String line : dataLines(csv)) {
            String[] fields = line.split(separator);
            seen.add(begin >= 0 ? fields[begin] : fields[date] + " " + fields[time]);
        }
        return seen.size();
    }
}
