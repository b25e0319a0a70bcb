-- DogCoach schema, version 4: every foreign key indexed, and bounded growth. Applied by
-- `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
--
-- A foreign key without an index makes every DELETE of the row it points to scan the referencing
-- table: erasing a user (cascade over dogs) and a dog (SET NULL on reports.dog_id and
-- users.active_dog_id) took 92-297 ms at 100,000 owners. A test checks that every foreign key
-- column leads some index, on both backends.
create index if not exists reports_dog_idx on reports (dog_id);
create index if not exists users_active_dog_idx on users (active_dog_id);

-- Update ids are pruned by age, periodically, in batches.
create index if not exists processed_updates_created_idx on processed_updates (created_at);

-- A finished broadcast's delivery rows (about 150 bytes per recipient) are folded into counts after
-- a retention period: the counters stay on the broadcast row, the reasons behind failures and skips
-- are kept here, and `compacted_at` says when the rows went.
alter table broadcasts add column if not exists compacted_at timestamptz;

create table if not exists broadcast_outcomes (
    broadcast_id bigint not null references broadcasts (id) on delete cascade,
    status       text not null check (status in ('failed', 'skipped')),
    error        text,
    n            integer not null check (n > 0)
);
create index if not exists broadcast_outcomes_broadcast_idx on broadcast_outcomes (broadcast_id);

alter table broadcast_outcomes enable row level security;
