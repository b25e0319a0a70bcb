-- DogCoach schema, version 14: an English owner with no zone of their own (`users.timezone` null;
-- Telegram tells no zone) was told once, when a check-in was first promised or a check-in time
-- set, that the times are in the bot's zone (DOGCOACH_TIMEZONE) and how to change it (stop 50,
-- English owner trial: a London owner saw tomorrow's date). Told once: never again.
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
alter table users add column if not exists zone_told boolean not null default false;
