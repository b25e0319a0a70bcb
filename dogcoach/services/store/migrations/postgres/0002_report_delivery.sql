-- DogCoach schema, version 2: what the analysis worker records per report (Ollama's durations,
-- the raw answer of a failed analysis, follow-ups asked) and whether its result reached the user.
-- A result whose channel could not deliver it (`delivered_at` null) is shown on the user's next turn.

alter table reports add column if not exists delivered_at timestamptz;
alter table reports add column if not exists followups integer not null default 0;
alter table reports add column if not exists total_duration_ms double precision;
alter table reports add column if not exists load_duration_ms double precision;
alter table reports add column if not exists prompt_eval_duration_ms double precision;
alter table reports add column if not exists eval_duration_ms double precision;
alter table reports add column if not exists raw_output text;

-- Results finished before this version count as delivered, so nobody gets old news on their next turn.
update reports set delivered_at = updated_at where status <> 'pending';

create index if not exists reports_undelivered_idx on reports (user_id, id)
    where delivered_at is null and status <> 'pending';
