-- The kill switch: one row per halted scope ('*' for the whole account, else a strategy id). A row present means
-- no new orders for that scope, and it survives restarts.
CREATE TABLE trading.halts (
    scope     text        PRIMARY KEY,
    reason    text        NOT NULL,
    halted_at timestamptz NOT NULL
);
