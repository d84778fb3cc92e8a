-- One row per backtest run: the request, the headline numbers, and the detail as JSON.
CREATE TABLE backtest.runs (
    id          uuid        PRIMARY KEY,
    created_at  timestamptz NOT NULL,
    secid       text        NOT NULL,
    board       text        NOT NULL,
    timeframe   text        NOT NULL,
    strategy    text        NOT NULL,
    parameters  jsonb       NOT NULL DEFAULT '{}'::jsonb,
    request     jsonb       NOT NULL,
    bars        integer     NOT NULL CHECK (bars >= 0),
    final_value numeric     NOT NULL,
    metrics     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    orders      jsonb       NOT NULL DEFAULT '[]'::jsonb,
    trades      jsonb       NOT NULL DEFAULT '[]'::jsonb
);

CREATE INDEX runs_created_at ON backtest.runs (created_at DESC);
