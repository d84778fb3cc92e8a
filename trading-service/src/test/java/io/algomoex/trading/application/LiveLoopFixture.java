package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The live loop wired to the paper broker and in-memory stores. */
final class LiveLoopFixture {

    static final Instrument INSTRUMENT = new Instrument("SBER", "TQBR");

    final InMemoryOrderStore orders = new InMemoryOrderStore();
    final InMemoryPositionStore positions = new InMemoryPositionStore();
    final InMemoryCandleProgressStore progress = new InMemoryCandleProgressStore();
    final RecordingOutbox outbox = new RecordingOutbox();
    final RecordingMetrics metrics = new RecordingMetrics();
    final InMemoryMarketDataFeed feed = new InMemoryMarketDataFeed();
    final Map<String, String> halts = new HashMap<>();
    final BrokerGateway gateway;
    final StrategyDefinition definition;
    private final BigDecimal capital;
    ActOnClosedCandle loop;

    LiveLoopFixture(int fast, int slow, long lots, int lotSize, BigDecimal commission, BigDecimal capital) {
        this(fast, slow, lots, lotSize, new PaperBrokerGateway(commission), capital);
    }

    LiveLoopFixture(int fast, int slow, long lots, int lotSize, BrokerGateway gateway, BigDecimal capital) {
        this.gateway = gateway;
        this.definition = new StrategyDefinition(
                "sber-sma",
                INSTRUMENT,
                Timeframe.H1,
                "sma-cross",
                Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow)),
                Quantity.ofLots(lots),
                lotSize,
                "paper");
        this.capital = capital;
        this.loop = newLoop();
    }

    /** A new loop over the same stores and broker, as after a restart of the service. */
    void restart() {
        loop = newLoop();
        loop.warmUp();
    }

    private ActOnClosedCandle newLoop() {
        HaltStore haltStore = () -> Map.copyOf(halts);
        return new ActOnClosedCandle(
                new TradingSettings(TradingMode.PAPER, List.of(definition)),
                new AccountSettings(capital),
                gateway,
                feed,
                new TradingBooks(orders, positions, progress, outbox, new DirectTransactions()),
                haltStore,
                metrics,
                Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC));
    }

    void replay(List<Candle> candles) {
        candles.forEach(loop::handle);
    }

    List<Order> filledInFillOrder() {
        return orders.all().stream()
                .filter(order -> order.state() == OrderState.FILLED)
                .sorted(Comparator.comparing(Order::filledAt))
                .toList();
    }

    static Candle candle(Instant begin, String open, String high, String low, String close) {
        return new Candle(
                INSTRUMENT,
                Timeframe.H1,
                begin,
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                100,
                null);
    }

    /** A candle of the fixture's instrument from exact decimal prices. */
    static Candle candle(
            Instant begin, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
        return new Candle(
                INSTRUMENT,
                Timeframe.H1,
                begin,
                Price.of(open),
                Price.of(high),
                Price.of(low),
                Price.of(close),
                volume,
                null);
    }
}
