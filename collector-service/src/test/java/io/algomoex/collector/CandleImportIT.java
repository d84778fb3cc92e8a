package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Imports every candle file of the shared research data through {@code POST /api/v1/imports}. The expected number of
 * unique candles is counted here independently of the reader: distinct date-and-time fields among the data lines.
 * The Finam ticks file is not a candle file and is left out.
 */
class CandleImportIT extends CollectorTestContext {

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
        return http().post()
                .uri(
                        "/api/v1/imports?secid={secid}&board=TQBR&timeframe={tf}&timeMark={mark}",
                        file.secid(),
                        file.timeframe(),
                        file.timeMark())
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv)
                .retrieve()
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});
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
