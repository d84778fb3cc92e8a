-- Delivery state: an alert is due from not_before (later than raised_at only for an aggregate held back until the
-- previous message of its key is a window old), retried from next_attempt_at, and remembers the chats that already
-- have it so a retry or a restart never sends it to a chat twice.
ALTER TABLE alerting.alerts
    ADD COLUMN not_before      timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN delivered_to    bigint[]    NOT NULL DEFAULT '{}';

UPDATE alerting.alerts SET not_before = raised_at, next_attempt_at = raised_at;

CREATE INDEX alerts_key_raised ON alerting.alerts (alert_key, raised_at DESC);

-- Event ids already acted on: a redelivered event raises nothing twice. Written in the transaction that stores the
-- alert; old ids are deleted by a scheduled job.
CREATE TABLE alerting.processed_events (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

CREATE INDEX processed_events_at ON alerting.processed_events (processed_at);

-- The getUpdates offset of the bot, saved after each handled update.
CREATE TABLE alerting.bot_offsets (
    bot         text   PRIMARY KEY,
    next_offset bigint NOT NULL CHECK (next_offset >= 0)
);
