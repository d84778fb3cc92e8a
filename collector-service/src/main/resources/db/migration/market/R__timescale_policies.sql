-- TimescaleDB features for market.candles, only where the extension is available (the compose stack runs
-- timescale/timescaledb); on plain PostgreSQL this does nothing. Repeatable and idempotent: Flyway runs it again
-- whenever the placeholders (ALGO_COLLECTOR_TIMESCALE_*) change, and it replaces the policies.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        RAISE NOTICE 'timescaledb extension not available: market.candles stays a plain table';
        RETURN;
    END IF;
    CREATE EXTENSION IF NOT EXISTS timescaledb;

    PERFORM create_hypertable('market.candles', 'begin',
        chunk_time_interval => INTERVAL '${chunkIntervalSeconds} seconds',
        if_not_exists => true, migrate_data => true);
    PERFORM set_chunk_time_interval('market.candles', INTERVAL '${chunkIntervalSeconds} seconds');

    PERFORM remove_compression_policy('market.candles', if_exists => true);
    IF ${compressAfterSeconds} > 0 THEN
        ALTER TABLE market.candles SET (
            timescaledb.compress,
            timescaledb.compress_segmentby = 'secid, board, timeframe',
            timescaledb.compress_orderby = 'begin');
        PERFORM add_compression_policy('market.candles', INTERVAL '${compressAfterSeconds} seconds');
    END IF;

    PERFORM remove_retention_policy('market.candles', if_exists => true);
    IF ${retentionSeconds} > 0 THEN
        PERFORM add_retention_policy('market.candles', INTERVAL '${retentionSeconds} seconds');
    END IF;
END
$$;
