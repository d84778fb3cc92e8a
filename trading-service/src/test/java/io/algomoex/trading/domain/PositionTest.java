package io.algomoex.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PositionTest {

    private static final Instant DAY_ONE = Instant.parse("2026-01-05T07:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-01-06T07:00:00Z");

    private final Position flat = Position.flat("sber-sma", new Instrument("SBER", "TQBR"), new BigDecimal("1000"));

    private static Execution fill(Side side, long units, String price, String commission) {
        return new Execution("id", side, units, new BigDecimal(price), new BigDecimal(commission), DAY_ONE);
    }

    @Test
    void addingAveragesTheEntryPriceAndReducingKeepsIt() {
        Position position = flat.apply(fill(Side.BUY, 10, "10", "0.05")).apply(fill(Side.BUY, 10, "11", "0.055"));
        assertThat(position.units()).isEqualTo(20);
        assertThat(position.averagePrice()).isEqualByComparingTo("10.5");

        Position reduced = position.apply(fill(Side.SELL, 5, "12", "0.03"));
        assertThat(reduced.averagePrice()).isEqualByComparingTo("10.5");
        assertThat(reduced.grossRealised()).isEqualByComparingTo("7.5");
        assertThat(reduced.realisedPnl()).isEqualByComparingTo("7.365");
    }

    @Test
    void reversingStartsANewAverageAtTheFillPrice() {
        Position reversed = flat.apply(fill(Side.BUY, 10, "10", "0")).apply(fill(Side.SELL, 15, "9", "0"));
        assertThat(reversed.units()).isEqualTo(-5);
        assertThat(reversed.averagePrice()).isEqualByComparingTo("9");
        assertThat(reversed.grossRealised()).isEqualByComparingTo("-10");
    }

    @Test
    void marksUnrealisedProfitTracksThePeakAndTheDrawdownFromIt() {
        Position long10 = flat.apply(fill(Side.BUY, 10, "10", "0.05"));
        Position up = long10.markTo(new BigDecimal("20"), DAY_ONE);
        assertThat(up.unrealisedPnl()).isEqualByComparingTo("100");
        assertThat(up.equity()).isEqualByComparingTo("1099.95");
        assertThat(up.peakEquity()).isEqualByComparingTo("1099.95");
        assertThat(up.drawdown()).isEqualByComparingTo("0");

        Position down = up.markTo(new BigDecimal("9"), DAY_TWO);
        assertThat(down.totalPnl()).isEqualByComparingTo("-10.05");
        // (1099.95 - 989.95) / 1099.95
        assertThat(down.drawdown()).isEqualByComparingTo("0.10000455");
        assertThat(down.todayPnl()).isEqualByComparingTo("-110");
    }
}
