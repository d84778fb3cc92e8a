package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Candles from {@code /iss/engines/{engine}/markets/{market}/boards/{board}/securities/{secid}/candles.json}. ISS
 * returns at most a few hundred rows per response and no cursor, so pages are requested with {@code start} advanced by
 * the rows actually received until a page comes back empty (MOEX's own guidance: do not assume a page size).
 */
@Component
class MoexIssCandleSource implements CandleSource {

    private static final DateTimeFormatter ISS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final IssHttpClient http;
    private final MoexIssSettings settings;
    private final Clock clock;

    MoexIssCandleSource(IssHttpClient http, MoexIssSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return CandleSourceName.MOEX_ISS.code();
    }

    @Override
    public int windowDays(Timeframe timeframe) {
        if (timeframe.issInterval().isEmpty()) {
            throw new IllegalArgumentException("MOEX ISS has no native " + timeframe.code()
                    + " candles; collect 1m and read " + timeframe.code() + " resampled, or import a file");
        }
        // About one or two 500-row pages per window: a 1m trading day is ~1000 candles, an hourly month ~350.
        return switch (timeframe) {
            case M1 -> 1;
            case M10 -> 7;
            case H1 -> 31;
            case D1 -> 366;
            default -> 3653;
        };
    }

    @Override
    public void fetch(MarketInstrument instrument, Timeframe timeframe, LocalDate from, LocalDate till, Sink sink) {
        int interval = timeframe.issInterval().orElseThrow();
        Duration cacheFor = till.isBefore(LocalDate.now(clock.withZone(Timeframe.MOSCOW)))
                ? settings.pastPageTtl()
                : settings.todayPageTtl();
        int start = 0;
        String previous = null;
        for (int page = 0; page < settings.maxPages(); page++) {
            HttpUrl url = http.url("/iss/engines/" + instrument.engine() + "/markets/" + instrument.market()
                            + "/boards/" + instrument.instrument().board() + "/securities/"
                            + instrument.instrument().secid() + "/candles.json")
                    .addQueryParameter("from", from.toString())
                    .addQueryParameter("till", till.toString())
                    .addQueryParameter("interval", Integer.toString(interval))
                    .addQueryParameter("iss.meta", "off")
                    .addQueryParameter("iss.only", "candles")
                    .addQueryParameter("start", Integer.toString(start))
                    .build();
            int first = start;
            IssPage answer = http.get(
                    url,
                    cacheFor,
                    body -> new IssPage(body, parse(body, url.toString(), timeframe, first)),
                    sink::requestSent,
                    sink::retried);
            if (answer.body().equals(previous)) {
                // An endpoint that ignores start repeats its page forever (moexer guards against the same).
                return;
            }
            if (answer.rows().isEmpty()) {
                return;
            }
            sink.accept(answer.rows());
            start += answer.rows().size();
            previous = answer.body();
        }
        throw new SourceFailureException("MOEX ISS returned more than " + settings.maxPages() + " pages for "
                + instrument.instrument() + " " + from + ".." + till + "; giving up");
    }

    private List<CandleRow> parse(String body, String url, Timeframe timeframe, int start) {
        IssBlock block = IssBlock.parse(body, "candles", url);
        int open = block.column("open", url);
        int close = block.column("close", url);
        int high = block.column("high", url);
        int low = block.column("low", url);
        int value = block.column("value", url);
        int volume = block.column("volume", url);
        int begin = block.column("begin", url);
        // With delayed public data a candle is complete only once its end is older than the delay.
        Instant complete = clock.instant().minus(settings.dataDelay());
        List<CandleRow> rows = new ArrayList<>(block.size());
        int line = start;
        for (JsonNode row : block.rows()) {
            line++;
            try {
                Instant beginAt = LocalDateTime.parse(row.get(begin).asString(), ISS_TIME)
                        .atZone(Timeframe.MOSCOW)
                        .toInstant();
                rows.add(new CandleRow(
                        line,
                        beginAt,
                        decimal(row.get(open)),
                        decimal(row.get(high)),
                        decimal(row.get(low)),
                        decimal(row.get(close)),
                        decimal(row.get(volume)).longValueExact(),
                        row.get(value).isNull() ? null : decimal(row.get(value)),
                        timeframe.nextBegin(beginAt).isAfter(complete)));
            } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException | NullPointerException e) {
                throw IssBlock.malformed(url, "row " + line + " does not hold a candle (" + e.getMessage() + ")");
            }
        }
        return rows;
    }

    /** One parsed response; the body is kept to spot an endpoint that repeats its page. */
    private record IssPage(String body, List<CandleRow> rows) {}

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + node);
        }
        return node.decimalValue();
    }
}
