-- The outbox is now the one every service shares (service-support's JdbcOutboxTable): its id column is message_id,
-- since an outbox may also carry work messages that are not events. For trading every message is an event and the
-- value stays the envelope's eventId.
ALTER TABLE trading.outbox RENAME COLUMN event_id TO message_id;
CREATE INDEX outbox_sent_at ON trading.outbox (sent_at) WHERE sent_at IS NOT NULL;
