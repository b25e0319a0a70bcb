"""The coaching loop's flows: one change at a time (plans), check-ins and their advice, /progress,
/summary and /checkins. The logic is `services.coaching` (pure functions); these flows store,
word and deliver it."""
