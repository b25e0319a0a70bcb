-- DogCoach schema, version 8, for the embedded SQLite default: reports told apart from questions
-- to the coach. Mirrors ../postgres/0008_question_kind.sql.

ALTER TABLE reports ADD COLUMN kind TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'question'));
