package io.algomoex.trading.application.port;

import java.time.Duration;

/**
 * Lets time pass between two attempts of a call. Production sleeps the calling thread; tests advance a clock instead,
 * so waiting is tested without real sleeps.
 */
public interface Sleeper {

    /**
     * Waits about {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
