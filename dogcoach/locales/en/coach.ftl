## Ask the coach: the model answers an owner's question briefly. Questions never count as incidents.

# The first answer to a question (place in line and the wait)
coach-working = 💬 Good question — I'm writing the answer now. It should reach you in { $wait }.
coach-queued = 💬 Good question — it's number { $place } in line. The answer should reach you in { $wait }.
coach-held = 💬 Your question is saved. { $count ->
        [one] One earlier message is
       *[other] { $count } earlier messages are
    } still waiting, so I'll answer it after { $count ->
        [one] that one.
       *[other] those.
    } The answer should reach you in { $wait }.
coach-delayed = 💾 Your question is saved. The model that writes answers can't be reached right now; I'll send the answer as soon as it's back.
coach-unavailable = 💾 Your question is saved. The coach is temporarily unavailable; I'll send the answer as soon as it's working again.
# Asked for an answer while the question still waits for the model (stop 62 trial).
coach-still-delayed = ⏳ The answer isn't ready yet: the model that writes answers can't be reached right now. I'll send the answer as soon as it's back.
coach-still-unavailable = ⏳ The answer isn't ready yet: the coach is temporarily unavailable. I'll send the answer as soon as it's working again.
coach-still-working = ⏳ Still working on it — { $place ->
        [1] I'm writing the answer now,
       *[other] your question is number { $place } in line,
    } and the answer should reach you in { $wait }.
coach-saved = 💾 Your question is saved. No model is set up to write answers, so I can't answer it right now.

# The answer
coach-answer-title = 💬 The coach's answer
coach-next-step = 👉 Try today: { $text }
coach-safety = ⚠️ This could mean injury or illness. Please talk to your vet or a certified behaviour consultant.
coach-interrupted = ⚠️ This stopped partway, so it isn't the answer yet. Your question is saved; I'll write the answer again and send it.
coach-failed = 😥 Sorry — I couldn't answer this question properly. It's saved just as you wrote it. Shall I try again?
coach-retry = Answer again
coach-console-done = ✅ The answer is complete.

# KakaoTalk (answers can't be pushed later, so the owner fetches them with "Show result")
coach-kakao-queued = 💾 Good question — it's saved and { $place ->
        [1] I'm writing the answer now.
       *[other] it's number { $place } in line.
    } Send "Show result" in { $wait }.
coach-kakao-in-progress = ⏳ Still writing the answer — your question is saved. Send "Show result" in a little while.
coach-kakao-delayed = Your question is saved, but the model that writes answers can't be reached right now. It will be answered once it's back: send "Show result" later, or just send your next message, to see it.
coach-kakao-unavailable = Your question is saved, but the coach is temporarily unavailable. It will be answered once it's working again: send "Show result" later, or just send your next message, to see it.
# Asked for the answer while the question still waits for the model (stop 62 trial).
coach-kakao-still-delayed = ⏳ Not answered yet: the model that writes answers can't be reached right now. Send "Show result" later, or just send your next message, to see it.
coach-kakao-still-unavailable = ⏳ Not answered yet: the coach is temporarily unavailable. Send "Show result" later, or just send your next message, to see it.

# A question about the bot itself (answered by the bot, never sent to the model)
## "so what happens now" right after a result (English owner trial 31).
coach-next = 🐾 What happens next: if you can, answer my question above and I'll add it to this record and update the analysis. Try the next step for a few days, and I'll ask how it went. Whenever your dog does something new, just tell me.
coach-about = 🐾 I'm a dog behaviour coach: automated (a small model on this service's server, with fixed rules), not a person and not a vet. Tell me what your dog did and I'll break it down into before, behaviour and after, and suggest what to try next; ask me anything about your dog and I'll answer briefly. What you tell me about your dog is only used to tailor my advice. Send "help" to see everything I can do.

## Words that make a question one about the bot or the service (never sent to the model).
coach-about-words = a question about the bot
    .aliases = chatbot, is this dogcoach, is this dog coach, is this the dogcoach, is this the dog coach, are you dogcoach, are you the dog coach, who are you, what are you, are you a bot, are you human, are you a person, are you real,
        r u a bot, r u real, r u human, r u ai, r u an ai, r u a person, are u a bot, are u real, are u human, are u ai, u a bot, who r u, what r u,
        are you ai, are you an ai, what can you do, why do you ask, why do you need, privacy,
        my data, who made you, what is this, what's this, whats this, is this free, is this app free, is the bot free,
        is this service free, how much does this cost, do i have to pay, do i need to pay,
        chatgpt, chat gpt, gpt, openai, are you a vet, r u a vet, are u a vet, is this a bot, what's your name, whats your name, what is your name, r u a bot, r u an ai, r u ai, r u real, are u a bot, are u an ai, are u real, are u human, are you a robot, r u a robot, is this ai, is this an ai, is this a real person, you a bot, u a bot, you an ai, who made u, who made this, who built you, who built u, who created you, who created u, who makes you, who owns you, who owns this, who are u, you're a bot, youre a bot, you are a bot, ur a bot, you're an ai, youre an ai, you are an ai, you're ai, you're a robot, you're not a real person, youre not a real person, you're not human, am i talking to a bot, am i talking to a person, am i talking to a human, am i talking to a real person, am i talking to an ai, am i chatting with a bot, talking to a bot, is this a human, is this a person, is this automated

