-- DogCoach schema, version 13: the time of day an owner chose for their check-ins ("알림은 저녁
-- 8시쯤 보내주세요", "remind me at 8pm"; owner trial 28: nothing could do it), as the minute of
-- the day in the owner's zone (`users.timezone`): 1200 is 20:00. Null: no preference, a due
-- check-in goes out as soon as it is due outside the operator's quiet hours
-- (DOGCOACH_QUIET_HOURS); set, at the next such local time, quiet hours or not (the owner chose).
-- Applied by `dogcoach migrate` and, identically, by Supabase from supabase/migrations/.
alter table users add column if not exists checkin_minute integer
    check (checkin_minute between 0 and 1439);
