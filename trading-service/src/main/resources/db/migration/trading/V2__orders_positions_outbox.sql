-- Orders of the live loop. The row is written in state NEW, with its client order id, before the broker hears of
-- the order; the id is also the broker's idempotency key.
CREATE TABLE trading.orders (
    client_order_id text        PRIMARY KEY,
    strategy_id     text        NOT NULL,
    secid           text        NOT NULL,
    board           text        NOT NULL,
    side            text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    lots            bigint      NOT NULL CHECK (lots > 0),
    units           bigint      NOT NULL CHECK (units >= lots),
    state           text        NOT NULL,
    signal_candle   timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    fill_price      numeric,
    commission      numeric,
    filled_at       timestamptz,
    reason          text
);
CREATE INDEX orders_by_strategy ON trading.orders (strategy_id, created_at DESC);

-- Every state an order reached, in order.
CREATE TABLE trading.order_events (
    id              bigserial   PRIMARY KEY,
    client_order_id text        NOT NULL REFERENCES trading.orders (client_order_id),
    state           text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    detail          text
);
CREATE INDEX order_events_by_order ON trading.order_events (client_order_id, id);

-- Position and P&L of each strategy, exact decimals.
CREATE TABLE trading.positions (
    strategy_id        text        PRIMARY KEY,
    secid              text        NOT NULL,
    board              text        NOT NULL,
    units              bigint      NOT NULL,
    average_price      numeric     NOT NULL,
    gross_realised     numeric     NOT NULL,
    commission         numeric     NOT NULL,
    mark_price         numeric,
    capital            numeric     NOT NULL,
    peak_equity        numeric     NOT NULL,
    trading_day        date,
    total_at_day_start numeric     NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- The last closed candle each strategy acted on: later candles only, each once.
CREATE TABLE trading.strategy_progress (
    strategy_id text        PRIMARY KEY,
    last_candle timestamptz NOT NULL
);

-- Events written in the transaction of the change they report, published by the relay after RabbitMQ confirms.
CREATE TABLE trading.outbox (
    id          bigserial   PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    exchange    text        NOT NULL,
    routing_key text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX outbox_unsent ON trading.outbox (id) WHERE sent_at IS NULL;
