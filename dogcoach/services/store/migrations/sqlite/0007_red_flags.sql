-- DogCoach schema, version 7, for the embedded SQLite default: the red flags the safety check
-- raised. Mirrors ../postgres/0007_red_flags.sql.

CREATE TABLE IF NOT EXISTS red_flags (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dog_id    INTEGER REFERENCES dogs (id) ON DELETE CASCADE,
    report_id INTEGER REFERENCES reports (id) ON DELETE SET NULL,
    kind      TEXT NOT NULL,
    urgency   TEXT NOT NULL CHECK (urgency IN ('now', 'within_24h', 'soon')),
    evidence  TEXT NOT NULL DEFAULT '[]',
    raised_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS red_flags_user_idx ON red_flags (user_id, raised_at);
CREATE INDEX IF NOT EXISTS red_flags_dog_idx ON red_flags (dog_id, raised_at);
CREATE INDEX IF NOT EXISTS red_flags_report_idx ON red_flags (report_id);
