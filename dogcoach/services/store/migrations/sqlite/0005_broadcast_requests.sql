-- DogCoach schema, version 5, for the embedded SQLite default: broadcasts written in batches, and
-- the admin API's idempotency keys. Mirrors ../postgres/0005_broadcast_requests.sql.

ALTER TABLE broadcasts ADD COLUMN filled_at TEXT;
UPDATE broadcasts SET filled_at = created_at WHERE filled_at IS NULL;

ALTER TABLE broadcasts ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS broadcasts_request_key_idx ON broadcasts (request_key);
