-- DogCoach schema, version 3, for the embedded SQLite default: admin broadcasts. Mirrors
-- ../postgres/0003_broadcasts.sql table for table and column for column.

ALTER TABLE users ADD COLUMN tips_opt_out INTEGER NOT NULL DEFAULT 0;

CREATE TABLE IF NOT EXISTS broadcasts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('tip', 'text')),
    tip_key     TEXT,
    text_ko     TEXT,
    text_en     TEXT,
    channel     TEXT CHECK (channel IN ('telegram', 'kakao')),
    locale      TEXT CHECK (locale IN ('ko', 'en')),
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'running', 'done', 'cancelled')),
    total       INTEGER NOT NULL DEFAULT 0,
    sent        INTEGER NOT NULL DEFAULT 0,
    blocked     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    created_by  TEXT NOT NULL,
    daily_key   TEXT UNIQUE,
    lease_owner TEXT,
    lease_until TEXT,
    created_at  TEXT NOT NULL,
    started_at  TEXT,
    finished_at TEXT,
    CHECK (kind <> 'tip' OR tip_key IS NOT NULL),
    CHECK (kind <> 'text' OR text_ko IS NOT NULL OR text_en IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS broadcasts_unfinished_idx ON broadcasts (id) WHERE status IN ('pending', 'running');

CREATE TABLE IF NOT EXISTS deliveries (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    locale       TEXT NOT NULL CHECK (locale IN ('ko', 'en')),
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sending', 'sent', 'blocked', 'failed', 'skipped')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    claimed_at   TEXT,
    sent_at      TEXT,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX IF NOT EXISTS deliveries_status_idx ON deliveries (broadcast_id, status, user_id);
CREATE INDEX IF NOT EXISTS deliveries_user_idx ON deliveries (user_id);
