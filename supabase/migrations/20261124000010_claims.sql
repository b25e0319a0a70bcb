-- DogCoach schema, version 10: several server processes on one database (issue 15).
--
-- A report is worked on by one process at a time, under a lease (`lease_owner`, `lease_until`):
-- while `pending`, its analysis (claimed right after the owner's turn commits, renewed while it
-- waits and while the model writes, taken over by another process once expired); once finished
-- and claimed for delivery (`delivered_at` set), its push to the channel. A push whose lease
-- expired (its process died between the claim and the platform's answer) is offered again; one
-- settled (sent, or cut off by a shutdown with the outcome unknown) has no lease.
--
-- `leases` holds the named leases of work that runs in one process at a time: the schedules
-- (daily tip, broadcast resumption, check-in scheduler), which move to another process when the
-- holder stops renewing.

alter table reports add column if not exists lease_owner text;
alter table reports add column if not exists lease_until timestamptz;

-- The sweep: pending reports nobody holds (or whose holder's lease expired), oldest first.
create index if not exists reports_claim_idx on reports (lease_until, id) where status = 'pending';
-- Deliveries left in flight by a dead process, found by their lease.
create index if not exists reports_delivery_lease_idx on reports (lease_until)
    where status <> 'pending' and lease_until is not null;
-- One process's leases, renewed in one statement.
create index if not exists reports_lease_owner_idx on reports (lease_owner) where lease_owner is not null;

create table if not exists leases (
    name        text primary key,
    holder      text not null,
    lease_until timestamptz not null,
    acquired_at timestamptz not null default now()
);

alter table leases enable row level security;
