package io.algomoex.trading.adapter.out.broker.tinvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation/MoneyValue to and from BigDecimal (notes §2.2: value = units + nano / 1e9, both parts share the sign). */
class TinvestQuotationTest {

    @ParameterizedTest
    @CsvSource({
        "250.5, 250, 500000000",
        "0.01, 0, 10000000",
        "-0.01, 0, -10000000",
        "-1.25, -1, -250000000",
        "0, 0, 0",
        "0.000000001, 0, 1",
        "-0.000000001, 0, -1",
        "0.999999999, 0, 999999999",
        "114.25, 114, 250000000",
        "9223372036854775807.999999999, 9223372036854775807, 999999999",
        "-9223372036854775808.999999999, -9223372036854775808, -999999999"
    })
    void convertsExactlyBothWays(String decimal, String units, int nano) {
        TinvestQuotation quotation = TinvestQuotation.of(new BigDecimal(decimal));

        assertThat(quotation).isEqualTo(new TinvestQuotation(units, nano));
        assertThat(new TinvestQuotation(units, nano).value()).isEqualByComparingTo(decimal);
    }

    @Test
    void readsValuesWithoutTrailingZeros() {
        assertThat(new TinvestQuotation("250", 500000000).value().toPlainString())
                .isEqualTo("250.5");
        assertThat(new TinvestQuotation("2505", 0).value().toPlainString()).isEqualTo("2505");
        assertThat(TinvestQuotation.of(new BigDecimal("12.500000000000")))
                .isEqualTo(new TinvestQuotation("12", 500000000));
    }

    @Test
    void refusesWhatTinvestCannotCarry() {
        assertThatThrownBy(() -> TinvestQuotation.of(new BigDecimal("0.0000000001")))
                .hasMessageContaining("at most nine decimals");
        assertThatThrownBy(() -> TinvestQuotation.of(new BigDecimal("9223372036854775808")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new TinvestQuotation("1", -5)).hasMessageContaining("share the sign");
        assertThatThrownBy(() -> new TinvestQuotation("-1", 5)).hasMessageContaining("share the sign");
        assertThatThrownBy(() -> new TinvestQuotation("0", 1_000_000_000)).hasMessageContaining("999999999");
        assertThatThrownBy(() -> new TinvestQuotation("12.5", 0)).hasMessageContaining("int64");
    }
}
