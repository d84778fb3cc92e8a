-- Per-chat delivery state: a chat that refused an alert for good (blocked the bot, left, bad chat id) is recorded
-- beside the chats that received it, so one refusing chat neither stops delivery to the others nor is tried again.
ALTER TABLE alerting.alerts
    ADD COLUMN refused_by bigint[] NOT NULL DEFAULT '{}';
