## Behaviour reports: the ABC analysis, its follow-up question, /history and /week.

analysis-working = 🔍 Got it — I'm analysing it now. The result should reach you in { $wait }.
analysis-queued = 🔍 Got it — your report is number { $place } in line. The result should reach you in { $wait }.
analysis-held = 💾 Got it — your report is saved. You have { $count ->
        [one] one report
       *[other] { $count } reports
    } still waiting, so I'll analyse this one right after. The result should reach you in { $wait }.
# When one answer acknowledges two reports, each starts with a quote of its report.
analysis-about = “{ $text }”
analysis-wait-seconds = about { $seconds } seconds
analysis-wait-minutes = about { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }
analysis-delayed = 💾 Your report is saved. The analysis model can't be reached right now; I'll send the analysis as soon as it's back.
analysis-unavailable = 💾 Your report is saved. The coach is temporarily unavailable; I'll send the analysis as soon as it's working again.
# Asked for a result while the report still waits for the model (stop 62 trial): nothing new was saved.
analysis-still-delayed = ⏳ The analysis isn't ready yet: the analysis model can't be reached right now. Your report is kept, and I'll send the analysis as soon as the model is back.
analysis-still-unavailable = ⏳ The analysis isn't ready yet: the coach is temporarily unavailable. Your report is kept, and I'll send the analysis as soon as it's working again.
analysis-show-result = Show result
    .aliases = show result, result
analysis-still-working = ⏳ Still working on it — { $place ->
        [1] it's being analysed now,
       *[other] it's number { $place } in line,
    } and the result should reach you in { $wait }.
analysis-no-reports = You haven't told me about anything yet. Describe in your own words what your dog did.
analysis-followup-received = 🔍 Thanks — I've added that and I'm updating the analysis. The result should reach you in { $wait }.
analysis-detail-added = 🔍 I've added that to the report I'm analysing, so both are looked at together. The result should reach you in { $wait }.
## What the dog does not do ("she's never bitten anyone"), told after the result (stop 61 trial: added and analysed again): kept on that report, the analysis not redone.
analysis-detail-kept = 📝 Noted on that report. It doesn't change the analysis, so I haven't redone it.
## How much was eaten, told after a poisoning or a swallowed thing ("maybe 2 grapes"; stop 45): noted
## on that report, the line says so ($kind: the red flag's kind).
analysis-amount-added = 💾 I've noted how much was eaten on the { $kind ->
        [foreign_body] report of what was swallowed
       *[toxin] poisoning report
    } — tell your vet this too. The updated result should reach you in { $wait }.

## A stored result shown again: when the model's words are in the other language, one line says so (stop 34).
analysis-written-in-ko = ℹ️ The analysis itself is shown as it was written, in Korean.
analysis-written-in-en = ℹ️ The analysis itself is shown as it was written, in English.
analysis-title-pending = 🔍 ABC analysis
analysis-writing = ✍️ Still writing…
analysis-rewriting = ✍️ Rewriting this more carefully…
analysis-interrupted = ⚠️ This stopped partway, so it isn't the result yet. Your report is saved; I'll analyse it again and send the result.

analysis-title = 🔍 ABC analysis: { $category }
## The title for an owner of more than one dog: the dog named (owner trial 23: two results stacked, neither naming its dog).
analysis-title-dog = 🔍 ABC analysis for { $name }: { $category }
analysis-function = Likely purpose: { $function }
analysis-intensity = Intensity: { $level }/4
analysis-antecedent = A — Before: { $text }
analysis-behavior = B — Behaviour: { $text }
analysis-consequence = C — After: { $text }
analysis-summary = 📝 In short
analysis-summary-line = • { $line }
analysis-next-step = 👉 Try next: { $text }
## A medical emergency (a seizure, a poison, heatstroke now): the vet is the next step, never the
## model's training step (stop 45).
analysis-next-step-emergency = 👉 Next step: take your dog to a vet first, as the safety note above says. Training comes after that.
## A bite that injured a person or another dog (stop 50: a doorbell step under a child's bitten face): a professional first.
analysis-next-step-bite = 👉 Next step: as the note above says, have a vet check for pain first, then make a plan with a behaviour professional. Training on your own comes after that.
analysis-safety = ⚠️ Someone could get hurt here. Please see your vet (pain or illness can cause this) and a certified behaviour consultant, and until then avoid the situations that set it off.
analysis-failed = 😥 Sorry — I couldn't analyse this report properly. It's saved just as you wrote it. Shall I try again?
analysis-retry = Try again
    .aliases = try again, retry

analysis-function-attention = getting attention
analysis-function-escape = escaping or avoiding something
analysis-function-tangible = getting something (food, a toy, a place)
analysis-function-automatic = it feels good in itself
analysis-function-unclear = not clear yet

