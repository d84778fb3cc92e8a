package io.algomoex.collector;

import io.algomoex.collector.adapter.out.persistence.CandleIngestBenchmark;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CollectorServiceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench-ingest")) {
            // A command of the same jar, without the web application: see CandleIngestBenchmark.
            CandleIngestBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out);
            return;
        }
        SpringApplication.run(CollectorServiceApplication.class, args);
    }
}
