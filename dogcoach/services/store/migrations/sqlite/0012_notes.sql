-- DogCoach schema, version 12, for the embedded SQLite default: what an owner told that is no
-- report, no question and no answer (feedback on advice with no plan yet). Mirrors
-- ../postgres/0012_notes.sql.

CREATE TABLE IF NOT EXISTS notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dog_id     INTEGER REFERENCES dogs (id) ON DELETE CASCADE,
    report_id  INTEGER REFERENCES reports (id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('feedback')),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_user_idx ON notes (user_id, created_at);
CREATE INDEX IF NOT EXISTS notes_dog_idx ON notes (dog_id);
CREATE INDEX IF NOT EXISTS notes_report_idx ON notes (report_id);
