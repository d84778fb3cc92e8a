package io.algomoex.backtest.adapter.in.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;

/** What every command has: the streams it prints to, the input and report options, and the account options. */
abstract class CsvCommand implements Callable<Integer> {

    final PrintStream out;
    final PrintStream err;

    @Mixin
    CommonOptions common;

    @Mixin
    AccountOptions account;

    CsvCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints the report in the format asked for; only that one is built. */
    int print(Supplier<String> json, Supplier<String> text) {
        out.println(common.format == ReportFormat.JSON ? json.get() : text.get());
        return BacktestCommandLine.OK;
    }
}
