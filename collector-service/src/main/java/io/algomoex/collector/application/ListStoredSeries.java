package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.StoredSeries;
import java.util.List;
import org.springframework.stereotype.Service;

/** Lists what has been collected so far. */
@Service
public class ListStoredSeries {

    private final CandleStore candles;

    ListStoredSeries(CandleStore candles) {
        this.candles = candles;
    }

    public List<StoredSeries> list() {
        return candles.storedSeries();
    }
}
