-- DogCoach schema, version 2, for the embedded SQLite default: what the analysis worker records
-- per report and whether its result reached the user. Mirrors ../postgres/0002_report_delivery.sql.

ALTER TABLE reports ADD COLUMN delivered_at TEXT;
ALTER TABLE reports ADD COLUMN followups INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN total_duration_ms REAL;
ALTER TABLE reports ADD COLUMN load_duration_ms REAL;
ALTER TABLE reports ADD COLUMN prompt_eval_duration_ms REAL;
ALTER TABLE reports ADD COLUMN eval_duration_ms REAL;
ALTER TABLE reports ADD COLUMN raw_output TEXT;

-- Results finished before this version count as delivered, so nobody gets old news on their next turn.
UPDATE reports SET delivered_at = updated_at WHERE status <> 'pending';

CREATE INDEX IF NOT EXISTS reports_undelivered_idx ON reports (user_id, id)
    WHERE delivered_at IS NULL AND status <> 'pending';
