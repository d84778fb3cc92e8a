-- Sweeps and walk-forward analyses, split into chunks that any backtest-service replica computes from the
-- backtest.sweep.chunks work queue.
CREATE TABLE backtest.sweeps (
    id           uuid        PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('sweep', 'walk-forward')),
    request      jsonb       NOT NULL,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    combinations integer     NOT NULL CHECK (combinations >= 1),
    chunk_count  integer     NOT NULL CHECK (chunk_count >= 1),
    -- Combinations of committed chunks; advanced in the chunk's own transaction, under the row lock.
    completed    integer     NOT NULL DEFAULT 0 CHECK (completed >= 0 AND completed <= combinations),
    bars         integer,
    error        text,
    created_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    -- Sweeps: the ranked top list. Walk-forward: folds and the stitched out-of-sample run.
    result       jsonb
);

CREATE INDEX sweeps_created_at ON backtest.sweeps (created_at DESC);

-- One row per chunk: a contiguous range of combinations (in the engine's order) or, for walk-forward, the whole job.
CREATE TABLE backtest.sweep_chunks (
    sweep_id          uuid        NOT NULL REFERENCES backtest.sweeps (id) ON DELETE CASCADE,
    chunk_index       integer     NOT NULL CHECK (chunk_index >= 0),
    first_combination integer     NOT NULL CHECK (first_combination >= 0),
    combos            integer     NOT NULL CHECK (combos >= 1),
    status            text        NOT NULL CHECK (status IN ('PENDING', 'DONE')),
    computed_by       text,
    completed_at      timestamptz,
    PRIMARY KEY (sweep_id, chunk_index)
);

-- Every computed combination of a sweep, stored exactly once. Scores and metrics are the engine's doubles (NaN when
-- undefined); metrics follow the order of the engine's Metrics record.
CREATE TABLE backtest.sweep_results (
    sweep_id    uuid             NOT NULL REFERENCES backtest.sweeps (id) ON DELETE CASCADE,
    fast        integer          NOT NULL,
    slow        integer          NOT NULL,
    chunk_index integer          NOT NULL,
    objective   double precision NOT NULL,
    trades      integer          NOT NULL,
    final_value numeric          NOT NULL,
    metrics     double precision[] NOT NULL,
    PRIMARY KEY (sweep_id, fast, slow)
);

-- Events and work messages waiting for a publisher confirm; written in the transaction whose change they report.
CREATE TABLE backtest.outbox (
    id          bigserial   PRIMARY KEY,
    message_id  uuid        NOT NULL UNIQUE,
    exchange    text        NOT NULL,
    routing_key text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz
);

CREATE INDEX outbox_unsent ON backtest.outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at ON backtest.outbox (sent_at) WHERE sent_at IS NOT NULL;
