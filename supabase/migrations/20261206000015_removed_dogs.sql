-- DogCoach schema, version 15: the names of the dogs an owner removed (`/removedog`, confirmed;
-- issue 11 item 8), newest last, so a later message naming one ("보리 없어졌어?", "show bruno's
-- history", a report about him) is answered as about a dog removed, never sent to the coach model
-- nor filed under another dog without a word (stop 57). Only the name: the profile and the reports
-- are erased as the confirmation says; /delete erases it with the owner.
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
alter table users add column if not exists removed_dogs jsonb;
