package io.algomoex.collector.adapter.out.finam;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.SourceRefusedException;
import io.algomoex.collector.domain.UnknownInstrumentException;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandle;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.market.csv.MalformedCsvException;
import io.algomoex.common.market.csv.RejectedRow;
import io.algomoex.common.market.csv.TimeMark;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import okhttp3.HttpUrl;
import org.springframework.stereotype.Component;

/**
 * Best-effort candles from Finam's historical export (it has broken several times, see the protocol notes §3.5). A
 * chunk Finam calls too long is halved and asked again; "busy" is asked again up to {@code busyRetries} times;
 * Finam's refusal texts stop the job. HTTP 200 is not success: the body is checked for Finam's error texts before
 * it is parsed with the shared CSV reader, and transport failures follow the shared retry policy (see
 * {@link FinamHttpClient}).
 */
@Component
class FinamCandleSource implements CandleSource {

    private static final String TOO_LONG = "слишком большой временной период";
    private static final String BUSY = "Система уже обрабатывает Ваш запрос";
    private static final List<String> FORBIDDEN = List.of(
            "Forbidden: Access is denied", "Автоматическая загрузка недоступна", "Automatic downloading is forbidden");

    private final FinamSettings settings;
    private final FinamHttpClient http;
    private final Clock clock;

    FinamCandleSource(FinamSettings settings, FinamHttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    /** What one export answered: candles, or one of Finam's two texts that ask for another request. */
    private sealed interface Export {}

    private record Candles(List<CsvCandle> candles, List<RejectedRow> rejected) implements Export {}

    private record Busy() implements Export {}

    private record TooLong() implements Export {}

    @Override
    public String name() {
        return CandleSourceName.FINAM.code();
    }

    @Override
    public int windowDays(Timeframe timeframe) {
        FinamExportRequest.period(timeframe);
        return timeframe.isIntraday() ? settings.intradayChunkDays() : settings.dailyChunkDays();
    }

    @Override
    public void fetch(MarketInstrument instrument, Timeframe timeframe, LocalDate from, LocalDate till, Sink sink) {
        String ticker = instrument.instrument().secid();
        Integer em = settings.instruments().get(ticker);
        if (em == null) {
            throw new UnknownInstrumentException("unknown instrument for Finam: no em id configured for " + ticker
                    + " (set algo.collector.finam.instruments." + ticker + ")");
        }
        LocalDate chunkStart = from;
        long chunkDays = ChronoUnit.DAYS.between(from, till) + 1;
        while (!chunkStart.isAfter(till)) {
            LocalDate chunkEnd =
                    chunkStart.plusDays(chunkDays - 1).isAfter(till) ? till : chunkStart.plusDays(chunkDays - 1);
            HttpUrl url = FinamExportRequest.url(
                    settings.baseUrl(), ticker, em, settings.market(), timeframe, chunkStart, chunkEnd);
            if (export(url, ticker, timeframe, sink) instanceof Candles candles) {
                deliver(candles, timeframe, sink);
                chunkStart = chunkEnd.plusDays(1);
            } else if (chunkDays == 1) {
                throw new SourceFailureException("Finam calls even one day too long a period for " + ticker);
            } else {
                chunkDays = Math.max(1, chunkDays / 2);
            }
        }
    }

    /** Candles of one chunk, or {@link TooLong}; "busy" answers are asked again here. */
    private Export export(HttpUrl url, String ticker, Timeframe timeframe, Sink sink) {
        for (int attempt = 0; ; attempt++) {
            Export export = http.get(url, body -> read(body, url, ticker, timeframe), sink::requestSent, sink::retried);
            if (!(export instanceof Busy)) {
                return export;
            }
            if (attempt >= settings.busyRetries()) {
                throw new SourceFailureException(
                        "Finam stayed busy after " + (attempt + 1) + " attempts for " + ticker);
            }
        }
    }

    private static Export read(String body, HttpUrl url, String ticker, Timeframe timeframe) {
        for (String forbidden : FORBIDDEN) {
            if (body.contains(forbidden)) {
                throw new SourceRefusedException("Finam refused the export: '" + forbidden + "'; job stopped");
            }
        }
        if (body.contains(BUSY)) {
            return new Busy();
        }
        if (body.contains(TOO_LONG)) {
            return new TooLong();
        }
        if (body.isBlank()) {
            // Finam answers a range without trades with an empty body.
            return new Candles(List.of(), List.of());
        }
        try {
            CsvCandles read = CandleCsvReader.read(
                    new StringReader(body), "Finam " + ticker, new CsvReadOptions(TimeMark.START, timeframe));
            return new Candles(read.candles(), read.rejected());
        } catch (MalformedCsvException e) {
            throw new MalformedSourceBodyException(
                    "Finam sent a malformed export for " + url + ": " + e.getMessage() + "; nothing from it was stored",
                    e);
        }
    }

    private void deliver(Candles candles, Timeframe timeframe, Sink sink) {
        Instant now = clock.instant();
        sink.rejected(candles.rejected().stream()
                .map(row -> new RejectedCandle(row.line(), row.reason()))
                .toList());
        sink.accept(candles.candles().stream()
                .map(candle -> new CandleRow(
                        candle.line(),
                        candle.begin(),
                        candle.open().value(),
                        candle.high().value(),
                        candle.low().value(),
                        candle.close().value(),
                        candle.volume(),
                        candle.value(),
                        timeframe.nextBegin(candle.begin()).isAfter(now)))
                .toList());
    }
}
