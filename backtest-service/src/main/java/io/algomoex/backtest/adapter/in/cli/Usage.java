package io.algomoex.backtest.adapter.in.cli;

/** Help texts. */
final class Usage {

    private static final String ACCOUNT = """
              account and execution (defaults are Backtrader's semantics):
                --cash 1000000  --commission 0.0005 (fraction of traded value)
                --size 10 (units, or lots with --lot-size)
                --fill next-open|signal-close  --slippage-bps 0  --lot-size N --price-step 0.01  --percent-equity P
                --allow-short  --risk-free 0 (annual, for Sharpe and Sortino)
              input:
                --csv FILE  --time-mark start|end  --timeframe 1m|5m|10m|15m|30m|1h|1d|1w|1mo|1q (for end marks)
              output:
                --format text|json  --quiet (no progress on standard error)
            """;

    static final String BACKTEST = "backtest --csv FILE [--fast 20 --slow 50] [--no-equity] [options]\n" + ACCOUNT;

    static final String SWEEP =
            "sweep --csv FILE --fast 5:50:1 --slow 20:200:5 [--objective sharpe --top 10 --min-trades 0 --threads N]"
                    + " [options]\n  objectives: final-value, total-return, sharpe, sortino, profit-factor,"
                    + " return-drawdown\n"
                    + ACCOUNT;

    static final String WALK_FORWARD =
            "walk-forward --csv FILE --fast 5:50:1 --slow 20:200:5 --train BARS --test BARS [--step BARS] [--anchored]"
                    + " [--objective sharpe --min-trades 0] [--no-equity] [options]\n"
                    + ACCOUNT;

    static final String ALL = "commands:\n  " + BACKTEST.lines().findFirst().orElseThrow() + "\n  "
            + SWEEP.lines().findFirst().orElseThrow() + "\n  "
            + WALK_FORWARD.lines().findFirst().orElseThrow()
            + "\nadd --help to a command for its options";

    private Usage() {}

    static String of(String command) {
        return switch (command) {
            case "backtest" -> BACKTEST;
            case "sweep" -> SWEEP;
            default -> WALK_FORWARD;
        };
    }
}
