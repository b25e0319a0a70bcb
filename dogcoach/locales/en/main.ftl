## Commands, help and everyday answers.

start-welcome = Hi! I'm DogCoach 🐾 I help you understand your dog's behaviour and what to try next. First, a few quick questions about your dog — it takes about two minutes. You can send "cancel" any time; your answers are kept. Send "help" to see what I can do. (한국어로 이야기하시려면 "한국어"라고 보내 주세요.)
# The survey started again by an owner who has seen the welcome (no dog yet): no second welcome (batch 79, Kakao trial).
start-survey-again = Let's start with a few quick questions about your dog — about two minutes. Send "cancel" any time; your answers are kept.
start-welcome-back = Welcome back! How is { $name } doing?
start-help-hint = Send "help" to see what I can do.
start-resume = Let's pick up where we left off.
# The survey started while a result's follow-up ("how often…") is open: one open question at a time, said so (acceptance trial K2).
start-followup-set-aside = I'll come back to the question I just asked (❓) once these are done. First, a few about your dog.
help-text =
    Tell me what your dog did, in your own words, and I'll break it down and suggest a next step. Ask me anything about your dog and I'll answer briefly.
    Send these words as they are, or the commands that start with /.
    start (/start) — begin, or pick up where you left off
    history (/history) — your recent reports
    this week (/week) — the last 7 days at a glance
    progress (/progress) — what has changed, per behaviour
    summary (/summary) — a one-page summary for your vet or trainer
    profile (/profile) — see, edit (/edit) or switch (/switchdog) your dogs
    add a dog (/newdog) — add another dog
    remove a dog (/removedog) — remove one dog (I ask first)
    language (/language) — 한국어 / English; zone (/timezone)
    tips off, tips on (/tips) — training tips on or off
    check-ins off/on (/checkins), notification time (/checkintime)
    cancel (/cancel) — stop the current question
    export (/export) — get everything stored about you
    delete my data (/delete) — erase everything stored about you
    help (/help) — this message
help-text-kakao =
    Tell me what your dog did, in your own words, and I'll break it down and suggest a next step. Ask me anything about your dog and I'll answer briefly.
    Send any of these words as they are.
    start — begin, or pick up where you left off
    history — your recent reports
    show result — the analysis of what you just sent
    this week — the last 7 days at a glance
    progress — what has changed, per behaviour
    summary — a one-page summary for your vet or trainer
    profile — see, edit or remove your dog's profile
    edit answers, change age — fix an answer
    switch dog, switch to Choco — another dog
    add a dog — add another dog
    remove a dog — remove one dog (I ask first)
    language — 한국어 / English; timezone
    tips off, tips on — training tips on or off
    check-ins off, check-ins on — "how did it go?" messages on or off
    cancel — stop the current question
    export — everything stored about you
    delete my data — erase everything stored about you
    help — this message
# The help on a KakaoTalk channel that cannot hand over files (no PUBLIC_BASE_URL): no summary (PDF) nor export (acceptance trial K2).
help-text-kakao-nofiles =
    Tell me what your dog did, in your own words, and I'll break it down and suggest a next step. Ask me anything about your dog and I'll answer briefly.
    Send any of these words as they are.
    start — begin, or pick up where you left off
    history — your recent reports
    show result — the analysis of what you just sent
    this week — the last 7 days at a glance
    progress — what has changed, per behaviour
    summary — a summary for your vet or trainer, shown here in the chat
    profile — see, edit or remove your dog's profile
    edit answers, change age — fix an answer
    switch dog, switch to Choco — another dog
    add a dog — add another dog
    remove a dog — remove one dog (I ask first)
    language — 한국어 / English; timezone
    tips off, tips on — training tips on or off
    check-ins off, check-ins on — "how did it go?" messages on or off
    cancel — stop the current question
    delete my data — erase everything stored about you
    help — this message
cancel-done = Stopped. Send "help" to see what I can do.
cancel-kept = Stopped — your answers are kept. Send "start" to continue the survey.
cancel-edit-done = Stopped — the profile stays as it was.
cancel-restart-kept = { $count ->
    [0] Stopped. { $name }'s profile is kept as it was.
    [one] Stopped. { $name }'s profile is kept; only the question you answered again has its new answer.
   *[other] Stopped. { $name }'s profile is kept; only the { $count } questions you answered again have their new answers.
}
cancel-nothing = There's nothing to cancel right now.
unknown-command = I don't know that command. Send "help" to see what I can do.
unsupported-input = I can only read text for now. Please tell me in words what happened.
# A photo, file or sticker while a survey question is open: its answer asked for in words, not what happened (owner trial 13: "tell me in words what happened" at the name question).
unsupported-input-survey = I can only read text for now. Please answer the question below in words.
# A photo, sticker or file as the very first message: said after unsupported-input; nothing is stored yet, so no button (owner trial 10).
start-welcome-media = Hi! I'm DogCoach 🐾 I help you understand your dog's behaviour and what to try next. To begin, tell me in words what your dog did, or send "start" and I'll ask a few quick questions about your dog (about two minutes). (한국어로 이야기하시려면 "한국어"라고 보내 주세요.)
stale-button = That button is no longer active. Send "help" to see what I can do.

language-ask = Which language would you like? / 어떤 언어로 이야기할까요?
language-name-ko = 한국어
    .aliases = 한국어, korean, 한글, 한국말
language-name-en = English
    .aliases = english, 영어, eng
language-set = I'll speak English from now on.

## The offer to switch language, when the owner writes in the other one (stop 58): one line in both
## languages, two buttons: the other language's switch (in that language) and keeping this one.
language-offer-ko = 한국어로 할까요? / Switch to Korean?
language-offer-en = Switch to English? / 영어로 할까요?
language-offer-switch-ko = 한국어로 바꾸기
language-offer-switch-en = Switch to English
language-offer-keep = Keep English
    .aliases = keep english, stay in english, english is fine, keep it, keep, stay