analysis-followup-antecedent = ❓ One question: what happened right before? (who or what was around, where, when)
analysis-followup-consequence = ❓ One question: what happened right after — what did you or others do?
analysis-followup-frequency = ❓ One question: how often does this happen, and since when?
analysis-followup-skip = Skip
    .aliases = skip, no thanks, that's all, thats all, that is all, that's it, thats it, nothing more, nothing else, no more, nothing, none, that's everything, done, all done, i'm done, im done, that's all i have, thats all i have, said it all, i said it all, i've said it all, ive said it all, that's all for now, thats all for now, finished, all good
analysis-followup-older = That is about your earlier report { $text }, so I added it there.
## An answer about the other dog's report, whose question was asked before this one ("Pip does it every day" at Bruno's question; stop 55: added to Bruno's): added there, the question below still open.
analysis-followup-other-dog = That is about { $name }'s report { $text }, so I added it there. My question above is still open.
analysis-followup-which = Should I add what you just sent to the last report, or keep it as a new one?
analysis-followup-add = Add to last report
    .short = Add to report
    .aliases = add, add it, last report, add to it, add it to the last one, add it to the last report, add to the last one, add to last, add it there, same one, same report, the same one, same thing, same incident, it's the same, part of it, merge, merge it, combine, combine them, append, append it
analysis-followup-new = New report
    .aliases = new, new one, separate, a new one, new report, make it new, make a new one, keep it separate, keep them separate, separately, separate one, different, different one, different thing, different incident, another one, its own, on its own, it's new, its new, it's a new one, its a new one, a new thing, new thing
# A plain "no" at "add or new?": not the same incident, so a new report; the cancel words ("cancel", "nevermind") drop it (`understanding-decline`, batch 65).
analysis-followup-new-no = no
    .aliases = no, nope, nah, no it's new, no its new, no a new one, no new one, no new, no separate, no it's separate, not the same, not the same one, no different, no it's different, it's different
# Small talk ("👍", "ok") at a result's follow-up question (owner trials 21, 22): no answer; the question is pointed at, and how to leave it.
analysis-followup-nudge = 😊 No rush — answer my question above when you're ready, or send "Skip" to leave it.
# "hurry up pls" at a result's follow-up question, the result shown (stop 62 owner trial: added to the report as its answer and analysed again): the analysis is above; the question is pointed at, and how to leave it.
analysis-followup-hurried = 🙏 The analysis is already above. Answer my question when you can so I can fit the advice to your dog, or send "Skip" to leave it.
analysis-followup-skipped = All right. Tell me any time what your dog did.
analysis-followup-why = Knowing this tells me whether it's getting better or worse, and what to try first.
## A health note told after a result or with nothing open ("he's on meds for his skin"): kept as the profile's health note.
analysis-followup-health-kept = Noted in { $name }'s profile as a health note: “{ $note }”. It isn't something that happened, so I haven't added it to a report.
## "wdym", "what are you talking about?" at the follow-up question: what it asks, with examples, and the question again.
analysis-followup-explain-frequency = I was asking how often the behaviour I just analysed happens (like "every day" or "twice a week") and since when (like "since last month"). Not sure? Send "don't know", or "{ analysis-followup-skip }" to skip it.
analysis-followup-explain-antecedent = I was asking what was going on just before it happened. For example: "the doorbell rang", "I picked up the lead". Not sure? Send "don't know", or "{ analysis-followup-skip }" to skip it.
analysis-followup-explain-consequence = I was asking what you or others did right after it happened. For example: "I picked him up", "I gave her a treat". Not sure? Send "don't know", or "{ analysis-followup-skip }" to skip it.
analysis-followup-name-only = { $name }: noted. To add to the report, tell me in a sentence.
analysis-followup-name-first = Is this about { $typed }? Once { $typed } is added, this report goes into { $typed }'s records too. To answer the question, tell me in a sentence.
analysis-followup-name-unknown = { $typed } isn't one of your dogs yet, so I added nothing: the report stays in { $name }'s records. If it was about { $typed }, shall we add { $typed } now? Once { $typed } is added, send it again and I'll analyse it for { $typed }. To answer the question, tell me in a sentence.
analysis-followup-not-understood = I couldn't tell how often from “{ $text }”. A few words are enough, like "every day", "twice a week" or "since last month" — or pick "{ analysis-followup-skip }".
analysis-followup-no-unit = “{ $text }” times a day, a week or a month? Say it with the time, like "3 times a day" or "twice a week" — or pick "{ analysis-followup-skip }".
## A length of time alone at the question ("5 years", "about 3 hours"; stop 55: glued onto the report and analysed again): what was read, how to tell it as the dog's age or hours alone, and the question again below.
analysis-followup-span = I read “{ $text }” as a length of time, but not what it tells me about this report, so I haven't added it. If it's your dog's age, say it with "years old" (like "5 years old"); for how long they're alone or another profile answer, send "profile". To answer my question, a few words are enough — or pick "{ analysis-followup-skip }".
## A number of people alone at the question ("3 people"; stop 59 trial: glued onto the report and analysed again): what was read, how to change the household, and the question again below.
analysis-followup-people = I read “{ $text }” as a number of people, but not what it tells me about this report, so I haven't added it. If it's how many people live with your dog, send "profile" to change it. To answer my question, a few words are enough — or pick "{ analysis-followup-skip }".

