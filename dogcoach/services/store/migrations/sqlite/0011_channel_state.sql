-- DogCoach schema, version 11, for the embedded SQLite default: a channel's short-lived per-user
-- state (Kakao's views, held replies, offered files, waiting callbacks). Mirrors
-- ../postgres/0011_channel_state.sql.
CREATE TABLE IF NOT EXISTS channel_state (
    channel    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    owner      TEXT NOT NULL,
    value      TEXT NOT NULL,
    data       BLOB,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (channel, kind, key)
);
CREATE INDEX IF NOT EXISTS channel_state_owner_idx ON channel_state (channel, owner, kind);
CREATE INDEX IF NOT EXISTS channel_state_expires_idx ON channel_state (expires_at);
