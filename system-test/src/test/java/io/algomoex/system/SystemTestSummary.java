package io.algomoex.system;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the run's one summary line, {@code system-test: N passed, N failed}, after the last step. */
final class SystemTestSummary implements TestWatcher, AfterAllCallback {

    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    @Override
    public void testSuccessful(ExtensionContext context) {
        passed.incrementAndGet();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed.incrementAndGet();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        failed.incrementAndGet();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        failed.incrementAndGet();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // A stack that did not come up ran no step: that is a failure, not an empty run.
        int notRun = passed.get() + failed.get() == 0
                        && context.getExecutionException().isPresent()
                ? 1
                : 0;
        System.out.println("system-test: " + passed.get() + " passed, " + (failed.get() + notRun) + " failed");
    }
}
