-- DogCoach schema, version 5: broadcasts written in batches, and the admin API's idempotency keys.
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
--
-- A broadcast's delivery rows are written a batch of owners at a time, each batch its own short
-- transaction (one statement for 92,000 owners held SQLite for 0.75 s while every turn waited);
-- `filled_at` is set once the last batch is in, and a broadcast is sent only after that. Rows made
-- before this version were written whole, so they count as filled.
alter table broadcasts add column if not exists filled_at timestamptz;
update broadcasts set filled_at = created_at where filled_at is null;

-- The `Idempotency-Key` of the admin API request that created the broadcast: the same request
-- sent again finds its broadcast instead of making a second one.
alter table broadcasts add column if not exists request_key text;
create unique index if not exists broadcasts_request_key_idx on broadcasts (request_key);
