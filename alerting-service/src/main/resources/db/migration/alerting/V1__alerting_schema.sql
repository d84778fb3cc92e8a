-- Every alert is stored before delivery starts, so nothing is lost while Telegram is unreachable.
CREATE TABLE alerting.alerts (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid        UNIQUE,
    rule        text        NOT NULL,
    alert_key   text        NOT NULL,
    text        text        NOT NULL,
    event_count integer     NOT NULL DEFAULT 1 CHECK (event_count >= 1),
    status      text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    raised_at   timestamptz NOT NULL,
    sent_at     timestamptz,
    last_error  text
);

CREATE INDEX alerts_pending ON alerting.alerts (id) WHERE status = 'PENDING';
CREATE INDEX alerts_status_id ON alerting.alerts (status, id DESC);
