package io.algomoex.benchmarks.trading;

import static io.algomoex.benchmarks.trading.StreamedBrokerBenchmark.FIRST;

import io.algomoex.trading.adapter.out.broker.alor.AlorSettings;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlorSocket;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * io.algomoex.benchmarks.trading.AlorCandleToOrderBenchmark [--jdbc-url=…] [--user=…] [--bars=2000] [--warmup=400]}:
 * the Alor issue's latency benchmark, as {@link StreamedBrokerBenchmark} describes, with the Alor dev hosts pointed at
 * the loopback fake Alor of trading-service's tests (REST and {@code /ws} over MockWebServer). Measured: from the
 * moment the fake pushes the bar that closes the previous one on {@code /ws} to the moment the order request has been
 * read in full at the fake; the path is the real OkHttp WebSocket, the bar series, the loop with its JDBC stores, the
 * send policy and the REST client.
 */
public final class AlorCandleToOrderBenchmark {

    private AlorCandleToOrderBenchmark() {}

    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        try (FakeAlor fake = new FakeAlor(Clock.systemUTC())) {
            AlorSettings alor = fake.settings();
            List<String> context = new ArrayList<>(List.of(
                    "--algo.trading.alor.refresh-token=" + fake.refreshToken,
                    "--algo.trading.alor.portfolio=" + fake.portfolio,
                    "--algo.trading.alor.dev.api=" + alor.apiUrl(),
                    "--algo.trading.alor.dev.oauth=" + alor.oauthUrl(),
                    "--algo.trading.alor.dev.ws=" + alor.wsUrl()));
            context.addAll(StreamedBrokerBenchmark.strategyOn("alor"));
            StreamedBrokerBenchmark.Broker broker = new StreamedBrokerBenchmark.Broker(
                    (index, close) -> fake.socket.push(new FakeAlorSocket.Bar(
                            FIRST.plus(Duration.ofMinutes(index)).getEpochSecond(), close, close, close, close, 100)),
                    fake.orderArrivals,
                    (index, close) ->
                            fake.fillWorking(close, new BigDecimal("0.0005"), FIRST.plus(Duration.ofMinutes(index))),
                    fake.socket::connected,
                    fake.violations);
            // Alor re-sends the forming bar: bar i is stored once bar i + 1 arrives.
            StreamedBrokerBenchmark.run(
                    args, out, "AlorCandleToOrderBenchmark", "Alor", "/ws", i -> (long) i, context, broker);
        }
    }
}