# "Keep" tapped (or "no" typed) at the offer: not offered again.
language-offer-kept = OK, I'll keep to English. Send "language" any time to change it.

profile-continue = ▶ Continue the survey
    .short = ▶ Continue
profile-switch = 🔁 Switch dog
profile-switch-to = 🔁 Switch to { $name }
    .short = 🔁 To { $name }
profile-newdog = ➕ Add a dog
profile-dogs = Your dogs ({ $count }): { $dogs }
profile-dogs-active = { $name } (talking about now)
# The owner's time zone under the card of /profile (stop 51, owner trial: stop 50 added /timezone, but the card never showed which zone dates and check-ins are in). $zone is "Europe/London (UTC+0)".
profile-timezone = 🕒 Time zone: { $zone }
# The same with none set by the owner: the bot's own zone, and how to set another.
profile-timezone-default = 🕒 Time zone: { $zone }, the bot's (not set by you; tell me where you are, e.g. "I'm in London", to change it)
profile-pick-dog = Which dog would you like to talk about?
profile-switched = Now talking about { $name }.
# Switched to another dog in the middle of a survey of $other: that survey paused, its answers kept, and the words that continue it (English owner trial 30: paused without a word).
profile-switched-survey-paused = { $other }'s questions are paused, with the answers so far kept. To go on with them, send "continue { $other }'s survey".
profile-switch-already = We're already talking about { $name }.
profile-active = We're talking about { $name } right now.
profile-switch-only = { $name } is the only dog I know of yours. To talk about another dog, add it first.
profile-switch-only-ask = { $name } is the only dog I know of yours. To talk about another dog, it needs adding first. Shall we add one now?
profile-switch-unregistered = { $typed } isn't registered yet ({ $name } is the only dog I know of yours). Shall we add { $typed }?
# Switching to a dog not registered asked mid-survey, one dog (stop 50): offered by that name once the survey is done.
profile-switch-unregistered-later = { $typed } isn't registered yet ({ $name } is the only dog I know of yours). I'll offer to add { $typed } as soon as this survey is done; first, the question below.
profile-switch-unknown-add = You have no dog called "{ $name }" yet. Which dog would you like to talk about? To add { $name }, say "yes" or choose "{ profile-newdog }" below.
# Switching to a dog not registered asked mid-survey, with several dogs (stop 50): offered by that name once the survey is done.
profile-switch-unknown-later = You have no dog called "{ $name }" yet. I'll offer to add { $name } as soon as this survey is done; first, the question below.
command-words-unknown = That isn't something I know how to do. Here is what I can do:
newdog-intro = Let's add another dog.
# "add a dog" by an owner with no dog yet (stop 60 trial: "Let's add another dog" with none): their first.
newdog-intro-first = Let's add your dog.
newdog-under-way = Yes, we are adding a new dog right now.
# Stop 64 (owner trial 64, the groomer): the first dog told of before her survey (her name, answers noted), then "I want to add another dog": she is registered as she is (answers, reports), the new dog's survey starts; her questions left go on later.
newdog-first-kept = I've registered { $name } as your first dog{ $answers ->
        [0] .
        [one] , with the answer you told me.
       *[other] , with the { $answers } answers you told me.
    }{ $count ->
        [0] {""}
        [one] {" "}Your report is in { $name }'s history.
       *[other] {" "}Your { $count } reports are in { $name }'s history.
    } To finish { $name }'s questions later, send "continue { $name }'s survey".
# The first message tells of more than one dog ("강아지 두마리 키워요"): after the welcome, before the first dog's survey (trial 4).
newdog-first-contact = More than one dog, lovely! Let's take them one at a time: when this one's questions are done, I'll offer to add the next.
newdog-after-survey = Another dog — great! Let's finish this survey first; I'll offer to add the other dog as soon as it's done. Please answer the question below. (To add it right now, send "cancel" and then "add a dog" — your answers so far are kept.)
newdog-offer = Shall we add the other dog you mentioned? Choose "{ profile-newdog }" below or send "add a dog".
newdog-after-survey-named = { $name } — noted. I'll offer to add { $name } as soon as this survey is done; first, the question below.
# A fact told mid-survey that is the waiting dog's, not this dog's ("female, not spayed" for a neutered male; owner trial 25: this dog's sex changed): nothing stored on this dog.
newdog-after-survey-fact = That sounds like { $name }, not this dog — I haven't changed anything here. I'll ask about { $name } when we add them after this survey; first, the question below.
newdog-after-survey-other = the other dog
# Stop 48 (owner trial 33): another dog's age told mid-survey ("bramble is only 5 months btw"): kept for that dog's survey, nothing stored on this dog.
newdog-after-survey-kept = Noted for { $name } — { $field }: { $value }. Nothing changed for this dog; I'll offer to add { $name } as soon as this survey is done. First, the question below.
# Both dogs' facts in one message ("망고는 5살 키위는 1살이요", owner trial 34): this dog's stored, the waiting dog's kept for its survey.
newdog-after-survey-kept-beside = Noted for { $name } too — { $field }: { $value }. I'll offer to add { $name } as soon as { $dog }'s survey is done.
# Several facts of the waiting dog told beside this dog's answer ("Mango is 5, a male poodle, and Kiwi is 1, a female maltese"; stop 50: only the age kept): all kept for her survey.
newdog-after-survey-kept-beside-many = Noted for { $name } too — { $facts }. I'll offer to add { $name } as soon as { $dog }'s survey is done.
newdog-after-survey-kept-many = Noted for { $name } — { $facts }. Nothing changed for this dog; I'll offer to add { $name } as soon as this survey is done. First, the question below.
newdog-offer-named = Shall we add { $name }, the dog you mentioned? Choose "{ profile-newdog }" below or send "add a dog".
# After adding a dog was offered: "yes" typed ("sure, add him"), the "no" button and its typed words, and the answer to "no".
newdog-offer-yes = Yes, add a dog
    .aliases = yes, yeah, yep, yup, sure, ok, okay, yes please, sure thing, go ahead, let's do it, why not, add, add him, add her, add it, add them, add the dog, add my dog, add another, register, register him, register her, register it, please, please do, do it
