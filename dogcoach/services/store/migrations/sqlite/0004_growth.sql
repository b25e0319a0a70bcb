-- DogCoach schema, version 4, for the embedded SQLite default: every foreign key indexed, and
-- bounded growth. Mirrors ../postgres/0004_growth.sql.

CREATE INDEX IF NOT EXISTS reports_dog_idx ON reports (dog_id);
CREATE INDEX IF NOT EXISTS users_active_dog_idx ON users (active_dog_id);

CREATE INDEX IF NOT EXISTS processed_updates_created_idx ON processed_updates (created_at);

ALTER TABLE broadcasts ADD COLUMN compacted_at TEXT;

CREATE TABLE IF NOT EXISTS broadcast_outcomes (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    status       TEXT NOT NULL CHECK (status IN ('failed', 'skipped')),
    error        TEXT,
    n            INTEGER NOT NULL CHECK (n > 0)
);
CREATE INDEX IF NOT EXISTS broadcast_outcomes_broadcast_idx ON broadcast_outcomes (broadcast_id);
