-- Collection jobs started through POST /api/v1/collections; resume_from lets a restarted process continue a job
-- that was running when the previous one stopped.
CREATE TABLE market.collection_jobs (
    id               uuid        PRIMARY KEY,
    secid            text        NOT NULL,
    board            text,
    timeframe        text        NOT NULL,
    date_from        date        NOT NULL,
    date_till        date        NOT NULL,
    source           text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    resume_from      date        NOT NULL,
    requests         bigint      NOT NULL DEFAULT 0,
    candles_received bigint      NOT NULL DEFAULT 0,
    candles_stored   bigint      NOT NULL DEFAULT 0,
    duplicates       bigint      NOT NULL DEFAULT 0,
    rejected         bigint      NOT NULL DEFAULT 0,
    error            text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (date_till >= date_from)
);

CREATE INDEX collection_jobs_running ON market.collection_jobs (status) WHERE status = 'RUNNING';
