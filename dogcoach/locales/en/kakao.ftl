## Words only the KakaoTalk channel uses: more, paging choices, waiting for the AI analysis.

kakao-more = More
    .aliases = more, show more, 더 보기
kakao-more-options = More options ▶
    .aliases = more options, other options, next options, 다른 선택지
kakao-page = More options ({ $n }/{ $total })
kakao-expired = That earlier list is no longer available. Send "start" to pick up where you left off.
kakao-in-progress = ⏳ Still analysing — your report is saved. Send "Show result" in a little while.
kakao-delayed = Your report is saved, but the analysis model can't be reached right now. It will be analysed once it's back: send "Show result" later, or just send your next message, to see it.
kakao-queued = 💾 Got it — your report is saved and { $place ->
        [1] being analysed now.
       *[other] number { $place } in line.
    } The result should be ready in { $wait }: send "Show result" then, or just send your next message.
kakao-added = 💾 I've added that to your report and will analyse it again with it. The result should be ready in { $wait }: send "Show result" then, or just send your next message.
kakao-added-analysed = 💾 I've added that to your report and analysed it again with it.
kakao-amount-added = 💾 I've noted how much was eaten on the { $kind ->
        [foreign_body] report of what was swallowed
       *[toxin] poisoning report
    } — tell your vet this too. The updated result should be ready in { $wait }: send "Show result" then, or just send your next message.
kakao-amount-analysed = 💾 I've noted how much was eaten on the { $kind ->
        [foreign_body] report of what was swallowed
       *[toxin] poisoning report
    } and analysed it again — tell your vet this too.
kakao-unavailable = Your report is saved, but the coach is temporarily unavailable. It will be analysed once it's working again: send "Show result" later, or just send your next message, to see it.
# Asked for the result while the report still waits for the model (stop 62 trial): nothing new was saved.
kakao-still-delayed = ⏳ Not analysed yet: the analysis model can't be reached right now. Your report is kept; send "Show result" later, or just send your next message, to see it.
kakao-still-unavailable = ⏳ Not analysed yet: the coach is temporarily unavailable. Your report is kept; send "Show result" later, or just send your next message, to see it.
kakao-slow = Preparing the answer is taking a while. Send "Continue" in a moment, or send your next message, and I'll show it then.
kakao-continue = Continue
    .aliases = continue, 이어 보기
kakao-nothing-held = Still getting it ready — please send it again in a moment.
## stop 60: a turn slower than KAKAO_CALLBACK_AFTER_SECONDS (a /week chart under load) answers through the callback; Kakao shows this while it waits
kakao-making = Making it — one moment…
## stop 60: the same message again while the first is still being made: one card, not two
kakao-repeat-coming = Still making what you just asked for — it will show up here once, when it's ready.
kakao-repeat-shown = Shown just above ☝️
kakao-too-long = That message is too long — please send it in parts of at most { $count } characters.
kakao-file-link = You can download the file here; the link works for 10 minutes.
    { $value }
## A file (the export, the summary PDF) that cannot be offered (no PUBLIC_BASE_URL): said to the owner; the operator is told in the log.
kakao-file-unavailable = I can't send files in this KakaoTalk chat right now. Instead, send "History" to see your past reports right here.
kakao-error = Sorry, something went wrong while preparing the answer. Please send it again in a moment.
kakao-menu-help = Help
kakao-menu-history = History
kakao-menu-week = This week
kakao-menu-profile = Profile
## After the survey was paused: the words that continue it (they must be understanding-command-start words).
kakao-menu-resume = Resume survey
kakao-picks = Picked so far: { $picks }. Pick more, or send "Done".
kakao-picks-none = Nothing picked yet. Pick all that apply, then send "Done".
kakao-result-not-yet = ⏳ Still working on it — about { $seconds } seconds left. Send "Show result" again in a moment.
kakao-result-not-yet-minutes = ⏳ Still working on it — about { $minutes } min left. Send "Show result" again in a moment.
# A multi-choice question answered by typing options (not a tap): how to finish, in words.
kakao-picks-typed = Picked so far: { $picks }. Send more, or send "Done".
