-- Instruments as ISS describes them; engine and market follow from the board.
CREATE TABLE market.instruments (
    secid      text        NOT NULL,
    board      text        NOT NULL,
    engine     text        NOT NULL,
    market     text        NOT NULL,
    lot_size   integer     CHECK (lot_size > 0),
    price_step numeric     CHECK (price_step > 0),
    is_primary boolean     NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (secid, board)
);

-- One row per candle. begin is UTC; sources write Moscow time and are converted at the edge.
CREATE TABLE market.candles (
    secid       text        NOT NULL,
    board       text        NOT NULL,
    timeframe   text        NOT NULL,
    begin       timestamptz NOT NULL,
    open        numeric     NOT NULL,
    high        numeric     NOT NULL,
    low         numeric     NOT NULL,
    close       numeric     NOT NULL,
    volume      bigint      NOT NULL,
    value       numeric,
    source      text        NOT NULL,
    provisional boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (secid, board, timeframe, begin),
    CONSTRAINT candles_positive_prices CHECK (open > 0 AND high > 0 AND low > 0 AND close > 0),
    CONSTRAINT candles_high_low CHECK (high >= greatest(open, close) AND low <= least(open, close)),
    CONSTRAINT candles_volume CHECK (volume >= 0),
    CONSTRAINT candles_value CHECK (value IS NULL OR value >= 0),
    CONSTRAINT candles_timeframe CHECK (timeframe IN ('1m', '5m', '10m', '15m', '30m', '1h', '1d', '1w', '1mo', '1q'))
);

-- Where incremental sync of each series stands.
CREATE TABLE market.sync_state (
    secid          text        NOT NULL,
    board          text        NOT NULL,
    timeframe      text        NOT NULL,
    source         text        NOT NULL,
    last_begin     timestamptz,
    last_synced_at timestamptz,
    last_error     text,
    PRIMARY KEY (secid, board, timeframe, source)
);
