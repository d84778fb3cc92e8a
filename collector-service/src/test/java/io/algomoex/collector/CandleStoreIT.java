package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class CandleStoreIT extends CollectorTestContext {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant START = Instant.parse("2024-01-03T07:00:00Z");

    @Autowired
    CandleStore store;

    @Test
    void storesABatchAndCountsDuplicatesOnTheSecondRun() {
        List<CandleRow> rows = minutes(START, 120);

        StoreOutcome first = store.store(SBER, Timeframe.M1, "test", rows, false);
        StoreOutcome second = store.store(SBER, Timeframe.M1, "test", rows, false);

        assertThat(first.stored()).isEqualTo(120);
        assertThat(first.duplicates()).isZero();
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(120);
        assertThat(candleCount()).isEqualTo(120);
    }

    @Test
    void updatesOnlyCandlesWhoseValuesChanged() {
        List<CandleRow> rows = new ArrayList<>(minutes(START, 10));
        store.store(SBER, Timeframe.M1, "test", rows, false);
        CandleRow last = rows.getLast();
        rows.set(
                9,
                new CandleRow(
                        10,
                        last.begin(),
                        last.open(),
                        last.high().add(BigDecimal.ONE),
                        last.low(),
                        last.close(),
                        last.volume() + 5,
                        last.value(),
                        false));

        StoreOutcome outcome = store.store(SBER, Timeframe.M1, "test", rows, true);

        assertThat(outcome.stored()).isEqualTo(1);
        assertThat(outcome.duplicates()).isEqualTo(9);
        assertThat(outcome.changed()).extracting(CandleRow::begin).containsExactly(last.begin());
    }

    @Test
    void rejectsRowsThatBreakCandleInvariantsWithTheirLineAndReason() {
        List<CandleRow> rows = new ArrayList<>(minutes(START, 3));
        rows.add(row(4, START.plusSeconds(180), "100", "99", "98", "100.5", 10)); // high below close
        rows.add(row(5, START.plusSeconds(240), "100", "101", "99", "100", -1)); // negative volume
        rows.add(row(6, START.plusSeconds(300), "0", "101", "99", "100", 1)); // non-positive price
        rows.add(rows.getFirst()); // repeated within the batch

        StoreOutcome outcome = store.store(SBER, Timeframe.M1, "test", rows, false);

        assertThat(outcome.stored()).isEqualTo(3);
        assertThat(outcome.duplicates()).isEqualTo(1);
        assertThat(outcome.rejected()).extracting(r -> r.line()).containsExactly(4, 5, 6);
        assertThat(outcome.rejected().get(0).reason()).contains("high 99 is below");
        assertThat(outcome.rejected().get(1).reason()).contains("volume -1 is negative");
        assertThat(outcome.rejected().get(2).reason()).contains("positive");
        assertThat(candleCount()).isEqualTo(3);
    }

    @Test
    void aBatchThatFailsHalfwayLeavesNothingBehind() {
        // A trigger that refuses one row in the middle of the batch stands in for any failure during the upsert.
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION market.refuse_test_row() RETURNS trigger AS $$
                BEGIN
                    IF NEW."begin" = '2024-01-03T07:30:00Z' THEN RAISE EXCEPTION 'refused by test'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER refuse_test_row BEFORE INSERT ON market.candles FOR EACH ROW"
                        + " EXECUTE FUNCTION market.refuse_test_row()")
                .update();
        try {
            assertThatThrownBy(() -> store.store(SBER, Timeframe.M1, "test", minutes(START, 60), false))
                    .hasStackTraceContaining("refused by test");
            assertThat(candleCount()).isZero();
        } finally {
            jdbc.sql("DROP TRIGGER refuse_test_row ON market.candles").update();
            jdbc.sql("DROP FUNCTION market.refuse_test_row()").update();
        }
        assertThat(store.store(SBER, Timeframe.M1, "test", minutes(START, 60), false)
                        .stored())
                .isEqualTo(60);
    }

    @Test
    void aKeyConflictOnTheDirectCopyFallsBackToStagingAndUpsert() {
        // Stands in for a concurrent writer that stores into the range between the emptiness check and the COPY:
        // the first insert attempt fails with unique_violation, as the primary key would make it fail. The sequence
        // counts attempts outside the transaction, so the failure happens exactly once.
        jdbc.sql("CREATE SEQUENCE market.test_attempts").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION market.conflict_once() RETURNS trigger AS $$
                BEGIN
                    IF nextval('market.test_attempts') = 1 THEN
                        RAISE EXCEPTION 'simulated concurrent writer' USING ERRCODE = 'unique_violation';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER conflict_once BEFORE INSERT ON market.candles FOR EACH ROW"
                        + " EXECUTE FUNCTION market.conflict_once()")
                .update();
        try {
            StoreOutcome outcome = store.store(SBER, Timeframe.M1, "test", minutes(START, 20), true);

            assertThat(outcome.stored()).isEqualTo(20);
            assertThat(outcome.changed()).hasSize(20);
            assertThat(candleCount()).isEqualTo(20);
        } finally {
            jdbc.sql("DROP TRIGGER conflict_once ON market.candles").update();
            jdbc.sql("DROP FUNCTION market.conflict_once()").update();
            jdbc.sql("DROP SEQUENCE market.test_attempts").update();
        }
    }

    @Test
    void servesFiveAndFifteenMinuteCandlesAggregatedFromStoredMinutes() {
        store.store(SBER, Timeframe.M1, "test", minutes(START, 30), false);

        List<CandleRow> fives = store.candles(SBER, Timeframe.M5, START, START.plusSeconds(1800), 100);
        List<CandleRow> fifteens = store.candles(SBER, Timeframe.M15, START, START.plusSeconds(1800), 100);

        assertThat(fives).hasSize(6);
        CandleRow firstFive = fives.getFirst();
        assertThat(firstFive.begin()).isEqualTo(START);
        assertThat(firstFive.open()).isEqualByComparingTo("100"); // open of minute 0
        assertThat(firstFive.close()).isEqualByComparingTo("104.5"); // close of minute 4
        assertThat(firstFive.high()).isEqualByComparingTo("105"); // high of minute 4
        assertThat(firstFive.low()).isEqualByComparingTo("99"); // low of minute 0
        assertThat(firstFive.volume()).isEqualTo(10 + 11 + 12 + 13 + 14);
        assertThat(fifteens).hasSize(2);
        assertThat(fifteens.get(1).begin()).isEqualTo(START.plusSeconds(900));
    }

    @Test
    void servesDailyCandlesOnTheMoscowCalendarFromStoredHours() {
        // 2024-01-03 21:00Z is already 2024-01-04 00:00 in Moscow, so it belongs to the next daily candle.
        List<CandleRow> hours = List.of(
                row(1, Instant.parse("2024-01-03T07:00:00Z"), "100", "101", "99", "100.5", 10),
                row(2, Instant.parse("2024-01-03T20:00:00Z"), "100.5", "102", "100", "101", 10),
                row(3, Instant.parse("2024-01-03T21:00:00Z"), "101", "103", "101", "102", 10));
        store.store(SBER, Timeframe.H1, "test", hours, false);

        List<CandleRow> days = store.candles(
                SBER, Timeframe.D1, Instant.parse("2024-01-02T21:00:00Z"), Instant.parse("2024-01-04T21:00:00Z"), 100);

        assertThat(days)
                .extracting(CandleRow::begin)
                .containsExactly(Instant.parse("2024-01-02T21:00:00Z"), Instant.parse("2024-01-03T21:00:00Z"));
        assertThat(days.getFirst().close()).isEqualByComparingTo("101");
    }

    @Test
    void candlesEndpointAnswersJsonAndCsv() {
        store.store(SBER, Timeframe.M1, "test", minutes(START, 10), false);
        String query = "/api/v1/candles?secid=SBER&board=TQBR&timeframe=5m&from=2024-01-03T07:00:00Z"
                + "&till=2024-01-03T08:00:00Z";

        List<Map<String, Object>> json = http().get()
                .uri(query)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
        String csv = http().get()
                .uri(query)
                .accept(MediaType.parseMediaType("text/csv"))
                .retrieve()
                .body(String.class);

        assertThat(json).hasSize(2);
        assertThat(json.getFirst()).containsEntry("begin", "2024-01-03T07:00:00Z");
        assertThat(csv.lines().toList())
                .hasSize(3)
                .first()
                .isEqualTo("begin,open,high,low,close,volume,value,provisional");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("2024-01-03T07:00:00Z,100,105,99,104.5,60,");
    }

    @Test
    void candlesEndpointPagesWithALinkToTheNextPageAndRefusesALimitOverTheMaximum() {
        store.store(SBER, Timeframe.M1, "test", minutes(START, 10), false);
        String query = "/api/v1/candles?secid=SBER&board=TQBR&timeframe=1m&from=2024-01-03T07:00:00Z"
                + "&till=2024-01-03T08:00:00Z&limit=4";

        List<Instant> begins = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = query;
        while (next != null) {
            ResponseEntity<List<Map<String, Object>>> page = http().get()
                    .uri(next)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .toEntity(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
            assertThat(page.getStatusCode().value()).isEqualTo(200);
            page.getBody().forEach(candle -> begins.add(Instant.parse((String) candle.get("begin"))));
            pageSizes.add(page.getBody().size());
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            if (link != null) {
                assertThat(link).endsWith("; rel=\"next\"");
                assertThat(page.getHeaders().getFirst("X-Next-From"))
                        .isEqualTo(START.plusSeconds(60L * begins.size()).toString());
            }
        }

        assertThat(pageSizes).containsExactly(4, 4, 2);
        assertThat(begins)
                .containsExactlyElementsOf(
                        minutes(START, 10).stream().map(CandleRow::begin).toList());
        String csv = http().get()
                .uri(query.replace("timeframe=1m", "timeframe=5m").replace("limit=4", "limit=1"))
                .accept(MediaType.parseMediaType("text/csv"))
                .retrieve()
                .toEntity(String.class)
                .getHeaders()
                .getFirst("X-Next-From");
        assertThat(csv).isEqualTo(START.plusSeconds(300).toString());
        for (String limit : List.of("50001", "0", "2147483647")) {
            ResponseEntity<String> refused = http().get()
                    .uri(query.replace("limit=4", "limit=" + limit))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .toEntity(String.class);
            assertThat(refused.getStatusCode().value()).as("limit=" + limit).isEqualTo(400);
            assertThat(refused.getBody()).contains("limit must be between 1 and 50000");
        }
    }

    /** Minute candles: minute i opens at 100 + i, high 101 + i, low 99 + i, close 100.5 + i, volume 10 + i. */
    static List<CandleRow> minutes(Instant start, int count) {
        List<CandleRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new CandleRow(
                    i + 1,
                    start.plusSeconds(60L * i),
                    BigDecimal.valueOf(100 + i),
                    BigDecimal.valueOf(101 + i),
                    BigDecimal.valueOf(99 + i),
                    new BigDecimal("100.5").add(BigDecimal.valueOf(i)),
                    10 + i,
                    new BigDecimal("1000.25"),
                    false));
        }
        return rows;
    }

    static CandleRow row(int line, Instant begin, String open, String high, String low, String close, long volume) {
        return new CandleRow(
                line,
                begin,
                new BigDecimal(open),
                new BigDecimal(high),
                new BigDecimal(low),
                new BigDecimal(close),
                volume,
                null,
                false);
    }
}
