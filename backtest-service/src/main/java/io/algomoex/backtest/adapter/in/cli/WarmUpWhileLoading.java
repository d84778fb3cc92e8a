package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.sweep.KernelWarmUp;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Reads the candles on the calling thread while a second thread warms the sweep's own grid up (see {@link
 * KernelWarmUp}): reading is single-threaded, so a spare core would otherwise idle. The warm-up ends once the JIT has
 * compiled the kernel, or as soon as the file is read; it never delays the sweep by more than one combination on about
 * 20,000 generated bars.
 */
final class WarmUpWhileLoading {

    // A bound for a host so slow that its rounds keep getting faster; the kernel is usually compiled within 20.
    private static final int MAX_ROUNDS = 200;

    private WarmUpWhileLoading() {}

    private static void warmUp(BacktestSettings settings, SweepSettings grid, AtomicBoolean loaded) {
        try {
            KernelWarmUp.run(settings, grid, loaded::get, MAX_ROUNDS);
        } catch (RuntimeException e) {
            // A warm-up that fails (settings that generated bars cannot satisfy) only leaves the JIT colder.
        }
    }

    static LoadedBars read(BacktestSettings settings, SweepSettings grid, Supplier<LoadedBars> reader) {
        AtomicBoolean loaded = new AtomicBoolean();
        Thread warmUp = Thread.ofPlatform().daemon().name("kernel-warm-up").start(() -> warmUp(settings, grid, loaded));
        try {
            return reader.get();
        } finally {
            loaded.set(true);
            try {
                warmUp.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
