package io.algomoex.collector.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where candles come from; the written form is stored in {@code market.candles.source}. */
public enum CandleSourceName {
    MOEX_ISS("moex-iss"),
    FINAM("finam"),
    CSV("csv");

    private final String code;

    CandleSourceName(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Parses a collection source: {@code moex-iss} or {@code finam}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static CandleSourceName parseCollectable(String text) {
        return Arrays.stream(values())
                .filter(source -> source != CSV && source.code.equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("source must be one of "
                        + Arrays.stream(values())
                                .filter(source -> source != CSV)
                                .map(CandleSourceName::code)
                                .collect(Collectors.joining(", "))
                        + ", got '" + text + "'"));
    }
}
