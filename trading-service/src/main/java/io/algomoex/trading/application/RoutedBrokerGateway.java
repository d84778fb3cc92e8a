package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One gateway per broker name: an order goes to the gateway its strategy's {@code broker} names, and calls about an
 * order (cancel, look-up, fills) go where its strategy trades, found through the stored order. Account-wide calls
 * (open orders, positions, candle fills) ask every gateway and join the answers; positions of one instrument held at
 * two brokers are added up, as our books add up the strategies' positions.
 */
public final class RoutedBrokerGateway implements BrokerGateway {

    private final Map<String, BrokerGateway> byBroker;
    private final Map<String, String> brokerOfStrategy = new LinkedHashMap<>();
    private final Map<Series, List<BrokerGateway>> gatewaysOfSeries = new LinkedHashMap<>();
    private final OrderStore orders;
    private final String fallback;

    /**
     * @param byBroker gateway per broker name; every strategy's broker must be among them
     * @param fallback the broker of orders whose strategy is no longer configured, usually {@code paper}
     */
    public RoutedBrokerGateway(
            Map<String, BrokerGateway> byBroker,
            List<StrategyDefinition> strategies,
            OrderStore orders,
            String fallback) {
        this.byBroker = Map.copyOf(byBroker);
        this.orders = orders;
        this.fallback = fallback;
        for (StrategyDefinition strategy : strategies) {
            if (!this.byBroker.containsKey(strategy.broker())) {
                throw new IllegalArgumentException("strategy " + strategy.id() + " trades through '" + strategy.broker()
                        + "', which has no gateway");
            }
            brokerOfStrategy.put(strategy.id(), strategy.broker());
            List<BrokerGateway> ofSeries = gatewaysOfSeries.computeIfAbsent(
                    new Series(strategy.instrument(), strategy.timeframe()), series -> new ArrayList<>());
            BrokerGateway gateway = this.byBroker.get(strategy.broker());
            if (!ofSeries.contains(gateway)) {
                ofSeries.add(gateway);
            }
        }
        if (!this.byBroker.containsKey(fallback)) {
            throw new IllegalArgumentException("the fallback broker '" + fallback + "' has no gateway");
        }
    }

    /** The gateway of a broker name. */
    public Optional<BrokerGateway> gateway(String broker) {
        return Optional.ofNullable(byBroker.get(broker));
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        return ofStrategy(request.strategyId()).submit(request);
    }

    @Override
    public void cancel(String clientOrderId) {
        ofOrder(clientOrderId).cancel(clientOrderId);
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        return ofOrder(clientOrderId).order(clientOrderId);
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId, Instant createdAt) {
        return ofOrder(clientOrderId).order(clientOrderId, createdAt);
    }

    @Override
    public List<BrokerOrder> openOrders() {
        List<BrokerOrder> open = new ArrayList<>();
        byBroker.values().forEach(gateway -> open.addAll(gateway.openOrders()));
        return open;
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return ofOrder(clientOrderId).fills(clientOrderId);
    }

    @Override
    public Map<Instrument, Long> positions() {
        Map<Instrument, Long> all = new LinkedHashMap<>();
        byBroker.values().forEach(gateway -> gateway.positions().forEach((k, v) -> all.merge(k, v, Long::sum)));
        all.values().removeIf(units -> units == 0);
        return all;
    }

    /**
     * Asks only the gateways of the strategies that trade the candle's instrument and timeframe: no other gateway has
     * an order of that series to fill, and the paper broker would otherwise write its candle clock for every streamed
     * candle, a database round trip on the way to an Alor order.
     */
    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        List<BrokerGateway> gateways =
                gatewaysOfSeries.getOrDefault(new Series(closed.instrument(), closed.timeframe()), List.of());
        if (gateways.size() == 1) {
            return gateways.getFirst().executionsUpTo(closed);
        }
        List<Execution> executions = new ArrayList<>();
        gateways.forEach(gateway -> executions.addAll(gateway.executionsUpTo(closed)));
        return executions;
    }

    private BrokerGateway ofStrategy(String strategyId) {
        return byBroker.get(brokerOfStrategy.getOrDefault(strategyId, fallback));
    }

    private BrokerGateway ofOrder(String clientOrderId) {
        return ofStrategy(orders.find(clientOrderId).map(Order::strategyId).orElse(""));
    }

    private record Series(Instrument instrument, Timeframe timeframe) {}
}