history-title = 📚 Recent reports — page { $page }
history-title-dog = 📚 { $name }'s recent reports — page { $page }
history-period-unfiltered = I can't pick reports by date yet: here are your latest ones.
history-empty = No reports yet. Describe in your own words what your dog did, and I'll analyse it.
# A view asked with a dog's name ("Show me Charlie's history") that is none of the owner's dogs. $dogs lists theirs.
view-unknown-dog = You have no dog called "{ $name }", so there is nothing to show. Your dogs: { $dogs }.
history-empty-dog = No reports about { $name } yet. Tell me in your own words what happened, and I'll analyse it.
# Every dog's history at once: a dog with more than one page of reports.
history-all-more = (More about { $name }: send “{ $name } history”.)
history-line = { $n }. { $when } · { $label } — “{ $text }”
history-when = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }, { $hour }:{ $minute }
history-status-pending = ⏳ being analysed
history-status-failed = ⚠️ not analysed
# A report that only tells the dog was bitten by another dog: kept with its card, not analysed (stop 53).
history-status-bitten = 🩹 bitten by another dog
history-question = 💬 Question
history-question-pending = 💬 Question · ⏳ being answered
history-question-failed = 💬 Question · ⚠️ not answered
history-open = Open { $n }
history-open-hint = Pick one to see that analysis or answer again.
# The label list items are read against when picked by position ("1", "the second"): never typed as such.
list-position = ⋯
history-newer = ◀ Newer
history-older = Older ▶
history-date = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }

week-title = 📊 The last 7 days: { $count ->
        [one] 1 report
       *[other] { $count } reports
    }
week-title-dog = 📊 { $name }, the last 7 days: { $count ->
        [one] 1 report
       *[other] { $count } reports
    }
week-empty = No reports in the last 7 days. Tell me what your dog did, and I'll fill in the weekly digest.
week-progress = 📈 What has changed so far
week-empty-dog = No reports about { $name } in the last 7 days. Tell me what happened, and I'll fill in the weekly digest.
week-categories = By kind:
week-category-line = • { $category }: { $count }
week-antecedents = Most frequent triggers:
week-antecedent-line = • { $text } ({ $count }×)
# Situations of reports analysed in the other language, not listed beside those in this one (stop 62 trial: the same
# trigger read as two, once per language). $language: the language they were written in.
week-antecedents-elsewhere = ℹ️ { $count ->
        [one] One more report's situation was
       *[other] { $count } more reports' situations were
    } written in { $language ->
        [ko] Korean
       *[other] English
    } and { $count ->
        [one] isn't
       *[other] aren't
    } listed here: send "history" to see { $count ->
        [one] it
       *[other] them
    }.
week-unfinished = ({ $count ->
        [one] 1 report
       *[other] { $count } reports
    } not analysed yet)
# The week's reports that only tell the dog was bitten by another dog (kept, not analysed; stop 53).
week-bitten = 🩹 Bitten by another dog: { $count ->
        [one] once
       *[other] { $count } times
    }
week-chart-title = Reports per kind, last 7 days
# Read where the chart cannot be seen (a screen reader, KakaoTalk's alt text).
week-chart-alt = A bar chart of the last 7 days' reports by kind: { $counts }.
week-chart-alt-item = { $category } { $count }
# No Hangul font on the server: the chart's labels were drawn in English (only said in Korean).
chart-labels-english = (This server has no Korean font, so the chart is labelled in English.)
# The answer could not wait for its chart (KakaoTalk's 5 s, the chart worker still starting up): the text goes now, the chart with the next ask.
chart-later = 📊 The chart is still being drawn. Ask again in a moment and it will come with the answer.
# A one-word message left waiting for "add to the last report or new?" is not analysed.
analysis-followup-pending-dropped = Your earlier message “{ $text }” is too short to tell what happened, so I didn't record it. Tell me about it in a sentence and I'll analyse it.

## "add or new?" cancelled ("nevermind", "no"): the waiting message is kept nowhere.
analysis-followup-which-cancel = Neither
analysis-followup-which-cancelled = OK — I didn't add that message to the report or save it as a new one.
## Stop 57 (trial; batch 556): why a follow-up question is asked ("why do you need to know that"), one line per question's topic; the question follows, kept open.
analysis-followup-why-frequency = How often it happens and since when tells me whether it's a habit or a one-off, and whether it's getting better or worse.
analysis-followup-why-antecedent = What happened right before shows me what sets it off, so the plan can start by avoiding or changing that moment.
analysis-followup-why-consequence = What happened right after shows me what your dog gets out of it, which is often what keeps the behaviour going.
