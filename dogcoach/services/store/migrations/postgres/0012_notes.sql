-- DogCoach schema, version 12: what an owner told that is no report, no question and no answer to
-- a question asked, kept all the same (issue 11: nothing an owner sends is dropped). The one kind
-- so far is `feedback` on advice ("we tried that already", "해봤는데 안 돼요") told before any
-- plan existed to keep it against (with a plan it is an answered check-in "same"). `report_id`:
-- the owner's newest report or question when it was told, the advice it most likely answers.
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
--
-- Erasing a user or a dog erases its notes (cascade); a report erased alone leaves the note,
-- unlinked (set null). Every foreign key leads an index.
create table if not exists notes (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references users (id) on delete cascade,
    dog_id     bigint references dogs (id) on delete cascade,
    report_id  bigint references reports (id) on delete set null,
    kind       text not null check (kind in ('feedback')),
    text       text not null,
    created_at timestamptz not null default now()
);
create index if not exists notes_user_idx on notes (user_id, created_at);
create index if not exists notes_dog_idx on notes (dog_id);
create index if not exists notes_report_idx on notes (report_id);

alter table notes enable row level security;
