package io.algomoex.collector.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportLimitsTest {

    private static final long MB = 1L << 20;

    @Test
    void theComposeHeapLowersTheConfiguredCapToWhatItCanParse() {
        // 70 % of the compose stack's 384 MB memory limit: a 32 MB file would need about 550 MB.
        ImportLimits limits = ImportLimits.fitting(32 * MB, 269 * MB);

        assertThat(limits.loweredByHeap()).isTrue();
        assertThat(limits.maxBytes()).isEqualTo((269 * MB - 96 * MB) / 14);
        assertThat(limits.maxBytes() * ImportLimits.HEAP_PER_BYTE + ImportLimits.RESERVED_HEAP)
                .isLessThanOrEqualTo(269 * MB);
        assertThat(limits.configuredBytes()).isEqualTo(32 * MB);
    }

    @Test
    void aHeapLargeEnoughKeepsTheConfiguredCap() {
        ImportLimits limits = ImportLimits.fitting(32 * MB, 4096 * MB);

        assertThat(limits.loweredByHeap()).isFalse();
        assertThat(limits.maxBytes()).isEqualTo(32 * MB);
    }

    @Test
    void aTinyHeapStillTakesAOneMegabyteFile() {
        assertThat(ImportLimits.fitting(32 * MB, 64 * MB).maxBytes()).isEqualTo(MB);
        assertThat(ImportLimits.fitting(100, 64 * MB).maxBytes()).isEqualTo(100);
    }

    @Test
    void refusesACapAboveTheConfiguredOneOrBelowOneByte() {
        assertThatThrownBy(() -> new ImportLimits(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportLimits(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
