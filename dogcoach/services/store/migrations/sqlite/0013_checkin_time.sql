-- DogCoach schema, version 13, for the embedded SQLite default: the hour an owner chose for their
-- check-ins. Mirrors ../postgres/0013_checkin_time.sql.

ALTER TABLE users ADD COLUMN checkin_minute INTEGER CHECK (checkin_minute BETWEEN 0 AND 1439);