newdog-offer-no = Not now
    .aliases = no, nope, nah, no thanks, no thank you, not now, not yet, later, maybe later, never mind, nevermind, nvm, don't, no need
newdog-offer-declined = OK. Whenever you like, send "add a dog" and I'll add it.
# The add-a-dog offer open, and the name of the dog talked about typed alone: said so, offered again.
newdog-offer-registered = { $name } is already registered, and we're talking about { $name } now. Shall we add another dog?

export-ready = Here is everything I have stored about you, as one JSON file.
export-nofiles = I can't send files in this chat, so the export (everything stored about you, as one file) isn't available here. In the chat you can see your reports with "History", the last 7 days with "This week", and the summary for your vet with "Summary"; "Delete my data" erases everything.
# The terminal writes the file on this computer (console-file-saved then says where).
export-ready-console = I'll save everything I have stored about you as one JSON file on this computer.
delete-ask = This erases your profile, your dogs, your reports and our whole conversation. It cannot be undone. Delete everything?
delete-confirm = 🗑 Yes, delete everything
    .short = 🗑 Delete all
    .aliases = yes, yeah, yep, yup, sure, yes delete, delete
delete-keep = Keep my data
    .aliases = no, nope, nah, no thanks, keep, cancel, never mind
delete-done = Done — everything about you is erased. If you ever come back, just send "start".
delete-kept = Nothing was deleted.
# "Really erase everything?" walked away from (another command typed): dropped, said once, without its button.
delete-set-aside = I did not erase anything; your data is all still here.

## A photo whose caption was kept as the report (stop 63): the words are read, the photo itself is not.
report-photo-unread = 📷 I kept the words you wrote with the photo; the photo itself I can't see yet.
report-saved = Got it — I've saved your report.{ $name ->
        [none] {""}
       *[other] {" "}I'll look at what happened with { $name }.
    }
report-no-dog = Tip: send "start" to tell me about your dog, so I can tailor my advice.
# A report that names another of the owner's dogs than the active one is filed under it.
report-filed-under = Filed under { $name }.
# A report that names no dog, opening with a pronoun that fits only the other dog ("hes been limping" with a female active; stop 50): filed under him, said so with how to move it.
report-filed-pronoun = Filed under { $name }: “he” or “she” told me which dog, and { $name } is the one that fits. If you meant { $other }, send “I meant { $other }” and I'll move it.
# A report about a dog not registered (stop 64 owner trial: "Max bit Luna's ear" counted in Luna's vet summary): kept with no dog, counted for none, moved to that dog once added.
report-filed-unregistered = { $typed } isn't registered yet, so I've kept this apart: it is not counted in { $name }'s records, week or vet summary. Once { $typed } is added, it moves to { $typed }'s records. Shall we add { $typed }?
report-filed-unregistered-later = { $typed } isn't registered yet, so I've kept this apart: it is not counted in { $name }'s records, week or vet summary. Once { $typed } is added, it moves to { $typed }'s records. I'll offer to add { $typed } as soon as this survey is done.
# A report told of a dog before she was added, moved to her records once she is (owner trial 34: filed under the other dog).
report-moved-to-new-dog = { $count ->
    [one] The report about { $name } you sent earlier is now in { $name }'s records.
   *[other] The { $count } reports about { $name } you sent earlier are now in { $name }'s records.
}
# "which dog was that for?": where the newest report is filed ($report: its start), how to move it, or (nothing yet) where the next one goes.
report-which-filed = Your last report (“{ $report }”) is filed under { $name }.
# Under "your last report is filed under …" (stop 62 owner trial: "whose records are these?" went to the coach model): how to see that dog's records.
report-which-history = 📚 To see { $name }'s records, send “{ $name }'s history”.
report-which-move = If it was about { $other }, send “I meant { $other }” and I'll move it.
report-which-no-dog = Your last report (“{ $report }”) isn't filed under a dog: you sent it before any dog was registered.
report-which-nothing-yet = You haven't told me about anything yet. What you tell me next is filed under { $name }.
# The report just sent moved to another of the owner's dogs ("oh not Choco, Bori"); -again: analysed again.
report-moved = Got it — I've moved what you just told me to { $name }'s records.
report-moved-again = Got it — I've moved what you just told me to { $name }'s records and will analyse it again for { $name }.
report-disowned = Got it — what you just told me was about another dog, not { $name }, so I've kept it apart: it no longer counts in { $name }'s records, week, vet summary or safety notes, and doesn't hold { $name }'s training plan.
report-retold-unregistered = { $typed } isn't registered yet, so what you just told me stays in { $name }'s records. Shall we add { $typed } now? Once { $typed } is added, send it again and I'll analyse it for { $typed }.
# The same behaviour told again right after its result ("she just did it again"): a new report, with the behaviour it repeats ($text).
report-again = Again — I've filed it as a new report of the same behaviour (“{ $text }”), so your records show how often it happens.
# A report told about both dogs ("both pull on the leash"): filed once, under $name, analysed once.
report-both-dogs = You said both dogs do this: I filed it once, under { $name }, and analysed it with { $name }'s profile. To file it under { $other } instead, send “I meant { $other }”.

category-barking = Barking
    .aliases = barking, barks
category-separation = Separation distress
    .short = Home alone
    .aliases = separation, separation anxiety
category-leash_reactivity = Reactive on the leash
    .short = Lunging
    .aliases = leash reactivity, reactivity, reactive
