-- DogCoach schema, version 9: the coaching loop's plans and check-ins.
--
-- A plan is the one change an owner tries for one behaviour of one dog: the next step of an
-- analysis, with the day it started. One plan per (owner, dog, behaviour) is active at a time;
-- a newer suggestion waits for the check-in unless safety overrides it (`replaced`).
-- A check-in asks, a few days after the plan started, how it went. It is claimed
-- (pending -> sending, committed with a lease) before the platform is called, and settled right
-- after: a process that dies in between leaves it `sending`, and it is settled as sent with the
-- outcome unknown once the lease has expired, never sent again (at most once, like broadcasts).
-- The owner's zone places quiet hours; `checkins_opt_out` is /checkins off.

alter table users add column if not exists timezone text;
alter table users add column if not exists checkins_opt_out boolean not null default false;

create table if not exists plans (
    id             bigint generated always as identity primary key,
    user_id        bigint not null references users (id) on delete cascade,
    dog_id         bigint references dogs (id) on delete cascade,
    category       text not null,
    next_step      text not null,
    report_id      bigint references reports (id) on delete set null,
    status         text not null default 'active'
                   check (status in ('active', 'adjust', 'referred', 'replaced')),
    -- How it began: adopted, or put in place of an active plan because of a red flag.
    adoption       text not null default 'adopt' check (adoption in ('adopt', 'override')),
    started_at     timestamptz not null,
    checkin_due_at timestamptz not null,
    updated_at     timestamptz not null default now()
);
create index if not exists plans_user_idx on plans (user_id, dog_id, category, started_at);
create index if not exists plans_dog_idx on plans (dog_id);
create index if not exists plans_report_idx on plans (report_id);
-- One active plan per owner, dog and behaviour (a report made before the survey has no dog: 0).
create unique index if not exists plans_one_active on plans (user_id, coalesce(dog_id, 0), category)
    where status = 'active';

create table if not exists checkins (
    id          bigint generated always as identity primary key,
    plan_id     bigint not null references plans (id) on delete cascade,
    user_id     bigint not null references users (id) on delete cascade,
    dog_id      bigint references dogs (id) on delete cascade,
    category    text not null,
    due_at      timestamptz not null,
    status      text not null default 'pending'
                check (status in ('pending', 'sending', 'sent', 'undelivered', 'answered', 'skipped', 'blocked')),
    attempts    integer not null default 0,
    lease_owner text,
    lease_until timestamptz,
    sent_at     timestamptz,
    outcome     text check (outcome in ('better', 'same', 'worse', 'not_tried')),
    note        text,
    answered_at timestamptz,
    error       text,
    created_at  timestamptz not null default now(),
    unique (plan_id, due_at)
);
create index if not exists checkins_user_idx on checkins (user_id, status);
create index if not exists checkins_dog_idx on checkins (dog_id);
-- The scheduler's scan: due check-ins still to send, oldest first.
create index if not exists checkins_due_idx on checkins (due_at) where status = 'pending';
-- Claims a dead process left behind, found by their lease.
create index if not exists checkins_sending_idx on checkins (lease_until) where status = 'sending';

alter table plans enable row level security;
alter table checkins enable row level security;
