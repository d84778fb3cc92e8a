package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.MarketInstrument;
import java.util.List;

/** The exchange's list of boards a security trades on (ISS {@code /iss/securities/{secid}.json}). */
public interface InstrumentDirectory {

    /**
     * Every board of the security with its engine, market and primary flag.
     *
     * @return an empty list when the exchange does not know the security
     * @throws io.algomoex.collector.domain.SourceFailureException when the directory cannot be read
     */
    List<MarketInstrument> boardsOf(String secid);
}
