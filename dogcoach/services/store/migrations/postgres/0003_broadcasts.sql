-- DogCoach schema, version 3: admin broadcasts (issue 6). Applied by `dogcoach migrate` and,
-- identically, by Supabase from supabase/migrations/.
--
-- A broadcast and one delivery row per recipient are written together, before anything is sent.
-- A delivery moves pending -> sending (claimed, committed before the API call) -> sent | blocked |
-- failed | skipped. A row left in `sending` by a crash is never sent again (at-most-once; see
-- docs/broadcasts.md). `lease_owner`/`lease_until` make sure one process runs a broadcast at a time.

alter table users add column if not exists tips_opt_out boolean not null default false;

create table if not exists broadcasts (
    id          bigint generated always as identity primary key,
    kind        text not null check (kind in ('tip', 'text')),
    tip_key     text,
    text_ko     text,
    text_en     text,
    channel     text check (channel in ('telegram', 'kakao')),
    locale      text check (locale in ('ko', 'en')),
    status      text not null default 'pending'
                check (status in ('pending', 'running', 'done', 'cancelled')),
    total       integer not null default 0,
    sent        integer not null default 0,
    blocked     integer not null default 0,
    failed      integer not null default 0,
    skipped     integer not null default 0,
    created_by  text not null,
    daily_key   text unique,
    lease_owner text,
    lease_until timestamptz,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    check (kind <> 'tip' or tip_key is not null),
    check (kind <> 'text' or text_ko is not null or text_en is not null)
);
create index if not exists broadcasts_unfinished_idx on broadcasts (id) where status in ('pending', 'running');

create table if not exists deliveries (
    broadcast_id bigint not null references broadcasts (id) on delete cascade,
    user_id      bigint not null references users (id) on delete cascade,
    locale       text not null check (locale in ('ko', 'en')),
    status       text not null default 'pending'
                 check (status in ('pending', 'sending', 'sent', 'blocked', 'failed', 'skipped')),
    attempts     integer not null default 0,
    error        text,
    claimed_at   timestamptz,
    sent_at      timestamptz,
    primary key (broadcast_id, user_id)
);
create index if not exists deliveries_status_idx on deliveries (broadcast_id, status, user_id);
create index if not exists deliveries_user_idx on deliveries (user_id);

alter table broadcasts enable row level security;
alter table deliveries enable row level security;
