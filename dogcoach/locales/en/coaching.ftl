## Coaching: progress (baseline and recent), one change at a time (plans), follow-up a few days later
## (check-ins).

coaching-progress-title = 📈 What has changed so far
coaching-progress-title-dog = 📈 What has changed for { $name } so far
coaching-progress-empty = No reports yet. Tell me what your dog did and I'll show you how things change.
coaching-progress-analysing = 🔍 Your report is still being analysed — its result reaches you here in { $wait }. Progress is measured from analysed reports, so it shows from then on.
coaching-progress-analysing-later = 🔍 Your report is kept and waits for its analysis — its result reaches you here as soon as it is done. Progress is measured from analysed reports, so it shows from then on.
coaching-progress-line = { $category }: first { $before_days } days { $before_rate } a week, intensity { $before_level } → last { $after_days } days { $after_rate } a week, intensity { $after_level } ({ $trend })
coaching-progress-too-early = { $category }: first { $before_days } days { $before_rate } a week, intensity { $before_level } (a little longer before we can compare)
coaching-progress-so-far = { $category }: { $count } so far, intensity { $before_level } (the weekly rate shows once a week has passed)
coaching-progress-no-reports = { $category }: no analysed reports yet
coaching-level-none = -
coaching-trend-better = getting better
coaching-trend-same = about the same
coaching-trend-worse = more often or stronger
coaching-trend-too_early = too early to compare
coaching-trend-too_few = too few reports to tell
coaching-trend-no_reports = no reports yet

coaching-chart-title = First weeks and lately: reports a week
coaching-chart-before = First
coaching-chart-after = Lately
coaching-chart-axis = Reports a week (mean intensity next to each bar)

coaching-plan-adopt = 📌 One thing to change for now: { $text }
    I'll ask you how it went on { $date }.
coaching-plan-wait = 📌 For now, keep going with: { $text }
    Changing one thing at a time shows what works. I'll ask you how it went on { $date }.
coaching-plan-override = ⚠️ Safety first, so the plan changes right away. From now on, just this: { $text }
    I'll ask you how it went on { $date }.

## Stop 55 (verification trial): a plan step is the model's words in the language of the report it came from. After a
## language switch it is shown as written, labelled with its language (it is no message that can be said again).
coaching-step-other-language = { $text } ({ $language ->
        [ko] written in Korean, when it was suggested
       *[other] written in English, when it was suggested
    })
# A medical emergency's result (a seizure, a poison, heatstroke now): no plan, no check-in.
coaching-plan-emergency = 🩺 The training advice can wait until your dog has been seen by a vet — right now, that comes first.
## After a bite to a child, or one that injured a person or another dog: no plan, no check-in (stop 50). $bitten: "child" (a child
## was bitten), else a bite that broke the skin, an adult's or a dog's (stop 56: an adult bitten was told of "a bite to a child").
coaching-plan-bite = 🧑‍🏫 { $bitten ->
        [child] After a bite to a child, the training plan comes after a professional has seen your dog.
       *[other] After a bite that broke the skin, the training plan comes after a professional has seen your dog.
    } Until then, keep away from the situation where it happened. Once a professional has seen your dog, tell me (for example "a vet has seen her") and I'll suggest training steps again.

## Stop 62 (owner trial): a report after a bite that broke the skin (within two weeks) starts no plan either: the bite's
## result said the plan comes after a professional has seen the dog, and "one thing to change for now" contradicted it.
## Stop 63 (trialleft63): how to lift the hold is said with it.
coaching-plan-bite-held = 🧑‍🏫 As I said after the bite, the training plan waits until a professional has seen your dog, so there's no new step to start for now. Until then, keep away from the situations where it happened. Once a vet or a behaviourist has seen your dog, tell me (for example "a vet has seen her") and the next report gets a step again.
## Stop 63 (trialleft63): the owner told that a vet or a behaviourist has seen the dog ("a vet has seen her", "we saw a behaviourist"; the hold had no way out): kept for the dog, the hold lifted. $name: the dog's name.
coaching-plan-bite-lifted = 🧑‍🏫 Thank you — noted that a professional has seen { $name }. From the next report on I'll suggest a training step again, alongside what they advised.

coaching-checkin-question = 🗓️ A few days ago you started: { $text }
    How did it go?
coaching-checkin-question-dog = 🗓️ A few days ago you started this with { $name }: { $text }
    How did it go?
coaching-checkin-note = Anything to add? Write it here — or leave it, that's fine too.
coaching-outcome-better = Better
    .aliases = better, improved, much better, its better, a bit better, a little better, getting better, a little, a little bit, a bit, slightly, slightly better, somewhat, somewhat better, kinda better, kind of better, a tiny bit, a tad better
