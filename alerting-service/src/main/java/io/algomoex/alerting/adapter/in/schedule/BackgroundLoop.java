package io.algomoex.alerting.adapter.in.schedule;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A loop on its own thread that starts with the context and, on shutdown, is asked to stop and waited for: the round
 * under way finishes (a message being sent is sent and recorded) before the context closes, so a restart neither
 * loses nor repeats work. Waits between rounds end early on {@link #stop()}.
 */
abstract class BackgroundLoop implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration stopTimeout;
    private final boolean interruptOnStop;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private final Object pause = new Object();

    /**
     * @param interruptOnStop whether stopping interrupts a round under way; only for rounds that lose nothing when
     *     cut short, such as a long poll that confirms nothing until the next one
     */
    BackgroundLoop(String name, Duration stopTimeout, boolean interruptOnStop) {
        this.name = name;
        this.stopTimeout = stopTimeout;
        this.interruptOnStop = interruptOnStop;
    }

    /** One round; returns how long to wait before the next one. */
    abstract Duration round();

    /** Whether the loop should run at all in this configuration. */
    abstract boolean enabled();

    boolean isStopping() {
        return !running;
    }

    @Override
    public void start() {
        if (!enabled() || running) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        thread = Thread.ofVirtual().name(name).start(this::loop);
    }

    private void loop() {
        try {
            while (running) {
                Duration wait;
                try {
                    wait = round();
                } catch (RuntimeException e) {
                    if (!running) {
                        break;
                    }
                    log.error("{} round failed; trying again shortly", name, e);
                    wait = Duration.ofSeconds(5);
                }
                synchronized (pause) {
                    if (running && !wait.isZero()) {
                        pause.wait(Math.max(1, wait.toMillis()));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        Thread current = thread;
        if (interruptOnStop && current != null) {
            current.interrupt();
        }
        try {
            if (!stopped.await(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {}", name, stopTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
