package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;

/**
 * The price step ({@code minstep}) of each instrument, looked up once from {@code /md/v2/Securities} and cached, and
 * limit prices aligned to it exactly: a buy is rounded down and a sell up, so alignment never makes a limit worse.
 */
final class AlorPriceSteps {

    private final AlorRest rest;
    private final String exchange;
    private final Map<Instrument, BigDecimal> steps = new ConcurrentHashMap<>();

    AlorPriceSteps(AlorRest rest, String exchange) {
        this.rest = rest;
        this.exchange = exchange;
    }

    BigDecimal align(Instrument instrument, Side side, BigDecimal price) {
        BigDecimal step = step(instrument);
        BigDecimal aligned = price.divide(step, 0, side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING)
                .multiply(step);
        if (aligned.signum() <= 0) {
            throw new OrderRejectedException(
                    "limit price " + price.toPlainString() + " is below the price step " + step.toPlainString());
        }
        return aligned;
    }

    BigDecimal step(Instrument instrument) {
        BigDecimal known = steps.get(instrument);
        if (known != null) {
            return known;
        }
        AlorRest.Reply reply = rest.call(
                "security",
                new Request.Builder()
                        .url(rest.api("/md/v2/Securities/" + exchange + "/" + instrument.secid() + "?instrumentGroup="
                                + instrument.board()))
                        .get());
        if (reply.code() == 404) {
            throw new OrderRejectedException("Alor does not know " + instrument.secid() + " on " + instrument.board());
        }
        if (reply.code() != 200) {
            throw new BrokerUnavailableException(
                    "Alor answered " + reply.code() + " to the security look-up of " + instrument, null);
        }
        AlorSecurity security = rest.read(reply, AlorSecurity.class, "the security look-up of " + instrument);
        if (security.minstep() == null || security.minstep().signum() <= 0) {
            throw new BrokerUnavailableException("Alor gave no positive price step for " + instrument, null);
        }
        steps.put(instrument, security.minstep());
        return security.minstep();
    }
}
