package io.algomoex.alerting.adapter.out.persistence;

import io.algomoex.alerting.application.port.BotOffsetStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBotOffsetStore implements BotOffsetStore {

    /** One bot per deployment; the key leaves room for more without a migration. */
    private static final String BOT = "telegram";

    private final JdbcClient jdbc;

    JdbcBotOffsetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextOffset() {
        return jdbc.sql("SELECT next_offset FROM alerting.bot_offsets WHERE bot = :bot")
                .param("bot", BOT)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    @Override
    public void saveNextOffset(long offset) {
        jdbc.sql("""
                        INSERT INTO alerting.bot_offsets (bot, next_offset) VALUES (:bot, :offset)
                        ON CONFLICT (bot) DO UPDATE SET next_offset = greatest(alerting.bot_offsets.next_offset, :offset)
                        """).param("bot", BOT).param("offset", offset).update();
    }
}
