package io.algomoex.collector.adapter.in.schedule;

import io.algomoex.collector.application.CollectCandles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the service is up, continues collection jobs a previous process left running. */
@Component
@ConditionalOnProperty(name = "algo.collector.resume-on-startup", havingValue = "true", matchIfMissing = true)
class CollectionResumption {

    private static final Logger log = LoggerFactory.getLogger(CollectionResumption.class);

    private final CollectCandles collectCandles;

    CollectionResumption(CollectCandles collectCandles) {
        this.collectCandles = collectCandles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int resumed = collectCandles.resumeInterrupted();
        if (resumed > 0) {
            log.info("Resumed {} collection jobs left running by a previous process", resumed);
        }
    }
}