category-resource_guarding = Resource guarding
    .short = Guarding
    .aliases = guarding, resource guarding
category-house_soiling = House soiling
    .short = Accidents
    .aliases = house soiling, potty, toilet, peeing
category-jumping = Jumping up
    .aliases = jumping
category-destructive_chewing = Destructive chewing
    .short = Chewing
    .aliases = chewing, destruction
category-aggression_people = Aggression toward people
    .short = Aggr. people
    .aliases = aggression to people
category-aggression_dogs = Aggression toward dogs
    .short = Aggr. dogs
    .aliases = dog aggression
category-fear = Fear / anxiety
    .short = Fear/anxiety
    .aliases = fear, anxiety, fearful, scared
category-mouthing = Mouthing / nipping
    .short = Mouthing
    .aliases = mouthing, nipping, biting hands
category-pulling = Pulling on the leash
    .short = Pulling
    .aliases = pulling
category-chasing = Chasing
    .aliases = chasing, prey drive
category-attention_seeking = Attention seeking
    .short = Attention
    .aliases = attention seeking, attention
category-handling_sensitivity = Dislikes handling
    .short = Handling
    .aliases = handling, grooming
# Mounting / humping (owner trial 14) fits no category of its own (arousal, play or stress more than attention): it is "Something else".
category-other = Something else
    .short = Other
    .aliases = other, something else, humping, mounting, humps, mounts

console-hint = (DogCoach in your terminal: type the number or letter of an option, or just write. "exit" or Ctrl-D quits.)
## A turn that failed in the terminal (stop 63): said, and the chat goes on.
console-error = Sorry, something went wrong on my side with that message. Please send it again in a moment.
console-model-down = ⚠️ The analysis model (Ollama) is not reachable right now. What you send is saved, and analysed as soon as it runs; everything else works as usual.
console-file-saved = 📎 Saved to { $path }
# The terminal could not write the file on this computer (no room, no permission): the reason goes to the log.
console-file-failed = I couldn't save the file on this computer. Instead, send "history" to see your past reports right here.
console-analysis-done = ✅ The analysis is complete.
console-bye = Bye! 🐾 Run dogcoach chat again to pick up where you left off.
console-waiting = ⏳ One moment: the analysis under way comes first.
console-left-pending = ⏳ The analysis isn't finished yet: it keeps its place and comes the next time you run dogcoach chat.
# Words that end the terminal chat (the whole line): sent nowhere.
console-exit = exit
    .aliases = exit, quit, bye, goodbye, bye bye, /exit, /quit, :q
# Words that end the terminal chat only when nothing is open: at a question they answer it.
console-exit-idle = done
    .aliases = done, end, i'm done, im done, all done, that's all for now

## Short answers to what is neither a report nor a survey answer.
talk-thanks = You're welcome! 😊 Whenever something happens, just tell me what your dog did.
talk-greeting = Hello! 🐾 Tell me what your dog did in your own words and I'll break it down for you. Send "help" to see what I can do.
talk-bye = Bye for now! 🐾 Come back any time.
talk-done = All right! 😊 Talk to me again any time: when something happens, tell me what your dog did, or send "help" to see what I can do.
# "back", "done" alone with nothing open (stop 60 trial: the generic hint): said so, what to do next, then the menu (help-text).
nothing-open-back = There's no question open right now, so there's nothing to go back to. Tell me what your dog did, or send one of these:
nothing-open-done = There's nothing open to finish right now. Tell me what your dog did, or send one of these:
talk-sad = That sounds hard. Tell me a little more about what happened and we'll look at it together.
talk-lost = It's okay to feel stuck — lots of owners do, and we'll work it out together, one step at a time. 🐾 Tell me about one recent time: what happened right before, what your dog did, and what you did right after.
talk-wait = Sure, take your time! 😊 Go ahead whenever you're ready.
## "why no answer?", "답이 왜 안와요" with no report waiting (held-out 9: a question for the coach model): nothing is waiting, and what to do next.
talk-nothing-waiting = Nothing you've sent is waiting for an answer from me right now. 🐾 If I missed a message, please send it again. To go on, tell me what your dog did, or send "show result" to see the last analysis again.
talk-impatient = Sorry for the wait! 🙏 I'll send the analysis the moment it's ready. If there's anything to add meanwhile, just write it.
## "let me know when it's ready" while a report waits (stop 56, held-out 12: a question for the coach model): it will be sent here as soon as it is done.
talk-tell-me = Will do! I'll send the result right here as soon as the analysis is done. 😊 Anything else to add meanwhile, just type it.
talk-confirmed = Got it, that stays as it is. 😊
talk-confused = Sorry, I wasn't clear. 🐾 I'm a coach: tell me what your dog did and I'll break it down and suggest what to try next. Send "help" to see everything I can do.
talk-confused-question = Sorry, I wasn't clear. Here is the same question again below. Send "cancel" to stop, or "help" to see what I can do.
# "what question is this?" with nothing open (stop 55, batch 495: sent to the coach model): no question of mine is waiting; what to do
talk-no-question = No question of mine is waiting for an answer right now. 🐾 Tell me what your dog did and I'll break it down, send "survey" to tell me about your dog, or "help" to see everything I can do.
# "what does that mean?" right after a result was shown (stop 49, owner trial: mid-survey it was taken as the survey's answer, a new report, or "Sorry, I wasn't clear"): the result's terms in plain words; an open question is asked again below.
talk-result-meant = 📖 Here is the result in plain words:
    A — Before: what happened just before, the cue that set it off.
    B — Behaviour: what your dog actually did.
    C — After: what happened right after: what your dog got or got away from. That is what keeps the behaviour going.
    Likely purpose is my best guess at what your dog gets from it; intensity goes from 1 (mild) to 4 (severe).
    👉 For now, just try the one "Try next" step for a few days. If a part is still unclear, ask me about it.
