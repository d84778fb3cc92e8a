package io.algomoex.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPayloadsTest {

    private static final Instant AT = Instant.parse("2024-05-02T07:00:00Z");

    @Test
    void eachPayloadTravelsAsItsOwnType() {
        assertThat(new OrderSubmitted("c-1", "sber-sma", "SBER", "TQBR", Side.BUY, 1, null).type())
                .isEqualTo(EventType.ORDER_SUBMITTED);
        assertThat(filled(BigDecimal.TEN, BigDecimal.ZERO).type()).isEqualTo(EventType.ORDER_FILLED);
        assertThat(new OrderRejected("c-1", "sber-sma", "SBER", "TQBR", Side.SELL, 2, "not enough cash").type())
                .isEqualTo(EventType.ORDER_REJECTED);
        assertThat(new RiskLimitBreached(null, "max-daily-loss", new BigDecimal("-5100"), new BigDecimal("-5000"))
                        .type())
                .isEqualTo(EventType.RISK_BREACHED);
        assertThat(pnl(new BigDecimal("0.05")).type()).isEqualTo(EventType.PNL_UPDATED);
        assertThat(new PositionChanged("sber-sma", "SBER", "TQBR", 0, null).type())
                .isEqualTo(EventType.POSITION_CHANGED);
        assertThat(backtest(new BigDecimal("0.2")).type()).isEqualTo(EventType.BACKTEST_COMPLETED);
        assertThat(sweep(Map.of("fast", "10")).type()).isEqualTo(EventType.SWEEP_COMPLETED);
    }

    @Test
    void rejectsNonPositiveFillPriceAndNegativeCommission() {
        assertThatThrownBy(() -> filled(BigDecimal.ZERO, BigDecimal.ZERO)).hasMessageContaining("price");
        assertThatThrownBy(() -> filled(BigDecimal.TEN, new BigDecimal("-0.01")))
                .hasMessageContaining("commission");
    }

    @Test
    void rejectsOrdersOfNoLots() {
        assertThatThrownBy(() -> new OrderSubmitted("c-1", "s", "SBER", "TQBR", Side.BUY, 0, null))
                .hasMessageContaining("lots");
        assertThatThrownBy(() -> new OrderSubmitted("c-1", "s", "SBER", "TQBR", Side.BUY, 1, BigDecimal.ZERO))
                .hasMessageContaining("limitPrice");
    }

    @Test
    void rejectionNeedsAReason() {
        assertThatThrownBy(() -> new OrderRejected("c-1", "s", "SBER", "TQBR", Side.BUY, 1, " "))
                .hasMessageContaining("reason");
    }

    @Test
    void drawdownIsAFractionBetweenZeroAndOne() {
        assertThat(pnl(BigDecimal.ONE).drawdown()).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> pnl(new BigDecimal("1.01"))).hasMessageContaining("drawdown");
        assertThatThrownBy(() -> pnl(new BigDecimal("-0.01"))).hasMessageContaining("drawdown");
        assertThatThrownBy(() -> backtest(new BigDecimal("1.5"))).hasMessageContaining("maxDrawdown");
    }

    @Test
    void openPositionNeedsAPositiveAveragePrice() {
        assertThatThrownBy(() -> new PositionChanged("s", "SBER", "TQBR", -3, null))
                .hasMessageContaining("averagePrice");
        assertThatThrownBy(() -> new PositionChanged("s", "SBER", "TQBR", 3, BigDecimal.ZERO))
                .hasMessageContaining("averagePrice");
        assertThat(new PositionChanged("s", "SBER", "TQBR", -3, new BigDecimal("250.10")).lots())
                .isEqualTo(-3);
    }

    @Test
    void riskBreachNamesTheLimit() {
        assertThatThrownBy(() -> new RiskLimitBreached("s", "", BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("limit");
    }

    @Test
    void sweepCopiesItsBestParametersAndNeedsARun() {
        Map<String, String> parameters = new HashMap<>(Map.of("fast", "10"));
        SweepCompleted sweep = sweep(parameters);
        parameters.put("slow", "30");

        assertThat(sweep.bestParameters()).containsOnlyKeys("fast");
        assertThatThrownBy(() -> new SweepCompleted(
                        "w-1", "sma-cross", "SBER", "TQBR", "1h", 0, "sharpe", Map.of(), BigDecimal.ONE, "http://x"))
                .hasMessageContaining("runs");
    }

    private static OrderFilled filled(BigDecimal price, BigDecimal commission) {
        return new OrderFilled("c-1", "sber-sma", "SBER", "TQBR", Side.BUY, 1, price, commission, AT);
    }

    private static PnlUpdated pnl(BigDecimal drawdown) {
        return new PnlUpdated("sber-sma", new BigDecimal("-120.50"), new BigDecimal("1500"), drawdown);
    }

    private static BacktestCompleted backtest(BigDecimal maxDrawdown) {
        return new BacktestCompleted(
                "42",
                "sma-cross",
                "SBER",
                "TQBR",
                "30m",
                new BigDecimal("0.12"),
                maxDrawdown,
                null,
                17,
                "http://localhost:8082/api/v1/backtests/42");
    }

    private static SweepCompleted sweep(Map<String, String> parameters) {
        return new SweepCompleted(
                "w-1",
                "sma-cross",
                "SBER",
                "TQBR",
                "1h",
                48,
                "sharpe",
                parameters,
                new BigDecimal("1.3"),
                "http://localhost:8082/api/v1/sweeps/w-1");
    }
}