coaching-outcome-same = The same
    .aliases = same, the same, no change, about the same, unchanged, not really, meh, so-so, so so, not much, not much change, no not really, not great, same old, hasn't improved, has not improved, hasnt improved, didn't improve, didnt improve, did not improve, didn't get better, didnt get better, did not get better, not really better, not improved, not improved at all, hasn't gotten better, hasnt gotten better, not much better, not any better, no better, not worse, no worse, not any worse, didn't get worse, didnt get worse, hasn't gotten worse, hasnt gotten worse
coaching-outcome-worse = Worse
    .aliases = worse, got worse, its worse, worse now, a bit worse, much worse
coaching-outcome-not_tried = Didn't try
    .aliases = didnt try, did not try, not tried, havent tried, not yet, didnt get to it
coaching-checkins-off = 🔕 I won't send check-ins any more. Send "check-ins on" to get them again.
coaching-checkins-on = 🔔 I'll ask you a few days after each new step how it went. Send "check-ins off" to stop.

coaching-advice-keep-better = 👏 Well done! Keep going just as you are. I'll check in again in a few days.
coaching-advice-keep-same = 🌱 Behaviour takes time to change. Keep the same step a few more days, and I'll ask again.
coaching-advice-keep-not_tried = 🙂 That's fine. Try it once or twice a day, even briefly. I'll ask again in a few days.
coaching-advice-adjust-worse = 🔧 If it got worse, let's change the approach: more distance from what sets it off, and an easier first step. Tell me about the next time it happens and I'll suggest a new step.
coaching-advice-adjust-same_twice = 🔧 No change twice in a row, so let's change the approach. Tell me about the next time it happens and I'll suggest a new step.
coaching-advice-adjust-not_tried_twice = 🔧 That step seems hard to fit in. Let's find an easier one: tell me about the next time it happens and I'll suggest a new step.
coaching-advice-get_help-worse_twice = 🧑‍⚕️ It got worse twice in a row. Rather than carrying on alone, have a vet rule out pain or illness, then see a certified behaviour consultant or a veterinary behaviourist. /summary puts your notes on one page to bring along.
coaching-advice-get_help-no_progress = 🧑‍⚕️ Several tries without improvement. Have a vet rule out pain, then see a certified behaviour consultant. /summary puts your notes on one page to bring along.
coaching-advice-get_help-red_flag =
    { $outcome ->
        [better] 👏 Good to hear it's going better.
        [worse] Thanks for telling me, and I'm sorry it got worse.
       *[other] Thanks for telling me how it went.
    } 🧑‍⚕️ Because of the safety concern you told me about, professional help comes before training: please see your vet and a certified behaviour consultant before going on with the step. /summary puts your notes on one page to bring along.

## For owners who turned check-ins off: no date is promised.
coaching-plan-adopt-no-checkin = 📌 One thing to change for now: { $text }
coaching-plan-wait-no-checkin = 📌 For now, keep going with: { $text }
    Changing one thing at a time shows what works. From { $date } it's fine to switch to a new step.
coaching-plan-override-no-checkin = ⚠️ Safety first, so the plan changes right away. From now on, just this: { $text }

## Answering a check-in.
coaching-checkin-reply-hint = Reply with one of: { $answers }.
coaching-checkin-reask = Please pick one: better, the same, worse, or didn't try.
coaching-checkin-unsure = That's fine, it can be hard to tell. Compared with before: if it happens a little less often or less strongly, that's "Better"; about as much, "The same". You can also watch a few more days and answer later.
coaching-checkin-mixed = Some days better, some not. Taking the last few days together, which is closest?
# Better and worse at once at "how did it go?" ("half and half", "mixed tbh, good days and bad days"; stop 50: asked again, the words lost): recorded as the same, the words kept as the note.
coaching-checkin-read-mixed = Some days better, some worse: I've put that down as "The same", with what you wrote as its note. If it was better or worse overall, tell me and I'll change it.
# A bare no at "how did it go?" ("nope"; English owner trial 30: stored as "the same"): no change, or not tried? Asked which, nothing recorded.
coaching-checkin-which-no = Just to be sure: did you try it and nothing changed ("The same"), or didn't you get to try it yet ("Didn't try")?
coaching-checkin-read-ok = I've put that down as "The same": you tried it, but nothing clearly changed yet. If it happened less often or less strongly than before, tell me "better" and I'll change it.
# News of the dog's health at the check-in's question ("Alfie's tummy bug is gone"; stop 49, owner trial: only "please pick one"): glad to hear it, kept as the check-in's note, and how the step went asked again.
coaching-checkin-health-news = Glad to hear it! 🐾 I'll keep that health news with this check-in. And the step you were trying: how did it go?
coaching-checkin-new-problem = All right, let's look at that new problem. Tell me what happened, in one message: what set it off, what your dog did, and what happened right after.
coaching-checkin-note-skip = Nothing to add
    .aliases = nothing, no, nope, nah, naw, skip, thats all, 없어요, 없음, 건너뛰기, that's all, that's it, thats it, that is all, nothing more, nothing else, no more, that's everything, all done, done, 그게 다예요, 그게 다에요, 이게 다예요
