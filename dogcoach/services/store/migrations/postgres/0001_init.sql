-- DogCoach schema, version 1. Applied by `dogcoach migrate` and, identically, by Supabase from
-- supabase/migrations/. Row Level Security is enabled on every table with no policy: the bot
-- connects as the table owner (which bypasses RLS), while Supabase's anon and authenticated API
-- roles can read nothing.

create table if not exists users (
    id            bigint generated always as identity primary key,
    channel       text not null check (channel in ('telegram', 'kakao', 'console')),
    external_id   text not null,
    locale        text check (locale in ('ko', 'en')),
    locale_hint   text,
    name          text,
    is_admin      boolean not null default false,
    active_dog_id bigint,
    blocked_at    timestamptz,
    created_at    timestamptz not null default now(),
    last_seen_at  timestamptz not null default now(),
    unique (channel, external_id)
);

create table if not exists dogs (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references users (id) on delete cascade,
    name         text,
    age_months   integer,
    sex          text,
    breed        text,
    size         text,
    profile      jsonb not null default '{}'::jsonb,
    completed_at timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index if not exists dogs_user_idx on dogs (user_id);

alter table users drop constraint if exists users_active_dog_fk;
alter table users add constraint users_active_dog_fk
    foreign key (active_dog_id) references dogs (id) on delete set null;

create table if not exists conversation_state (
    user_id    bigint primary key references users (id) on delete cascade,
    flow       text,
    step       text,
    data       jsonb not null default '{}'::jsonb,
    updated_at timestamptz not null default now()
);

create table if not exists messages (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references users (id) on delete cascade,
    direction  text not null check (direction in ('in', 'out')),
    text       text,
    payload    jsonb,
    created_at timestamptz not null default now()
);
create index if not exists messages_user_idx on messages (user_id, id);

create table if not exists reports (
    id            bigint generated always as identity primary key,
    user_id       bigint not null references users (id) on delete cascade,
    dog_id        bigint references dogs (id) on delete set null,
    text          text not null,
    language      text not null,
    status        text not null default 'pending' check (status in ('pending', 'done', 'failed')),
    analysis      jsonb,
    model         text,
    prompt_tokens integer,
    eval_tokens   integer,
    latency_ms    double precision,
    attempts      integer not null default 0,
    error         text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index if not exists reports_user_idx on reports (user_id, dog_id, created_at);
create index if not exists reports_pending_idx on reports (status, id) where status = 'pending';

create table if not exists processed_updates (
    channel    text not null,
    update_id  text not null,
    created_at timestamptz not null default now(),
    primary key (channel, update_id)
);

alter table users enable row level security;
alter table dogs enable row level security;
alter table conversation_state enable row level security;
alter table messages enable row level security;
alter table reports enable row level security;
alter table processed_updates enable row level security;
