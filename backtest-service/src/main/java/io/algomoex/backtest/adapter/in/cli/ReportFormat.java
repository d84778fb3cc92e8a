package io.algomoex.backtest.adapter.in.cli;

/** How results are printed. */
enum ReportFormat {
    TEXT,
    JSON;

    static ReportFormat parse(String text) {
        return switch (text) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("must be json or text, got '" + text + "'");
        };
    }
}
