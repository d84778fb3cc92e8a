package io.algomoex.trading.adapter.out.broker.paper;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Simulated fills with the backtest's fill model (Backtrader's default broker): a market order fills in full at the
 * open of the next closed candle of the instrument and timeframe it was placed on, with a commission of
 * {@code units * rate * price}; no slippage, no partial fills, no cash check. Prices and commissions are exact
 * decimals. State lives in memory: the paper account starts empty with every run of the service.
 */
public class PaperBrokerGateway implements BrokerGateway {

    private final BigDecimal commissionRate;
    private final Map<String, PaperOrder> orders = new LinkedHashMap<>();
    private final Map<Instrument, Long> positions = new HashMap<>();
    private final Map<Key, Instant> lastCandles = new HashMap<>();

    /** @param commissionRate commission as a fraction of each fill's value ({@code 0.0005} = 0.05 %), zero or more */
    public PaperBrokerGateway(BigDecimal commissionRate) {
        if (commissionRate == null || commissionRate.signum() < 0) {
            throw new IllegalArgumentException("commission rate must be zero or more, got " + commissionRate);
        }
        this.commissionRate = commissionRate;
    }

    @Override
    public synchronized BrokerOrder submit(OrderRequest request) {
        PaperOrder order = orders.computeIfAbsent(request.clientOrderId(), id -> new PaperOrder(request));
        return order.view();
    }

    @Override
    public synchronized void cancel(String clientOrderId) {
        PaperOrder order = orders.get(clientOrderId);
        if (order != null && order.state == OrderState.SUBMITTED) {
            order.state = OrderState.CANCELLED;
        }
    }

    @Override
    public synchronized Optional<BrokerOrder> order(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId)).map(PaperOrder::view);
    }

    @Override
    public synchronized Map<Instrument, Long> positions() {
        Map<Instrument, Long> open = new HashMap<>(positions);
        open.values().removeIf(units -> units == 0);
        return Map.copyOf(open);
    }

    @Override
    public synchronized List<Execution> executionsUpTo(Candle closed) {
        Key key = new Key(closed.instrument(), closed.timeframe());
        Instant last = lastCandles.get(key);
        if (last != null && !closed.begin().isAfter(last)) {
            return List.of();
        }
        lastCandles.put(key, closed.begin());
        BigDecimal price = closed.open().value();
        List<Execution> executions = new ArrayList<>();
        for (PaperOrder order : orders.values()) {
            if (order.state == OrderState.SUBMITTED && order.key().equals(key)) {
                executions.add(order.fill(price, closed.begin()));
                positions.merge(key.instrument(), order.signedUnits(), Long::sum);
            }
        }
        return executions;
    }

    private record Key(Instrument instrument, Timeframe timeframe) {
        Key {
            Objects.requireNonNull(instrument);
            Objects.requireNonNull(timeframe);
        }
    }

    private final class PaperOrder {

        private final OrderRequest request;
        private OrderState state = OrderState.SUBMITTED;

        PaperOrder(OrderRequest request) {
            this.request = request;
        }

        Key key() {
            return new Key(request.instrument(), request.timeframe());
        }

        long signedUnits() {
            return request.side().sign() * request.units();
        }

        Execution fill(BigDecimal price, Instant at) {
            state = OrderState.FILLED;
            BigDecimal commission =
                    BigDecimal.valueOf(request.units()).multiply(commissionRate).multiply(price);
            return new Execution(request.clientOrderId(), request.side(), request.units(), price, commission, at);
        }

        BrokerOrder view() {
            return new BrokerOrder(
                    request.clientOrderId(), state, state == OrderState.FILLED ? request.units() : 0, null);
        }
    }
}
