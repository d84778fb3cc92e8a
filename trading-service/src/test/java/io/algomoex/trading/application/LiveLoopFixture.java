package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.trading.adapter.out.broker.paper.InMemoryPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.LoopReads;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The live loop wired to the paper broker and in-memory stores. */
final class LiveLoopFixture {

    static final Instrument INSTRUMENT = new Instrument("SBER", "TQBR");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC);

    final InMemoryOrderStore orders = new InMemoryOrderStore();
    final InMemoryPositionStore positions = new InMemoryPositionStore();
    final InMemoryCandleProgressStore progress = new InMemoryCandleProgressStore();
    final RecordingOutbox outbox = new RecordingOutbox();
    final RecordingMetrics metrics = new RecordingMetrics();
    final InMemoryMarketDataFeed feed = new InMemoryMarketDataFeed();
    final InMemoryHaltStore halts = new InMemoryHaltStore();
    final BrokerGateway gateway;
    final StrategyDefinition definition;
    private final BigDecimal capital;
    private final Set<String> streamed;
    private RiskSettings risk = unlimited();
    private Duration pnlInterval = Duration.ZERO;
    // The fixtures replay candles of January 2026: every one of them is live unless a test says otherwise.
    private HistoryCutoff cutoff = new HistoryCutoff(Instant.MIN);
    Clock clock = Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC);
    PublishPnlUpdates pnlUpdates;
    ActOnClosedCandle loop;

    LiveLoopFixture(int fast, int slow, long lots, int lotSize, BigDecimal commission, BigDecimal capital) {
        this(fast, slow, lots, lotSize, new PaperBrokerGateway(commission, new InMemoryPaperAccount(), CLOCK), capital);
    }

    LiveLoopFixture(int fast, int slow, long lots, int lotSize, BrokerGateway gateway, BigDecimal capital) {
        this(fast, slow, lots, lotSize, gateway, capital, "paper", false);
    }

    /** The loop trading through {@code broker}, fed by its candle stream when {@code streamed}. */
    LiveLoopFixture(
            int fast,
            int slow,
            long lots,
            int lotSize,
            BrokerGateway gateway,
            BigDecimal capital,
            String broker,
            boolean streamed) {
        this.streamed = streamed ? Set.of(broker) : Set.of();
        this.gateway = gateway;
        this.definition = new StrategyDefinition(
                "sber-sma",
                INSTRUMENT,
                Timeframe.H1,
                "sma-cross",
                Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow)),
                Quantity.ofLots(lots),
                lotSize,
                broker);
        this.capital = capital;
        this.loop = newLoop();
    }

    /** A new loop over the same stores and broker, as after a restart of the service. */
    void restart() {
        loop = newLoop();
        loop.warmUp();
    }

    /** The same stores under other risk settings; the fixture starts without limits or session hours. */
    LiveLoopFixture withRisk(RiskSettings settings) {
        risk = settings;
        loop = newLoop();
        return this;
    }

    /** The same stores with P&amp;L events throttled to one per interval by the given clock. */
    LiveLoopFixture withPnlUpdates(Duration interval, Clock clock) {
        this.pnlInterval = interval;
        this.clock = clock;
        loop = newLoop();
        return this;
    }

    /** The same stores, trading only candles that close after {@code tradeFrom}. */
    LiveLoopFixture tradingFrom(Instant tradeFrom) {
        cutoff = new HistoryCutoff(tradeFrom);
        loop = newLoop();
        return this;
    }

    /** Limits no test reaches and no session hours, so only the limit a test sets can refuse an order. */
    static RiskSettings unlimited() {
        RiskLimits none = unlimitedLimits();
        return new RiskSettings(none, Map.of(), none, List.of());
    }

    static RiskLimits unlimitedLimits() {
        return new RiskLimits(
                Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, new BigDecimal("1e15"), BigDecimal.ONE, Integer.MAX_VALUE);
    }

    private ActOnClosedCandle newLoop() {
        TradingBooks books = new TradingBooks(orders, positions, progress, outbox, new DirectTransactions());
        pnlUpdates = new PublishPnlUpdates(new PnlUpdateSettings(pnlInterval), books, clock);
        return new ActOnClosedCandle(
                settings(),
                gateway,
                feed,
                books,
                LoopReads.separately(positions, halts),
                metrics,
                pnlUpdates,
                cutoff,
                clock,
                new BookExecutions(books, metrics, new AccountSettings(capital)),
                new PlaceOrder(gateway, books, metrics, clock),
                new CheckRisk(risk, settings(), halts, books.outbox()));
    }

    /** What the service wires once for every use case: the order placement and fill booking over these books. */
    static AdoptBrokerOrder adopt(
            BrokerGateway gateway, TradingBooks books, TradingMetrics metrics, AccountSettings account, Clock clock) {
        return new AdoptBrokerOrder(
                books,
                new BookExecutions(books, metrics, account),
                new PlaceOrder(gateway, books, metrics, clock),
                clock);
    }

    static FollowBrokerOrders follow(
            TradingSettings settings,
            AccountSettings account,
            BrokerGateway gateway,
            TradingBooks books,
            TradingMetrics metrics,
            Clock clock) {
        return new FollowBrokerOrders(
                settings, gateway, books, metrics, adopt(gateway, books, metrics, account, clock));
    }

    static ReconcileWithBroker reconcile(
            TradingSettings settings,
            AccountSettings account,
            BrokerGateway gateway,
            TradingBooks books,
            HaltStore halts,
            TradingMetrics metrics,
            Clock clock) {
        return new ReconcileWithBroker(
                settings,
                gateway,
                books,
                halts,
                clock,
                new PlaceOrder(gateway, books, metrics, clock),
                adopt(gateway, books, metrics, account, clock));
    }

    static CancelOrder cancelOrder(
            TradingSettings settings,
            AccountSettings account,
            BrokerGateway gateway,
            TradingBooks books,
            ActOnClosedCandle loop,
            TradingMetrics metrics,
            Clock clock) {
        return new CancelOrder(
                settings,
                gateway,
                books,
                loop,
                new PlaceOrder(gateway, books, metrics, clock),
                adopt(gateway, books, metrics, account, clock));
    }

    TradingSettings settings() {
        return new TradingSettings(
                streamed.isEmpty() ? TradingMode.PAPER : TradingMode.SANDBOX, List.of(definition), streamed);
    }

    TradingBooks books() {
        return new TradingBooks(orders, positions, progress, outbox, new DirectTransactions());
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

    /** The engine's bars as the fixture's candles, prices as exact decimals of the engine's doubles. */
    static List<Candle> candles(BarSeries bars) {
        List<Candle> candles = new ArrayList<>(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            candles.add(candle(
                    bars.time(i),
                    BigDecimal.valueOf(bars.open(i)),
                    BigDecimal.valueOf(bars.high(i)),
                    BigDecimal.valueOf(bars.low(i)),
                    BigDecimal.valueOf(bars.close(i)),
                    (long) bars.volume(i)));
        }
        return candles;
    }

    static Candle candle(Instant begin, String open, String high, String low, String close) {
        return candle(
                begin, new BigDecimal(open), new BigDecimal(high), new BigDecimal(low), new BigDecimal(close), 100);
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