coaching-checkin-note-saved = 📝 Noted — thank you for telling me!
coaching-checkin-note-corrected = 📝 Noted — and I changed this check-in's answer to "{ $outcome }", as you said.
coaching-checkin-replaced = 📝 Changed — what you just said replaces your answer a moment ago. This check-in's answer is now "{ $outcome }".
coaching-checkin-sorry = No need to apologise 😊 Whenever you're ready, just tell me how it went.
coaching-checkin-note-skipped = All right. Tell me about the next time anything happens.
# Words and then a cancel at "how did it go?" ("nah the cat makes it impossible lol cancel"; stop 51 owner trial: "please pick one", the words lost): the check-in left for now, the words said back. $said is what came before the cancel.
coaching-checkin-cancelled-said = OK, I'll leave this check-in for now, nothing recorded. You wrote: "{ $said }". If something gets in the way of the step, tell me what happens and we'll adjust it; and whenever you like, tell me how it went.
coaching-checkin-answered = You've answered this check-in already — thank you!
coaching-checkin-thanks = Thanks for letting me know. A newer step took over since then, so keep going with that one.
coaching-checkins-status-on = 🔔 A few days after each new step, I ask you how it went.
coaching-checkins-status-off = 🔕 Check-in messages are off for now.
coaching-checkins-on-button = 🔔 Turn check-ins on
    .short = 🔔 Check-ins on
    .aliases = on, yes, start, 켜기, 켜, 받기
coaching-checkins-off-button = 🔕 Turn check-ins off
    .short = Check-ins off
    .aliases = off, no, stop, 끄기, 꺼, 그만
## When check-ins arrive (owner trial 28: "please send the reminders around 8pm"): at the time chosen or typed, in the owner's zone; a time late at night is kept too, the owner chose it.
coaching-checkins-status-on-at = 🔔 A few days after each new step, I ask you how it went — around { $time }.
coaching-checkin-time-button = 🕗 Change the time
    .short = 🕗 Change time
coaching-checkin-time-ask = 🕗 What time would you like check-ins? Pick one below or type a time like "8pm" or "9:30 am".
coaching-checkin-time-ask-current = 🕗 Check-ins come around { $time } now. What time would you like instead? Pick one below or type a time like "8pm" or "9:30 am".
coaching-checkin-time-set = 🔔 Got it — check-ins will come around { $time } from now on.
coaching-checkin-time-cleared = 🔔 Got it — no set time; I'll just avoid late nights and early mornings.
coaching-checkin-time-unread = 🕗 I couldn't find a time in "{ $text }". Pick one below or type a time like "8pm" or "9:30 am". Send "cancel" to leave it as it is.
coaching-checkin-time-invalid = 🕗 I read { $hour } o'clock, but a day only has hours 0 to 23. Pick one below or type a time like "8pm".
## An hour said with no am or pm ("8", "at 8", "8:30"; owner trial: stored as 8 am unasked): which one is asked, nothing changed until it is picked.
coaching-checkin-time-which = 🕗 { $morning } or { $evening }? Pick one below.
coaching-checkin-time-pick = { $time }
## Where nothing can be sent first (Kakao without the Event API, the terminal): check-ins are asked when the owner next writes, so no time can be kept. Said so, nothing stored.
coaching-checkin-time-no-push = 🕗 I can't message you first here, so I can't send check-ins at a set time. I'll ask how it went when you next write to me, a few days after each new step.
## Stop 52 (helper glue52): a time typed right after the line above ("8pm", "at 8 please"; Kakao: it was added to the last report as its detail). What was understood, and again why it cannot be kept; nothing stored.
coaching-checkin-time-no-push-heard = 🕗 Got it — you'd like check-ins around { $time }. I can't message you first here, so I can't send them at that time: write to me around { $time } and I'll ask how it went then, a few days after each new step.
## The same, an hour said with no part of the day ("8"): both read.
coaching-checkin-time-no-push-heard-either = 🕗 Got it — { $morning } or { $evening } for check-ins. I can't message you first here, so I can't send them at a set time: write to me around then and I'll ask how it went, a few days after each new step.
coaching-checkin-time-morning = 🌅 Morning (9 am)
    .short = 9 am
