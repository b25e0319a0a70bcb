-- DogCoach schema, version 16: the language ('ko' or 'en') an owner was last offered to switch to
-- because they wrote in it on a chat in the other one (stop 58: a Korean-writing owner on a Telegram
-- set to English got every reply in English, nothing offered Korean). Offered once: "Keep English"
-- (or the offer ignored) leaves it set, so it is not offered again; a later switch of language makes
-- the other one offerable once more. Null: never offered. /delete erases it with the owner.
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
alter table users add column if not exists language_offered text;
