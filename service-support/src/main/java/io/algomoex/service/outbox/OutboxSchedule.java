package io.algomoex.service.outbox;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The scheduled relay (so messages stored while RabbitMQ was down go out once it is back) and, when the settings keep
 * sent messages for a while, their deletion. Runs on one thread of its own from context start to stop; a failing run
 * is logged and the next one runs on time.
 */
public final class OutboxSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxRelay relay;
    private final JdbcOutboxTable table;
    private final OutboxSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public OutboxSchedule(OutboxRelay relay, JdbcOutboxTable table, OutboxSettings settings, Clock clock) {
        this.relay = relay;
        this.table = table;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("outbox-schedule").factory());
        long relayMillis = settings.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> run("relay", relay::relay), 0, relayMillis, TimeUnit.MILLISECONDS);
        if (settings.keepSent() != null) {
            long purgeMillis = settings.purgeInterval().toMillis();
            executor.scheduleWithFixedDelay(
                    () -> run(
                            "purge",
                            () -> table.deleteSentBefore(clock.instant().minus(settings.keepSent()))),
                    purgeMillis,
                    purgeMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    private static void run(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Scheduled outbox {} failed, the next run retries: {}", what, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
