package io.algomoex.alerting.application;

import io.algomoex.alerting.application.port.ProcessedEventStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deletes processed event ids older than the retention. Redeliveries come within minutes (unacknowledged messages
 * after a crash, container retries), so a week of ids is ample and keeps the table small.
 */
@Service
public class ForgetProcessedEvents {

    private static final Logger log = LoggerFactory.getLogger(ForgetProcessedEvents.class);
    static final Duration RETENTION = Duration.ofDays(7);

    private final ProcessedEventStore processedEvents;
    private final Clock clock;

    ForgetProcessedEvents(ProcessedEventStore processedEvents, Clock clock) {
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    public void forget() {
        int forgotten = processedEvents.forgetBefore(clock.instant().minus(RETENTION));
        if (forgotten > 0) {
            log.info("Forgot {} processed event ids older than {}", forgotten, RETENTION);
        }
    }
}
