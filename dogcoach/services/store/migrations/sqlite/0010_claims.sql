-- DogCoach schema, version 10, for the embedded SQLite default: leases on reports and named
-- leases. Mirrors ../postgres/0010_claims.sql (SQLite serves one process; the same code runs).

ALTER TABLE reports ADD COLUMN lease_owner TEXT;
ALTER TABLE reports ADD COLUMN lease_until TEXT;

CREATE INDEX IF NOT EXISTS reports_claim_idx ON reports (lease_until, id) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS reports_delivery_lease_idx ON reports (lease_until)
    WHERE status <> 'pending' AND lease_until IS NOT NULL;
CREATE INDEX IF NOT EXISTS reports_lease_owner_idx ON reports (lease_owner) WHERE lease_owner IS NOT NULL;

CREATE TABLE IF NOT EXISTS leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    lease_until TEXT NOT NULL,
    acquired_at TEXT NOT NULL
);
