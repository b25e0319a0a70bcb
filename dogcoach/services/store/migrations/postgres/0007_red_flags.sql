-- DogCoach schema, version 7: the red flags the safety check raised (a bite that broke skin, a
-- child bitten, a seizure, something toxic eaten, signs of pain, a sudden change), one row per
-- flag and message, kept for the owner's hand-over summary and for follow-up. Applied by
-- `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
--
-- Erasing a user or a dog erases its flags (cascade); a report erased alone leaves the flag, which
-- was raised whatever became of the analysis (set null). Every foreign key leads an index.
create table if not exists red_flags (
    id        bigint generated always as identity primary key,
    user_id   bigint not null references users (id) on delete cascade,
    dog_id    bigint references dogs (id) on delete cascade,
    report_id bigint references reports (id) on delete set null,
    kind      text not null,
    urgency   text not null check (urgency in ('now', 'within_24h', 'soon')),
    evidence  jsonb not null default '[]'::jsonb,
    raised_at timestamptz not null default now()
);
create index if not exists red_flags_user_idx on red_flags (user_id, raised_at);
create index if not exists red_flags_dog_idx on red_flags (dog_id, raised_at);
create index if not exists red_flags_report_idx on red_flags (report_id);

alter table red_flags enable row level security;
