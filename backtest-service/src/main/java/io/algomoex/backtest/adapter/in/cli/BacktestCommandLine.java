package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.csv.MalformedCsvException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The command-line entry: {@code backtest}, {@code sweep} and {@code walk-forward}. Needs no Spring
 * context, database, broker or network. Exit codes: 0 done, 2 bad arguments or input (a malformed CSV line is
 * reported with file and line), 1 anything unexpected.
 */
public final class BacktestCommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @FunctionalInterface
    private interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "backtest", BacktestCommand::run,
            "sweep", SweepCommand::run,
            "walk-forward", WalkForwardCommand::run);

    private BacktestCommandLine() {}

    /** Whether {@code firstArgument} names a command of this CLI (rather than a Spring Boot argument). */
    public static boolean isCommand(String firstArgument) {
        return COMMANDS.containsKey(firstArgument);
    }

    /**
     * Runs the command named by {@code args[0]}.
     *
     * @return the process exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            err.println(Usage.ALL);
            return BAD_INPUT;
        }
        if (Arrays.asList(args).contains("--help")) {
            out.println(Usage.of(args[0]));
            return OK;
        }
        try {
            return COMMANDS.get(args[0]).run(args, out, err);
        } catch (MalformedCsvException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("see: " + args[0] + " --help");
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("unexpected error: " + e);
            return FAILED;
        }
    }
}
