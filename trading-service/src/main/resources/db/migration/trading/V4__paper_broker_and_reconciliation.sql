-- The paper broker's own books, kept as a real broker keeps them: they survive a restart of the trading service, so
-- reconciliation on start can ask "the broker" what it knows. Keyed by our client order id, the idempotency key: the
-- same id submitted twice is one broker order.
CREATE TABLE trading.paper_orders (
    client_order_id text        PRIMARY KEY,
    seq             bigserial   NOT NULL UNIQUE,
    strategy_id     text        NOT NULL,
    secid           text        NOT NULL,
    board           text        NOT NULL,
    timeframe       text        NOT NULL,
    side            text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    lots            bigint      NOT NULL CHECK (lots > 0),
    units           bigint      NOT NULL CHECK (units >= lots),
    state           text        NOT NULL CHECK (state IN ('SUBMITTED', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED')),
    filled_units    bigint      NOT NULL DEFAULT 0 CHECK (filled_units >= 0 AND filled_units <= units),
    reason          text,
    accepted_at     timestamptz NOT NULL
);
CREATE INDEX paper_orders_open ON trading.paper_orders (secid, board, timeframe, seq)
    WHERE state IN ('SUBMITTED', 'PARTIALLY_FILLED');

-- Every fill of a paper order, oldest first; the account's positions are their signed sum.
CREATE TABLE trading.paper_fills (
    id              bigserial   PRIMARY KEY,
    client_order_id text        NOT NULL REFERENCES trading.paper_orders (client_order_id),
    units           bigint      NOT NULL CHECK (units > 0),
    price           numeric     NOT NULL CHECK (price > 0),
    commission      numeric     NOT NULL CHECK (commission >= 0),
    executed_at     timestamptz NOT NULL
);
CREATE INDEX paper_fills_by_order ON trading.paper_fills (client_order_id, id);

-- The last closed candle the paper broker filled on, per market: each candle fills orders once.
CREATE TABLE trading.paper_candles (
    secid       text        NOT NULL,
    board       text        NOT NULL,
    timeframe   text        NOT NULL,
    last_candle timestamptz NOT NULL,
    PRIMARY KEY (secid, board, timeframe)
);

-- Partial fills: units filled so far; fill_price becomes their average and commission their sum.
ALTER TABLE trading.orders ADD COLUMN filled_units bigint NOT NULL DEFAULT 0;
UPDATE trading.orders SET filled_units = units WHERE state = 'FILLED';
ALTER TABLE trading.orders ADD CONSTRAINT orders_filled_units CHECK (filled_units >= 0 AND filled_units <= units);
