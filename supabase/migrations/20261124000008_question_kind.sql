-- DogCoach schema, version 8: a question to the coach is kept beside the behaviour reports, told
-- apart by `kind`. It goes through the same analysis line and delivery (its `analysis` holds the
-- coach's answer), is listed by /history, and never counts as an incident (/week, progress, the
-- summary read only kind = 'report'). Applied by `dogcoach migrate` and, identically, by Supabase
-- from supabase/migrations/.
alter table reports add column if not exists kind text not null default 'report'
    check (kind in ('report', 'question'));
