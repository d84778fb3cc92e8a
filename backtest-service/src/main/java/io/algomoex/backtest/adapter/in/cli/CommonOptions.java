package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.TimeMark;
import picocli.CommandLine.Option;

/** Options every command takes: the candle file and how to read it, the report format and progress, and help. */
final class CommonOptions {

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "candle file (Finam or ISS columns)")
    String file;

    @Option(
            names = "--time-mark",
            defaultValue = "start",
            paramLabel = "start|end",
            description = "whether a row's time is its bar's start or end")
    TimeMark timeMark;

    @Option(
            names = "--timeframe",
            paramLabel = "1m|5m|10m|15m|30m|1h|1d|1w|1mo|1q",
            description = "bar length, needed for end marks")
    Timeframe timeframe;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "report format")
    ReportFormat format;

    @Option(names = "--quiet", description = "no progress on standard error")
    boolean quiet;

    @Option(names = "--help", usageHelp = true, description = "print this help")
    boolean help;
}
