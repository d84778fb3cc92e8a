package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A broker that answers submits as scripted: each scripted failure is thrown once, in order, and may still have
 * placed the order (as when an answer is lost after the broker accepted); with the script used up, submits succeed.
 * Orders are kept by client id, so a repeated id is the same order, as at Alor and T-Invest.
 */
class ScriptedBrokerGateway implements BrokerGateway {

    record Step(RuntimeException failure, boolean placed) {}

    final Deque<Step> script = new ArrayDeque<>();
    final List<String> submits = new ArrayList<>();
    final List<String> lookups = new ArrayList<>();
    final Map<String, BrokerOrder> orders = new LinkedHashMap<>();
    final Map<String, List<Execution>> fills = new LinkedHashMap<>();

    ScriptedBrokerGateway failing(RuntimeException failure, boolean placed) {
        script.add(new Step(failure, placed));
        return this;
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        submits.add(request.clientOrderId());
        Step step = script.poll();
        if (step == null || step.placed()) {
            orders.putIfAbsent(
                    request.clientOrderId(), new BrokerOrder(request.clientOrderId(), OrderState.SUBMITTED, 0, null));
        }
        if (step != null) {
            throw step.failure();
        }
        return orders.get(request.clientOrderId());
    }

    @Override
    public void cancel(String clientOrderId) {}

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        lookups.add(clientOrderId);
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return orders.values().stream().filter(BrokerOrder::isOpen).toList();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return fills.getOrDefault(clientOrderId, List.of());
    }

    @Override
    public Map<Instrument, Long> positions() {
        return Map.of();
    }

    /** The candles handed to {@link #executionsUpTo}, in order. */
    final List<Candle> candles = new ArrayList<>();

    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        candles.add(closed);
        return List.of();
    }
}