talk-praise = Aww, that's lovely to hear! 🐶💛 Whenever a behaviour worries you, just tell me what your dog did.
## Good news a day after a red flag ("he's fine now I think" after a seizure; owner trial 23: "wonderful progress! 🎉"): glad, and the safety advice above still stands.
talk-news-after-alarm = I'm glad to hear that. Even if your dog seems fine now, please still follow the safety advice I gave above and check in with your vet as it said — some problems don't show right away. Tell me anything new you notice.
## The owner afraid of their dog ("I'm honestly scared of him"; owner trial 23): kind, what to tell, and in-person help when safety is at stake.
talk-owner-crisis-help = I'm really sorry you're feeling this way, and thank you for telling me. Please don't carry this alone right now: if you might act on it, call your local emergency number. In the US you can call or text 988; in the UK and Ireland, Samaritans are on 116 123; elsewhere, your local crisis line.
## When the owner says they are in danger: emergency services first, then crisis lines (988 Suicide & Crisis Lifeline in the US, Samaritans 116 123 in the UK and Ireland). Nothing stored.
talk-owner-crisis = { talk-owner-crisis-help } I'll be here for you and your dog whenever you're ready.
## The same said beside something about the dog ("he barks every night, i cant sleep, i just want to disappear"; owner trial 31: analysed with no crisis line): the owner first, then the dog's part kept and looked at as usual.
talk-owner-crisis-beside = { talk-owner-crisis-help } I've also kept what you told me about your dog, and we'll look at it together so things get a little easier for you.
## When the dog has died: condolences and what the owner may do (stop check-ins, remove the dog). Nothing stored.
talk-bereaved = I'm so sorry. Your dog was lucky to have someone who cared this much. 🌈 To stop the check-in messages, send "check-ins off"; to remove your dog from your list, send "remove a dog". Your records stay here unless you remove them.
talk-owner-afraid = That's a hard feeling to live with, and many owners have it — thank you for telling me. Tell me one time your dog did something that scared you: what happened right before, what your dog did, and what happened after. I'll look at it with you. If your dog has bitten or you feel unsafe at home, a veterinary behaviourist or a certified behaviour consultant can help in person.
# Going to the vet now ("ok going to the vet" after a safety note; owner trial 25): the vet first.
talk-to-vet = Good — the vet comes first. I'll be here: when you're back, tell me what the vet said or how your dog is doing, and we'll carry on from there.
# Back from the vet, told the dog is fine ("vet says he's ok"; owner trial 30): relief, and what to watch today.
talk-vet-cleared = What a relief! Glad the vet had a look. Keep an eye on whether they eat and play as usual today, and tell me whenever a behaviour worries you.
talk-news = That's wonderful progress! 🎉 Well done, both of you. Whenever a behaviour worries you, just tell me what your dog did.
talk-update = Thanks for letting me know! 🐾 I haven't changed your dog's profile or added this to a report. Whenever a behaviour worries you, just tell me what your dog did.
talk-plan = Good luck — tell me how it goes! 🐾 Small steps count, and if something happens, just tell me what your dog did.
## Good news that the step helps while the dog's training is on hold for the vet (stop 63: "a bit better" after the vet card got "keep it up"): glad, and the vet's word first.
talk-worked-held = That's good news, I'm glad to hear it. 🐾 The training step is on hold for now, though: please follow what your vet says first, and once your vet is happy, tell me how your dog is doing and we'll pick the training up again.
talk-worked = That's great news — it's working! 🎉 Keep it up, and tell me how it goes over the next days.
talk-progress-kept = I've kept that with the step for { $category } as going better.
# Better news about another behaviour than the step being tried's ("a bit better with the chewing" under a barking step; owner trial 22): not kept as that step's progress.
talk-progress-other = Glad to hear it! The step you're trying is for { $category }, so I haven't counted this as its progress. Tell me how the { $category } is going when you can — and if something happens with the other behaviour, describe one time it happened.
talk-feedback = Noted — I've kept that with the step for { $category }: it hasn't helped yet. Next time it happens, tell me what happened and what you tried, and I'll suggest a different step. You can also ask me, e.g. "what else can I try?"
talk-feedback-early = Noted — I've kept that with your records. I haven't suggested a step yet: when your result comes, try its step, and if it's one you've tried already, tell me and I'll keep that with it. You can also ask me, e.g. "what else can I try?"
talk-misfit = Thanks for telling me — then that step doesn't fit yet. Next time it happens, tell me what happened and what you tried, and I'll suggest a different step. You can also ask me, e.g. "what can I use instead of treats?"
talk-delete-one = I can't remove a single record yet. Send "history" to see your records, or "delete my data" to erase everything stored (I'll ask before erasing).
# Records alone asked to be removed ("기록 다 지워줘", "delete my records"): not possible on their own; what can be done, nothing offered beyond what was asked.
talk-delete-records = I can't remove your records on their own yet; they are all still here. Send "history" to see them. To remove one dog with its profile and records, send "remove dog"; to erase everything stored about you, send "delete my data" (I'll ask before either).
# Small talk (owner trial 11): an apology, giving up on what was said, the last message taken back (records cannot be removed one at a time).
talk-sorry = No worries at all 😊 Whenever you're ready, tell me what your dog did.
talk-dismiss = Okay, no problem. Whenever you like, tell me what your dog did or send "help".
talk-retract = Okay, I haven't added that message to anything. If you meant to remove the report you just sent: I can't remove a single record yet. Send "history" to see your records, or "delete my data" to erase everything stored (I'll ask before erasing).
talk-may-ask = Sure, ask away! 😊 Send your question whenever you're ready.
talk-just-asking = Okay, got it: nothing new added from that. Ask me anything about your dog whenever you like, or tell me what your dog did.
# An objection to what was understood ("that's not what happened", owner trial 16): what happened asked for, nothing added to the report.
talk-objection = Sorry if I got that wrong. Tell me in your own words what happened, and I'll take another look.
talk-other = 😊 Tell me what your dog did and I'll break it down for you. Send "help" to see what I can do.
noise-hint = I'm not sure what you mean. Describe what your dog did in a sentence, or send "help".
label-ask-incident = { $category } — I can help with that. Tell me about one recent time it happened: what happened right before, what your dog did, and what happened right after. For example: "Yesterday when the doorbell rang, she ran to the door barking, and I held her back."
report-kept-in-flow = I've saved what you told me and will analyse it separately. Now, back to the question.
# The same under the report's acknowledgement, which already says it is being analysed (stop 53: the same thing said twice).
report-kept-back = Now, back to the question.
# A report with a question asked beside it in a sentence of its own (batch 76: the question was dropped silently).
report-question-noted = You also asked: "{ $question }". The analysis looks at what happened; if it doesn't answer that, send the question again on its own and I'll answer it.
report-kept-with-answer = I've taken that as your answer — { $field }: { $value } — and saved what you told me as a report to analyse separately.
first-report-offer = Tell me a little about your dog and my advice will fit better. It takes about two minutes.
first-report-start = 🐶 About my dog
    .aliases = about my dog
cancel-newdog = Stopped. The new dog's answers are kept; we'll go on talking about { $name }. To finish the new dog's survey later, send "profile" and pick "Switch dog".
talk-reminders = I don't send daily reminders or daily messages. What I do send is a check-in a few days after my advice, asking how it went: send "check-ins off" to stop them or "check-ins on" to get them. Tell me what your dog did any time.
# The survey offered for the profile, ending both lines below
talk-profile-start = Send "yes" and I'll ask the questions about your dog (about two minutes).
talk-profile = That sounds like part of your dog's profile, not something that happened, so I haven't added it to a report. The profile has its own questions. { talk-profile-start }
# The same told with no dog yet, the answer kept for the survey (owner trial 30: lost, then asked again)
talk-profile-kept = When the questions about your dog start, I won't ask that again. { talk-profile-start }
first-report-yes = yes
    .aliases = yes, yeah, yep, yup, sure, ok, okay, let's go, go ahead, why not, yes please, sure thing, lets go, let's do it, lets do it, let's start, lets start, do it, ok let's go, sounds good, alright, all right, let's do this, lets do this, ya, yah, yea, ya sure, yea sure, yeah sure, yep sure, ok sure, okay sure, sure why not, ok let's do it, okay let's do it, ok lets do it, sure let's do it, yes let's do it, ok let's start, okay let's start, ok lets start, yes let's start, yes lets start, sure let's start, let's begin, lets begin, ok let's begin, start, ok start, yes start, let's do the questions, lets do the questions, sure let's do the questions, sure lets do the questions, ok let's do the questions, ok lets do the questions, yes let's do the questions, yes lets do the questions, yeah let's do the questions, yeah lets do the questions, do the questions, let's answer the questions, lets answer the questions, i'll answer the questions, sure i'll answer them
## The survey offered after a first report, put off ("not now, maybe later"): typed only, no button; the follow-up question stays open.
first-report-later = later
    .aliases = later, maybe later, not now, not now maybe later, not right now, another time, some other time, next time, later please, later maybe, ask me later, do it later, i'll do it later, ill do it later, not yet, not today
first-report-declined = OK, later then. Whenever you like, send "about my dog" and I'll ask the questions (about two minutes). Tell me what your dog did any time.
## "idk maybe later", "나중에요" at the survey's first question: put off, and how to come back to it.
cancel-later = OK, we'll do it later. Whenever you like, send "about my dog" and I'll ask about your dog (about two minutes).
help-survey = about my dog — start or continue the questions about your dog
profile-none-offer = You haven't told me about a dog yet. Send "about my dog" and I'll ask about them.
# A dog switched or removed during the first survey (stop 59 trial: the survey offered again, its question not asked again): finishing it registers the dog, and the question again below.
profile-none-survey-open = No dog is registered yet: finishing this survey registers yours.
profile-survey-open = (The survey is under way: these are your answers so far. Answer the question below to go on.)
profile-survey-open-empty = We're in the middle of the survey about your dog, with nothing answered yet. Answer the question below to go on.
cancel-newdog-empty = Stopped. We'll go on talking about { $name }.
profile-remove = 🗑 Remove this dog
    .short = 🗑 Remove dog
profile-remove-ask = Remove { $name }'s profile and reports? This cannot be undone. Your other dogs and our conversation stay.
profile-remove-yes = Yes, remove
    .aliases = yes, yeah, yep, yup, sure, yes please, remove, yes remove
profile-remove-no = Keep
    .aliases = no, nope, nah, no thanks, keep, cancel, never mind
# Yes or no typed at a list of dogs: no leaves all as it was; yes among several asks which.
picker-none = Okay — I've left everything as it was.
picker-which = Which dog do you mean? Choose a name below.
profile-remove-pick = Which dog should I remove? Choose one, and I'll check with you before removing anything.
profile-remove-unknown = You have no dog called "{ $name }", so nothing was removed. Your dogs: { $dogs }.
# $kept: "yes" (default) with what is kept of the dog removed (its name alone, so a later mention is understood), where the owner sees it and what erases it (stop 58); "no" for a dog without a name.
profile-removed = { $name }'s profile and reports have been removed.{ $kept ->
        [no] { "" }
       *[yes] { " " }I keep only the name { $name }, so that I know who you mean if you mention { $name } again. It is in your data export, and erasing all your data erases it too.
    }
