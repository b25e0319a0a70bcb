-- DogCoach schema, version 14, for the embedded SQLite default: the owner was told once which zone
-- their times are in. Mirrors ../postgres/0014_zone_told.sql.

ALTER TABLE users ADD COLUMN zone_told INTEGER NOT NULL DEFAULT 0;
