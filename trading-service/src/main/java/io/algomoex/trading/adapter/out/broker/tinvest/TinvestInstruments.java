package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Instruments by our ticker and board and by T-Invest's uid, looked up once with {@code InstrumentsService/ShareBy}
 * ({@code INSTRUMENT_ID_TYPE_TICKER} with the board as {@code classCode}, or {@code INSTRUMENT_ID_TYPE_UID}) and
 * cached for the life of the connection.
 */
final class TinvestInstruments {

    private static final String SHARE_BY = "InstrumentsService/ShareBy";

    private final TinvestRest rest;
    private final Map<Instrument, TinvestShare> byInstrument = new ConcurrentHashMap<>();
    private final Map<String, TinvestShare> byUid = new ConcurrentHashMap<>();

    TinvestInstruments(TinvestRest rest) {
        this.rest = rest;
    }

    /**
     * @throws OrderRejectedException when T-Invest has no such instrument
     */
    TinvestShare share(Instrument instrument) {
        TinvestShare known = byInstrument.get(instrument);
        if (known != null) {
            return known;
        }
        ObjectNode request = rest.body()
                .put("idType", "INSTRUMENT_ID_TYPE_TICKER")
                .put("classCode", instrument.board())
                .put("id", instrument.secid());
        return lookUp(request, instrument.toString());
    }

    /** The instrument T-Invest knows under a uid, for positions in instruments no strategy named. */
    TinvestShare byUid(String uid) {
        TinvestShare known = byUid.get(uid);
        if (known != null) {
            return known;
        }
        return lookUp(rest.body().put("idType", "INSTRUMENT_ID_TYPE_UID").put("id", uid), "uid " + uid);
    }

    private TinvestShare lookUp(ObjectNode request, String what) {
        JsonNode answer;
        try {
            answer = rest.call("instrument", SHARE_BY, request);
        } catch (TinvestApiError e) {
            if (e.isNotFound() || e.apiCode == 50002) {
                throw new OrderRejectedException("T-Invest does not know the share " + what + " (" + e.apiCode + ")");
            }
            throw e;
        }
        TinvestShare share;
        try {
            JsonNode found = answer.path("instrument");
            BigDecimal step = TinvestWire.decimal(found, "minPriceIncrement");
            if (step.signum() <= 0) {
                throw new IllegalArgumentException("minPriceIncrement is not positive");
            }
            long lot = TinvestWire.int64(found, "lot", 0);
            if (lot < 1) {
                throw new IllegalArgumentException("lot is not positive");
            }
            share = new TinvestShare(
                    new Instrument(TinvestWire.text(found, "ticker"), TinvestWire.text(found, "classCode")),
                    TinvestWire.text(found, "uid"),
                    found.path("figi").asString(""),
                    lot,
                    step,
                    found.path("apiTradeAvailableFlag").asBoolean(false),
                    found.path("buyAvailableFlag").asBoolean(false),
                    found.path("sellAvailableFlag").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new BrokerUnavailableException(
                    "T-Invest described the share " + what + " with fields that do not fit: " + e.getMessage(), e);
        }
        byInstrument.put(share.instrument(), share);
        byUid.put(share.uid(), share);
        return share;
    }
}
