package io.algomoex.trading;

import io.algomoex.trading.bench.CandleToOrderBenchmark;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TradingServiceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench-latency")) {
            // A command of the same jar: see CandleToOrderBenchmark.
            CandleToOrderBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out);
            return;
        }
        SpringApplication.run(TradingServiceApplication.class, args);
    }
}
