package io.algomoex.backtest;

import io.algomoex.backtest.adapter.in.cli.BacktestCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BacktestServiceApplication {

    public static void main(String[] args) {
        // The jar doubles as a command-line tool on CSV files: no Spring context, database or broker for those.
        if (args.length > 0 && BacktestCommandLine.isCommand(args[0])) {
            System.exit(BacktestCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(BacktestServiceApplication.class, args);
    }
}
