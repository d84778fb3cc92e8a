package io.algomoex.trading.application.port;

import java.time.Instant;
import java.util.UUID;

/**
 * Ids of the commands already carried out ({@code trading.processed_commands}). Commands arrive at least once, so each
 * is recorded in the transaction that carries it out and a repeat is skipped.
 */
public interface ProcessedCommands {

    /** Records the command id; false when it was recorded before, meaning the command was carried out already. */
    boolean record(UUID commandId, Instant at);
}
