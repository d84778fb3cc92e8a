package io.algomoex.collector.application;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandle;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.market.csv.TimeMark;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Imports a candle file with the same reader the backtest CLI uses. The whole file is parsed before anything is
 * written, so a file that does not parse stores nothing; the parsed candles are then stored as one batch.
 */
@Service
public class ImportCandles {

    private final StoreAnnouncedBatch batches;

    ImportCandles(StoreAnnouncedBatch batches) {
        this.batches = batches;
    }

    /**
     * @throws io.algomoex.common.market.csv.MalformedCsvException when the file cannot be parsed; nothing is stored
     */
    public ImportReport importCsv(
            Reader csv, String sourceName, Instrument instrument, Timeframe timeframe, TimeMark timeMark) {
        CsvCandles parsed = CandleCsvReader.read(csv, sourceName, new CsvReadOptions(timeMark, timeframe));
        List<CandleRow> rows = new ArrayList<>(parsed.candles().size());
        for (CsvCandle candle : parsed.candles()) {
            rows.add(new CandleRow(
                    candle.line(),
                    candle.begin(),
                    candle.open().value(),
                    candle.high().value(),
                    candle.low().value(),
                    candle.close().value(),
                    candle.volume(),
                    candle.value(),
                    false));
        }
        StoreOutcome outcome = batches.store(instrument, timeframe, CandleSourceName.CSV.code(), rows, false);
        List<RejectedCandle> rejected = new ArrayList<>();
        parsed.rejected().forEach(row -> rejected.add(new RejectedCandle(row.line(), row.reason())));
        rejected.addAll(outcome.rejected());
        long rowsRead = parsed.candles().size()
                + parsed.duplicates()
                + parsed.rejected().size();
        return new ImportReport(rowsRead, outcome.stored(), parsed.duplicates() + outcome.duplicates(), rejected);
    }
}