profile-remove-kept = Nothing was removed.
# "cancel" right after a removal was confirmed: it is done and cannot be undone (stop 50 owner trial: "Nothing was removed").
profile-remove-already = That dog was already removed, and a removal cannot be undone.
profile-remove-dropped = I didn't remove { $name }. If you still want to, just ask again.

# The database did not answer in time: nothing of the message was kept (platforms that re-deliver
# by themselves, like Telegram's webhook, never show these).
store-unavailable = I couldn't save your message just now: my storage isn't answering. Nothing was kept, so please send it again in a minute.
store-unavailable-late = Your previous message couldn't be saved (my storage wasn't answering), so I never got it. Please send it again.

## The survey again from its first question ("start over", "reset"): asked first. Yes clears that
## dog's answers and asks the first question (the name, offered); no goes on with the question that
## was open; anything else drops the question and is taken as usual.
restart-ask = Start the survey for { $name } again from the first question? Your answers so far will be replaced. Your reports and other dogs are kept.
restart-yes = Yes, start over
    .short = Start over
    .aliases = yes, yeah, yep, yup, yes please, sure, ok, okay, start over, yes start over
restart-no = No, keep going
    .aliases = no, nope, nah, no thanks, keep going, continue, go on, cancel
restart-done = OK, from the first question.
restart-kept = Your answers are kept.

