package io.algomoex.trading.adapter.out.metrics;

import io.algomoex.trading.application.TradingSettings;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import io.algomoex.trading.domain.StrategyDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Prometheus figures of the live loop: {@code trading_pnl}, {@code trading_position} (lots) and
 * {@code trading_drawdown} per strategy, {@code trading_orders_total{status}}, {@code trading_candles_dropped_total},
 * {@code trading_halted}, the {@code trading_candle_to_order_seconds} histogram and
 * {@code trading_gateway_errors_total}. Gauges are doubles for monitoring only; the books stay exact.
 */
@Component
class MicrometerTradingMetrics implements TradingMetrics {

    private final MeterRegistry registry;
    private final Timer candleToOrder;
    private final Counter gatewayErrors;
    private final Map<String, AtomicReference<Position>> positions = new ConcurrentHashMap<>();
    private final Map<String, StrategyDefinition> definitions = new ConcurrentHashMap<>();

    MicrometerTradingMetrics(MeterRegistry registry, TradingSettings settings, HaltStore halts) {
        this.registry = registry;
        this.candleToOrder = Timer.builder("trading.candle.to.order")
                .description("From a closed candle's arrival to its order request handed to the gateway")
                .publishPercentileHistogram()
                .register(registry);
        this.gatewayErrors = Counter.builder("trading.gateway.errors")
                .description("Calls to the broker gateway that failed because it could not be reached")
                .register(registry);
        for (StrategyDefinition definition : settings.strategies()) {
            definitions.put(definition.id(), definition);
            AtomicReference<Position> holder = new AtomicReference<>();
            positions.put(definition.id(), holder);
            String secid = definition.instrument().secid();
            Gauge.builder(
                            "trading.pnl",
                            holder,
                            ref -> ref.get() == null ? 0 : ref.get().totalPnl().doubleValue())
                    .description("Total P&L of the strategy in roubles, realised net of commission plus unrealised")
                    .tags("strategy", definition.id(), "secid", secid)
                    .register(registry);
            Gauge.builder(
                            "trading.equity",
                            holder,
                            ref -> ref.get() == null
                                    ? Double.NaN
                                    : ref.get().equity().doubleValue())
                    .description("Equity of the strategy in roubles: its capital plus its total P&L; none before its"
                            + " first valued candle")
                    .tags("strategy", definition.id(), "secid", secid)
                    .register(registry);
            Gauge.builder("trading.position", holder, ref -> ref.get() == null ? 0 : lots(ref.get(), definition))
                    .description("Position of the strategy in lots, negative when short")
                    .tags("strategy", definition.id(), "secid", secid)
                    .register(registry);
            Gauge.builder(
                            "trading.drawdown",
                            holder,
                            ref -> ref.get() == null ? 0 : ref.get().drawdown().doubleValue())
                    .description("Drop of the strategy's equity from its peak, as a fraction")
                    .tags("strategy", definition.id(), "secid", secid)
                    .register(registry);
            Gauge.builder(
                            "trading.halted",
                            halts,
                            store -> store.haltReason(definition.id()).isPresent() ? 1 : 0)
                    .description("1 when the strategy takes no new orders because it or the account is halted")
                    .tags("strategy", definition.id())
                    .register(registry);
        }
        for (OrderState state : OrderState.values()) {
            orders(state);
        }
    }

    @Override
    public void candleDropped(String reason) {
        Counter.builder("trading.candles.dropped")
                .description(
                        "Closed candles not acted on: duplicate, out-of-order, for no configured strategy, or history")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void orderReached(OrderState state) {
        orders(state).increment();
    }

    @Override
    public void orderSent(Duration sinceCandle) {
        candleToOrder.record(sinceCandle);
    }

    @Override
    public void gatewayFailed() {
        gatewayErrors.increment();
    }

    @Override
    public void positionValued(Position position) {
        AtomicReference<Position> holder = positions.get(position.strategyId());
        if (holder != null) {
            holder.set(position);
        }
    }

    private Counter orders(OrderState state) {
        return Counter.builder("trading.orders")
                .description("Orders that reached a state")
                .tag("status", state.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private static double lots(Position position, StrategyDefinition definition) {
        return (double) position.units() / definition.lotSize();
    }
}
