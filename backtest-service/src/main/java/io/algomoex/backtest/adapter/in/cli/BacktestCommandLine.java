package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.MalformedCsvException;
import io.algomoex.common.market.csv.TimeMark;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The command-line entry: {@code backtest}, {@code sweep} and {@code walk-forward}. Needs no Spring
 * context, database, broker or network. Exit codes: 0 done, 2 bad arguments or input (a malformed CSV line is
 * reported with file and line), 1 anything unexpected.
 */
@Command(name = "backtest-service", footer = "add --help to a command for its options")
public final class BacktestCommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    // By name, so that main's question before every Spring start loads no picocli class, and a run builds the
    // option model of its own command only: picocli's reflection over all three would add ~100 ms to each run.
    private static final Map<String, BiFunction<PrintStream, PrintStream, Object>> COMMANDS = Map.of(
            "backtest", BacktestCommand::new,
            "sweep", SweepCommand::new,
            "walk-forward", WalkForwardCommand::new);

    private final PrintStream err;

    private BacktestCommandLine(PrintStream err) {
        this.err = err;
    }

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
        BacktestCommandLine handler = new BacktestCommandLine(err);
        if (args.length == 0 || !isCommand(args[0])) {
            CommandLine all = handler.commandLine(handler, out);
            new TreeMap<>(COMMANDS).forEach((name, command) -> all.addSubcommand(name, command.apply(out, err)));
            err.println(all.getUsageMessage());
            return BAD_INPUT;
        }
        return handler.commandLine(COMMANDS.get(args[0]).apply(out, err), out)
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }

    private CommandLine commandLine(Object command, PrintStream out) {
        CommandLine commandLine = new CommandLine(command)
                // A CSV path that starts with @ is a file name, not picocli's argument file.
                .setExpandAtFiles(false)
                .setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true))
                .setParameterExceptionHandler(this::badArguments)
                .setExecutionExceptionHandler(this::failed);
        commandLine.registerConverter(ParameterRange.class, parsed(ParameterRange::parse));
        commandLine.registerConverter(Objective.class, parsed(Objective::parse));
        commandLine.registerConverter(TimeMark.class, parsed(TimeMark::parse));
        commandLine.registerConverter(Timeframe.class, parsed(Timeframe::parse));
        commandLine.registerConverter(FillModel.class, parsed(BacktestCommandLine::fillModel));
        commandLine.registerConverter(ReportFormat.class, parsed(ReportFormat::parse));
        return commandLine;
    }

    /** A parser's message names the value it refused; picocli puts the option's name in front. */
    private static <T> ITypeConverter<T> parsed(Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    private static FillModel fillModel(String text) {
        return switch (text) {
            case "next-open" -> FillModel.NEXT_OPEN;
            case "signal-close" -> FillModel.SIGNAL_CLOSE;
            default -> throw new IllegalArgumentException("must be next-open or signal-close, got '" + text + "'");
        };
    }

    private int badArguments(ParameterException e, String[] args) {
        err.println("error: " + e.getMessage());
        err.println("see: " + e.getCommandLine().getCommandName() + " --help");
        return BAD_INPUT;
    }

    private int failed(Exception e, CommandLine command, ParseResult parsed) {
        switch (e) {
            case MalformedCsvException malformed -> err.println("error: " + malformed.getMessage());
            case UsageException usage -> {
                err.println("error: " + usage.getMessage());
                err.println("see: " + command.getCommandName() + " --help");
            }
            default -> {
                err.println("unexpected error: " + e);
                return FAILED;
            }
        }
        return BAD_INPUT;
    }
}
