package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Reconciliation;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ControlTradingTest {

    private final LiveLoopFixture fixture = new LiveLoopFixture(2, 3, 1, 1, BigDecimal.ZERO, BigDecimal.TEN);
    private final InMemoryHaltStore halts = new InMemoryHaltStore();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Set<UUID> seen = new HashSet<>();
    /** What reconciling again finds, and how often it ran. */
    private final List<String> stillDifferent = new ArrayList<>();

    private int reconciliations;
    private final ControlTrading control = new ControlTrading(
            new TradingSettings(TradingMode.PAPER, List.of(fixture.definition)),
            halts,
            (id, at) -> seen.add(id),
            outbox,
            new DirectTransactions(),
            Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC),
            () -> {
                reconciliations++;
                return new Reconciliation(Instant.parse("2026-01-05T07:00:00Z"), List.of(), stillDifferent);
            });

    private static final String MISMATCH =
            ReconcileWithBroker.MISMATCH_HALT + "SBER/TQBR position is 20 units in our books but 0 at the broker";

    @Test
    void haltsAndResumesOneStrategyOnceEach() {
        control.halt("sber-sma", "rest");
        control.halt("sber-sma", "rest");

        assertThat(halts.haltedScopes()).containsExactly(Map.entry("sber-sma", "halted by rest"));
        assertThat(outbox.appended(TradingHalted.class))
                .containsExactly(new TradingHalted("sber-sma", "halted by rest"));

        control.resume("sber-sma", "rest");
        control.resume("sber-sma", "rest");

        assertThat(halts.haltedScopes()).isEmpty();
        assertThat(outbox.appended(TradingResumed.class)).containsExactly(new TradingResumed("sber-sma"));
    }

    @Test
    void haltsTheAccountAndResumesEverything() {
        control.halt(null, "telegram:1");
        halts.put("sber-sma", RiskLimits.MAX_DAILY_LOSS);

        control.resume(null, "telegram:1");

        assertThat(halts.haltedScopes()).isEmpty();
        assertThat(outbox.appended(TradingHalted.class))
                .containsExactly(new TradingHalted(null, "halted by telegram:1"));
        assertThat(outbox.appended(TradingResumed.class)).containsExactly(new TradingResumed(null));
    }

    @Test
    void carriesOutARedeliveredCommandOnce() {
        UUID commandId = UUID.randomUUID();

        control.halt(commandId, null, "telegram:1");
        control.resume(UUID.randomUUID(), null, "telegram:1");
        control.halt(commandId, null, "telegram:1");

        assertThat(halts.haltedScopes()).doesNotContainKey(HaltStore.ACCOUNT);
        assertThat(outbox.appended(TradingHalted.class)).hasSize(1);
    }

    @Test
    void refusesAnUnknownStrategy() {
        assertThatThrownBy(() -> control.halt("nobody", "rest"))
                .isInstanceOf(UnknownStrategyException.class)
                .hasMessageContaining("unknown strategy 'nobody'");
        assertThat(halts.haltedScopes()).isEmpty();
        assertThat(outbox.appended()).isEmpty();
    }

    @Test
    void resumingAnAccountThatReconciliationHaltedReconcilesAgainAndResumesOnceTheBooksAgree() {
        halts.put(HaltStore.ACCOUNT, MISMATCH);

        control.resume(null, "rest");

        assertThat(reconciliations).isEqualTo(1);
        assertThat(halts.haltedScopes()).isEmpty();
        assertThat(outbox.appended(TradingResumed.class)).containsExactly(new TradingResumed(null));
    }

    @Test
    void resumingAnAccountWhoseBooksStillDisagreeIsRefusedAndItStaysHalted() {
        halts.put(HaltStore.ACCOUNT, MISMATCH);
        stillDifferent.add("SBER/TQBR position is 20 units in our books but 0 at the broker");

        assertThatThrownBy(() -> control.resume(null, "rest"))
                .isInstanceOf(ResumeRefusedException.class)
                .hasMessage("the books still disagree with the broker, trading stays halted: SBER/TQBR position is 20"
                        + " units in our books but 0 at the broker");
        UUID commandId = UUID.randomUUID();
        control.resume(commandId, null, "telegram:1");

        assertThat(reconciliations).isEqualTo(2);
        assertThat(seen).containsExactly(commandId);
        assertThat(halts.haltedScopes()).containsOnlyKeys(HaltStore.ACCOUNT);
        assertThat(outbox.appended(TradingResumed.class)).isEmpty();
    }

    @Test
    void resumingAnOperatorsHaltOrOneStrategyDoesNotReconcile() {
        halts.put(HaltStore.ACCOUNT, MISMATCH);
        halts.put("sber-sma", "halted by rest");
        stillDifferent.add("anything");

        control.resume("sber-sma", "rest");
        assertThat(halts.haltedScopes()).containsOnlyKeys(HaltStore.ACCOUNT);
        halts.resume(HaltStore.ACCOUNT);
        control.halt(null, "rest");
        control.resume(null, "rest");

        assertThat(reconciliations).isZero();
        assertThat(halts.haltedScopes()).isEmpty();
    }
}
