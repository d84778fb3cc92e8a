package io.algomoex.benchmarks.trading;

import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvest;
import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvestSocket;
import io.algomoex.trading.adapter.out.broker.tinvest.TinvestSettings;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * io.algomoex.benchmarks.trading.TinvestCandleToOrderBenchmark [--jdbc-url=…] [--user=…] [--bars=2000]
 * [--warmup=400]}: the T-Invest issue's latency benchmark, as {@link StreamedBrokerBenchmark} describes, with the
 * sandbox hosts pointed at the loopback fake T-Invest of trading-service's tests (REST gateway and
 * {@code MarketDataStream} over MockWebServer; the sandbox account is opened and funded at start). Measured: from the
 * moment the fake sends a closed candle on the stream to the moment the {@code PostOrder} request has been read in
 * full at the fake; the path is the real OkHttp WebSocket, the candle series, the loop with its JDBC stores, the send
 * policy and the REST client.
 */
public final class TinvestCandleToOrderBenchmark {

    private TinvestCandleToOrderBenchmark() {}

    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        Clock clock = Clock.systemUTC();
        // The stream hands on candles after the last closed one at subscription (a minute before now), so the bars
        // start at the current minute; they are still after the strategy's trade-from.
        Instant first = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        try (FakeTinvest fake = new FakeTinvest(clock)) {
            TinvestSettings tinvest = fake.settings();
            List<String> context = new ArrayList<>(List.of(
                    "--algo.trading.tinvest.token=" + fake.token,
                    "--algo.trading.tinvest.sandbox.rest=" + tinvest.restUrl(),
                    "--algo.trading.tinvest.sandbox.ws=" + tinvest.wsUrl()));
            context.addAll(StreamedBrokerBenchmark.strategyOn("tinvest"));
            StreamedBrokerBenchmark.Broker broker = new StreamedBrokerBenchmark.Broker(
                    (index, close) -> fake.socket.push(new FakeTinvestSocket.Bar(
                            first.plus(Duration.ofMinutes(index)), close, close, close, close, 10)),
                    fake.orderArrivals,
                    (index, close) ->
                            fake.fillWorking(close, new BigDecimal("0.0005"), first.plus(Duration.ofMinutes(index))),
                    fake.socket::subscribed,
                    fake.violations);
            // T-Invest sends closed candles only: bar i is stored as soon as it arrives.
            StreamedBrokerBenchmark.run(
                    args,
                    out,
                    "TinvestCandleToOrderBenchmark",
                    "T-Invest",
                    "MarketDataStream",
                    i -> i + 1L,
                    context,
                    broker);
        }
    }
}