# Asked what the bot is or whether it works ("does this actually work or is it just chatgpt", "are you a bot"; stop 51, owner trial: sent to the model as a question about the dog's behaviour): what DogCoach is, in the bot's own words, nothing stored.
coach-what = 🐾 I'm DogCoach, an automated coach, not ChatGPT and not a person: a small language model running on this service's own server, kept on track by fixed rules (safety checks first, one step at a time, check-ins). The advice follows the basics of behaviour science: what happens right before and right after a behaviour, and rewarding what you want to see. It works when a step is practised for a few days, which is why I ask how it went. I'm not a vet: for pain, illness or sudden changes, please see one.
## Words that ask what the bot is or whether it works, anywhere in a question (never sent to the model). Only .aliases are read, from both languages.
coach-what-words = what the bot is
    .aliases = chatgpt, chat gpt, gpt, openai, open ai, an llm, a language model, just a chatbot, just a bot, just ai, just an ai, a real coach, is this legit, is this a scam, is this a gimmick, does this actually work, does this really work, does this even work, does this work, does this app work, does this app actually work, does this thing work, does this bot work, does this coaching work, does this stuff work, is this effective, is this actually effective, how do you work, how does this bot work, are you a vet, r u a vet, are u a vet, is this a vet, is this from a vet, is this vet approved, made by vets, made by a vet
## The same asked in a message of these words alone ("진짜 효과 있어요?", "does it actually work?"): the bot's own answer only when nothing else is asked (about a named method the model answers).
coach-what-alone-words = whether it works
    .aliases = does it work, does it actually work, does it really work, does it even work, will it work, will this work, will this actually work, is it effective, is it legit
## The words around them in such a message ("lol does it actually work tho?").
coach-what-alone-fillers = words around it
    .aliases = really, actually, honestly, lol, haha, tho, though, but, so, and, ok, okay, um, hmm, seriously, like, i mean, wait

# Asked which languages the bot speaks ("can you speak spanish"): answered by the bot (owner trial 12)
coach-languages = 🌐 I speak Korean and English only. To switch between them, send "language" (or /language).
## Words that ask whether the bot speaks a language (never sent to the model). Only .aliases are read, from both languages.
coach-languages-words = speaks a language
    .aliases = speak spanish, speak japanese, speak chinese, speak french, speak german, speak italian, speak portuguese, speak vietnamese, speak russian, speak other languages, speak another language, speak any other language, speak any other languages, you speak, u speak, what languages, which languages, other languages, another language, in another language, habla, hablas, parlez, language are you speaking, language r u speaking, language are u speaking, language you speaking, language u speaking, language is this, language do you speak, language do u speak
# Asked to make the text bigger, or told it is too small ("can you make the text bigger"; stop 55, batch 495: sent to the model): the bot cannot change how the app shows it; where the owner can, and what the bot can do
coach-display = 🔍 I can't change the text size: the app shows my messages. You can make text bigger in your phone's settings (display / font size) or in the chat app's settings. I'll keep my answers short; send "help" to see what I can do.
## Words that ask about or complain of the text's size (never sent to the model). Only .aliases are read, from both languages; the understanding reads them too (a complaint with no question mark is a question for the bot). Never "font" alone (stop 56: "he chewed the font of my book lol" would get this reply): with its size or small or bigger.
coach-display-words = text size
    .aliases = text size, font size, font bigger, font larger, bigger font, larger font, big font, tiny font, small font, font is too small, font too small, font is so small, font so small, font's too small, fonts are too small, font is tiny, font is small, increase the font, enlarge the font, change the font size, bigger text, larger text, text bigger, text larger, make the text, text is too small, text is so small, text too small, letters are too small, words are too small, writing is too small, cant read the text, can't read the text, zoom in
## Stop 62 (owner trial 62, "글자를 좀 크게 할 수 있습니까": the coach model, kept as a report): the text's size asked any way is a word
## for the text (these) and a word for its size (`coach-display-size-words`) in one short message, besides the phrases above. Only .aliases
## are read, from both languages. Never "type" or "print" (a dog's type, a paw print).
coach-display-text-words = text
    .aliases = text, the text, font, fonts, letters, the letters, lettering, writing, the writing, the words, words, characters