coaching-checkin-time-noon = ☀️ Noon (12 pm)
    .short = 12 pm
coaching-checkin-time-evening = 🌆 Evening (8 pm)
    .short = 8 pm
coaching-checkin-time-night = 🌙 Night (10 pm)
    .short = 10 pm
coaching-checkin-time-any = Any time
    .aliases = any time, anytime, whenever, doesn't matter, does not matter, no preference
## A time of day in words: 8 pm, 9:30 am.
coaching-clock = { $clock_hour }{ $clock_minute ->
        [0] {""}
       *[other] :{ NUMBER($clock_minute, minimumIntegerDigits: 2) }
    } { $part ->
        [am] am
       *[pm] pm
    }

## What has been tried, in /progress.
coaching-progress-plans = 📌 What you have tried
coaching-progress-plan = { $category }: { $text } (since { $date }, { $status })
coaching-progress-plan-active = trying now
coaching-progress-plan-adjust = to be changed
coaching-progress-plan-referred = professional help advised
coaching-progress-plan-answers = ↳ check-ins: { $answers }
coaching-progress-plan-next = ↳ next check-in: { $date }
coaching-progress-plan-off = ↳ check-ins are off: send "check-ins on" to be asked how it goes
# Read where the chart cannot be seen (a screen reader, KakaoTalk's alt text).
coaching-chart-alt = A bar chart comparing reports a week per behaviour, the first weeks against lately. The numbers are in the text above.
## trial 9 (followup)
# How the step went, told after a result or a plan in words ("meh so so", "it's gotten worse", "not tried yet"): kept with the plan as that check-in answer.
coaching-kept-same = Thanks for telling me — no change yet is common in the first days. I've kept that with the step for { $category } as the same. Keep at it a few more days and tell me how it goes.
coaching-kept-worse = Thanks for telling me — I've kept that with the step for { $category } as worse. If it's getting worse quickly, or your dog seems unwell or in pain, check with a vet first. Next time it happens, tell me what happened right before, and I'll suggest a different step.
coaching-kept-not_tried = No problem — I've noted that you haven't tried the step for { $category } yet. Try it when you can, and tell me how it went.
# The same with no step suggested yet: kept with the records.
coaching-kept-early = Thanks for telling me — I've kept that with your records. When your result comes, try its step and tell me how it goes.

## Stop 57 (helper flows57): with two dogs or more, "how did it go?" named its dog but nothing after it did
## ("Anything to add?", the advice, "Noted"), so an owner answering two dogs' check-ins could not tell which one
## a reply was about. Each check-in message has a `-dog` form naming it, used when the owner has more than one.
coaching-checkin-note-dog = Anything to add about { $name }? Write it here — or leave it, that's fine too.
coaching-checkin-note-saved-dog = 📝 Noted for { $name } — thank you for telling me!
coaching-checkin-note-corrected-dog = 📝 Noted — and I changed { $name }'s check-in answer to "{ $outcome }", as you said.
coaching-checkin-replaced-dog = 📝 Changed — what you just said replaces your answer a moment ago. { $name }'s check-in answer is now "{ $outcome }".
coaching-checkin-note-skipped-dog = All right. Tell me about the next time anything happens with { $name }.
coaching-checkin-thanks-dog = Thanks for letting me know. A newer step for { $name } took over since then, so keep going with that one.
coaching-checkin-read-mixed-dog = 🐶 { $name } — { coaching-checkin-read-mixed }
coaching-checkin-read-ok-dog = 🐶 { $name } — { coaching-checkin-read-ok }
coaching-checkin-cancelled-said-dog = 🐶 { $name } — { coaching-checkin-cancelled-said }
coaching-advice-keep-better-dog = 🐶 { $name } — { coaching-advice-keep-better }
coaching-advice-keep-same-dog = 🐶 { $name } — { coaching-advice-keep-same }
coaching-advice-keep-not_tried-dog = 🐶 { $name } — { coaching-advice-keep-not_tried }
coaching-advice-adjust-worse-dog = 🐶 { $name } — { coaching-advice-adjust-worse }
coaching-advice-adjust-same_twice-dog = 🐶 { $name } — { coaching-advice-adjust-same_twice }
coaching-advice-adjust-not_tried_twice-dog = 🐶 { $name } — { coaching-advice-adjust-not_tried_twice }
coaching-advice-get_help-worse_twice-dog = 🐶 { $name } — { coaching-advice-get_help-worse_twice }
coaching-advice-get_help-no_progress-dog = 🐶 { $name } — { coaching-advice-get_help-no_progress }
coaching-advice-get_help-red_flag-dog = 🐶 { $name } — { coaching-advice-get_help-red_flag }
