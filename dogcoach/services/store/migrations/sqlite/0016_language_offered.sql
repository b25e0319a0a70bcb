-- DogCoach schema, version 16, for the embedded SQLite default: the language the owner was last
-- offered to switch to. Mirrors ../postgres/0016_language_offered.sql.

ALTER TABLE users ADD COLUMN language_offered TEXT;
