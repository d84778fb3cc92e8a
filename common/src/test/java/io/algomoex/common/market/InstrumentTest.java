package io.algomoex.common.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void normalisesToUpperCase() {
        assertThat(new Instrument(" sber ", "tqbr")).isEqualTo(new Instrument("SBER", "TQBR"));
    }

    @Test
    void parsesSecidColonBoard() {
        Instrument instrument = Instrument.parse("SiZ4:RFUD");

        assertThat(instrument.secid()).isEqualTo("SIZ4");
        assertThat(instrument.board()).isEqualTo("RFUD");
        assertThat(instrument).hasToString("SIZ4:RFUD");
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> Instrument.parse("SBER")).hasMessageContaining("SECID:BOARD");
        assertThatThrownBy(() -> Instrument.parse("SBER:")).hasMessageContaining("SECID:BOARD");
        assertThatThrownBy(() -> Instrument.parse("A:B:C")).hasMessageContaining("SECID:BOARD");
        assertThatThrownBy(() -> new Instrument("SB ER", "TQBR")).hasMessageContaining("secid");
        assertThatThrownBy(() -> new Instrument("SBER", null)).hasMessageContaining("board is required");
    }
}
