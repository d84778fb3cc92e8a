-- Commands from algo.commands (trading.halt, trading.resume) carried out, by envelope event id: delivery is at least
-- once, and a redelivered command must not halt or resume twice or publish its event twice.
CREATE TABLE trading.processed_commands (
    command_id   uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);
