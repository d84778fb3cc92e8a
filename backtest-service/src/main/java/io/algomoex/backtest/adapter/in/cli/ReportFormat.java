package io.algomoex.backtest.adapter.in.cli;

/** How results are printed. */
enum ReportFormat {
    TEXT,
    JSON;

    static ReportFormat of(CommandLineArguments args) {
        return switch (args.text("format", "text")) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new UsageException("--format must be json or text, got '" + args.text("format", "") + "'");
        };
    }
}
