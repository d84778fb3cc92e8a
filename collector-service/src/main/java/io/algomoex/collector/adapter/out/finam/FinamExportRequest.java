package io.algomoex.collector.adapter.out.finam;

import io.algomoex.common.market.Timeframe;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import okhttp3.HttpUrl;

/**
 * The export URL with every parameter of Finam's export form. The format is pinned so the reply is always the same
 * shape: {@code ;}-separated, no digit grouping ({@code sep2=1}, otherwise prices contain separators), YYYYMMDD
 * dates, HHMMSS times, candle start times ({@code MSOR=0}) in Moscow time, with a header line, DATE..VOL records.
 */
final class FinamExportRequest {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private FinamExportRequest() {}

    static HttpUrl url(
            String baseUrl, String ticker, int em, int market, Timeframe timeframe, LocalDate from, LocalDate till) {
        String file = ticker + "_" + from.format(FILE_DATE) + "_" + till.format(FILE_DATE);
        return HttpUrl.get(baseUrl)
                .newBuilder()
                .encodedPath("/" + file + ".csv")
                .addQueryParameter("market", Integer.toString(market))
                .addQueryParameter("em", Integer.toString(em))
                .addQueryParameter("code", ticker)
                .addQueryParameter("apply", "0")
                .addQueryParameter("df", Integer.toString(from.getDayOfMonth()))
                // Finam months are 0-based (the form's from=24.04.2019 goes with mf=3).
                .addQueryParameter("mf", Integer.toString(from.getMonthValue() - 1))
                .addQueryParameter("yf", Integer.toString(from.getYear()))
                .addQueryParameter("from", from.format(FORM_DATE))
                .addQueryParameter("dt", Integer.toString(till.getDayOfMonth()))
                .addQueryParameter("mt", Integer.toString(till.getMonthValue() - 1))
                .addQueryParameter("yt", Integer.toString(till.getYear()))
                .addQueryParameter("to", till.format(FORM_DATE))
                .addQueryParameter("p", Integer.toString(period(timeframe)))
                .addQueryParameter("f", file)
                .addQueryParameter("e", ".csv")
                .addQueryParameter("cn", ticker)
                .addQueryParameter("dtf", "1")
                .addQueryParameter("tmf", "3")
                .addQueryParameter("MSOR", "0")
                .addQueryParameter("mstime", "on")
                .addQueryParameter("mstimever", "1")
                .addQueryParameter("sep", "3")
                .addQueryParameter("sep2", "1")
                .addQueryParameter("datf", "5")
                .addQueryParameter("at", "1")
                .addQueryParameter("fsp", "0")
                .addQueryParameter("d", "d")
                .build();
    }

    /** Finam's {@code p}: 2 1 min, 3 5 min, 4 10 min, 5 15 min, 6 30 min, 7 1 hour, 8 day, 9 week, 10 month. */
    static int period(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> 2;
            case M5 -> 3;
            case M10 -> 4;
            case M15 -> 5;
            case M30 -> 6;
            case H1 -> 7;
            case D1 -> 8;
            case W1 -> 9;
            case MO1 -> 10;
            case Q1 -> throw new IllegalArgumentException("Finam exports no quarterly candles");
        };
    }
}
