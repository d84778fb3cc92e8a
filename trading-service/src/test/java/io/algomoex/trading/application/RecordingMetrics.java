package io.algomoex.trading.application;

import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

class RecordingMetrics implements TradingMetrics {

    final List<String> dropped = new ArrayList<>();
    final Map<OrderState, Integer> orders = new EnumMap<>(OrderState.class);

    @Override
    public void candleDropped(String reason) {
        dropped.add(reason);
    }

    @Override
    public void orderReached(OrderState state) {
        orders.merge(state, 1, Integer::sum);
    }

    final List<Duration> sent = new ArrayList<>();
    int gatewayFailures;

    @Override
    public void orderSent(Duration sinceCandle) {
        sent.add(sinceCandle);
    }

    @Override
    public void gatewayFailed() {
        gatewayFailures++;
    }

    @Override
    public void positionValued(Position position) {}
}
