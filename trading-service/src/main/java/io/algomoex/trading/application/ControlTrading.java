package io.algomoex.trading.application;

import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.ProcessedCommands;
import io.algomoex.trading.application.port.Transactions;
import io.algomoex.trading.domain.Reconciliation;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The kill switch: halts or resumes one strategy or the whole account, from REST or from a command message. The halt
 * row and its event commit together; halting what is halted, or resuming what runs, changes nothing and publishes
 * nothing. Resuming an account that reconciliation halted reconciles again first, and stays halted while the books
 * and the broker still disagree.
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
    private final Supplier<Reconciliation> reconcile;

    @Autowired
    ControlTrading(
            TradingSettings settings,
            HaltStore halts,
            ProcessedCommands processed,
            EventOutbox outbox,
            Transactions transactions,
            Clock clock,
            ReconcileWithBroker reconcileWithBroker,
            ActOnClosedCandle loop) {
        this(
                settings,
                halts,
                processed,
                outbox,
                transactions,
                clock,
                () -> loop.exclusively(reconcileWithBroker::reconcile));
    }

    /** @param reconcile reconciles the books with the broker while no candle is acted on */
    ControlTrading(
            TradingSettings settings,
            HaltStore halts,
            ProcessedCommands processed,
            EventOutbox outbox,
            Transactions transactions,
            Clock clock,
            Supplier<Reconciliation> reconcile) {
        this.strategyIds = Set.copyOf(settings.byId().keySet());
        this.halts = halts;
        this.processed = processed;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.reconcile = reconcile;
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

    /**
     * Resumes a strategy, or everything (the account and every strategy) when {@code strategyId} is null.
     *
     * @throws ResumeRefusedException when reconciliation halted the account and the books still disagree with the
     *     broker
     */
    public void resume(String strategyId, String requestedBy) {
        requireKnown(strategyId);
        Reconciliation check = reconcileBeforeResuming(strategyId);
        if (check != null && !check.agrees()) {
            throw new ResumeRefusedException(String.join("; ", check.mismatches()));
        }
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

    /**
     * {@link #resume} for a command message; a command id seen before is skipped. A refused resume is logged and the
     * command is done with: reconciliation has published the differences as {@code service.error}.
     */
    public void resume(UUID commandId, String strategyId, String requestedBy) {
        requireKnown(strategyId);
        Reconciliation check = reconcileBeforeResuming(strategyId);
        boolean refused = check != null && !check.agrees();
        transactions.run(() -> {
            if (firstTime(commandId) && !refused) {
                resumeNow(strategyId, requestedBy);
            }
        });
        if (refused) {
            log.error(
                    "Resume by {} refused: {}",
                    requestedBy,
                    new ResumeRefusedException(String.join("; ", check.mismatches())).getMessage());
        }
    }

    /**
     * Reconciles again when the resume would lift an account halt that reconciliation imposed; null when it would
     * not. Resuming one strategy leaves the account's halt, so it needs no check.
     */
    private Reconciliation reconcileBeforeResuming(String strategyId) {
        String accountHalt = halts.haltedScopes().get(HaltStore.ACCOUNT);
        if (strategyId != null || accountHalt == null || !accountHalt.startsWith(ReconcileWithBroker.MISMATCH_HALT)) {
            return null;
        }
        log.info("The account was halted by reconciliation ({}): reconciling again before resuming", accountHalt);
        return reconcile.get();
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
