package io.algomoex.backtest.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.backtest.application.port.SweepStore.Chunk;
import org.junit.jupiter.api.Test;

class StartSweepTest {

    @Test
    void splitsCombinationsIntoContiguousChunksWithAShorterLastOne() {
        assertThat(StartSweep.chunks(250, 100))
                .containsExactly(
                        new Chunk(0, 0, 100, false), new Chunk(1, 100, 100, false), new Chunk(2, 200, 50, false));
        assertThat(StartSweep.chunks(100, 100)).containsExactly(new Chunk(0, 0, 100, false));
        assertThat(StartSweep.chunks(3, 100)).containsExactly(new Chunk(0, 0, 3, false));
    }
}