## The language question cancelled ("nevermind", "no"): nothing changed.
language-keep = Keep language
language-kept = OK — nothing changed.

## trial 9 (words)
talk-fond = Aww, thank you! 💛 That means a lot. I'm here whenever you need me: tell me what your dog did, or send "help" to see what I can do.
# Words that only point at a photo ("look at him", "why is he like this", owner trial 14): photos cannot be seen yet; asked for in words. Nothing was stored.
talk-shown = 📷 I can't see photos yet. Tell me in words what your dog is doing in it: where you were, what they did, and what happened right before.
# Another pet told as had ("we also have Luna the cat", owner trial 10): DogCoach coaches dogs only; nothing was stored.
talk-not-a-dog = How lovely! I only coach dogs, though, so I haven't added another pet or stored anything about it. If another dog lives with you, send "add a dog".
# A question about another animal only ("do you also work with cats?", owner trial 22): DogCoach coaches dogs; nothing sent to the coach model.
talk-other-species = I only coach dogs, so I can't help with other animals — a vet or a behaviourist who works with them can. If it's about how your dog gets on with another pet, tell me what your dog did.
# Something told as having happened that names no behaviour the bot knows (held-out batch 3: "주저앉았어요" lost as "not sure what you mean"): kept, and analysed only if the owner taps.
unclear-event = I couldn't tell what your dog did in that. If it's something that happened, choose "{ unclear-analyse }" below and I'll analyse it as a report — or tell me in a sentence what your dog did (barked, hid, pulled…).
unclear-analyse = 🔍 Analyse it
    .short = Analyse it
    .aliases = analyse it, analyze it, analyse, analyze
