package io.algomoex.common.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CandleCsvReaderTest {

    @Test
    void readsFinamDatf5WithSemicolonsAndColonTimes() {
        CsvCandles read = read("""
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\r
                20150105;10:00:00;54.0300000;54.6100000;53.5800000;54.3000000;5175910\r
                20150105;10:30:00;54.2400000;54.9200000;53.9500000;54.1000000;2713970\r
                """);
        assertThat(read.format()).isEqualTo(CsvFormat.FINAM);
        assertThat(read.candles()).hasSize(2);
        CsvCandle first = read.candles().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.writtenTime()).isEqualTo(LocalDateTime.parse("2015-01-05T10:00:00"));
        assertThat(first.begin()).isEqualTo(Instant.parse("2015-01-05T07:00:00Z"));
        assertThat(first.open()).isEqualTo(Price.of("54.03"));
        assertThat(first.volume()).isEqualTo(5175910);
        assertThat(read.timeframe()).isEqualTo(Timeframe.M30);
    }

    @Test
    void readsTickerAndPeriodHeaderWithHourMinuteTimes() {
        CsvCandles read = read("""
                <TICKER>;<PER>;<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                IMOEX;60;20220103;11:00;3800.1000000;3810.0000000;3790.0000000;3805.5000000;1000
                IMOEX;60;20220103;12:00;3805.0000000;3806.0000000;3801.0000000;3802.0000000;2000
                """);
        assertThat(read.timeframe()).isEqualTo(Timeframe.H1);
        assertThat(read.candles().getFirst().writtenTime()).isEqualTo(LocalDateTime.parse("2022-01-03T11:00"));
    }

    @Test
    void movesEndMarkedTimesToCandleStartsUsingThePeriodColumn() {
        CsvCandles read = read("""
                <TICKER>;<PER>;<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                IMOEX;60;20220103;11:00;3800.1;3810;3790;3805.5;1000
                """, new CsvReadOptions(TimeMark.END, null));
        CsvCandle candle = read.candles().getFirst();
        assertThat(candle.writtenTime()).isEqualTo(LocalDateTime.parse("2022-01-03T11:00"));
        assertThat(candle.begin()).isEqualTo(Instant.parse("2022-01-03T07:00:00Z"));
        assertThat(read.timeMark()).isEqualTo(TimeMark.END);
    }

    @Test
    void movesEndMarkedTimesUsingInferredSpacingOrGivenTimeframe() {
        String text = """
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                20180103;100500;226.88;230;226.35;227.4;1480160
                20180103;101000;227.34;227.5;226.7;226.93;291760
                20180103;101500;226.9;227.1;226.5;227;100
                """;
        assertThat(read(text, new CsvReadOptions(TimeMark.END, null))
                        .candles()
                        .getFirst()
                        .begin())
                .isEqualTo(Instant.parse("2018-01-03T07:00:00Z"));
        assertThat(read(text, new CsvReadOptions(TimeMark.END, Timeframe.M1))
                        .candles()
                        .getFirst()
                        .begin())
                .isEqualTo(Instant.parse("2018-01-03T07:04:00Z"));
    }

    @Test
    void saysSoWhenEndMarkedTimesHaveNoKnownTimeframe() {
        assertThatThrownBy(() -> read("""
                        <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                        20180103;100500;226.88;230;226.35;227.4;1
                        """, new CsvReadOptions(TimeMark.END, null)))
                .isInstanceOf(MalformedCsvException.class)
                .hasMessageContaining("test.csv")
                .hasMessageContaining("need the timeframe");
    }

    @Test
    void readsCommaSeparatedDayMonthSlashYearDates() {
        CsvCandles read = read("""
                <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>
                SBER,D,03/01/22,000000,295.9000000,305.5000000,294.3400000,305.4700000,50156260
                SBER,D,04/01/22,000000,305.5100000,310.1000000,301.6300000,304.2400000,53268220
                SBER,D,05/01/22,000000,304.0000000,305.0000000,290.0000000,291.0000000,1
                """);
        assertThat(read.candles())
                .extracting(CsvCandle::writtenTime)
                .containsExactly(
                        LocalDateTime.parse("2022-01-03T00:00"),
                        LocalDateTime.parse("2022-01-04T00:00"),
                        LocalDateTime.parse("2022-01-05T00:00"));
        assertThat(read.timeframe()).isEqualTo(Timeframe.D1);
    }

    @Test
    void tellsMonthFirstSlashDatesByDaysAboveTwelve() {
        CsvCandles read = read("""
                <DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>
                01/12/22,1000,10,11,9,10,1
                01/13/22,1000,10,11,9,10,1
                """);
        assertThat(read.candles().getLast().writtenTime()).isEqualTo(LocalDateTime.parse("2022-01-13T10:00"));
    }

    @Test
    void readsSixDigitYearFirstDatesAndShortDecimals() {
        CsvCandles read = read("""
                <TICKER>;<PER>;<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                SBER;D;240312;000000;299.54;301.07;297.34;300.9;28579520
                SBER;D;240313;000000;301.2;301.49;298.7;298.85;23980400
                """);
        assertThat(read.candles().getFirst().writtenTime()).isEqualTo(LocalDateTime.parse("2024-03-12T00:00"));
        assertThat(read.candles().getLast().close()).isEqualTo(Price.of("298.85"));
    }

    @Test
    void prefersDayFirstSixDigitDatesWhenOnlyTheyRunForwards() {
        CsvCandles read = read("""
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                100124;100000;10;11;9;10;1
                110124;100000;10;11;9;10;1
                120124;100000;10;11;9;10;1
                """);
        assertThat(read.candles())
                .extracting(c -> c.writtenTime().toLocalDate().toString())
                .containsExactly("2024-01-10", "2024-01-11", "2024-01-12");
    }

    @Test
    void readsTickFilesAsOnePriceCandles() {
        CsvCandles read = read("""
                <TICKER>;<PER>;<DATE>;<TIME>;<LAST>;<VOL>
                SBER;0;20161027;095943;150.570000000;490
                SBER;0;20161027;095943;150.560000000;100
                SBER;0;20161027;095944;150.580000000;10
                """);
        assertThat(read.candles()).hasSize(2);
        assertThat(read.duplicates()).isEqualTo(1);
        CsvCandle first = read.candles().getFirst();
        assertThat(first.open()).isEqualTo(first.close()).isEqualTo(Price.of("150.57"));
        assertThat(read.timeframe()).isNull();
    }

    @Test
    void readsTabAndSpaceSeparatorsAndIgnoresOpenInterest() {
        CsvCandles tab = read("<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<VOL>\t<OPENINT>\n"
                + "20240102\t1000\t10.5\t11\t10\t10.75\t5\t100\n");
        CsvCandles space = read("<DATE> <TIME> <OPEN> <HIGH> <LOW> <CLOSE> <VOL>\n20240102 1000 10.5 11 10 10.75 5\n");
        assertThat(tab.candles().getFirst().close()).isEqualTo(Price.of("10.75"));
        assertThat(space.candles().getFirst().close()).isEqualTo(Price.of("10.75"));
    }

    @Test
    void readsFinamRowsWithoutHeader() {
        CsvCandles datf1 =
                read("SBER,5,20240102,100000,10.5,11,10,10.75,5\nSBER,5,20240102,100500,10.7,11,10,10.8,5\n");
        CsvCandles datf5 = read("20240102;100000;10.5;11;10;10.75;5\n");
        assertThat(datf1.timeframe()).isEqualTo(Timeframe.M5);
        assertThat(datf1.candles()).hasSize(2);
        assertThat(datf5.candles().getFirst().line()).isEqualTo(1);
    }

    @Test
    void readsIssCandleColumnsByName() {
        CsvCandles read = read("""
                open,close,high,low,value,volume,begin,end\r
                80.12,80.8,82.35,80.12,1290199006.9,15952710,2012-01-03 10:00:00,2012-01-03 10:59:59\r
                80.83,81.21,81.25,80.74,438085212.0,5409060,2012-01-03 11:00:00,2012-01-03 11:59:59""");
        assertThat(read.format()).isEqualTo(CsvFormat.ISS);
        CsvCandle first = read.candles().getFirst();
        assertThat(first.close()).isEqualTo(Price.of("80.8"));
        assertThat(first.high()).isEqualTo(Price.of("82.35"));
        assertThat(first.value()).isEqualByComparingTo(new BigDecimal("1290199006.9"));
        // 2012: Moscow was UTC+4 all year.
        assertThat(first.begin()).isEqualTo(Instant.parse("2012-01-03T06:00:00Z"));
        assertThat(read.timeframe()).isEqualTo(Timeframe.H1);
    }

    @Test
    void readsPlainFilesWithIsoTimes() {
        CsvCandles read = read("""
                time,open,high,low,close,volume
                2024-01-02T10:00:00,10.5,11,10,10.75,5
                2024-01-02 10:01,10.75,11,10.5,10.6,0
                2024-01-02T07:02:00Z,10.6,10.6,10.6,10.6,1
                """);
        assertThat(read.format()).isEqualTo(CsvFormat.PLAIN);
        assertThat(read.candles())
                .extracting(CsvCandle::begin)
                .containsExactly(
                        Instant.parse("2024-01-02T07:00:00Z"),
                        Instant.parse("2024-01-02T07:01:00Z"),
                        Instant.parse("2024-01-02T07:02:00Z"));
        assertThat(read.candles().getLast().writtenTime()).isEqualTo(LocalDateTime.parse("2024-01-02T10:02"));
    }

    @Test
    void sortsRowsAndKeepsTheFirstRowOfARepeatedStart() {
        CsvCandles read = read("""
                time,open,high,low,close,volume
                2024-01-02 10:02,3,3,3,3,1
                2024-01-02 10:00,1,1,1,1,1
                2024-01-02 10:02,9,9,9,9,1
                2024-01-02 10:01,2,2,2,2,1
                """);
        assertThat(read.candles()).extracting(c -> c.close().toString()).containsExactly("1", "2", "3");
        assertThat(read.duplicates()).isEqualTo(1);
        assertThat(read.outOfOrder()).isEqualTo(2);
    }

    @Test
    void listsRowsBreakingCandleInvariantsWithLineAndReason() {
        CsvCandles read = read("""
                time,open,high,low,close,volume
                2024-01-02 10:00,10,9,8,9,1
                2024-01-02 10:01,10,11,9,10,-5
                2024-01-02 10:02,0,11,9,10,1
                2024-01-02 10:03,10,11,9,10,1
                """);
        assertThat(read.candles()).hasSize(1);
        assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(2, 3, 4);
        assertThat(read.rejected().getFirst().reason()).contains("high 9 is below open 10");
        assertThat(read.rejected().get(1).reason()).contains("volume -5 is negative");
        assertThat(read.rejected().get(2).reason()).contains("open 0 is not positive");
    }

    @Test
    void namesSourceAndLineOfAMalformedRow() {
        assertThatThrownBy(() -> read("""
                        <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                        20150105;10:00:00;54.03;54.61;53.58;54.3;5175910
                        20150105;10:30:00;54.24;abc;53.95;54.1;2713970
                        """))
                .isInstanceOf(MalformedCsvException.class)
                .hasMessage("test.csv line 3: high 'abc' is not a number")
                .extracting(e -> ((MalformedCsvException) e).line())
                .isEqualTo(3);
        assertThatThrownBy(() -> read("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n20150105;10:00:00;54.03\n"))
                .hasMessageContaining("line 2: expected 7 fields");
        assertThatThrownBy(() -> read("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n"
                        + "20150105;10:00:00;1;1;1;1;1\n20150199;10:00:00;1;1;1;1;1\n"))
                .hasMessageContaining("line 3: date '20150199'");
        assertThatThrownBy(() -> read("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n20150105;25:00;1;1;1;1;1\n"))
                .hasMessageContaining("line 2: time '25:00'");
        assertThatThrownBy(() -> read("time,open,high,low,close,volume\n"
                        + "2024-01-02T10:00:00+03:00,1,1,1,1,1\n2024-01-02T10:01:00+99:99,1,1,1,1,1\n"))
                .isInstanceOf(MalformedCsvException.class)
                .hasMessage("test.csv line 3: time '2024-01-02T10:01:00+99:99' has an unreadable zone offset");
    }

    @Test
    void readsTheSameDateAndTimeTextsAgainAsTheyRepeat() {
        CsvCandles read = read("""
                <DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>
                20150105;10:00:00;1;1;1;1;1
                20150105;11:00:00;1;1;1;1;1
                20150106;10:00:00;1;1;1;1;1
                20150106;11:00:00;1;1;1;1;1
                """);
        assertThat(read.candles())
                .extracting(CsvCandle::writtenTime)
                .containsExactly(
                        LocalDateTime.parse("2015-01-05T10:00"),
                        LocalDateTime.parse("2015-01-05T11:00"),
                        LocalDateTime.parse("2015-01-06T10:00"),
                        LocalDateTime.parse("2015-01-06T11:00"));
    }

    @Test
    void rejectsUnknownHeaders() {
        assertThatThrownBy(() -> read("a,b,c\n1,2,3\n"))
                .isInstanceOf(MalformedCsvException.class)
                .hasMessageContaining("test.csv line 1");
    }

    @Test
    void returnsNothingForEmptyOrHeaderOnlyInput() {
        assertThat(read("").format()).isEqualTo(CsvFormat.EMPTY);
        CsvCandles headerOnly = read("\uFEFF<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\r\n");
        assertThat(headerOnly.format()).isEqualTo(CsvFormat.FINAM);
        assertThat(headerOnly.candles()).isEmpty();
    }

    @Test
    void readsDecimalCommasWhenCommasDoNotSeparateFields() {
        CsvCandles read = read("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>\n20240102;1000;10,5;11;10;10,75;5\n");
        assertThat(read.candles().getFirst().open()).isEqualTo(Price.of("10.5"));
    }

    private static CsvCandles read(String text) {
        return read(text, CsvReadOptions.DEFAULTS);
    }

    private static CsvCandles read(String text, CsvReadOptions options) {
        return CandleCsvReader.read(new StringReader(text), "test.csv", options);
    }
}
