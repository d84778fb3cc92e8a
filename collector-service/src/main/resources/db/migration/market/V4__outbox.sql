-- Events waiting for RabbitMQ (service-support's JdbcOutboxTable): market.candles.stored and market.candle.closed are
-- stored in the transaction that writes their candles and relayed after the commit, so a RabbitMQ outage delays a
-- closed candle and never loses it.
CREATE TABLE market.outbox (
    id          bigserial   PRIMARY KEY,
    message_id  uuid        NOT NULL UNIQUE,
    exchange    text        NOT NULL,
    routing_key text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);

CREATE INDEX outbox_unsent ON market.outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at ON market.outbox (sent_at) WHERE sent_at IS NOT NULL;