## Stop 62: the size asked or complained of, with a word for the text (`coach-display-text-words`).
coach-display-size-words = bigger
    .aliases = bigger, larger, too small, so small, really small, very small, tiny, enlarge, enlarged, zoom, zoom in, increase the size, hard to read, can't read, cant read, cannot read, bold, bolder
# Asked to contact someone for the owner ("can u talk to my vet"): the bot cannot; the summary to show them (owner trial 12)
coach-contact = I can't contact anyone for you: I only talk with you here. To share what you've told me with your vet or a trainer, send "summary": I'll make a short summary you can show them.
## Words that ask the bot to contact someone (never sent to the model). Only .aliases are read, from both languages.
coach-contact-words = contact someone
    .aliases = you talk to my vet, u talk to my vet, you talk to the vet, u talk to the vet, you speak to my vet, u speak to my vet, you message my vet, u message my vet, you call my vet, u call my vet, you call the vet, u call the vet, you email my vet, u email my vet, you text my vet, u text my vet, you contact my vet, u contact my vet, you contact the vet, u contact the vet, you tell my vet, u tell my vet, you tell the vet, u tell the vet, you send it to my vet, u send it to my vet, you send this to my vet, u send this to my vet, you talk to my trainer, u talk to my trainer, you contact my trainer, u contact my trainer, you tell my trainer, u tell my trainer, contact a vet for me, call a vet for me, call the vet for me, book a vet for me, book the vet for me, make an appointment for me, book an appointment for me

# Asked for a person ("can i talk to a human"): no person reads this chat; a professional to see in person, and the summary to show them (owner trial 28: "상담원 연결해주세요" stored as the breed or added to the report)
coach-human = 🐾 I'm an automated behaviour coach, so no person reads this chat. If you'd like someone to look at your dog in person, your vet or a certified behaviour professional (a veterinary behaviourist or a certified trainer) can help. Send "summary" and I'll put what you've told me into a short summary you can show them. Here, tell me what your dog did and we'll look at it together.
## Words that ask for a person (never sent to the model). Only .aliases are read, from both languages.
## Stop 51 trial: "can a person talk to me", "is there a human i can talk to" went to the model (the person asked for after the verb).
coach-human-words = talk to a human
    .aliases = talk to a human, talk to a person, talk to someone real, talk to a real person, talk to an agent, talk to someone, speak to a human, speak to a person, speak to someone, speak to a real person, speak to an agent, human agent, live agent, live person, live chat, customer service, customer support, customer care, an agent, agent please, representative, a representative, a human please, human please, connect me to, put me through, operator,
        call a person, call someone, call a human, phone a person, phone someone, speak with a person, speak with someone, speak with a human, talk with a person, talk with someone, talk with a human, talk to a real human, is there a person, is there someone i can call, a phone number, your phone number, number i can call, on the phone,
        a person talk to me, a human talk to me, someone talk to me, a real person talk to me, is there a real person, a human i can talk to, a person i can talk to, someone i can talk to, human i can talk to, talk to me in person

# Asked about the price ("how much does this cost?", "is it free?"): nothing to pay in this chat (owner trial 30: sent to the model)
coach-price = 🐾 There's nothing to pay for in this chat: I have no paid plans or payments, and I never ask you to pay. Tell me what your dog did and we'll look at it together.
## Words that ask about the price (never sent to the model). Only .aliases are read, from both languages.
coach-price-words = price
    .aliases = how much does it cost, how much does this cost, how much is the app, how much is this app, how much is this service, how much is this chat, how much do you cost, how much do you charge, how much do i pay, how much do i have to pay, what does this cost, does this cost, does the app cost, does this app cost, cost anything, cost me anything, is it free, is this free, is the app free, is this app free, is this service free, is this chat free, is it paid, is this paid, free to use, pricing, your price, subscription, do i have to pay, do i need to pay, have to pay, need to pay, pay for this, pay for it, any fees
# Asked about privacy ("where is my data stored?", "who can see this?"): what is kept and why, no person reads it, how to erase it (owner trial 30)
coach-privacy = 🔒 What you tell me here (your dog's profile, your reports and our conversation) is kept only to coach you, and no person reads this chat. Send "history" to see your past reports, or "delete my data" to erase everything stored about you (I'll ask once more before erasing).
## Words that ask about privacy (never sent to the model). Only .aliases are read, from both languages.
coach-privacy-words = privacy
    .aliases = privacy, is this private, is it private, is this chat private, is my data, where is my data, who sees my data, my data safe, is my info safe, where is my info, personal data, personal information, personal info, where is my data, where do you store, where is it stored, do you store, do you save, do you keep my, do you keep what, data stored, stored where, who can see, who sees, who reads, who can read, is this confidential, is it confidential, is my data safe, is it safe to tell, do you share, share my data, sell my data, data do you have, data do u have, data do you keep, data do u keep, data do you store, data do u store, info do you have, info do u have, information do you have, do you have on me, do u have on me, do you know about me, do u know about me, you store about me, u store about me, you keep about me, u keep about me, what do you save, what do u save