# A bare number sent right after a view with nothing numbered to pick (this week, progress, an empty history; owner trial 16: stored as the survey question's answer).
picker-number-not-listed = There's nothing numbered to pick in what I just showed. To open your reports one by one, send "history".
picker-number-not-listed-question = There's nothing numbered to pick in what I just showed. If your number answers the question below, send it again.
# /timezone (stop 50): the owner's zone set, shown or not understood. $zone: "Europe/London (UTC+0)" or "UTC-5"; $time: the time there now ("6:44 pm").
timezone-set = Got it: your dates and times are now in { $zone }. It's { $time } there now.
timezone-current = Your time zone is { $zone } (it's { $time } there now). To change it, tell me where you are, e.g. "my timezone is London", "I'm in New York", "EST" or "UTC-5".
timezone-default = Your dates and times are in { $zone } (it's { $time } there now), the bot's zone: you haven't set yours. Tell me where you are, e.g. "my timezone is London", "I'm in New York", "EST" or "UTC-5".
timezone-unknown = I don't know that time zone. Tell me a city, a country or a zone, e.g. "my timezone is London", "I'm in New York", "EST", "GMT+1" or "UTC-5".
# A country with several time zones named ("we moved to the US", "시간대 미국"; stop 53: the zone in use was shown, with no way to pick one): its main zones as buttons. $country: timezone-country-<key>.
timezone-country = { $country } has several time zones. Which one are you in? Pick it below, or tell me your city (e.g. "I'm in Chicago").
timezone-country-us = The US
timezone-country-canada = Canada
timezone-country-australia = Australia
timezone-country-russia = Russia
timezone-country-brazil = Brazil
timezone-country-mexico = Mexico
# Each zone offered: its region and main city, and its offset now ($offset: "UTC-5"); .short for narrow buttons (Kakao: 14 characters).
timezone-zone-america-new_york = Eastern · New York ({ $offset })
    .short = Eastern
timezone-zone-america-chicago = Central · Chicago ({ $offset })
    .short = Central
timezone-zone-america-denver = Mountain · Denver ({ $offset })
    .short = Mountain
timezone-zone-america-phoenix = Arizona · Phoenix ({ $offset })
    .short = Arizona
timezone-zone-america-los_angeles = Pacific · Los Angeles ({ $offset })
    .short = Pacific
timezone-zone-america-anchorage = Alaska · Anchorage ({ $offset })
    .short = Alaska
timezone-zone-pacific-honolulu = Hawaii · Honolulu ({ $offset })
    .short = Hawaii
timezone-zone-america-st_johns = Newfoundland · St. John's ({ $offset })
    .short = Newfoundland
timezone-zone-america-halifax = Atlantic · Halifax ({ $offset })
    .short = Atlantic
timezone-zone-america-toronto = Eastern · Toronto ({ $offset })
    .short = Eastern
timezone-zone-america-winnipeg = Central · Winnipeg ({ $offset })
    .short = Central
timezone-zone-america-edmonton = Mountain · Edmonton ({ $offset })
    .short = Mountain
timezone-zone-america-vancouver = Pacific · Vancouver ({ $offset })
    .short = Pacific
timezone-zone-australia-perth = Western · Perth ({ $offset })
    .short = Western
timezone-zone-australia-darwin = Northern Territory · Darwin ({ $offset })
    .short = Northern Terri
timezone-zone-australia-adelaide = South Australia · Adelaide ({ $offset })
    .short = South Australi
timezone-zone-australia-brisbane = Queensland · Brisbane ({ $offset })
    .short = Queensland
timezone-zone-australia-sydney = Eastern · Sydney, Melbourne ({ $offset })
    .short = Eastern
timezone-zone-europe-kaliningrad = Kaliningrad · Kaliningrad ({ $offset })
    .short = Kaliningrad
timezone-zone-europe-moscow = Moscow · Moscow, St Petersburg ({ $offset })
    .short = Moscow
timezone-zone-asia-yekaterinburg = Urals · Yekaterinburg ({ $offset })
    .short = Urals
timezone-zone-asia-novosibirsk = Siberia · Novosibirsk ({ $offset })
    .short = Siberia
timezone-zone-asia-irkutsk = Irkutsk · Irkutsk ({ $offset })
    .short = Irkutsk
timezone-zone-asia-vladivostok = Far East · Vladivostok ({ $offset })
    .short = Far East
timezone-zone-america-sao_paulo = Brasília · São Paulo, Rio ({ $offset })
    .short = Brasília
timezone-zone-america-manaus = Amazon · Manaus ({ $offset })
    .short = Amazon
timezone-zone-america-rio_branco = Acre · Rio Branco ({ $offset })
    .short = Acre
timezone-zone-america-noronha = Islands · Fernando de Noronha ({ $offset })
    .short = Islands
timezone-zone-america-mexico_city = Central · Mexico City ({ $offset })
    .short = Central
timezone-zone-america-cancun = Southeast · Cancún ({ $offset })
    .short = Southeast
timezone-zone-america-chihuahua = Chihuahua · Chihuahua ({ $offset })
    .short = Chihuahua
timezone-zone-america-hermosillo = Sonora · Hermosillo ({ $offset })
    .short = Sonora
timezone-zone-america-tijuana = Northwest · Tijuana ({ $offset })
    .short = Northwest
# Said once to an English owner with no zone of their own, when a check-in is first promised or its time set (stop 50). $zone: the bot's zone ("Asia/Seoul").
timezone-told = (These times are in { $zone } time. Somewhere else? Tell me where you are, e.g. "I'm in London", "EST" or "UTC-5".)

## A dog the owner removed, named later (stop 57, issue 11 item 8: "where did bruno go" went to the
## coach model, "show bruno's history" said no such dog was ever registered, "bruno barked again"
## called him "not registered yet"): that the dog was removed, who the active dog is, and how to
## add it again. $name: the removed dog, $active: the active dog, $dogs: the owner's dogs, $offer:
## yes (the add buttons come with it, "yes" adds it) / no (another question, such as the survey's, is open).
removed-dog-asked = You removed { $name } earlier, and { $name }'s profile and records were erased with it. We're talking about { $active } now. { $offer ->
        [yes] Shall we add { $name } again?
       *[no] To add { $name } again, send "add a dog".
    }
removed-dog-none = You removed { $name } earlier, and { $name }'s profile and records were erased with it; you have no dog registered now. { $offer ->
        [yes] Shall we add { $name } again?
       *[no] To add { $name } again, send "add a dog".
    }
# Asked whether a dog still registered was removed ("did you delete bruno", "is bruno gone?"; stop 58): it was not, nothing removed.
removed-dog-still-here = No, { $name } is still here: { $name }'s profile and records have not been removed.
# Asked whether a dog was removed, naming none of the owner's dogs, removed or not ("did you delete max"; stop 59: a question for the coach model): nothing was removed, their dogs said.
removed-dog-none-asked = No dog of yours was removed. Your dogs: { $dogs }
# A message not read within the time allowed (`UNDERSTANDING_BUDGET_SECONDS`; stop 58): kept, the owner asked to send it shorter.
understanding-over-budget = Sorry, I couldn't read that message in time. I've kept it; could you send it again shorter, or in a few messages?
removed-dog-view = You removed { $name } earlier, so there is nothing to show: { $name }'s profile and records were erased with it. Your dogs: { $dogs }. { $offer ->
        [yes] Shall we add { $name } again?
       *[no] To add { $name } again, send "add a dog".
    }
removed-dog-switch = You removed { $name } earlier, so I haven't switched. We're talking about { $active } now. { $offer ->
        [yes] Shall we add { $name } again?
       *[no] To add { $name } again, send "add a dog".
    }
## A report naming only a dog the owner removed: kept and analysed under the active dog for now,
## moved to the removed dog's records if it is added again (as for a dog not registered, stop 50).
## $typed: the removed dog, $name: the dog it is filed under.
report-filed-removed = You removed { $typed } earlier, so I've kept this under { $name } for now; if you add { $typed } again, it moves to { $typed }'s records. { $offer ->
        [yes] Shall we add { $typed } again?
       *[no] Send "add a dog" once the survey is done to add { $typed } again.
    }
## The owner's only dog removed, then a report about it: kept with no dog, and the dog's once it is
## added again (stop 57).
report-kept-removed = You removed { $typed } earlier, so I've kept this with no dog for now; if you add { $typed } again, it becomes { $typed }'s record. { $offer ->
        [yes] Shall we add { $typed } again?
       *[no] Send "add a dog" to add { $typed } again.
    }
# stop 64 owner trial (Kakao): "can I show this to my dad?" at a result's question, added to the report; an aside about the chat, answered, nothing stored
talk-chat-shared = Of course, feel free to show it 😊 Tell me any time your dog does something again.
