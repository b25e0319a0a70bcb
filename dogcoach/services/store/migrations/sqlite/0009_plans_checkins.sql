-- DogCoach schema, version 9, for the embedded SQLite default: the coaching loop's plans and
-- check-ins. Mirrors ../postgres/0009_plans_checkins.sql.

ALTER TABLE users ADD COLUMN timezone TEXT;
ALTER TABLE users ADD COLUMN checkins_opt_out INTEGER NOT NULL DEFAULT 0;

CREATE TABLE IF NOT EXISTS plans (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dog_id         INTEGER REFERENCES dogs (id) ON DELETE CASCADE,
    category       TEXT NOT NULL,
    next_step      TEXT NOT NULL,
    report_id      INTEGER REFERENCES reports (id) ON DELETE SET NULL,
    status         TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'adjust', 'referred', 'replaced')),
    adoption       TEXT NOT NULL DEFAULT 'adopt' CHECK (adoption IN ('adopt', 'override')),
    started_at     TEXT NOT NULL,
    checkin_due_at TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plans_user_idx ON plans (user_id, dog_id, category, started_at);
CREATE INDEX IF NOT EXISTS plans_dog_idx ON plans (dog_id);
CREATE INDEX IF NOT EXISTS plans_report_idx ON plans (report_id);
CREATE UNIQUE INDEX IF NOT EXISTS plans_one_active ON plans (user_id, coalesce(dog_id, 0), category)
    WHERE status = 'active';

CREATE TABLE IF NOT EXISTS checkins (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dog_id      INTEGER REFERENCES dogs (id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'undelivered', 'answered', 'skipped', 'blocked')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until TEXT,
    sent_at     TEXT,
    outcome     TEXT CHECK (outcome IN ('better', 'same', 'worse', 'not_tried')),
    note        TEXT,
    answered_at TEXT,
    error       TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (plan_id, due_at)
);
CREATE INDEX IF NOT EXISTS checkins_user_idx ON checkins (user_id, status);
CREATE INDEX IF NOT EXISTS checkins_dog_idx ON checkins (dog_id);
CREATE INDEX IF NOT EXISTS checkins_due_idx ON checkins (due_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS checkins_sending_idx ON checkins (lease_until) WHERE status = 'sending';
