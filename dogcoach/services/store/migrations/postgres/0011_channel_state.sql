-- DogCoach schema, version 11: a channel's short-lived per-user state in the shared database, so
-- that any replica of `dogcoach serve` answers any request (issue 15). Kakao keeps here what one
-- skill answer could not fit ("더 보기" pages, the page of a long choice list: kind `view`), replies
-- held for the user's next message (`held`), files offered as download links (`file`, the bytes in
-- `data`) and callback URLs waiting for a result (`callback`, claimed by deleting the row, so the
-- one POST Kakao allows is made by one replica only).
--
-- Every row expires (`expires_at`; readers ignore expired rows, the periodic upkeep deletes them).
-- `owner` is the user's id on the channel (users.external_id): `/delete` removes all of an owner's
-- rows with the user, so no download link outlives the data it copies.
create table if not exists channel_state (
    channel    text not null,
    kind       text not null,
    key        text not null,
    owner      text not null,
    value      jsonb not null,
    data       bytea,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    primary key (channel, kind, key)
);
create index if not exists channel_state_owner_idx on channel_state (channel, owner, kind);
create index if not exists channel_state_expires_idx on channel_state (expires_at);

alter table channel_state enable row level security;
