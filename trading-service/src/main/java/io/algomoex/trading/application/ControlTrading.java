package io.algomoex.trading.application;

import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import io.algomoex.trading.application.port.EventOutbox;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.ProcessedCommands;
import io.algomoex.trading.application.port.Transactions;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The kill switch: halts or resumes one strategy or the whole account, from REST or from a command message. The halt
 * row and its event commit together; halting what is halted, or resuming what runs, changes nothing and publishes
 * nothing.
 */
@Service
public class ControlTrading {

    private static final Logger log = LoggerFactory.getLogger(ControlTrading.class);

    private final Set<String> strategyIds;
    private final HaltStore halts;
    private final ProcessedCommands processed;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    ControlTrading(
            TradingSettings settings,
            HaltStore halts,
            ProcessedCommands processed,
            EventOutbox outbox,
            Transactions transactions,
            Clock clock) {
        this.strategyIds =
                settings.strategies().stream().map(StrategyDefinition::id).collect(Collectors.toUnmodifiableSet());
        this.halts = halts;
        this.processed = processed;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Halts a strategy, or the account when {@code strategyId} is null; new orders stop, cancels stay allowed.
     *
     * @param requestedBy who asked, for example {@code rest} or {@code telegram:123456}
     * @throws UnknownStrategyException when the strategy is not configured
     */
    public void halt(String strategyId, String requestedBy) {
        requireKnown(strategyId);
        transactions.run(() -> haltNow(strategyId, requestedBy));
    }

    /** Resumes a strategy, or everything (the account and every strategy) when {@code strategyId} is null. */
    public void resume(String strategyId, String requestedBy) {
        requireKnown(strategyId);
        transactions.run(() -> resumeNow(strategyId, requestedBy));
    }

    /** {@link #halt} for a command message; a command id seen before is skipped. */
    public void halt(UUID commandId, String strategyId, String requestedBy) {
        requireKnown(strategyId);
        transactions.run(() -> {
            if (firstTime(commandId)) {
                haltNow(strategyId, requestedBy);
            }
        });
    }

    /** {@link #resume} for a command message; a command id seen before is skipped. */
    public void resume(UUID commandId, String strategyId, String requestedBy) {
        requireKnown(strategyId);
        transactions.run(() -> {
            if (firstTime(commandId)) {
                resumeNow(strategyId, requestedBy);
            }
        });
    }

    private void haltNow(String strategyId, String requestedBy) {
        String scope = strategyId == null ? HaltStore.ACCOUNT : strategyId;
        String reason = "halted by " + requestedBy;
        if (halts.halt(scope, reason, clock.instant())) {
            outbox.append(new TradingHalted(strategyId, reason));
            log.warn("Trading halted for {} ({})", strategyId == null ? "the account" : strategyId, reason);
        }
    }

    private void resumeNow(String strategyId, String requestedBy) {
        boolean resumed;
        if (strategyId == null) {
            resumed = false;
            for (String scope : halts.haltedScopes().keySet()) {
                resumed |= halts.resume(scope);
            }
        } else {
            resumed = halts.resume(strategyId);
        }
        if (resumed) {
            outbox.append(new TradingResumed(strategyId));
            log.warn("Trading resumed for {} by {}", strategyId == null ? "everything" : strategyId, requestedBy);
        }
    }

    private boolean firstTime(UUID commandId) {
        boolean first = processed.record(commandId, clock.instant());
        if (!first) {
            log.info("Skipping command {}: it was carried out already", commandId);
        }
        return first;
    }

    private void requireKnown(String strategyId) {
        if (strategyId != null && !strategyIds.contains(strategyId)) {
            throw new UnknownStrategyException(strategyId);
        }
    }
}
