package io.algomoex.alerting.application.port;

/** The persisted long-poll offset, so a restart neither loses nor repeats bot commands. */
public interface BotOffsetStore {

    /** The next update id to ask for; 0 before the first update. */
    long nextOffset();

    void saveNextOffset(long offset);
}
