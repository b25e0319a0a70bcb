-- DogCoach schema, version 15, for the embedded SQLite default: the names of the dogs an owner
-- removed, newest last (a JSON list). Mirrors ../postgres/0015_removed_dogs.sql.

ALTER TABLE users ADD COLUMN removed_dogs TEXT;
