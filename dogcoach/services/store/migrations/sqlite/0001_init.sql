-- DogCoach schema, version 1, for the embedded SQLite default. Mirrors
-- ../postgres/0001_init.sql table for table and column for column; JSON is TEXT,
-- timestamps are ISO-8601 UTC TEXT, booleans are INTEGER.

CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    channel       TEXT NOT NULL CHECK (channel IN ('telegram', 'kakao', 'console')),
    external_id   TEXT NOT NULL,
    locale        TEXT CHECK (locale IN ('ko', 'en')),
    locale_hint   TEXT,
    name          TEXT,
    is_admin      INTEGER NOT NULL DEFAULT 0,
    active_dog_id INTEGER REFERENCES dogs (id) ON DELETE SET NULL,
    blocked_at    TEXT,
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    UNIQUE (channel, external_id)
);

CREATE TABLE IF NOT EXISTS dogs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT,
    age_months   INTEGER,
    sex          TEXT,
    breed        TEXT,
    size         TEXT,
    profile      TEXT NOT NULL DEFAULT '{}',
    completed_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dogs_user_idx ON dogs (user_id);

CREATE TABLE IF NOT EXISTS conversation_state (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    flow       TEXT,
    step       TEXT,
    data       TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS messages (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    text       TEXT,
    payload    TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_user_idx ON messages (user_id, id);

CREATE TABLE IF NOT EXISTS reports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dog_id        INTEGER REFERENCES dogs (id) ON DELETE SET NULL,
    text          TEXT NOT NULL,
    language      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    analysis      TEXT,
    model         TEXT,
    prompt_tokens INTEGER,
    eval_tokens   INTEGER,
    latency_ms    REAL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    error         TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_user_idx ON reports (user_id, dog_id, created_at);
CREATE INDEX IF NOT EXISTS reports_pending_idx ON reports (status, id) WHERE status = 'pending';

CREATE TABLE IF NOT EXISTS processed_updates (
    channel    TEXT NOT NULL,
    update_id  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel, update_id)
);