## Words that ask whether the bot remembers the owner or a dog ("do you remember Dubu?"): answered from what is stored, never the model.
coach-remember-words = asked whether the bot remembers
    .aliases = do you remember, do u remember, d'you remember, you remember me, u remember me, remember me, do you recall, do you still have, do you still know, still remember, you still remember, do you know me, do u know me, have you forgotten, did you forget, you forgot
# Nothing stored (after an erase, or never told)
coach-remember-none = I don't have anything saved about you right now. When data is erased, the dog's profile, records and conversation are all gone, so I can't remember them. Tell me about your dog again and I'll remember from then on: send "start".
# The dog asked about (or the only dog) is stored
coach-remember-dog = Yes, I have { $name }'s profile and records. Send "{ $name } profile" or "{ $name } history" to see them.
# No name asked, several dogs stored
coach-remember-dogs = The dogs I have saved: { $dogs }. Send "profile" or "history" with a name to see them.

## Words that pick the tips fitting a question (coach-tip-words-<tip key>). Only .aliases are read,
## from both languages; Latin words match whole words, a trailing * any ending.

coach-tip-words-timing = reward timing
    .aliases = timing, when to reward, when to treat, clicker, marker word
coach-tip-words-catch-calm = rewarding calm
    .aliases = calm, calm down, settle, hyper, overexcited, excitable, zoomies
coach-tip-words-short-sessions = short sessions
    .aliases = how long, how many minutes, how often should i train, session*, loses focus, bored of training
coach-tip-words-name-game = the name game
    .aliases = his name, her name, their name, its name, ignores his name, ignores her name, eye contact, look at me
coach-tip-words-recall-never-punish = safe recall
    .aliases = recall, come back, come when called, comes back, run* off, run* away
coach-tip-words-loose-leash = a loose leash
    .aliases = pull*, leash, lead, harness, tug* on
coach-tip-words-sniff-walks = time to sniff
    .aliases = sniff*, nosework, snuffle, bored, boredom, energy, exercise, how long should i walk, how far
coach-tip-words-alone-gradually = practising alone time
    .aliases = alone, separation, leave him, leave her, leave the house, leaving, go to work, howl*
coach-tip-words-potty-schedule = house training
    .aliases = potty, pee*, poop*, toilet, house train*, housetrain*, accident*, mark*, pad, pads
coach-tip-words-chew-redirect = chewing
    .aliases = chew*, destroy*, shoes, furniture, cables, teething
coach-tip-words-trade-dont-grab = trade, don't grab
    .aliases = grab*, steal*, drop it, let go, won't give, swallow*, picks up
coach-tip-words-bowl-good-news = food bowl manners
    .aliases = bowl, food guarding, guard*, resource, growls when eating, while eating
coach-tip-words-body-language = stress signals
    .aliases = stress*, body language, yawn*, lip lick*, tail tucked, scared, afraid, fear*, shak*, trembl*
coach-tip-words-handling-consent = handling practice
    .aliases = nail*, groom*, bath*, brush*, teeth, touch*, handl*, ears, vet visit*
coach-tip-words-socialize-gently = gentle socialisation
    .aliases = socializ*, socialis*, strangers, new people, new things, noises
coach-tip-words-reactive-distance = keeping distance
    .aliases = other dogs, reactive, lunge*, lunging, growl*, aggressive, aggression
coach-tip-words-barking-cause = why a dog barks
    .aliases = bark*, window, doorbell, delivery, noisy
coach-tip-words-puppy-biting = puppy nipping
    .aliases = puppy, puppies, nip*, mouthing, bites my hand*, bites our hand*, biting
coach-tip-words-enough-sleep = enough sleep
    .aliases = sleep*, nap*, tired, rest, at night
coach-tip-words-cue-once = say a cue once
    .aliases = listen*, obey*, ignores me, command*, cue*, sit, stay, down
coach-tip-words-new-places = new places
    .aliases = outside, park, cafe, new place*, only at home, travel*
coach-tip-words-go-to-mat = go to the mat
    .aliases = mat, bed, crate, place, guests, visitors, table, begging
coach-tip-words-no-punishment = no punishment
    .aliases = punish*, scold*, yell*, hit*, spank*, discipline
coach-tip-words-vet-first = a vet first
    .aliases = sudden*, pain, hurt*, vet, ill, sick, never used to
