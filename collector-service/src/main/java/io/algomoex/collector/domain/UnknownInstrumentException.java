package io.algomoex.collector.domain;

/** ISS does not know the security (it answers HTTP 200 with empty blocks), or not on the requested board. */
public class UnknownInstrumentException extends RuntimeException {

    public UnknownInstrumentException(String message) {
        super(message);
    }
}
