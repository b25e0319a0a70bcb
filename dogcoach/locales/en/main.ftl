## Commands, help and everyday answers.

start-welcome = Hi! I'm DogCoach 🐾 I help you understand your dog's behaviour and what to try next. First, a few quick questions about your dog — it takes about two minutes. You can type /cancel any time; your answers are kept.
start-welcome-back = Welcome back! How is { $name } doing?
start-resume = Let's pick up where we left off.
help-text =
    Tell me what your dog did, in your own words, and I'll break it down and suggest a next step.
    /history — your recent reports
    /week — the last 7 days at a glance
    /profile — see or edit your dog's profile
    /newdog — add another dog
    /language — 한국어 / English
    /tips — training tips on or off (/tips off, /tips on)
    /cancel — stop the current question
    /export — get everything stored about you
    /delete — erase everything stored about you
    /help — this message
cancel-done = Stopped. Send /help to see what I can do.
cancel-kept = Stopped — your answers are kept. Send /start to continue the survey.
cancel-nothing = There's nothing to cancel right now.
unknown-command = I don't know that command. Send /help to see what I can do.
unsupported-input = I can only read text for now. Please tell me in words what happened.
stale-button = That button is no longer active. Send /help to see what I can do.

language-ask = Which language would you like?
language-name-ko = 한국어
    .aliases = 한국어, korean, 한글, 한국말
language-name-en = English
    .aliases = english, 영어, eng
language-set = I'll speak English from now on.

profile-none = You haven't told me about a dog yet. Send /start to begin.
profile-continue = ▶ Continue the survey
profile-switch = 🔁 Switch dog
profile-newdog = ➕ Add a dog
profile-pick-dog = Which dog would you like to talk about?
profile-switched = Now talking about { $name }.
newdog-intro = Let's add another dog.

export-ready = Here is everything I have stored about you, as one JSON file.
delete-ask = This erases your profile, your dogs, your reports and our whole conversation. It cannot be undone. Delete everything?
delete-confirm = 🗑 Yes, delete everything
    .aliases = yes, delete, yes delete
delete-keep = Keep my data
    .aliases = no, keep, cancel
delete-done = Done — everything about you is erased. If you ever come back, just send /start.
delete-kept = Nothing was deleted.

report-saved = Got it — I've saved your report.{ $name ->
        [none] {""}
       *[other] {" "}I'll look at what happened with { $name }.
    }
report-no-dog = Tip: send /start to tell me about your dog, so I can tailor my advice.

category-barking = Barking
    .aliases = barking, barks
category-separation = Separation distress
    .aliases = separation, separation anxiety
category-leash_reactivity = Reactive on the leash
    .aliases = leash reactivity, reactivity, reactive
category-resource_guarding = Resource guarding
    .aliases = guarding, resource guarding
category-house_soiling = House soiling
    .aliases = house soiling, potty, toilet, peeing
category-jumping = Jumping up
    .aliases = jumping
category-destructive_chewing = Destructive chewing
    .aliases = chewing, destruction
category-aggression_people = Aggression toward people
    .aliases = aggression to people
category-aggression_dogs = Aggression toward dogs
    .aliases = dog aggression
category-fear = Fear / anxiety
    .aliases = fear, anxiety, fearful, scared
category-mouthing = Mouthing / nipping
    .aliases = mouthing, nipping, biting hands
category-pulling = Pulling on the leash
    .aliases = pulling
category-chasing = Chasing
    .aliases = chasing, prey drive
category-attention_seeking = Attention seeking
    .aliases = attention seeking, attention
category-handling_sensitivity = Dislikes handling
    .aliases = handling, grooming
category-other = Something else
    .aliases = other, something else

console-hint = (DogCoach in your terminal: type the number or letter of an option, or just type. Ctrl-D quits.)
console-file-saved = 📎 Saved to { $path }
console-analysis-done = ✅ The analysis is complete.

# The database did not answer in time: nothing of the message was kept (platforms that re-deliver
# by themselves, like Telegram's webhook, never show these).
store-unavailable = I couldn't save your message just now: my storage isn't answering. Nothing was kept, so please send it again in a minute.
store-unavailable-late = Your previous message couldn't be saved (my storage wasn't answering), so I never got it. Please send it again.
