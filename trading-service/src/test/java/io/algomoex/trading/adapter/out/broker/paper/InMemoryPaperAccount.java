package io.algomoex.trading.adapter.out.broker.paper;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.domain.Execution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The paper broker's books in memory, for unit tests; it outlives a {@code LiveLoopFixture.restart()} as the JDBC
 * account outlives the service. {@link #addFill} and {@link #update} are also how a test gives the broker a partial
 * fill, as an operator could by writing to {@code trading.paper_fills}.
 */
public class InMemoryPaperAccount implements PaperAccount {

    private final Map<String, PaperOrder> orders = new LinkedHashMap<>();
    private final List<Execution> fills = new ArrayList<>();
    private final Map<String, Instant> lastCandles = new HashMap<>();

    @Override
    public <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    @Override
    public PaperOrder accept(PaperOrder order) {
        return orders.computeIfAbsent(order.clientOrderId(), id -> order);
    }

    @Override
    public Optional<PaperOrder> find(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public List<PaperOrder> open() {
        return orders.values().stream().filter(PaperOrder::isOpen).toList();
    }

    @Override
    public void update(PaperOrder order) {
        orders.replace(order.clientOrderId(), order);
    }

    @Override
    public void addFill(Execution fill) {
        if (!orders.containsKey(fill.clientOrderId())) {
            throw new IllegalStateException("no paper order " + fill.clientOrderId());
        }
        fills.add(fill);
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return fills.stream()
                .filter(fill -> fill.clientOrderId().equals(clientOrderId))
                .toList();
    }

    @Override
    public Map<Instrument, Long> positions() {
        Map<Instrument, Long> positions = new HashMap<>();
        for (Execution fill : fills) {
            Instrument instrument = orders.get(fill.clientOrderId()).request().instrument();
            positions.merge(instrument, fill.side().sign() * fill.units(), Long::sum);
        }
        positions.values().removeIf(units -> units == 0);
        return Map.copyOf(positions);
    }

    @Override
    public boolean advance(Instrument instrument, Timeframe timeframe, Instant candleBegin) {
        String key = instrument.secid() + "|" + instrument.board() + "|" + timeframe.code();
        Instant last = lastCandles.get(key);
        if (last != null && !candleBegin.isAfter(last)) {
            return false;
        }
        lastCandles.put(key, candleBegin);
        return true;
    }

    @Override
    public boolean advanceWhenNothingOpen(Instrument instrument, Timeframe timeframe, Instant candleBegin) {
        boolean open = open().stream()
                .map(PaperOrder::request)
                .anyMatch(request -> request.instrument().equals(instrument) && request.timeframe() == timeframe);
        if (open) {
            return false;
        }
        advance(instrument, timeframe, candleBegin);
        return true;
    }

    /** Gives an accepted order a fill, as the exchange would have filled part of it. */
    public void fill(Execution fill) {
        PaperOrder order = orders.get(fill.clientOrderId());
        addFill(fill);
        update(order.withFill(fill.units()));
    }

    /** Every order the broker accepted, by client order id. */
    public Map<String, PaperOrder> orders() {
        return Map.copyOf(orders);
    }
}
