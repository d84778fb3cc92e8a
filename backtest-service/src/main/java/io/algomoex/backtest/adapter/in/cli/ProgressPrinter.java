package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.sweep.SweepProgress;
import java.io.PrintStream;

/** Prints sweep progress to standard error in steps of ten percent; thread-safe. */
final class ProgressPrinter implements SweepProgress {

    private final PrintStream err;
    private final String label;
    private int printedTenths;

    ProgressPrinter(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    static SweepProgress of(boolean quiet, PrintStream err, String label) {
        return quiet ? SweepProgress.NONE : new ProgressPrinter(err, label);
    }

    @Override
    public synchronized void update(long done, long total) {
        int tenths = total == 0 ? 10 : (int) (10 * done / total);
        if (tenths > printedTenths) {
            printedTenths = tenths;
            err.printf("%s: %d%% (%d of %d combinations)%n", label, tenths * 10, done, total);
        }
    }
}
