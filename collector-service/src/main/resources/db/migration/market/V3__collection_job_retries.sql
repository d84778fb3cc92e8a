-- Requests of a collection job that failed transiently (5xx, 429, reset, timeout) or with a malformed body and were
-- sent again; shown as "retries" in GET /api/v1/collections/{id}.
ALTER TABLE market.collection_jobs ADD COLUMN retries bigint NOT NULL DEFAULT 0 CHECK (retries >= 0);
