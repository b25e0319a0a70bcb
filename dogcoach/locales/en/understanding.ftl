## Words that decide what a message is (dogcoach/services/understanding).
## Only the .aliases are read; every language's words are understood, whatever the user's language.
## English words match whole words from their start ("bark" finds "barking", "barked").
## The value is a short name used when telling the user what was understood.

## -- Commands: only when the whole message is the command (with request words around it).
understanding-command-start = start
    .aliases = start, start over, restart, begin, get started, start again, survey, start survey, continue survey, continue the survey, resume survey, continue, let's continue, lets continue, continue please, resume, let's resume, back to the questions, go back to the questions, continue the questions, continue with the questions, carry on, let's carry on, pick up, pick up again, pick up where we left off, pick up where i left off, pick up from where we left off, pick it up again, pick it back up, keep going, let's keep going, where were we, about my dog, tell you about my dog, introduce my dog, introduce my dogs, introduce you to my dog, introduce you to my dogs, let me introduce my dog, let me introduce my dogs, tell you about my dogs, about my dogs, introduce our dog, introduce our dogs, meet my dog, meet my dogs, dog survey, questions about my dog, reset, reset survey, reset the survey, redo the survey, redo survey, do the survey again, start the survey again, start the survey over, from scratch, start from scratch, start from the beginning, from the beginning, begin again, can we start over, could we start over, can we start again, can i start over
## The start words that ask to answer the survey again from the first question ("start over",
## "reset"): for now the survey resumes where it stopped, and the reply says so and how to change
## an answer (the profile card's edit; issue 11).
understanding-restart = start over
    .aliases = start over, restart, start again, reset, begin again, from the beginning, from the top, redo, redo the survey, redo survey, do the survey again, start the survey again, start the survey over, from scratch, redo the whole survey, redo the whole thing, do the whole survey again, the whole survey again, retake the survey, take the survey again, answer everything again, answer all the questions again
## Words naming the whole survey with a change word ("i want to redo the whole survey"; owner trial 21: the list of answers to edit): starting it over, once confirmed.
understanding-restart-whole = the whole survey
    .aliases = the whole survey, whole survey, the entire survey, entire survey, all the questions, all of the questions, every question, all my answers, all the answers, every answer, the whole thing, whole thing, everything again
## An incident said to be the first of its kind, right after its report ("first time", "it was the first time"; owner trial 21: "good news!"): how often it happens, detail about that report.
understanding-first-time = first time
    .aliases = first time, the first time, first time ever, for the first time, it was the first time, it's the first time, its the first time, that was the first time, first time it happened, first time that happened, first time he did it, first time she did it, first time he did that, first time she did that, never before, never did that before, never happened before, it never happened before, it's never happened before, its never happened before, a first
## An answer given as another dog's, at a further dog's survey ("same as Biscuit", "same as the other one"; owner trial 21: re-asked): that dog's answer copied. The whole message must be these words, one of the owner's dogs' names, and the fillers below.
understanding-same-as = same as
    .aliases = same as, the same as, same, the same, same here, same thing, ditto, same answer, same answer as, same for this one, same for him, same for her, same for both, same as before, same as the other, same as the other one, same as the first, same as the first one, same as my other dog, same as my first dog, as the other one, like the other one, like my other dog, exactly the same, identical
understanding-same-as-filler = filler
    .aliases = it's, its, it is, that's, thats, just, also, too, as well, answer, lol, haha, yes, yeah, yep, ok, okay
## "back to start", "go back to the beginning": at a survey question the restart's question (restart-ask), with no survey open the menu (help); never "resume where we stopped" (batch 79, owner trials).
understanding-home = back to start
    .aliases = back to start, back to the start, go back to start, go back to the start, go to start, go to the start, back to the beginning, go back to the beginning, take me back to the start, take me back to start, back to square one
## The survey named before the words that stop or continue it ("I'll do the survey later", "survey later please"): its subject, no other command (batch 79).
understanding-survey-subject = the survey
    .aliases = survey, dog survey, the survey, the questions, the rest of the survey, the rest of the questions, i'll do the survey, i will do the survey, ill do the survey, do the survey, i'll finish the survey, finish the survey, i'll do the questions, do the questions, i'll answer the questions, answer the questions
## What was being done, before the survey's start or stop words ("let's continue what we were doing", "pick up where we left off"; owner trial 28: "아까 하던거 이어서 할게요" was asked whether to add it to the report at a result's question, "not sure what you mean" with nothing open): read with those words only.
understanding-resume-lead = what we were doing
    .aliases = what we were doing, what we started, what i was doing, what i started, where we left off, from where we left off, where i left off, from where i left off, where we stopped, from where we stopped, where i stopped, from where i stopped, from before, from earlier, the questions from before, the questions from earlier, the earlier questions, the ones from before, the rest
## Words that only ask what to do ("what do I do now?", owner trial 15): with no report in play the menu (help); right after a report a question to the coach about it.
understanding-what-to-do = what do i do
    .aliases = what do i do, what do i do now, what do i have to do, what am i supposed to do, what now, what should i do, what should i do now, what do we do, what do we do now, now what, what should we do, what should we do now, what do i do now then, what do i do then, so what do i do, so what now, ok what now, what am i meant to do, what do i need to do, what do i do next, what should i do next, what now then, help what do i do, what can i do, what can i do now
understanding-command-help = help
    .aliases = help, help me, settings, menu, commands, what can you do, what can i do, what do you do, options, how does this work, how does it work, instructions, guide, what can u do, what do u do, what can you help with, features, main menu, main, home, home screen, home menu, go home, back to menu, back to the menu, back to main menu, show menu, show me the menu, menu please, what can you do for me, what do you do?, what are you, what else can you do, list of commands, command list, commands list, show commands, show me the commands, all commands, can you help me with something, can u help me with something, help me with something, i need help, i need some help, need help
understanding-command-profile = profile
    .aliases = profile, my dog, dog profile, my profile, dog info, my dog's profile, my dog's info, my dog's details, dog details, dog's info, my dog info, my dog's information, dog information, my dogs, dog list, list of dogs, list my dogs, show my dogs, all my dogs, my dogs list, dog's profile, dogs, my dogs please, show dogs, list dogs, the dogs, show both dogs, show both my dogs, show both of my dogs, both dogs profiles, both dogs' profiles
understanding-command-newdog = add a dog
    .aliases = add a dog, new dog, add dog, another dog, add another dog, newdog, register a dog, register another dog, add a new dog
understanding-command-language = language
    .aliases = language, change language, languages, switch language, lang, change the language, switch the language, set the language, change my language
## The survey put off till after a meal or work ("let me stop for now, i'll finish after dinner"; held-out 10, batch 478: not understood): the cancel, answers kept.
understanding-command-cancel = cancel
    .aliases = leave it as is, keep it as is, leave it like that, never mind leave it, nvm leave it, cancel, cancel that, cancel this, cancel it, stop, quit, exit, nevermind, never mind, nvm, not now, later, abort, pause, finish this later, finish it later, finish later, finish the rest later, do this later, do it later, do the rest later, continue later, carry on later, come back later, i'll come back later, i'll finish later, i'll do it later, i'll do this later, i'll finish this later, not right now, another time, forget it, forget about it, never mind that, nevermind that, nvm that, forget that, forget about that, ill finish later, ill do it later, ill come back later, ill do this later, ill finish this later, gotta go, i gotta go, i have to go, i need to go, i got to go, got to go, gtg, g2g, can we stop, can we stop here, can we stop now, can we pause, can we pause here, can we do this later, can we finish later, can i stop, can i stop here, let's stop, lets stop, let's stop here, stop for now, i'm busy, im busy, i'm busy right now, busy right now, no time right now, no time for questions, no time for questions now, no time for questions right now, no time for this, no time for this now, no time for this right now, don't have time for this, dont have time for this, don't have time for questions, dont have time for questions, no time to answer, no time to answer questions, i'll finish after dinner, ill finish after dinner, i'll finish after lunch, ill finish after lunch, i'll finish after work, ill finish after work, finish after dinner, finish after lunch, finish after work, i'll do the rest after dinner, ill do the rest after dinner, i'll continue after dinner, ill continue after dinner, continue after dinner, i need to stop, i need to stop now, need to stop, need to stop now, i have to stop, i have to stop now, have to stop now, i gotta stop, gotta stop now, stop now, will finish this later, will finish it later, will finish later, will finish the rest later, i'll finish the rest later, ill finish the rest later, will do the rest later, will continue later, will do this later
understanding-command-export = export
    .aliases = export, export my data, download my data, my data, export data, download data, get my data, export my records, export records, export my history, export history, download my records, download my history, download records, export everything
understanding-command-delete = delete my data
    .aliases = delete my data, delete all my data, delete all data, delete all, erase all my data, erase all data, erase all, remove all my data, delete all my records, delete my records, delete my history, delete history, clear my data, clear all my data, wipe my data, delete everything please, delete, delete everything, erase my data, erase my account, erase the account, erase account, wipe my account, delete my account, erase everything, remove my data, forget me, delete account, close my account, delete the account, erase everything about me, delete everything about me, remove everything about me, erase my info, delete my info, erase all my info, delete all my info, remove my info, delete my information, erase my information, delete all my information, erase all my information, forget everything about me, delete everything you know about me, erase everything you know about me, wipe everything, wipe all my data, wipe my info, remove all my information, remove my information, erase me, erase all about me, remove all my info, remove everything, remove my account, clear all my info, clear my info, wipe all my information, delete all of my data, delete all of my info, erase all of my data, remove all of my data, remove all of my info, delete everything you have stored about me, erase everything you have stored about me, remove everything you have stored about me, delete everything you've stored about me, erase everything you've stored about me, delete everything stored about me, erase everything stored about me, delete everything you have on me, erase everything you have on me, delete all you have on me, delete all the data you have on me, erase all the data you have on me, delete whatever you have on me, 저장된 거 전부 지워, 저장된 거 다 지워, 저장된 거 모두 지워, 저장된 것 전부 지워, 저장된 것 다 지워, 저장된 거 전부 삭제, 저장된 거 다 삭제, 저장된 정보 다 지워, 저장된 정보 전부 지워, 저장된 정보 전부 삭제, 저장된 정보 다 삭제, 저에 대해 저장된 거 전부 지워, 저에 대해 저장된 거 다 지워, 저에 대해 저장된 거 전부 삭제, 나에 대해 저장된 거 다 지워, 나에 대해 저장된 거 전부 지워
understanding-command-removedog = remove a dog
    .aliases = remove a dog, remove dog, delete a dog, delete dog, remove my dog, delete my dog, remove the dog, delete the dog, remove this dog, delete this dog, remove dog profile, delete dog profile, remove a dog profile, delete a dog profile, remove a dog's profile, delete a dog's profile
understanding-command-switchdog = switch dog
    .aliases = switch dog, switch dogs, change dog, change dogs, other dog, the other dog, my other dog, switch to another dog, switch to the other dog, change to another dog, switch to my other dog, choose dog, choose a dog, pick a dog, pick dog, select dog, select a dog, swap dog, swap dogs, switch profile, switch profiles, switchdog, which dog, talk about another dog, talk about my other dog
## Before the dog's name in the first message ("my dog Max pulls on the leash"): the survey's name question offers it.
understanding-name-intro = my dog
    .aliases = my dog, our dog, my puppy, our puppy, my pup, our pup, my doggo, my boy, our boy, my girl, our girl, my rescue, our rescue, my dog's name is, my dogs name is, our dog's name is, my puppy's name is, my puppy is called, my dog is called, our dog is called, my dog is named, our dog is named
## Words in that place that are not a name ("my dog always…", "my dog I…"); "mine is 3" at the age names no other dog either (stop 58).
understanding-name-intro-not-name = not a name
    .aliases = i, always, never, keeps, is, was, has, does, did, just, also, really, still, often, sometimes, and, but, who, that, which, when, he, she, it, they, the, a, an, will, can, won't, doesn't, isn't, barks, bites, pulls, jumps, whines, cries, growls, chews, runs, gets, goes, we, you, my, our, your, his, her, their, this, these, those, there, here, what, why, how, where, everything, nothing, something, anything, everyone, everybody, someone, somebody, nobody, no one, dog, dogs, puppy, pup, doggo, mom, mum, dad, husband, wife, son, daughter, kid, kids, baby, neighbor, neighbour, neighbors, neighbours, mailman, postman, cat, cats, today, tonight, yesterday, tomorrow, now, then, life, training, walking, dinner, food, bedtime, nighttime, morning, evening, everyday, hi, hello, hey, ok, okay, yes, no, so, well, oh, please, thanks, sorry, mine, ours, hers, theirs, yours
## Words after a capitalised first word that make it a dog's name told without "my dog" ("Max keeps barking at night": Max; "He keeps…", "Everything is…" name none: `understanding-name-intro-not-name`).
understanding-name-subject-verb = after a name
    .aliases = is, was, has, had, keeps, kept, always, never, just, also, really, still, often, sometimes, usually, constantly, will, won't, can't, doesn't, didn't, isn't, wasn't, does, did, barks, barked, bites, bit, pulls, pulled, jumps, jumped, whines, whined, cries, cried, growls, growled, chews, chewed, gnaws, gnawed, runs, ran, gets, got, goes, went, eats, ate, lunges, lunged, snaps, snapped, nips, nipped, howls, howled, pees, peed, poops, pooped, digs, dug, licks, licked, steals, stole, chases, chased, hides, hid, hates, refuses, refused, started, starts, attacked, attacks, destroyed, destroys, tore, shakes, shook, snarls, snarled, mouths, humps, humped, marks, scratches, scratched, yaps, yapped, keeps on, tries, tried, fought, fights, chewing, peeing, pooping, digging, licking, whining, growling, lunging, stealing, humping
## Korean particles a word ending in a consonant takes with 이 ("부모님이랑"): there 이 is no name's ending (Korean only).
understanding-name-particle-after-closed = particle after a consonant
## Endings owners add to a dog's name when they call it (Korean only: 별 → 별이).
understanding-name-suffix = name ending
## The subject particle after a name ending in a vowel ("보리가 또 짖어요": 보리), and the endings that close a clause before the behaviour ("누나가 만지면 물어요") (Korean only).
understanding-name-vowel-subject = subject particle
understanding-name-clause-end = clause ending
## The polite ending after a Korean verb ("데려왔어요"): the verb still ends the word, no dog's name (owner trial 22). None in English.
understanding-verb-polite = polite ending
## The copula's "and" glued to a name ("첫째는 콩이고 둘째는 보리예요": 콩이; owner trial 23). None in English.
understanding-name-copula-and = and
## A verb's ending that closes a clause ("이사해서", "재택해서"): a word ending so is no dog's name beside a corrected value (owner trial 21: "이사해서 이제 혼자 8시간 있어요" asked for a dog called 이사해서) (Korean only).
understanding-verb-clause-end = verb clause ending
## A verb's ending that closes a sentence in the past ("이사왔어", "태어났어"): a word ending so is no dog's name (owner trial 22: "저희 이사왔어요 어제" filed under a dog "이사왔어") (Korean only).
understanding-verb-final = verb final ending
## Words before a dog's name that switch to it ("switch to Choco", "change to Max").
## Words that open a switch before the dog's name ("now let's talk about Kongi"): read only with a switch verb.
understanding-switch-lead = now
    .aliases = now, ok now, okay now, so, then, and now, let's, lets, ok, okay, ok lets, ok let's, okay lets, okay let's, my, our, my other dog, my second dog, my older dog, my younger dog
## "The other dog" without a name ("switch to my other dog"): the dog picker (acceptance trial).
understanding-switch-other = other dog
    .aliases = other dog, my other dog, the other dog, another dog, the other one, my other one, other one, my other pup, the other pup
understanding-switch-verb = switch to
    .aliases = switch to, change to, swap to, talk about, back to, go back to, going back to, get back to, come back to, return to, talk about, back to talking about, go back to talking about
understanding-command-edit = edit answers
    .aliases = edit answers, edit answer, edit an answer, edit my answers, edit my answer, edit profile, edit my profile, edit dog profile, edit my dog's profile, edit dog info, edit my dog's info, edit the profile, change answers, change an answer, change my answers, change my answer, change answer, fix an answer, fix my answers, fix answers, correct an answer, correct my answers, update profile, update my profile, update my answers, update answers, edit survey, edit the survey, change my profile, edit, redo an answer, edit my dog, edit dog, edit the dog, edit my dog's details, edit my dogs profile, edit my dogs info, edit my dog info, edit dog details, edit my pup, edit my puppy, change my dog's info, change my dogs info, change my dog's details, change my dog's profile, change my dogs profile, update my dog, update my dog's info, update my dogs info, update my dog's profile, update dog info, change dog info, edit my dog's answers, edit my dog profile, change my dog profile, fix my dog's profile, fix my dog's info
## Words that change one answer when its question is named ("change age", "edit his weight").
understanding-edit-verb = edit
    .aliases = edit, change, fix, correct, update, modify, redo, put the wrong, put in the wrong, entered the wrong, typed the wrong, gave the wrong, gave you the wrong, got the wrong, wrote the wrong, picked the wrong, chose the wrong, messed up the, mixed up the
## A survey question's answer said to be wrong, the question named and no new value beside it ("her age is wrong", "wrong breed"): that question asked again (owner trial 18: "her name is wrong" renamed the dog "Wrong"). With a value after it ("wrong breed, she's a beagle") the value is the correction.
understanding-edit-wrong = is wrong
    .aliases = wrong, is wrong, was wrong, is incorrect, was incorrect, incorrect, is not right, isnt right, isn't right, not right, is off, got wrong, got it wrong, typed wrong, entered wrong, put wrong, wrong by mistake, the wrong, by mistake
## "Again" with a question's name ("the age again", "redo the age"; owner trial 29, "나이 다시요" at the sex: asked to pick an option): that question asked again. Read only in a message of a question's name and these words ("walked again today" is not one).
understanding-edit-again = again
    .aliases = again, please again, do again, do it again, once more, start over, over again, one more time
## What is changed when no question is named ("change my answers", "update my info"): the list of answers.
understanding-edit-object = answers
    .aliases = answers, answer, an answer, profile, info, details, survey, dog's info, dog info
## Words around the question's name that change nothing ("change his age", "edit my dog's weight").
## Words opening a request to change an answer ("oops i put the wrong age", "wait can i change the name"): no hindrance to opening that answer (owner trial 12); not read with a new value after the answer named.
understanding-edit-lead = oops
    .aliases = oops, wait, oh wait, sorry, oh, hold on, actually, ah, my bad, i typed, i put, i put in, i entered, i wrote, i said, i gave, i gave you, i think i typed, i think i put, i think i said
understanding-edit-filler = his
    .aliases = his, her, its, my dog's, the dog's, dog's, the, my, answer, answer to, question, just, please, how do i, how can i, how do you, how do u, how to, how would i, my dogs, dogs, i, can i, could i, i want to, i wanna, i'd like to, i need to, go back and, go back to, back and, thing, part, bit, one
## Korean only: the particles and endings a question's name may go on with inside its typed word ("나이는", "나이요"); a Hangul name going on with other letters ("나이트 근무") is another word (stop 62: an age correction). Latin names are found as whole words anyway.
understanding-field-word-tail = particle
## The questions' names, besides their labels on the list of answers to change.
understanding-field-name = name
    .aliases = name, dog's name, his name, her name
understanding-field-age_months = age
    .aliases = age, how old, birthday, date of birth, birth date
understanding-field-sex = sex
    .aliases = sex, gender, neutered, spayed, neutering, spaying
## The sex question's values ("change her to female", "switch him to neutered male"): with a change word they change the sex answer, never a dog called "female" to switch to or add (stop 59, the lead).
understanding-field-sex-value = female
    .aliases = female, male, spayed female, neutered male, intact female, intact male, female spayed, male neutered, female not spayed, male not neutered
understanding-field-breed = breed
    .aliases = breed, breeds, kind of dog
understanding-field-size = size
    .aliases = size, weight, how big, kg
## Stop 61 (held-out 16): at the list of answers to edit, the field said as an indirect question ("어디서 데려왔는지요", "where we got her from": read as a question for the coach).
understanding-field-origin = origin
    .aliases = origin, where he came from, where she came from, where from, adoption, came from, where we got him, where we got her, where i got him, where i got her
understanding-field-owned_months = time together
    .aliases = time together, time with me, how long i've had him, how long i've had her, time with us, owned
## Stop 61 (held-out 16): at the list of answers to edit, the field named in a sentence of what changed ("같이사는사람 여친 들어옴", "who lives with us, my boyfriend moved in": not understood).
understanding-field-household = household
    .aliases = number of people, the number of people, how many people, people count, headcount, household, people at home, people, family, family members, who lives with us, who lives with me, who lives here
## Stop 61 (held-out 16): at the list of answers to edit, the field named by what changed ("아기 태어났어요 그거요", "we had a baby, that one": not understood).
understanding-field-children = children
    .aliases = children, kids, child, baby was born, baby is born, had a baby, new baby
understanding-field-other_pets = other pets
    .aliases = other pets, pets, other animals
understanding-field-alone_hours = time alone
    .aliases = time alone, alone time, hours alone, alone, when i work, when im at work, when i'm at work, while i'm at work, while at work, at work
understanding-field-exercise_minutes = exercise
    .aliases = exercise, walks, walking, daily exercise, exercise time
understanding-field-concerns = concerns
    .aliases = concerns, concern, problems, problem behaviours, worries, issues
understanding-field-worst_reaction = worst reaction
    .aliases = worst reaction, strongest reaction, reaction, bite history, worst
understanding-field-health = health
    .aliases = health, health notes, training, health and training, medical, medication
## Words that ask the bot to do something ("change", "delete", "turn off"): a short message of
## them that names no command is not a report; the owner is told what can be typed.
understanding-command-verb = command words
    .aliases = delete, remove, erase, switch, change, edit, fix, correct, update, modify, turn, turn off, turn on, mute, disable, enable, unsubscribe, reset, clear, wipe, swap, cancel
## Words that remove one dog when its name comes with them ("delete Max", "remove Max please").
## One record named ("delete the last report", "remove that entry"): with a remove word, one record to remove.
understanding-one-record = one record
    .aliases = last report, the last report, that report, this report, last record, that record, this record, last entry, that entry, this entry, one report, one record, one entry, the report i just sent, what i just sent, last message, my last message, that message
## Stop 53 (held-out 9): a Korean word that ends a request, ending the first clause of a command with why after it ("보리는 이제 목록에서 빼주세요 친정에 보냈어요"). English clauses end at a mark; the list is Korean's, kept in both files for parity.
understanding-clause-request = request ending
    .aliases = 주세요, 줘, 줘요, 주라, 주실래요, 할래요, 할게요, 싶어요, 싶어
## Stop 53 (held-out 9): where a dog is removed from, and "now" ("remove bori from the list", "take bori off my list"; "보리는 이제 목록에서 빼주세요": noise): words around the name that still ask to remove it. "take … off" is a removal with its place.
understanding-remove-from = from the list
    .aliases = from the list, from my list, from the app, from my dogs, from my profile, off the list, off my list, off my dogs, take, now
## Stop 64 (fix20a, held-out 20: "안녕하세요 저는 지우 엄마예요 같은 계정 같이 써요", "I'm Jiwoo's mom", was the remove-a-dog command): a removal verb's bare Korean stem typed as a word of its own is no removal verb; 지우 is a common given name ("지우 엄마"). The verb needs its ending ("지워", "지우기", "지워줘").
understanding-remove-verb-bare = 지우
    .aliases = 지우
understanding-remove-verb = remove
    .aliases = remove, delete, erase, forget, wipe, clear out, 지워, 지우, 삭제
## Asking whether one of the owner's dogs was removed, "name" standing for the dog's name (stop 58: "did you delete bruno" for a dog still there removed a dog "did you"): the whole message; said the dog is still there, nothing removed.
understanding-removed-asked = did you delete name
    .aliases = did you delete name, did you remove name, did you erase name, did you delete name already, did you remove name already, have you deleted name, have you removed name, is name deleted, is name removed, is name erased, was name deleted, was name removed, was name erased, has name been deleted, has name been removed, did name get deleted, did name get removed, name deleted, name removed, name's deleted, name's removed, did i delete name, did i remove name, is name still deleted
## The same asked with "gone" ("is bruno gone?"): only with a question mark, told without one the dog may be missing.
understanding-removed-gone-asked = is name gone
    .aliases = is name gone, name's gone, name gone, has name gone, where did name go from the list, is name gone from the list, is name gone from my dogs
## Particles read past after the dog's name in those questions (Korean only: 보리가 없어졌어?).
understanding-removed-asked-particle = particle
## Records named with a remove word ("delete my records", "delete my history"): the records only, which cannot be removed alone; said so, erasing everything never offered (acceptance trial K2).
understanding-records = records
    .aliases = records, record, reports, history, entries, logs
## Named with the records, more than the records: erasing everything ("delete my records and my data", "delete my account").
understanding-records-more = data
    .aliases = data, info, information, account, profile, everything, me, conversation
## Stop 62 (held-out 17: "can you just wipe the records but keep the dogs' profiles" went to the coach as a question): the records asked to be removed with what to keep said after one of these; what follows is kept, not removed. The reply says the records alone cannot be removed.
understanding-records-kept = but keep
    .aliases = keep, except, 남기고, 남겨, 남겨두고, 놔두고, 놔둬, 빼고
## Words that are no dog's name after a remove word ("delete the report", "remove the tick").
## Stop 64 (fix20a, held-out 20): words of a self-introduction ("hi I'm Jiwoo's mom", "저는 지우 엄마예요") are no dog's name before a removal verb either.
understanding-remove-not-name = not a name
    .aliases = i, i'm, im, me, hi, hello, hey, the, a, an, it, this, that, these, those, them, all, everything, report, reports, photo, photos, picture, message, messages, tick, ticks, flea, fleas, history, record, records, data, account, answer, answers
## A dog switch's talk words ("talk about", "얘기"): around what cannot be a dog's name ("can you talk about his walks?") a topic for the coach, a question.
understanding-talk-about = talk about
    .aliases = talk about, chat about, tell me about, talk more about, discuss
## Words around two dogs' names given at once at the name question ("two dogs, Milo and Daisy", "we have 2 dogs: Milo and Daisy"): counting or owning them, read past (owner trial 8).
understanding-two-dogs-filler = two dogs
    .aliases = two dogs, 2 dogs, two, 2, dogs, both, we, i, so, we have, i have, so i have, so we have, we got, i got, have, got, they are, they're, theyre, called, named, their names are, names are, names, are, it's, its, the, my, our, hi, hello, oh, well, um, uh, there's, theres, there, there are, there're, ive, i've, weve, we've, of, them
## More than one dog told at the name question with no names ("we have 2 dogs", "강아지 두마리 키우는데요"): one dog's name is asked first, another dog offered after the survey (owner trial 10).
understanding-dogs-counted = two dogs
    .aliases = two dogs, 2 dogs, three dogs, 3 dogs, four dogs, 4 dogs, two pups, 2 pups, two puppies, 2 puppies, two doggies, a couple of dogs, couple of dogs, several dogs, multiple dogs, more than one dog, both dogs, two of them, 2 of them
understanding-dogs-counter = dogs
    .aliases = dogs, pups, puppies, doggies
## Words that join two dogs' names in a report ("Bella and Milo fought over food"): a capitalised word joined so to a registered dog's name is another dog.
understanding-dog-joined = and
    .aliases = and, &, with, plus
## The word between what a dog is and its name ("a lab called Bruno and a little jack russell called Pip"; stop 50: "little" stored on the other dog, Bruno lost): each dog's facts before its name.
understanding-dog-called = called
    .aliases = called, named, named as, who's called, whos called, we call, called him, called her
## Words that are no dog's name before a view asked in a sentence ("우리 강아지 요즘 어때?", "how is Milo doing this Monday").
understanding-asked-not-name = not a name
    .aliases = he, she, it, him, we, they, you, u, i, me, us, been, doing, going, getting, everyone, everybody, everything, things, life, work, school, that, my, our, the, this, last, today, yesterday, monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may, june, july, august, september, october, november, december, korean, english, dog, puppy, full, whole, complete, entire, old, older, past, previous, recent, latest, new, current, all, every, detailed, short, quick, brief, first, next, same, other, another, both, overall, total, general, your, his, her, their, its, weekly, daily, monthly, medical, health, allergy, allergies, vet, vaccine, vaccination, vaccinations, training, behaviour, behavior, food, diet, feeding, medication, surgery, injury, family, adoption, rescue, shelter, breed, breeding, owner, walk, walking, bite, biting, weight, sleep, potty, toilet, no, any, some
## A word between a view and the dog's name it is asked for ("history of Milo", "week for Milo"): read past.
understanding-view-dog-link = of
    .aliases = of, for, about
## How a switch's status is asked as a yes/no question, at the start of the message ("are tips on?", "is the reminder on?"): its status, not turned on or off (batch 73: a question for the model, or the reminders turned on).
understanding-switch-status-asked = are
    .aliases = are, is, are my, is my, are the, is the, am i still getting, am i getting, do i still get, do i get, are you still sending, are you sending
## Words that act on a switch: a question with them asks for it to be done ("is it ok to turn off tips?"), not its status.
understanding-switch-turn = turn
    .aliases = turn, switch, stop, disable, enable, start, pause, mute, unsubscribe
## Words that make what a switch or remove word surrounds no dog's name ("talk about his walks", "remove his toys").
understanding-switch-not-name = not a name
    .aliases = his, her, hers, their, its, our, your, some, any, too, also, either, yet, how, what, why, when, where, this, that, these, those, it, them, stuff, things, questions, question, survey, sleep, bed, work, start, beginning, menu, normal, topic, subject, basics, training, before, earlier, then
## Yes and no typed at a list of dogs just shown (switch, remove): yes picks its only dog, or asks which; no leaves everything as it was. The whole message.
understanding-picker-yes = yes
    .aliases = yes, yeah, yep, yup, yes please, sure, ok, okay, right, correct, that one, yes that one
understanding-picker-no = no
    .aliases = no, nope, nah, no thanks, cancel, never mind, nevermind, not now, none, neither, keep it
## Particles after a dog's name before a remove word (Korean only: 보리를 지워 주세요).
understanding-remove-particle = particle
understanding-command-tips = tips
    .aliases = tips, tip
understanding-command-history = history
    .aliases = history, my history, past reports, reports, my reports, log, records, previous reports, past entries, my past entries, entries, my entries, old entries, previous entries, old reports, my old reports, my past reports, past records, my records, report history, my report history, past logs, everything ive told you, everything i've told you, everything i told you, everything ive told u, everything i told u, everything ive told you so far, everything i've told you so far, everything i told you so far, everything ive told u so far, everything i told u so far, what ive told you so far, what i've told you so far, what i told you so far, all ive told you, all i've told you
## A time span with the history's words ("last month's records"): the history, with a line that it is not
## filtered by time (it shows the latest reports).
understanding-history-period = last month
    .aliases = last month, last month's, this month, this month's, past month, previous month, last year, last year's, this year, past year, in the last month, from last month, of last month
understanding-command-week = this week
    .aliases = week, this week, weekly, weekly summary, week summary, last 7 days, last week, this week's summary, this weeks summary, week's summary, summary of this week, summary of the week, weekly report, weekly recap, week recap, this week's report, recap of the week, my week, stats, statistics, my stats, my statistics, show stats, show me stats, this week's record, this weeks record, this week's records, this weeks records, weekly record, weekly records, week history, this week's history, chart, charts, the chart, my chart, graph, graphs, the graph, bar chart, weekly chart, week chart
understanding-command-progress = progress
    .aliases = progress, my progress, progress report, show progress, what changed, what has changed, changes so far, improvement
understanding-command-summary = summary
    .aliases = summary, handover summary, hand-over summary, vet summary, summary for the vet, summary for my vet, report for the vet, consultant summary, pdf summary
understanding-command-checkins = check-ins
    .aliases = check-ins, checkins, check ins, check-in, checkin, check-in messages, follow-ups, follow ups
## Every message the bot sends by itself (tips and announcements, and check-ins): "turn off notifications" turns both.
understanding-command-notifications = notifications
    .aliases = notifications, notification, notifs, alerts, alarms, alarm, reminders, reminder, push notifications, all notifications, all messages
## The time check-ins arrive at (/checkintime; owner trial 28): a time said sets it, none asks for one.
understanding-command-checkintime = notification time
    .aliases = notification time, reminder time, check-in time, checkin time, notifications time, reminders time, change notification time, change reminder time, change check-in time, set the time, set time, set a time, change the time, change time, time setting, time settings, pick a time, choose a time
## A time of day with words setting it and nothing else ("make it 8pm", "set the time to 8pm"; owner trial 61: not understood with nothing open, an option not read at a survey question): the only time the bot keeps is the check-ins', so its command (`checkintime`).
understanding-clock-set = make it
    .aliases = make it, set it to, set it for, set the time to, set the time for, change it to, change the time to, switch it to, move it to, send them at, send it at, send me them at, message me at, text me at
## Beside notifications or check-ins, words asking or setting the time they arrive ("what time do reminders come?").
understanding-checkin-time = time
    .aliases = time, what time, which time, what hour
## Asked how to turn back on what was switched off, naming no switch ("how do I turn them back on?", after "stop the reminders"; owner trial 30: a question for the coach model): both switches' status, each with its button.
understanding-switch-back-asked = turn them back on
    .aliases = turn them back on, turn it back on, turn them on again, turn it on again, turn em back on, switch them back on, switch it back on, switch them on again, get them back, get it back, get em back, have them back, turn back on, switch back on, undo that, undo it
## The messages the bot sends by itself, asked when they come ("What time do you send the messages?"; owner trial 30: a question for the coach model): with `understanding-sent-when`, the time check-ins come at (`checkintime`).
understanding-sent-asked = you send the messages
    .aliases = you send the messages, you send messages, you send the message, you send me messages, you send me the messages, u send the messages, u send messages, do you send, do u send, the messages come, messages come, the message comes, messages arrive, the messages arrive, messages get sent, messages sent, you message me, u message me, you text me, you send them, u send them, they come, do they come, you send the tips, you send tips, the tips come, tips come, do tips come, tips sent, the tips sent, tips get sent, tips arrive, the tips arrive, get the tips, get tips
understanding-sent-when = when
    .aliases = when, what time, which time, what hour, how often, what times
understanding-command-result = show result
    .aliases = show result, show results, result, results, my result, my results, analysis result, the result, see result, see results, get result, is it ready, any results, the result from earlier, result from earlier, earlier result, the earlier result, result from before, the result from before, last result, my last result, the last result, latest result, show me the last one, show me the last one again, the last one again, last one again, the one from before
## Words before a cancel that take back what was being done ("no wait cancel", "nope, cancel that"; owner trial 23: a dog named "No Wait Cancel"): the cancel, never a name. Only before a cancel's words.
understanding-cancel-lead = no wait
    .aliases = no, no wait, wait, nope, nah, no no, oh no, actually, actually no, sorry, oops, never mind, nevermind
## -- Commands asked in a sentence: a short message that names no behaviour and holds the phrases of exactly one of these is that command ("where's my result?", "what happened this week?"). Phrases specific enough that a question about the dog does not hold them.
understanding-keyword-result = show result
    .aliases = last result, last results, last analysis, latest result, latest analysis, previous result, previous analysis, result again, analysis again, my result, my results, the result, the results, my analysis, the analysis, is it ready, still waiting, analysis ready, result from earlier, earlier result, result from before, result you gave me, result you sent, the advice again, advice again, your advice again, what did you suggest, the plan again, my plan again, last plan, next step again, what was the next step, what was my next step, what did you say last time, what was i supposed to try, what was i supposed to do, what the plan was, what the advice was, what the next step was, what was the last advice, what was your last advice, last advice again, what was the advice, what advice did you give, what was the plan again, what's the plan again, whats the plan again, what did you tell me to try, what did you tell me to do, what did you suggest again, what's my plan, whats my plan, what is my plan, my current plan, last thing you told me, last thing u told me, what did you tell me, what did u tell me, what you told me last, remind me what, remind me of the plan, remind me the plan, remind me of the step, remind me the step, remind me what the plan was, remind me what the step was, what i was supposed to do, what i was supposed to try, what i was meant to do, what i was meant to try, what was the step, what was the step again, the step again, is it done yet, is it done, how did the result, what was the result, what did the analysis say, how did my analysis go, is the analysis done, see the result, see the results, see my result, see my results, check the result, check the results, look at the result, look at the results
## At a check-in's "anything to add?", the words of show result that ask what the step was ("wait can u remind me what i was supposed to do", owner trial 29: thanked for and kept as the note): the plan shown, never the note. "the results are great" is a note.
understanding-plan-asked = remind me what to do
    .aliases = remind me what, remind me of the plan, remind me the plan, remind me of the step, remind me the step, what i was supposed to, what was i supposed to, what i was meant to, what was i meant to, what was the plan, what's the plan, whats the plan, what was the step, the plan again, the step again, next step again, what was the next step, what was my next step, what did you tell me to, what did u tell me to, what did you suggest, what did you say to, what was the advice, the advice again
## Sent alone after a report, before its result ("how did it go?"): asking for that result (show result), no question for the coach (owner trial 13).
understanding-result-asked-pending = how did it go
    .aliases = how did it go, how'd it go, howd it go, how did that go, any news, is it done, done yet, so what did you find, what did you find
understanding-keyword-week = this week
    .aliases = this week, last week, past week, this past week, how was her week, how was his week, how was their week, hows her week, how is her week going, how did her week go, how did his week go, how was the week, how was this week, hows the week been, how's the week been, hows his week been, how's his week been, hows her week been, how's her week been, how has his week been, how has her week been, how has the week been, how did the week go, weekly summary, weekly report, weekly recap, week's summary, summary of this week, summary of the week, this week's log, this weeks log, this week's logs, this week's records, this weeks records, this week's reports, this weeks reports, this week's entries, last week's log, last weeks log, last week's records, last week's reports, the week's log, the week's records
## Stop 54 (verification trial): "show me last time's record" right after a bite report was added to it and analysed again (noise idle): the last record, report or entry is the history.
understanding-keyword-history = history
    .aliases = my reports, last record, last records, last report, last reports, last entry, latest record, latest report, previous record, earlier record, earlier report, last time's record, last time's report, last times record, what i sent, what i told you, past reports, my history, previous reports, past entries, my entries, old entries, previous entries, old reports, past records, my records, report history, old report, past report, previous report, older report, see report, see my report, see the report, see reports, everything i wrote, everything i sent, all i wrote, what i wrote, what i've written, all my messages, what did i tell you last time, what did i tell you before, what did i say last time, what have i told you, what i've told you, what ive told you, what did i tell you, what have i said, what did i say so far, what i said so far, what i've logged, what ive logged, what i logged, what i have logged, logged so far, everything i logged, everything i've logged, my logs, my log, the log, what i've recorded, what ive recorded, what i recorded, recorded so far, what i've reported, what ive reported, reported so far, everything ive told you, everything i've told you, everything i told you, everything ive told u, everything i told u, all ive told you, all i've told you
understanding-keyword-profile = profile
    .aliases = what's saved, whats saved, what is saved, what have you saved, what do you have saved, what have you got saved, what did you save, what you saved, what's stored, whats stored, what is stored, what do you have stored, what info do you have, what information do you have, profile, dog's info, dog info, dog's details, what dogs, which dogs, dogs do i have, which dog is this, which dog are we, what's my dog's name, whats my dogs name, whats my dog's name, what's my dogs name, what is my dog's name, what is my dogs name, what was my dog's name, what was my dogs name, what did i name my dog, what's my dog called, whats my dog called, what's my puppy's name, whats my puppys name, what's my dog's age, whats my dogs age, what's my dog's breed, whats my dogs breed, how old did i say my dog is, what breed did i put, what do you know about my dog, what do you know about her, what do you know about him, what do you know about me, what did you note about her, what did you note about him, what have you got on her, what have you got on him, what did i tell you about my dog, what's on my profile, whats on my profile, what's in my profile, whats in my profile, what did i put for, what age did i put, what breed did i say, what age did i say, how old did i say, what age do you have, what do you have for, what do you have down for, what did i put for, what did i put down, what did i say for, what's saved for, what is saved for, whats saved for, what did you save for, have on file, what's on file, whats on file, is saved as, what age is saved, what age did i put, what age did i say, what breed do you have, what breed did i put
## Stop 57 (voice57, held-out 13): something to take to the vet asked for in a long sentence ("could you make something i can take to the vet next week she is due for her checkup": a question for the coach model) is the summary.
understanding-keyword-summary = summary
    .aliases = something i can take to the vet, something to take to the vet, something i can bring to the vet, something to bring to the vet, pdf, summary for, for my vet, for the vet, for my trainer, for the trainer, vet summary, for a professional, to show my vet, to show the vet, to show my trainer, to show a professional, to show the trainer, i can show the vet, i can show my vet, i can show the trainer, i can show my trainer, can show the vet, to show to the vet, to show to my vet, to bring to the vet, to take to the vet, make a summary, write a summary, give me a summary, write up a summary, a summary i can, summary to show
## The ending that marks a change's new value in Korean ("보미로 바꿔줘"); English says it with "to" before the value (`understanding-retold-to`), so only the Korean entry is read as an ending.
understanding-value-particle = to
    .aliases = to
## Keeping one setting while another is switched ("turn off the tips but keep the check-ins"; owner trial 21: the check-ins turned off): the setting named next to these words is left as it is.
understanding-switch-keep = keep
    .aliases = keep, but keep, still want, leave, leave on, keep on, keep getting, keep receiving
## Export asked in a sentence ("i want to download my data", "can i get my info as a file"; owner trial 11: not understood). Stop 60 (held-out 15: "제 정보 다 내보내기 해주세요" was noise): "export" with my data or info too.
understanding-keyword-export = export
    .aliases = download my, download all my, download everything, as a file, in a file, a copy of my data, a copy of my info, copy of everything, back up my, backup of my, save my data, export all my, export my info, export my information, export all of my
## Stop 54 (verification trial, a grandparent): "my grandson installed this for me, dont know how this works" was a question for the coach model: not knowing how to use it.
## Stop 57 (held-out 13, older owners): the app put on their phone by someone else and what it does asked ("hi there my daughter put this on my phone what does it do": noise): help.
understanding-keyword-help = help
    .aliases = how do i use, dont know how this works, don't know how this works, not sure how this works, installed this for me, set this up for me, first time using, first time trying, my first time here, i'm new here, im new here, how to use, how does this work, how does this bot work, what can this bot do, what can you do, what are the commands, how do you work, what can u do, what u can do, what can you help with, what can you help me with, what can u help with, what are your features, your features, what features, what do you offer, how do u work, what is this bot, what's this bot, whats this bot, what commands, which commands, commands r there, commands are there, list of commands, command list, what cna u do, what cna you do, waht can you do, waht can u do, what can yu do, wat can u do, wat can you do, can i get training advice, can you help with training, can u help with training, do you do training advice, can i get advice here, can i ask for advice, put this on my phone, put this on my tablet, put it on my phone, set this up on my phone, set it up on my phone, installed this, installed it for me, what does it do, what does this do, what does this app do, what is it for, what is this for, what's this for, whats this for, what is this app, what's this app, whats this app
understanding-keyword-tips = tips
    .aliases = send me tips, send tips, daily tips, tips every day, more tips, stop tips, tips off, no more tips, want tips, want any tips, need tips, need any tips, get tips, getting tips, receive tips, any more tips, anymore tips, tip notifications, tip notification, tips notifications, tip messages, tip message, tips messages, tip alerts, tip alert, daily tip, the daily tips
understanding-keyword-checkins = check-ins
    .aliases = check-ins, check ins, follow-up messages, remind me, send me a reminder, reminder every, remind every, checkin, checkins, check-in time, checkin time, remind me at
understanding-keyword-notifications = notifications
    .aliases = notifications, notification, reminders, reminder, alerts, alarms, stop sending me messages, stop messaging me, stop texting me, unsubscribe, mute, message every day, messages every day, the daily message, daily message, daily messages, everyday message, everyday messages, stop the message, stop the messages, stop message, stop messages
## Asked as a question only ("is he getting better?"): told, it is news, at a check-in its answer.
understanding-keyword-progress = is he getting better
    .aliases = getting better, is he better, is she better, any better, any progress, making progress, improving, improved, is it working, is this working, how is he doing, how is she doing, hows he doing, hows she doing, how is my dog doing, how are we doing, how's he doing, how's she doing, how's he been, how's she been, hows he been, hows she been, how has he been, how has she been, how's my dog been, how has my dog been, how's he been doing, how's she been doing, hows he been doing, hows she been doing, how is he getting on, how is she getting on, how is she going, how is he going, how's she going, how's he going, hows she going, hows he going, how she is going, how he is going, how she is doing, how he is doing, how is it going with her, how is it going with him
## Stop 59 (held-out 14): what the training told was, asked ("what was the training you told me last week for Bori? forgot lol"): that dog's progress (the step now) shown; "last week" beside it says when it was told.
understanding-training-asked = what was the training you told me
    .aliases = training you told me, training you gave me, training you suggested, training you showed me, exercise you told me, exercise you gave me, exercise you suggested, what was the training, what was the exercise, the training again, the exercise again, forgot the training, forgot the exercise
## Stop 60: what was analysed so far asked to be summarised ("can you summarise everything so far", "지금까지 분석한거 요약해서 보여줄 수 있어요?"): the reports so far (history), not the one-page summary for the vet; with the vet's or a trainer's words it stays that summary.
## Stop 63 (held-out 18, batch 688): what was done so far asked for as a summary ("can I see a summary of what we've done so far?": a question for the coach model).
understanding-history-summarised = summarise everything so far
    .aliases = summary of what we've done, summary of what we have done, summary of what weve done, summary of everything we've done, summary of everything so far, summary so far, recap of what we've done, recap so far, what we've done so far, what we have done so far, what weve done so far, summarise everything, summarize everything, sum up everything, summary of everything, recap everything, summarise all, summarize all, sum it all up, summarise the analyses, summarize the analyses, summarise all the analyses, summarize all the analyses, summary of all the analyses, summary of the analyses so far, 지금까지 분석한, 여태까지 분석한, 여태 분석한, 지금껏 분석한, 분석한거 요약, 분석한 거 요약, 분석한것 요약, 분석한 것 요약, 분석한 내용 요약, 분석한거 정리, 분석한 거 정리, 지금까지 요약, 여태까지 요약, 지금까지 한거 요약, 지금까지 한 거 요약, 지금까지 정리, 여태까지 정리, 전부 요약, 다 요약
## Stop 59 (held-out 13): this week's records asked to be put together ("thanks, could you put together this week's log for me"): the week's summary, when no vet or trainer is named.
understanding-week-tidied = put together
    .aliases = put together, sum up, summarize, summarise, round up, recap, wrap up
## Stop 59: a result said to be good or bad ("the result of the training was great", "팁대로 했는데 결과가 별로예요"): news, no result asked for.
understanding-result-told = the result was great
    .aliases = result was, results were, result is, results are, result has been, results have been, the result of the training was, the results of the training were, result of the training was, results of the training were
understanding-keyword-language = language
    .aliases = english version, an english version, english please, korean version, a korean version, talk in korean, speak korean, in korean, talk in english, speak english, in english, switch language, change language, change the language, change my language, switch the language, switch languages, change languages, language settings, set language, set the language, pick a language, choose language, choose a language, what language do you speak, what language do u speak, what languages do you speak, what languages do u speak, which language do you speak, which languages, what languages, what language r u speaking, what language are you speaking, what language are u speaking, what language is this, which language are you speaking, what language u speaking
## A language named as one the owner does not speak or read ("I don't speak Korean"): the other language is asked for.
understanding-language-refused = language refused
    .aliases = don't speak, dont speak, do not speak, can't speak, cant speak, cannot speak, can't read, cant read, cannot read, don't read, dont read, do not read, don't understand, dont understand, do not understand, can't understand, cant understand, cannot understand, no speak
## Words right after a dog's name that add that dog ("우유 등록할게요"); a Korean name only (English: `understanding-newdog-named`).
understanding-newdog-after-name = add
    .aliases = -
understanding-keyword-newdog = add a dog
    .aliases = have another one too, have another one as well, got another one too, got another one as well, add my parents' dog, add my parents dog, add my mom's dog, add my moms dog, add my dad's dog, add my sister's dog, add my brother's dog, add my friend's dog, add my partner's dog, add my roommate's dog, add her dog too, add his dog too, add their dog, add a dog, add another one, have another dog, have two dogs, have 2 dogs, second dog, got another dog, one more dog, another dog too, add my other dog, add another dog, add my second dog, register another, another dog to add, register another dog, register my second dog, register a second dog, add a second dog, add other dog, add one more dog, add the other dog, add an other dog, add a other dog, add my dog too, there's another dog, there is another dog, theres another dog, we have another dog, also have a dog, another dog as well, another dog called, another dog named, and another dog, a second dog called, a second dog named, also have another dog, also got another dog, add my dog, register my dog, register a dog, add new dog, add a new dog, register a new dog, add my new dog, register my new dog, add my puppy, add a puppy, add my new puppy, register my puppy, add a new puppy, add my 2nd dog, add a 2nd dog, add 2nd dog, my 2nd dog, got a new puppy, got a new dog, just got a puppy, just got a dog, got another puppy, adopted another dog, adopted a new dog, adopted another puppy, adopted a new puppy, adopted a second dog, brought home a puppy, brought home a new puppy, brought home another dog, brought home a new dog, new puppy came home, new dog came home, ask about both, ask about both of them, ask about both dogs, ask about my two dogs, ask about two dogs, ask about 2 dogs, ask about both my dogs, ask about both of my dogs, register both, add both
## Adding said with its verb ("add my other dog"): with the add-a-dog words as the whole message, the command even where they name an option (owner trial 26: "Dog" ticked at the other pets). "we have another dog" there is the pets' answer. Stop 61 (owner trial 61): "add a dog", "new dog", "register a new dog" at the other pets are the command too, never "Dog" ticked; "new" says a dog to add.
understanding-newdog-add = add
    .aliases = add, register, sign up, new
## The dog offered for adding pointed at, not named ("yes add the other one too"; held-out 18, stop 63: the yes kept as the open question's answer): with a yes and an adding word, the add-a-dog offer taken.
understanding-newdog-the-other = the other one
    .aliases = the other one, the other dog, the other pup, the other puppy, him too, her too, them too, the second one, my other dog
## Words asking to remove a dog in a sentence ("how do i remove my other dog"; owner trial 21: sent to the coach model as a question): the remove-a-dog command, its list of dogs to pick from.
understanding-keyword-removedog = remove a dog
    .aliases = remove my other dog, delete my other dog, remove the other dog, delete the other dog, remove one of my dogs, delete one of my dogs, remove one dog, delete one dog, remove a dog, delete a dog, remove my dog, delete my dog, remove a dog profile, delete a dog profile, remove a dog's profile, delete a dog's profile, remove a profile, delete a profile, get rid of a dog profile, take off my other dog, unregister a dog, unregister my other dog
## (Korean only: the quotative ending on a new dog's name typed last, "한마리 더 있어요 밤이라고".)
understanding-newdog-name-quoted = -
## The new dog's name told with adding it ("i also have another dog named bruno", "이름은 콩이"): the word after these is taken as its name.
understanding-newdog-named = the new dog's name follows
    .aliases = named, called, name is, names, name's, his name is, her name is, its name is, goes by
understanding-keyword-switchdog = talk about my other dog
    .aliases = talk about my other dog, talk about the other dog, about my other dog, switch to my other dog, switch to the other dog
understanding-argument-on = on
    .aliases = on, turn on, enable, resume, start, back on
## Words after a switch that name neither on nor off but ask for it back ("I want tips again", "tips back"): on, when no off word is said.
understanding-argument-again = again
    .aliases = again, back, once again, once more, get, receive
## A tip asked for now, beside the tips' own word ("give me a tip", "tips plz", "today's tip"): one tip of the catalogue, not the on/off status.
understanding-tip-now = a tip now
    .aliases = a, one, one more, more, any, some, have, give, give me, tell, tell me, today's, todays, of the day, for today, training, quick, random, another, new, got, need, do you have, got any, share
understanding-argument-off = off
    .aliases = off, turn off, disable, no more, mute, unsubscribe, no, stop sending, switch off, stop sending me, don't send, don't want, do not want, dont want, don't need, dont need, no need for
## A cancel at the end of a check-in's answer or note ("nah the cat makes it impossible lol cancel"; stop 51 owner trial: "please pick one"): the cancel's own word only ("stop", "later" are not: "he barks and wont stop").
understanding-cancel-tail = cancel
    .aliases = cancel, cancel it, cancel pls, cancel please, cancel that, cancel this, pls cancel, please cancel, cancelled, canceled
## "go", "lets go" too (stop 51, owner trial: "ㅇㅋ 설문 ㄱ", in English "ok survey go", started nothing).
understanding-request = please show
    .aliases = me, please, pls, plz, can u, could u, will u, would u, u, what's, whats, what is, show, show me, see, open, view, the, my, i want, i'd like, i would like, i would like to, we would like to, i'd love to, i would love to, could i, may i, go to, to, let me see, can i see, can you show, give me, in, use, turn, let's, can i, can you, could you, i want to, i'd like to, how do i, how can i, all switch to, speak, talk in, now, let me, wait, hold on, sorry, ok, okay, switch to, change to, switch it to, change it to, switch into, set to, set it to, full, whole, entire, complete, old, older, past, actually, um, uh, hmm, go, lets go, let's go, lets do, let's do, go ahead
## The tips' setting asked for ("show me the tips settings please"): the on/off status, not a tip (acceptance trial K2).
understanding-tips-settings = settings
    .aliases = settings, setting, status
## The switch's state asked for ("tip settings?", "what are my tips settings", "are tips on?"): with the tips', check-ins' or notifications' words only, its on/off status (batch 65: the noise hint).
understanding-switch-status = status
    .aliases = status, state, what are my, what are, whats my, what's my, how are my, how are, how is, how's, what is my, are my, is my, are, is, check, check my, on or off, still, currently
## stop 47 (helper typos): politeness said with a survey button's word typed ("back pls" at the name: stored as the dog's name "Back Pls"; "skip please", "previous plz"): read past, the button is pressed. Only beside the buttons' words (Back, Skip, Done, Don't know).
understanding-nav-polite = please
    .aliases = please, pls, plz, plss, pleaseee, pleasee, plez, now, thanks, thx, ty
## A request's words ("can you show me ~ please", "I want ~"): with a command's words at a survey question, the command, not an answer (acceptance trial K2: "이번 주 기록 보여주세요" read as the size).
## The dog's possessive before a view's words ("show me her progress", "show me his history"; held-out 7: small talk, noise): read past like "my", before a view only ("remove his toys" stays no command).
understanding-view-possessive = her
    .aliases = his, her, their, its, our, the dog's, my dog's
understanding-request-ending = request
    .aliases = please, pls, plz, can you, could you, can i, could i, may i, show me, let me see, give me, i want, i want to, i'd like, i'd like to, i would like, i would like to, would you

## -- Small talk: only when the whole message is made of these.
## A photo or video announced ("I'll send a photo"): answered as the picture would be, "I read text only".
understanding-media-announced = send a photo
    .aliases = send a photo, send a picture, send a pic, send a video, send a clip, send photos, send pictures, send pics, send videos, send you a photo, send you a picture, send you a pic, send you a video, send you photos, send you pictures, send you a clip, upload a photo, upload a picture, upload a video, share a photo, share a picture, share a video, attach a photo, attach a picture, show you a photo, show you a picture, show you a video, send the photo, send the video, send the picture, send a photograph, here is a photo, here's a photo, here is a video, here's a video
## Asked whether the photo or video came through ("can't you see the photo?", "사진 안보여요?"): the same "I read text only" (owner trial 8: a question for the coach model).
understanding-media-asked = see the photo
    .aliases = see the photo, see the picture, see the pic, see the video, see my photo, see my picture, see my video, see photos, see pictures, see pics, see videos, see the photos, see the pictures, see the videos, get the photo, get the picture, get the pic, get the video, get my photo, get my picture, get my video, got the photo, got the picture, got the video, saw the photo, saw the picture, saw the video, look at the photo, look at the picture, look at the video, read photos, read pictures, open the photo, open the picture, open the video, sent a photo, sent a pic, sent a picture, sent a video, sent you a photo, sent you a pic, sent you a picture, sent you a video, sent the photo, sent the pic, sent the video, sent my photo, sent photos, sent pics, get my pic, get the pics, got my photo, got my pic, see my pic, see my pics, see my photos, see my pictures, see my vid, see pics
## Stop 63 (held-out 18, batch 687): the owner saying they feel better or relieved ("thank you, that makes me feel so much better"; read as the advice working, "it's working!"): how the owner feels, never news of the dog; the thanks said with it answered.
understanding-owner-relieved = makes me feel better
    .aliases = makes me feel better, makes me feel so much better, makes me feel much better, makes me feel a lot better, made me feel better, made me feel so much better, made me feel much better, made me feel a lot better, i feel better, i feel so much better, i feel much better, i feel a lot better, i feel way better, feel so much better now, i'm relieved, im relieved, so relieved, what a relief, that's a relief, thats a relief
understanding-talk-thanks = thanks
    .aliases = thanks, thank you, thank u, thx, ty, tysm, thanks a lot, thanks a ton, thanks a bunch, thanks heaps, thank you so much, thanks so much, many thanks, cheers, appreciate it, much appreciated, that helps, that helped, very helpful, helpful, awesome, great thanks, thanks again, you're the best, that's helpful, thats helpful, that is helpful, that was helpful, that's really helpful, thats really helpful, that's so helpful, thats so helpful, that's very helpful, thats very helpful, that was really helpful, that was so helpful, this is helpful, this is really helpful, super helpful, that's great, thats great, thanks for listening, thank you for listening, thanks for the help, thank you for the help, thanks for your help, thank you for your help, that makes me feel better, that's encouraging, thats encouraging, thnks, thnk you, thnx, thanx, thanx a lot, thks, tks, tnx, tnks, thanls, thansk, thakns, thank yu, thanku, thankyou, thankss, thanksss, thankyouu, tyy, tyvm, ty so much, thx a lot, thx so much, thank u so much
## A greeting with the reason for coming ("hi, I'm here about my dog", stop 47: "안녕하세요 강아지 때문에 왔어요" read as noise at the first message): a greeting; nothing about the dog told yet.
understanding-talk-greeting = greeting
    .aliases = i'm here about my dog, im here about my dog, here about my dog, i'm here because of my dog, im here because of my dog, here because of my dog, i came about my dog, came about my dog, i'm here for my dog, im here for my dog, here for my dog, i'm here about my puppy, im here about my puppy, here about my puppy, i came here because of my dog, came here because of my dog, i'm writing about my dog, im writing about my dog, writing about my dog, hi, hello, hey, hiya, i'm new, i am new, first time here, new here, hi there, hello there, good morning, good afternoon, good evening, morning, yo, howdy, hey there, nice to meet you, what's up, whats up, sup, how are you, how are you doing, what are you doing, nice weather, anyone there, anybody there, is anyone there, is anybody there, you there, are you there, u there, r u there, are u there, you still there, u still there, still there, hello?, hello again, hi again, hey again, how have you been, how've you been, howve you been, how have u been, how are you today, how r u, how are u, how you doing, how ya doing, how's it going, hows it going, how is it going, how are things, how's everything, hows everything, how's your day, hows your day, how's everyone doing, hows everyone doing, how is everyone doing, how's everybody doing, how is everybody doing, long time no see, long time no talk, been a while, it's been a while, its been a while, i'm new to this, im new to this, i am new to this, new to this, new to all this, i'm new to all this, im new to all this, first time owner, i'm a first time owner, im a first time owner, first time dog owner, i'm a first time dog owner, im a first time dog owner, new owner, i'm a new owner, im a new owner, new dog owner
## The owner saying they are back ("I'm back", "back again", "돌아왔어요"): a greeting, never the survey's Back button (batch 73: went back a question).
## Coming back to an open question after a pause, an apology or "where were we?" ("hey sorry got busy", "where was i"): never an answer (owner trial 10: stored as the breed); at a survey question one line and the question again (`survey-resume`).
understanding-talk-resume = where were we
    .aliases = where were we, where was i, where were we at, where did we leave off, where did we stop, where did i stop, where did i leave off, what were we doing, what was the question, what was the question again, got busy, i got busy, was busy, i was busy, been busy, i've been busy, ive been busy, got distracted, i got distracted, got sidetracked, got caught up, i got caught up, got held up, sorry got busy, sorry i got busy, sorry i was busy, sorry for the wait, sorry for the delay, sorry about the wait, sorry about the delay, sorry for the late reply, sorry late reply, sorry i'm late, sorry im late, sorry it took so long, sorry that took a while, let's continue where we left off, lets continue where we left off, picking up where we left off, 바빠서, 바빠서 이제 봤어요, 바빠서 이제 봤어, 바빠서 이제 봄, 이제 봤어요, 이제 봤네요, 이제 봤어, 이제 봄, 지금 봤어요, 지금 봤어, 이제야 봤어요, 이제야 봤네요, been slammed, been slammed at work, slammed at work, been swamped, swamped at work, only seeing this now, just seeing this now, just saw this, only just saw this
## The owner naming themselves by their dog ("kkamis mom here, back again"; Korean owner trial 31: "not sure what you mean"): the word right before is the dog's name. Read as a greeting; at the name question that name is the answer ("im biscuits mum": Biscuit; stop 47).
understanding-talk-owner-of = mom here
    .aliases = mom here, mum here, dad here, mom again, mum again, dad again, owner here, human here, mom, mum, mommy, mummy, mama, momma, dad, daddy, papa
## The words before the owner names themselves by their dog ("I'm Biscuit's mom", "im biscuits mum"; stop 47: at the name question the dog named "Im Biscuits Mum"): no part of the name, small talk beside the naming.
understanding-talk-owner-self = I'm
    .aliases = i'm, im, i am, this is, it's, its, it is
understanding-talk-back = I'm back
    .aliases = i'm back, ok back, okay back, ok i'm back, ok im back, okay i'm back, okay im back, k back, kk back, ok back now, back now, sorry back, back sorry, i'm back sorry, im back sorry, ok i'm here, ok im here, i'm here now, im here now, im back, i am back, i'm back again, im back again, i am back again, back again, i'm back now, im back now, i am back now, we're back, were back, we are back, we're back again, i'm here again, im here again, it's me again, its me again, it is me again, me again, it's me, its me, it's just me, me again lol
## "back" typed alone, read as "I'm back" only at a result's question (elsewhere it may be the survey's Back button).
understanding-talk-back-alone = back
    .aliases = back, ok back, okay back, back now, k back, and back, back lol, back sorry
## A goodbye, wishes for the night or weekend too ("have a good weekend"; held-out 7: "좋은밤 되세요~" was noise).
understanding-talk-bye = goodbye
    .aliases = done for today, im done for today, i'm done for today, i am done for today, done for now, im done for now, i'm done for now, that's it for today, thats it for today, that's all for today, thats all for today, enough for today, calling it a day, gonna call it a day, bye, goodbye, bye bye, see you, see ya, good night, goodnight, gn, later, talk later, ttyl, have a nice day, have a good day, cya, cya later, gotta run, got to run, have to run, need to run, gotta dash, finish this later, i'll finish this later, ill finish this later, finish later, finish it later, continue later, i'll continue later, ill continue later, do the rest later, i'll do the rest later, ill do the rest later, sorry gotta run, sorry got to run, sorry have to run, sorry need to run, sorry gotta go, sorry i gotta go, sorry gtg, sorry i have to go, have a good night, have a nice night, have a good evening, have a nice evening, have a good weekend, have a nice weekend, enjoy your day, enjoy your evening, enjoy your weekend, good night to you, nighty night
## A goodbye with nothing open (Korean owner trial ko10: "bye for now", "see you tomorrow" were "not sure what you mean"). Read only when no question is open (a survey question takes its own words).
understanding-talk-bye-idle = bye for now
    .aliases = bye for now, bye now, see you tomorrow, see u tomorrow, see ya tomorrow, see you later, see u later, see ya later, cya, cya tomorrow, night night, nighty night, nite, gotta go, got to go, gtg, g2g, i have to go, i gotta go, talk tomorrow, talk to you tomorrow, talk to you later, talk soon, until tomorrow, catch you later, good night for now, sleep well
## What happens next asked right after a result ("so what happens now", "ok what happens next"; English owner trial 31: glued onto the report at "how often?" and analysed again): a question about the bot's flow, answered by the bot (`coach-next`), never detail nor a question for the model.
understanding-flow-asked = what happens now
    .aliases = what happens now, what happens next, what happens after this, what happens after that, whats next, what's next, what is next, so whats next, so what's next, what comes next, what now then, now what happens, what do you do now, what will you do now, what do you do next, what's the next step here, whats the next step here
## A how-are-you that could be told as news without its "?" (Korean owner trial ko10): a greeting only with a "?".
understanding-talk-how-are-you = how was your day?
    .aliases = how was your day, how was your weekend, how was your night, you good, you ok, you okay
understanding-talk-agree = agreement
    .aliases = ok, okay, k, kk, okie, sure, yes, yeah, yep, yup, no, nope, got it, gotcha, i see, alright, all right, will do, i'll try, i will try, i'll try that, will try, sounds good, looks good, looks great, makes sense, fine, right, true, understood, noted, yes pls, yes plz, yes please, yeah sure, nah, let's do it, lets do it, let's go, lets go, let's start, go ahead, go for it, that makes sense, makes sense now, that looks right, looks right, that's right, thats right, that is right, is correct, that's correct, thats correct, that is correct, correct, yes correct, exactly, that's it exactly, understood now, i understand, i get it, spot on, that's spot on, thats spot on, that explains it, that explains a lot, so that's why, so thats why, makes total sense, that makes total sense, nailed it, you nailed it, that's exactly it, thats exactly it
## "That's all" with nothing open (no question to finish, no follow-up): a closing word, answered
## kindly with what to do next. Where a multi-choice question or a follow-up is open, its Done / Skip
## takes the same words first (nav-done, analysis-followup-skip).
understanding-talk-done = that's all
    .aliases = that's all, thats all, that is all, that's it, thats it, that is it, that's everything, thats everything, that's all for now, thats all for now, that's it for now, thats it for now, that's all i have, that's all i had, that's all i wanted, that's all i wanted to say, nothing more, nothing else, nothing else to add, nothing more to add, no more, all done, i'm done, im done, i am done, done, done for now, i'm done for now, that's enough, thats enough, that's enough for now
## The first word of a message about the owner themselves ("I fell in the water lol"): with a laugh and no behaviour, small talk, not the dog's incident; no analysis offered (owner trial 30).
understanding-owner-self = i
    .aliases = i, i'm, im, i've, ive, i just, i got, me, myself, me too
understanding-talk-laughter = laughter
    .aliases = lol, lmao, haha, hahaha, hehe, lolol, rofl, xd
## The result recognised as the owner's own dog ("this is so my dog lol", "lmao that's exactly him"; stop 56, held-out 11: "I'm not sure what you mean"): with a laugh it is laughter, alone a reaction. Only as the whole message; a behaviour told beside it is a report.
understanding-talk-recognised = so my dog
    .aliases = so my dog, this is so my dog, that's so my dog, thats so my dog, literally my dog, this is literally my dog, that is literally my dog, exactly my dog, sounds like my dog, sounds exactly like my dog, sounds just like my dog, sounds like him, sounds like her, sounds exactly like him, sounds exactly like her, sounds just like him, sounds just like her, that's so him, thats so him, that's so her, thats so her, so him, so her, exactly him, exactly her, that's exactly him, thats exactly him, that's exactly her, thats exactly her, that's him exactly, that's her exactly, nailed him, nailed her, called out
## The owner's own feelings said in a long message ("I've had a rough week honestly. Some days I wonder if I'm the right owner for her."; stop 59, held-out 14: the "too short" hint): with nothing the dog did, no report but a kind short reply. Told with what the dog did ("rough week, she bit my son's hand twice") it stays a report.
understanding-letter-feeling = rough week
    .aliases = rough week, rough day, rough few days, hard week, hard day, tough week, tough day, long week, awful week, awful day, bad week, right owner for, the right owner, a bad owner, bad dog owner, failing her, failing him, needed to say it, needed to vent, just venting, sorry for venting, sorry for the rant, feeling down, feel so down, feel like giving up, so exhausted, i'm exhausted, im exhausted, i'm so tired, im so tired, at the end of my rope, 마음이 안 좋, 맘이 안 좋, 마음이 너무 안 좋, 맘이 너무 안 좋, 마음이 아파, 맘이 아파, 마음이 무거, 맘이 무거, 힘든줄, 힘든 줄, 지쳐요, 너무 지쳐, feel awful, feel terrible, feel so bad, feel really bad, feel bad leaving, hate leaving, heartbroken, breaks my heart, so tired, so hard leaving, hard to leave
## Household news in a long message (weight, the vet, a move, who lives there, a new phone; "fyi biscuit gained like 2kg lol vet says cut treats"; stop 59, held-out 14: the "too short" hint): with nothing the dog did, no report but a thanks for the news. The profile is not changed.
## Stop 63 (held19fix, held-out 19: "제가 3주 입원해서 그동안 뭉치는 누나집에 있었어요" was noise): the owner in hospital and the dog staying with family meanwhile are household news too.
understanding-letter-update = update
    .aliases = fyi, update, quick update, just an update, small update, gained, put on weight, lost weight, lost some weight, vet says, vet said, the vet says, the vet said, cut treats, cut back on treats, fewer treats, on a diet, moved back, moved in, moved out, moved house, three of us, four of us, five of us, new phone, changed my phone, changed phones, got a new phone, new job, started a new job, 출장이라, 출장 가, 출장을 가, 출장 중, 출장이에요, 맡겨요, 맡겼어요, 맡기고, 맡길, 맡기려, 부모님댁에, 부모님 댁에, 여행 가, 여행이라, 휴가라, work trip, business trip, staying with my parents, staying with my mom, staying with my sister, staying with a sitter, staying at my parents, boarding him, boarding her, on vacation, out of town
        , was in hospital, was in the hospital, been in hospital, been in the hospital, stayed with my sister, stayed with my parents, stayed with my mom, was staying with my sister, was staying with my parents
## The dog startled by its own doing ("lol rex farted and scared himself"; stop 62: "scared" read as fear, analysed): with a laugh and no other behaviour told, no report but a short reply to the laugh. Another behaviour told with it ("scared herself and bit me") stays a report.
understanding-startled-itself = scared himself
    .aliases = 지가 놀람, 지가 놀라, 지가 놀랐, 자기가 놀람, 자기가 놀라, 자기가 놀랐, 혼자 놀람, 혼자 놀라, 혼자 놀랐, 스스로 놀람, 스스로 놀라, 스스로 놀랐, 지 방귀에 놀, 자기 방귀에 놀, scared himself, scared herself, scared itself, spooked himself, spooked herself, startled himself, startled herself, freaked himself out, freaked herself out, scared the crap out of himself, scared the crap out of herself
## A funny moment told in a long message ("lol rex sneezed so hard he fell off the couch, hilarious"; stop 62, held-out 17: the "not sure what you mean" hint): with no behaviour of concern, no report but a short reply to the laugh. Told with one ("lol he chewed my shoe again, hilarious") it stays a report.
understanding-letter-funny = hilarious
    .aliases = 개웃김, 개웃겨, 개웃기, 웃겨요, 웃겨 죽, 웃김, 웃기다, 웃기네, 빵터, 빵 터, 너무 웃겨, 진짜 웃겨, hilarious, so funny, too funny, cracked me up, made me laugh, funniest, dying laughing, i'm dying, im dying
## A reaction to a tip or a result in a long message ("lol today's tip was literally about my dog, so relatable"; stop 59, held-out 14: the "too short" hint): with nothing the dog did, no report but a short reply.
understanding-letter-reaction = relatable
    .aliases = so relatable, relatable, today's tip, todays tip, the tip today, loved the tip, love the tip, love today's tip, great tip, good tip, useful tip, thought it was about, could have been about
## A returning owner or one introducing themselves ("hello, my daughter set this up on my old phone, I have a new one now, it's Happy's grandma"; stop 59, held-out 14: the "too short" hint): with a greeting, a greeting's reply. Told with what the dog did it is a report.
## Stop 63 (held19fix, held-out 19: "hey, sorry I disappeared for like six weeks, work was insane" read as a greeting): read as a greeting or laughter with the time away said in it, the reply of one back late.
understanding-letter-away = been away
    .aliases = disappeared for, sorry i disappeared, i disappeared, been away for, been gone for, haven't been on, havent been on, been mia, was mia, weeks away, months away
understanding-letter-returning = it's me again
    .aliases = it's me again, its me again, i'm back, im back, used this before, used to use this, set this up for me, set it up for me, on my old phone, new phone, changed phones, changed my phone, grandma, grandpa, granny, it's his mum, it's her mum, its his mum, its her mum, it's his mom, it's her mom, its his mom, its her mom
understanding-talk-reaction = reaction
    .aliases = wow, cool, nice, great, awesome, amazing, oh, ooh, oh wow, omg, interesting, cute, perfect, good, neat, hmm, hm, ah, oh ok, oh okay, whoa, yay, love it, this is helpful, so helpful, really helpful, not helpful, not really helpful, unhelpful
## A hedge alone ("maybe", "i guess"; an apology is `understanding-talk-sorry`): small talk only at the follow-up question; at a survey question
## the question's own re-ask says what it needs.
understanding-talk-hedge = hedge
    .aliases = maybe, i guess, i suppose, whatever
## Praise and affection for the dog: in a short message that tells no behaviour, small talk ("my dog is so cute"; stop 56: "haha he's such a goof", "lol hes such a dork").
understanding-talk-praise = praise
    .aliases = cute, so cute, adorable, sweet, so sweet, lovely, the best, best girl, best boy, best dog, good girl, good boy, goodest, sweetheart, precious, beautiful, pretty, gorgeous, i love my dog, i love him, i love her, love him, love her, smart, clever, so dumb, he's so dumb, she's so dumb, hes so dumb, shes so dumb, so silly, silly, goofy, such a goofball, goofball, drama queen, such a drama queen, drama king, derpy, what a goof, such a goof, a goof, goof, such a dork, a dork, dork, such a clown, a clown, clown, such a weirdo, weirdo, such a dummy, dummy
## Praise words that say something else there ("pretty much every day" tells how often; "it hasn't been great this week", stop 55: no news).
understanding-not-praise = not praise
    .aliases = hasn't been great, hasnt been great, hasn't been good, hasnt been good, hasn't been so good, hasnt been so good, has not been great, has not been good, haven't been good, havent been good, wasn't great, wasnt great, wasn't good, wasnt good, wasn't so good, not been great, not been good, not a good week, not a great week, did it again, did that again, done it again, learned nothing, learnt nothing, hasn't learned, hasnt learned, not learned, no success, no progress, pretty much, pretty often, pretty bad, pretty badly, pretty sure, pretty hard, pretty long, pretty frequently, pretty regularly, pretty rough, pretty loud, pretty aggressive, pretty scared, pretty anxious
## Endings that look like a question's but tell what was seen (Korean only).
understanding-not-question-ending = not a question ending
    .aliases = -
## Good news about the dog: in a short message that names no problem behaviour, small talk ("she finally learned sit today!").
## The dog fine lately ("he's fine these days", "it's better now"): news, not a question.
understanding-talk-fine-now = fine lately
    .aliases = fine now, fine these days, better these days, better now, fine lately, okay now, ok now, okay these days, ok these days, all good now, good these days, much better now, doing better now, doing fine now, acting normal, acting normally, seems normal, seems normal now, back to normal, normal now, acting like himself, acting like herself, seems fine, seems fine now, seems okay, seems ok
## Stop 56 (held-out 12: "Luna met my parents' dog today and they actually played!! 🥹" read as an edit of the profile, or noise): a good time with another dog, good news told with a little more around it (up to `NEWS_MAX_WORDS` words; other news `PRAISE_MAX_WORDS`).
understanding-talk-news-played = played together
    .aliases = actually played, they played, played with, played together, played so nicely, played so well, played really well, played nicely, got along, got along great, got on great
## Stop 60 (held-out 16, shy rescues): a treat taken from the owner's hand for the first time (noise before) is good news too.
understanding-talk-news = good news
    .aliases = actually played, they played, played with, played together, played so nicely, played so well, played really well, played nicely, got along, got along great, got on great, went great, it went great, went really well, finally, been so good, been really good, been very good, been great, been amazing, was great, was amazing, so good this week, good this week, a good week, a great week, learned, learnt, a good day, did fine today, did well today, we did it, finally did it, did it right, did it perfectly, success, succeeded, managed to, first time, no accidents, calmer, better today, progress, improving, improved, good walk, great walk, nailed it, got it right, so good today, was good today, been good today, was so good, was really good, was very good, behaved well, behaved so well, so well behaved, was fine today, was fine all day, been fine today, been fine lately, was okay today, was ok today, was great today, no problems today, no issues today, no trouble today, was an angel, been an angel, took a treat from my hand, took the treat from my hand, took treats from my hand, took food from my hand, ate from my hand, ate out of my hand, took it from my hand, took a treat from me
## A plan to try the advice after a result ("will try tomorrow"): small talk, never detail about the report.
understanding-talk-plan = a plan
    .aliases = will try, i'll try, ill try, ill try it, ill try that, i will try, gonna try, going to try, will give it a try, give it a try, give it a go, will give it a go, give it a shot, will start, i'll start, going to start, will do it, i'll do it, will do that, i'll do that, will practice, i'll practice, will practise, try tomorrow, try tonight, start tomorrow, start tonight, will do, i will do, will take him, will take her, i'll take him, i'll take her, ill take him, ill take her, gonna take him, gonna take her, going to take him, going to take her, will go tomorrow, will go today, will see the vet, will call the vet, will book the vet, will book a vet, will book an appointment, i'll call the vet, ill call the vet, i'll book, ill book, will get him checked, will get her checked, will get it checked, will keep doing it, will keep doing, keep doing it, will keep at it, keep at it, we'll keep at it, well keep at it, will keep trying, keep trying, will keep going, keep going with it, will keep practicing, will keep practising, keep practicing, will stick with it, stick with it, will continue, we'll continue, i'll keep at it, ill keep at it, i'll keep doing it, ill keep doing it, ring them, ring them now, i'll ring them, ill ring them, will ring them, call them, call them now, i'll call them, ill call them, will call them, phone them, i'll phone them, will phone them, give them a call, give them a ring, ring the vet, ring the vets, phone the vet, call the vets, call the clinic, ring the clinic, phone the clinic, will tell the dog walker, i'll tell the dog walker, ill tell the dog walker, will tell the walker, i'll tell the walker, will tell my walker, will tell the sitter, i'll tell the sitter, will tell my partner, i'll tell my partner, will tell my husband, will tell my wife, will pass it on, i'll pass it on, 알려드릴게요, 알려 드릴게요, 알려줄게요, 전해줄게요, 전해 줄게요, 전달할게요, 얘기해둘게요, 얘기해 둘게요, 말해둘게요, 말해 둘게요
## At a result's follow-up question, asking why it is asked ("why?", "why do you ask"): explained, the question again; no coach question.
understanding-followup-why = why do you ask
    .aliases = why, why do you ask, why do you need that, why do you need to know, why do you want to know, why is that, why that, but why, how come, what for, why does it matter, why does that matter, why do you need it, why do you ask that
## Stop 55 (held-out 11, batch 504; stop 57, held-out 13: "…my grandson walked right behind him thats when he growled"): at "what happened right before?" or "what did you do right after?", the words that tie the moment to what the dog did next ("a cat walked past the window and then milo went nuts", "I picked Charlie up and Luna kept barking at the door for like 5 min after": asked "add to the report or a new one?"). With no time of its own ("this morning") and no "again", the answer to the question asked.
understanding-followup-in-order = and then
    .aliases = and then, thats when, that's when, that is when, which is when, then, so, as soon as, the moment, right when, right after, after, afterwards, after that, kept, until, so then, from then on, from that moment, from that point, from that point on, from then
## Stop 56 (batches 519, 520): the analysis's guess at the cause denied while telling the owner's own ("no it wasnt the mailman, he was already growling before that", "she isnt doing it for attention, shes scared": asked "add to the report or a new one?", or analysed as a new report). With no time of its own, no "again" and nothing asked, the answer to the question, or detail about the report.
understanding-detail-denied = it wasn't the
    .aliases = it wasn't the, it wasnt the, it was not the, wasn't because, wasnt because, not because, isn't doing it for, isnt doing it for, isn't doing it to, isnt doing it to, not doing it for, it's not that, its not that, it isn't that, it isnt that, not for attention, isn't trying to, isnt trying to, not trying to
## Stop 56 (batch 519): the owner's own act opening the answer to "what did you do right after?" ("i just shortened the leash and turned around": asked "add to the report or a new one?"). Opening with these, the answer to the question.
understanding-followup-owner-just = i just
    .aliases = i just, we just, just, honestly i just, i kinda just, we kinda just
## Held-out 13 (stop 58): who did it, among the cues of "right after" ("i", "my wife"): alone in a story's first words no act of the owner's ("i came home and…"); what the owner did besides them is ("scooped her up and put her in her crate, the kids were crying": the answer).
understanding-consequence-who = i
    .aliases = i, we, my wife, my husband
## Stop 56: before an in-order word, another animal doing something ("the neighbour's dog barked so he barked too"): the moment. The dog's own behaviour there ("he chewed my shoe so I took it away") is a new incident told whole, no answer.
understanding-followup-in-order-other = a dog
    .aliases = a dog, another dog, other dog, the dog next door, neighbour's dog, neighbor's dog, neighbours dog, neighbors dog, a big dog, a small dog, a dog walked, a dog barked, a cat, the cat, cats, a squirrel, squirrel, a bird, birds
## Stop 55 (held-out 11, batch 505): the asking verb said after "why" at a follow-up question ("why are you asking?", "why do you wanna know?": a question for the coach model). "Why" with these alone asks why the question is asked; "why does he keep barking?" does not.
understanding-followup-why-asking = are you asking
    .aliases = are you asking, are u asking, r u asking, you asking, u asking, are you asking that, are u asking that, r u asking that, are you asking this, r u asking this, asking, asking that, asking this, do you wanna know, do u wanna know, you wanna know, do you want to know that, do you need that for, do you need this for, do you need to know that, do u need to know, do u need that, would you need that, would you need to know, does it matter, does that matter, is that important, is that needed
## At a result's follow-up question, a complaint that the question was already answered ("what do you mean how often? i just said every day lol"; owner trial 29: sent to the coach model as a question, the report's follow-ups left at 0): with an answer told after it and nothing asked there, the answer is detail for the report. Before the answer: what asks what was meant; in it: what says it was said.
understanding-followup-meant = what do you mean
    .aliases = what do you mean, what do u mean, what d'you mean, whaddya mean, wdym, what does that mean, what you mean, how do you mean, what are you asking, what are u asking
understanding-followup-said = i just said
    .aliases = i just said, i said, i told you, i told u, i already said, i already told you, i already told u, already said, already told you, like i said, as i said, i just told you, i just told u, i mentioned
## At a survey question, words pointing back to an answer said before ("growl, i just told you", "i just told u lol 1.5 yrs", "the one i told you about"; owner trial 31: saved as a report and sent to the model): read past; what is left is the answer. With no answer left, the one stored before is kept, else the question again.
understanding-said-before = i just told you
    .aliases = i just told you, i just told u, i told you, i told u, i said, i already told you, i already told u, already told you, already told u, told you already, told u already, i told you already, i told u already, i just said, i already said, i said already, like i said, as i said, i mentioned, i mentioned it, i mentioned that, like i mentioned, as i mentioned, i said it before, i said that before, i said before, i told you before, i told u before, said it already, the one i told you about, the one i told u about, the one i mentioned, the one i said, i wrote it above, as i wrote above, like i wrote above, i said above, see above, mentioned above, i said that, i told you that
## An insisting word stuck to the answer: none in English beyond the phrases above; the leading "no" of "no i said a dog" (`-lead`).
understanding-said-before-ending = i said
    .aliases = i said
understanding-said-before-lead = no
    .aliases = no, nope, no no, no i said, i said
## The word turning an answer said before into the new one ("i said 2 but its 3" at the household; stop 47: read as "said before", asked again): the words after it are the answer.
understanding-said-before-but = but
    .aliases = but, but its, but it's, but it is, but actually, but its actually, but it's actually, but really, but now, but theres, but there's, but there are
## At the health question, asking to leave the health out or to put none ("leave the health part out, that was just something i said", "put none for health"; owner trial 31: the words stored as the health note): with no health told besides, none.
understanding-health-left-out = leave it out
    .aliases = leave it out, leave that out, leave the health part out, leave health out, leave out the health, leave it blank, leave that blank, leave health blank, put none, put nothing, put no, mark it none, mark none, set it to none, make it none, just put none, none for health, nothing for health, remove it, remove that, delete that, delete it, scrap that, drop it, drop that, just something i said, just something i typed, ignore that, ignore it, dont put that, don't put that
## A sentence after the health answer asking whether another dog needs the survey too ("hes on heart meds for mvd. oh btw do i have to do this for luna too?"; owner trial 31: the whole went to the model and the health answer was lost): the sentences before it are the health answer, the dog named after these words is offered after the survey.
understanding-other-dog-survey-asked = do i have to do this for
    .aliases = do i have to do this for, do i need to do this for, do i have to do it for, do i need to do it for, do i do this for, should i do this for, should i do it for, will i do this for, do we do this for, do we have to do this for, do we need to do this for, do this for, do it for, same for
## At a multi-choice question with one or more ticked, a short word that the picking is done ("ok next", "next", "go"; owner trial 31: the question did not close): the Done button. Not read with nothing ticked.
understanding-multi-finish = next
    .aliases = next, next one, next question, ok next, okay next, ok, okay, k, kk, ok done, go, go on, move on, lets move on, let's move on, thats all of them, yep thats it, yes thats it, ok thats it, ok that's it, that'll do, thatll do, that's all for that, good, all good, fine
## Words that take back what was said before them ("finally stopped… nope he started again", "spoke too soon"): the good news before them is none; what follows is read alone.
understanding-taken-back = taken back
    .aliases = nope, nah, no wait, not really, spoke too soon, never mind, nevermind, jk, just kidding, or so i thought, i thought, but then, until, then again
## The behaviour just analysed told as happening again, with no behaviour named ("she just did it again", "and he's doing it again"): a new report of that behaviour. Its words: a word that says again (this entry), a word that stands for what the dog did (`-did`), and words read past (`-filler`).
understanding-again = again
    .aliases = again, once again, all over again, one more time, once more, yet again
understanding-again-did = did it
    .aliases = did it, started, started it, starting, started up, back at it, at it again, did that, did the same, did the same thing, does it, does that, doing it, doing that, doing the same, done it, at it, it happened, that happened, happened, happening, it's happening, same thing, the same thing, same, did the exact same thing, the exact same thing, exact same thing, same exact thing, did the same exact thing
## Punctuation said aloud by voice typing at the end of a message ("thank you period", owner trial 15): read as the mark; the words before it alone.
understanding-dictated-stop = full stop
    .aliases = period, full stop, fullstop
understanding-dictated-exclaim = exclamation mark
    .aliases = exclamation mark, exclamation point
understanding-dictated-question = question mark
    .aliases = question mark
understanding-dictated-comma = comma
    .aliases = comma
## Words before which "period" is a word of its own ("she's on her period", "for a short period").
## Stop 57 (held-out 13): a mark's one-word name is read as the mark inside a message too ("hello period my dog growls"), so these guard it there as well ("what's a comma", "my period", "the oxford comma").
understanding-dictated-not-after = her
    .aliases = her, his, a, the, this, that, short, long, same, whole, trial, waiting, grace, adjustment, first, heat, time, my, your, our, their, its, what's, whats, oxford, any, each, every, no, another
## Stop 57 (held-out 13): words after which a mark's one-word name inside a message is a word of its own ("period of time", "comma means", "period pain").
understanding-dictated-not-before = of
    .aliases = of, means, mean, pain, pains, cramps, blood
## Stop 57 (held-out 13, some phones' voice typing): a line break said aloud ("thank you new line Margaret"): read as a new line.
understanding-dictated-line = new line
    .aliases = new line, newline, new paragraph
## Words that part a message into contrasted clauses ("Pepper is fine but Milo growls at him", owner trial 15): the dog named only where a behaviour is told is the one the report is about.
understanding-clause-contrast = but
    .aliases = but, though, whereas
## The words opening a clause that only tells what the behaviour goes on in spite of ("Rolo keeps biting Pip's ears, even when Pip yelps"; held-out 18, stop 63): the dog named there reacts, the report is not about it.
understanding-clause-concessive = even when
    .aliases = even when, even though, even if, even while
## Words that join a clause to the next ("only growls and never snapped"; stop 63, held-out 19): at the worst reaction, the clause with a not-word is set apart and the option left is the answer.
understanding-clause-and = and
    .aliases = and, but
## (Korean only: the endings that close a sentence typed with no full stop, "밤이가 초코 밥을 뺏어먹어요 초코는 가만히 있어요"; stop 50. English sentences part at a full stop or a comma.)
understanding-sentence-end = -
## The owner not there when it happened ("idk i was at work"; held-out 5): beside a don't-know at a result's question, why they don't know, a don't-know.
## Stop 55 (held-out 11, batch 503): not having seen it (stop 57, held-out 13: only told of it, "the neighbor just told me about it": kept as the answer; "no idea, I was at work so I didn't see it": "see" read as what happened right before, stored as the answer); a cue inside these words is no answer's cue.
## Stop 62 (held-out 17: "잘 모르겠어요 출장 중이라 못 봐서요" kept as the answer): away on a trip is not there too.
## Stop 64 (left1819, held-out 18: "잘 모르겠어요 보고있지 않았어서" was kept as the answer): not looking, looking away, is not having seen it too ("not sure, I wasn't looking").
understanding-owner-away = i was at work
    .aliases = i was at work, just told me about it, told me about it, only told me about it, told me later, heard about it, only heard about it, i only heard about it, was at work, i was out, we were out, i was away, i wasn't home, i wasnt home, i was not home, wasn't home, wasnt home, we weren't home, we werent home, i wasn't there, i wasnt there, wasn't there, wasnt there, nobody was home, no one was home, i was at school, i was asleep, i was sleeping, i was in the shower, i didn't see, i didnt see, i did not see, didn't see, didnt see, did not see, didn't see it, didnt see it, didn't see what, didnt see what, wasn't watching, wasnt watching, missed it, i missed it, i wasn't watching, i wasnt watching, my wife was walking, my husband was walking, my partner was walking, my dad was walking, my mom was walking, my son was walking, my daughter was walking, my roommate was walking, someone else was walking, on a business trip, away on business, away for work, on a work trip, i was traveling, i was travelling, i am traveling, i am travelling, im traveling, im travelling, i'm traveling, i'm travelling, out of town, i was out of town, i'm out of town, im out of town, wasn't looking, wasnt looking, i wasn't looking, i wasnt looking, was looking away, i was looking away, looking the other way, was on my phone, i was on my phone
## Stop 60 (held-out 15: "모르겠어요 자다 깼더니 이미 쌌더라구요" kept as the answer): after a don't-know, the owner found it already done (woke up, came home); the behaviour told is the one analysed, so the question is skipped (not at "how often?").
understanding-dont-know-found = when i woke up
    .aliases = when i woke up, woke up to, woke up and, when i got home, when i came home, came home to, got home to, by the time i, it was already, he had already, she had already, hed already, shed already, already done, found it, found it when
## Stop 59 (held-out 14, batch 599): why the owner cannot tell, said after a don't-know ("honestly dont remember, it all happened so fast", "Hard to say. It depends on the weather, I think."; kept as the answer): as not having seen it above, the question is skipped; a cue inside these words is no answer's cue.
understanding-dont-know-why = it all happened so fast
    .aliases = it all happened so fast, all happened so fast, happened so fast, it happened so fast, happened too fast, it was so fast, it was too fast, it was all so fast, all so fast, it depends, depends on, it varies, it changes, varies a lot
## Stop 64 (xfail64; a regression from stop 63's merges): why the owner does not know is that the dog is new ("we only just adopted him so no idea" at the age, "입양한지 얼마 안돼서 모르겠어요" at the worst reaction: how long owned was set to unknown): the time owned or the origin named in that why is no question not known; the open question is.
understanding-dont-know-new-dog = just adopted
    .aliases = just adopted, just got her, just got him, only just got her, only just got him, only just adopted, recently adopted, adopted recently, only had her, only had him, only had them, we've only had, weve only had, we have only had, had her a week, had him a week, had her a few days, had him a few days, had her for a week, had him for a week, new to us, she's new, he's new, shes new, hes new, just brought her home, just brought him home, brought her home last week, brought him home last week
## Stop 64 (noticed64: "I don't know how long we've had her" at the sex was read as the sex unknown): a don't-know of how long the dog has been home, asked of as a span; the time owned is what is not known, marked unknown, and the open question asked again.
understanding-dont-know-how-long = how long
    .aliases = how long we've had, how long weve had, how long we have had, how long we had, how long since we adopted, how long since we got, how long ago we adopted, how long ago we got, how long she's been with us, how long he's been with us, how long shes been with us, how long hes been with us, how long it's been since, how long its been since
## "Again" with when it happened in a clause of its own ("it happened again just now when the postman came"; held-out 5: noise): the clause opens with one of these, the rest says again; a new report of that behaviour.
understanding-again-when = when
    .aliases = when, whenever, as soon as, while, after, right after, because, cause, cuz
## Where or when a behaviour happened again, told with it ("he did it again just now at the window", owner trial 15): still the same behaviour, once more.
## Stop 61 (held17fix, held-out 17: "luna just did the same thing again, right in front of me" was noise): in front of whom it happened.
## Stop 62 (held18fix, held-out 18: "Pip just did it again at breakfast" after a result was noise, lost): a daily moment (a meal, bedtime, bath time) is when it happened again.
## Stop 64 (fix20a, held-out 20: "she just did it again on the 매트 while I was reading your reply" after a result was noise, lost): where a puppy has its accidents (a mat, a pad, a blanket, its crate), in Korean words too.
understanding-again-where = at the window
    .aliases = at, on, in, by, near, the, a, my, our, his, her, window, the window, door, the door, front door, couch, sofa, bed, rug, carpet, floor, kitchen, yard, garden, park, gate, fence, car, walk, on our walk, on the walk, outside, inside, this morning, this afternoon, this evening, last night, at night, tonight, yesterday, earlier, minutes ago, a minute ago, in front of me, right in front of me, in front of us, right in front of us, in front of, right in front of, in front of the kids, right there, right here, kids, the kids, me, us, breakfast, at breakfast, lunch, at lunch, dinner, at dinner, supper, dinnertime, dinner time, mealtime, meal time, feeding time, bedtime, bath time, playtime, during, during dinner, during breakfast, mat, the mat, pee pad, puppy pad, pad, the pad, blanket, the blanket, cushion, crate, the crate, 매트, 패드, 이불, 러그, 방석
understanding-again-filler = read past
    .aliases = she, he, they, it, she's, he's, it's, they're, shes, hes, is, was, has, just, now, right now, just now, today, tonight, this morning, and, oh, ugh, omg, my dog, the dog, my pup, ok so, so, well, lol, haha
## A report told about two dogs at once ("both pull on the leash", "they both bark at the door"): filed once, and said under which dog. `-first`: words that say so only as the message's first word ("both pull…"; "barks both at home and outside" does not).
understanding-both-dogs = both dogs
    .aliases = both of them, they both, both dogs, fought each other, had a fight with each other, got into a fight with each other, went for each other, both my dogs, both of my dogs, both of our dogs, the two of them, the both of them, both of em, both of 'em, the two dogs, my two dogs, our two dogs, my dogs both, the dogs both
## "The two" told with a fight between them ("the two of them just had a go at each other"; held-out 15: filed under the dog named only): a report about both dogs.
understanding-both-dogs-pair = the two
    .aliases = the two, the two dogs, the dogs, my dogs, our dogs, those two
understanding-both-dogs-fight = fought
    .aliases = fought, had a fight, got into a fight, were fighting, started fighting, had a go at each other, scrapped, scuffle, scuffled
understanding-both-dogs-first = both
    .aliases = both
## The answer to "Which do you mean: …?" after one word pointed at several options ("aggression": toward people / toward dogs) that takes them all ("both"): all of them ticked.
understanding-which-both = both
    .aliases = both, both of them, both really, a bit of both, all of them, both actually
## One word at a result's question that answers it and is no dog's name ("Mornings", "Strangers"): never read as a dog not registered yet.
understanding-followup-not-name = not a name
    .aliases = mornings, evenings, nights, afternoons, weekends, weekdays, outside, inside, indoors, outdoors, strangers, people, visitors, guests, men, women, kids, children, cars, bikes, bicycles, skateboards, cats, squirrels, birds, noises, fireworks, thunder, storms, always, constantly, often, rarely, hourly, nightly, weekly, monthly, lately, recently, forever, months, years, weeks, days, scolding, yelling, ignoring, treats, leash, collar, crate, doorbell, delivery, deliveries, mailman, postman
## The advice tried and it helped ("tried your tip and it worked!"): progress news, never detail.
## Stop 52 (held-out 8): "the treat scatter thing actually works, he calmed down way faster" was noise.
understanding-talk-worked = it worked
    .aliases = a bit better, a little better, bit better, little better, slightly better, somewhat better, a tad better, kind of better, kinda better, sort of better, better i think, a bit calmer, a little calmer, it worked, that worked, worked, it works, that works, is working, it's working, its working, it helped, that helped, really helped, helped a lot, made a difference, did the trick, been better, been a bit better, been a little better, been much better, been way better, doing better, getting better, way better, much better, less often, not as bad, not as much, barked less, barks less, barking less, bark less, chewed less, chews less, jumped less, jumps less, a lot less, way less, less than before, less than last week, less this week, seems to be working, seems to work, seems like it's working, i think it's working, i think its working, think it's working, actually works, actually worked, it actually works, it actually worked, calmed down faster, calmed down way faster, calmed down much faster, settled faster, settles faster
## Asking whether the advice works ("does this actually work?", "will it work"; owner trial 27): with a question, a question for the coach, not progress told.
understanding-talk-worked-asked = does it work
    .aliases = does this work, does it work, does that work, does this actually work, does it actually work, does this really work, does it really work, will it work, will this work, would this work, is this working, is it working, is that gonna work, is this gonna work, does this help, does it help, will this help, will it help
## When the advice will work, asked ("how long till it works?", "언제쯤 효과 있어요?"; stop 50: "it works" in it read as the news that it worked, "it's working! 🎉" and kept as going better): with a question, a question for the coach.
understanding-worked-when = when it works
    .aliases = how long, how long till, how long until, how long before, how long does it take, how long will it take, how soon, when, when will, when does, when should, how many days, how many weeks, how much longer, how much time, how long for
## The advice tried and it did not help ("already tried that, doesn't work"): feedback kept against the plan (batch 57), never detail, never a question for the model. Stop 56 (held-out 12): the advice called generic ("your advice is so generic", a question for the coach model) is the same feedback.
understanding-advice-failed = the advice did not work
    .aliases = so generic, too generic, kinda generic, really generic, pretty generic, very generic, generic advice, same advice every time, always the same advice, every answer is just, every answer is the same, doesn't work, doesnt work, does not work, doesn't really work, does not really work, didn't really work, not really working, didn't work, didnt work, did not work, not working, isn't working, isnt working, won't work, doesn't help, doesnt help, didn't help, didnt help, did not help, no luck, no use, already tried, tried that already, tried it already, tried this already, tried everything, still doesn't, still does it, didnt really work, did not really work, doesnt really work, made it worse, makes it worse, making it worse, made things worse, only made it worse, got more excited, gets more excited, got even more, just got more, got worse, even worse, not helpful, isn't helpful, isnt helpful, wasn't helpful, wasnt helpful, not very helpful, no help, not useful, useless, not really helping, isn't really helping, isnt really helping, not helping, isn't helping, isnt helping, not much help
## Stop 62 owner trial: whose records these are, asked with the plural or the history ("whose records are these?"; "누구꺼 기록이야?" went to the coach model): the same.
## Which dog the last report was filed under, asked ("which dog was that for?", "whose record was that"): said from the store, never a question for the coach model (owner trial 17).
understanding-which-dog-asked = which dog was that for
    .aliases = which dog was that for, which dog was that, which dog was it for, which dog was it, which dog is that for, which dog is this for, which dog is it for, which dog was this for, which dog did you save, which dog did you file, which dog did you put, which dog did that go, which dog did it go, for which dog, which dog's record, which dogs record, which dog's report, which dogs report, whose record, whose report, who was that for, who was it for, who is that for, who did you save it for, who did you file it under, saved under which dog, filed under which dog, under which dog, which dog did you mean, was that saved for, was it saved for, did you save that for, did you save it for, did you file that under, did you file it under, did that go to, which profile was that, which profile did you, whose records, whose reports, whose history, whose analysis, whose results, which dog's records, which dogs records, which dog's history, which dogs history, which dog's reports, which dogs reports, records are whose, history is whose
## Stop 62 (held-out 17: "매일 산책 시간 되면 알림 보내줄 수 있어?" set the check-in time): a reminder asked for at an event of the day (the walk, a meal) rather than a time: none such exist, said so (`talk-reminders`). With a time said ("reminders at 8pm") it stays the check-in time.
understanding-reminder-event = when it's time
    .aliases = 시간 되면, 시간되면, 때 되면, 때되면, 할 때마다 알림, 갈 때마다 알림, time for his walk, time for her walk, when it's time, when its time, when it is time
## A daily reminder or message asked for or away ("remind me every evening", "I want stop the message every day"): none exist (check-ins do), said so, never detail of a report (batch 66).
understanding-reminder-wish = a daily reminder
    .aliases = remind me, reminder, reminders, daily message, daily messages, message every day, messages every day, the message every day, every day message, daily reminder, daily reminders, message me every, text me every, send me a message every, ping me every, notify me every, alert me every, ping me when it's time, ping me when its time, ping me when it is time, notify me when it's time, notify me when it is time, 알림 보내줄 수, 알림 좀 보내, 알림 보내 주, 알림 보내주, 알려줄 수 있, 알려 줄 수 있
# The word "name" alone before or after the dog's name ("Max is his name", "name Max"): the name told with nothing open (owner trial 12: "콩이야 이름" was "not sure what you mean").
understanding-profile-name-word = is his name
    .aliases = is his name, is her name, is the name, is its name, is the dogs name, is the dog's name, is my dogs name, is my dog's name, name, his name, her name, name's, names
## A survey answer told with no survey question open ("his name is cooper", "male and hes fixed", "four of us"): the dog's profile, the survey offered, never detail of a report (batch 66). The name's markers:
understanding-profile-name = the dog's name told
    .aliases = his name is, her name is, his name's, her name's, the name is, name is, dog's name is, dogs name is, he's called, she's called, hes called, shes called, he is called, she is called
## The other answers told so: age, weight, sex and neutering, household, other pets, health. The sex told with "actually" ("sorry he's actually a girl") and slang for neutered ("snipped") too (owner trial 16: not understood).
understanding-profile-told = a profile answer
    .aliases = years old, year old, yrs old, yr old, months old, month old, pounds, lbs, kilos, neutered, fixed, spayed, intact male, intact female, intact, not fixed, not neutered, not spayed, gave him to us, gave her to us, from a shelter, from a rescue, from a breeder, from a pet shop, from a pet store, from a puppy mill, from a friend, large breed, small breed, he's a boy, she's a girl, he's a girl, she's a boy, hes a girl, shes a boy, actually a boy, actually a girl, actually male, actually female, actually neutered, actually spayed, actually fixed, snipped, castrated, desexed, of us, no other animals, no other pets, no other dogs, no cats, only dog, only pet, no health problems, no health issues, no health conditions, no medical problems, no medical issues, no kids, no children
## The owner saying they are in danger ("i want to die"; owner trial 28: "not sure what you mean", or the survey's opening): the owner before the dog, where to get help now; nothing stored.
understanding-owner-crisis = i want to die
    .aliases = want to die, wanna die, kill myself, killing myself, suicidal, suicide, end my life, end it all, don't want to live, dont want to live, do not want to live, no reason to live, better off dead, want to disappear, dont wanna live, don't wanna live, do not wanna live, dont want to be alive, don't want to be alive, no point in living, no point living, not worth living, life isn't worth living, life isnt worth living, wanna disappear, want to end it, wanna end it, end it all, can't go on anymore, cant go on anymore, kill me now, unalive myself, unalive
## The same in slang ("kms", "kys" said of oneself): read only with no digit in the message ("walked 5 kms" is a distance).
understanding-owner-crisis-slang = slang
    .aliases = kms
## The dog has died ("rex died last week", "she crossed the rainbow bridge"; owner trial 27: offered for analysis): condolences and what the owner may do; nothing stored.
understanding-dog-died = passed away
    .aliases = passed away, died, has died, just died, crossed the rainbow bridge, rainbow bridge, put to sleep, had to put him down, had to put her down, had him put down, had her put down, we put him down, we put her down, was euthanized, was euthanised, euthanized, euthanised, we lost him, we lost her, lost him last, lost her last
## Words holding those that are no death ("almost died", "plays dead"): the safety check first.
understanding-dog-died-not = almost died
    .aliases = almost died, nearly died, could have died, might have died, play dead, plays dead, playing dead, played dead, thought he died, thought she died, battery died, phone died
## The owner afraid of their own dog ("I'm honestly scared of him"; owner trial 23: analysed as an incident with no behaviour): a feeling, answered kindly with what to tell. Another behaviour beside it ("I'm scared of him when he growls") keeps it a report.
understanding-owner-afraid = scared of him
    .aliases = scared of him, scared of her, afraid of him, afraid of her, frightened of him, frightened of her, terrified of him, terrified of her, scared of my dog, afraid of my dog, scared of my own dog, afraid of my own dog, scared of this dog, i'm scared of him, im scared of him, i'm afraid of him, im afraid of him
## The owner's fear as the whole message ("im scared ngl", after a bite; owner trial 26: ticked as the dog's fear): the owner's feeling. The dog's fear is told with the dog ("she's scared of thunder").
## A name's possessive ending ("this week Max's"): after a view's words, the last word ending so names the dog (held-out 11, Korean "이번주 콩이꺼").
understanding-name-possessive = 's
    .aliases = 's
## The word read where a dog's name stands for a pronoun ("honestly im scared of Rocky" → "of him"; held-out 11: a report analysed). One word only.
understanding-name-stand-in = him
    .aliases = him
understanding-owner-afraid-alone = i'm scared
    .aliases = i'm scared, im scared, i am scared, i'm so scared, im so scared, i was scared, that was scary, that was so scary, so scary, scary, i'm terrified, im terrified, i'm afraid, im afraid, i'm freaking out, im freaking out
## The coach's step named as told, not asked ("the method you suggested"; owner trial 23): its asking word ("방법" in Korean) asks nothing there.
understanding-method-told = the method you suggested
    .aliases = the method you suggested, the way you suggested, the method you told me, the way you told me
## How long the dog has been with the owner, told with words no age uses ("we've had her for 4 years"; owner trial 23: stored as the age at the age question): kept ahead for how long owned, the age asked again; at a question of options before how long owned ("we've had him 2 years" at the origin, stop 54: re-asked, the span lost) kept ahead alike.
understanding-owned-span-raised = we've had her for
    .aliases = we've had her for, we've had him for, we have had her for, we have had him for, had her for, had him for, i've had her for, i've had him for, with us for, with me for, owned her for, owned him for, we've had him, we've had her, we have had him, we have had her, i've had him, i've had her, weve had him, weve had her, ive had him, ive had her
## A move told with no question open ("we moved last week", "we just moved to a new apartment"; owner trial 23: glued onto a report or offered to be analysed): a line on what a move changes for a dog. With a behaviour ("since we moved he barks") it is a report; with the hours alone changed ("I moved, she's alone 8 hours now") that answer.
## Stop 60 (held-out 16): the move told as done ("move done!", "all moved in", "finished moving": noise) is the move too.
understanding-moved = we moved
    .aliases = we moved, we just moved, we've moved, we have moved, i moved, i just moved, i've moved, moved house, moved to a new, moved into a new, moved apartments, moved to another, we relocated, move done, move is done, moving done, done moving, finished moving, all moved in, moved in, moving day went
## A neuter told as an event, with its time ("Luna got spayed last week", "we had him neutered yesterday"; owner trial 22: offered to be analysed, the sex not updated): the sex question's answer completed, never an incident. A behaviour beside it ("since she got spayed she barks") keeps it a report.
understanding-neuter-event = got spayed
    .aliases = got spayed, got neutered, got fixed, got snipped, got castrated, was spayed, was neutered, was fixed, been spayed, been neutered, been fixed, had her spayed, had him neutered, had her fixed, had him fixed, had him snipped, got her spayed, got him neutered, got her fixed, got him fixed, spayed her, neutered him, her spay surgery, his neuter surgery, spay surgery, neuter surgery, spay operation, neuter operation
## A new baby in the household ("we just had a baby", "our baby was born last week"; owner trial 22: glued onto a report or noise): the children question's yes, said in a line with what a baby changes for the dog. A behaviour beside it ("since the baby came he growls") keeps it a report.
understanding-new-baby = had a baby
    .aliases = had a baby, had our baby, just had a baby, baby was born, baby is born, baby got born, baby arrived, baby came home, brought the baby home, brought our baby home, gave birth, have a newborn, had a newborn, newborn at home, new baby at home, we have a baby now, have a baby now
## The words of a change still to come said after an amount at a survey number question ("two of us, soon three", "2 people but my son moves out next month"; stop 63, held-out 18: "not understood"): the amount said before them is the answer, the change only news. A baby on the way (`understanding-baby-coming`) counts too.
understanding-change-coming = soon
    .aliases = soon, but soon, though soon, soon to be, soon going to be, next month, next year, in a few months
## A baby on the way ("my gf is pregnant", "we're expecting"; owner trial 25: asked again at a number question, kept nowhere): a line on preparing the dog before the baby comes. Nothing is stored: no child lives there yet.
## Stop 63 (noticedleft63: "just me and my husband, a baby is on the way" counted the baby, 3): "is on the way" said of a baby is one coming, too.
understanding-baby-coming = pregnant
    .aliases = pregnant, baby coming in, baby coming, a baby coming, expecting in, is pregnant, got pregnant, we're expecting, we are expecting, were expecting, expecting a baby, expecting our first, baby on the way, a baby on the way, baby is due, baby's due, baby due, due date, having a baby soon, baby coming soon, baby is coming, having a baby in, baby is on the way, a baby is on the way, baby on its way, a baby on its way, baby is on its way, our baby is on the way, new baby coming, baby arriving soon
## A baby or a small child coming to visit ("my sister is coming to stay next week with her baby", "my nephew is visiting this weekend"; stop 56, held-out 11: a baby at home, the children's yes stored, or noise): a baby coming (`baby_coming`), nothing stored (no child lives there), a line on preparing the dog for the visit. The words that say it comes (this entry) with one who comes (`-visitor`). A behaviour beside it ("when my nephew visits he growls") keeps it a report.
understanding-baby-visit = visiting
    .aliases = visiting, visit us, visit next, to visit, coming to visit, coming to stay, come to stay, coming over, come over, coming round, bringing the baby, bringing her baby, bringing his baby, bringing their baby, bringing the baby over, bringing the kids, staying with us, stay with us, staying over, stay over, will stay, are coming, is coming, they're coming, theyre coming, they are coming, coming next, coming this, coming on, coming for
## One reaction leading to the next (stop 62, held-out 15: "으르렁대다가 딱 한번 허공에 물었어요" asked again as two reactions): the question asks the strongest, so the strongest of them is the answer. A list ("growl, snap") or a choice ("growl or snap") is still asked.
understanding-reaction-sequence = then
    .aliases = then, and then, then he, then she, before he, before she, eventually, ended up, escalated, went on to
## Children told as not living at home (stop 62, held-out 17: "손주들이 가끔 옵니다만 같이 살지는 않습니다" asked again at the children under 12): with a child who comes (`understanding-baby-visitor`), no.
understanding-not-living-here = don't live with us
    .aliases = don't live with us, dont live with us, doesn't live with us, doesnt live with us, not living with us, don't live here, dont live here, doesn't live here, doesnt live here, they live elsewhere, live elsewhere, live separately, they don't live with us, they dont live with us
## The baby or small child who comes to visit (read with `understanding-baby-visit`).
understanding-baby-visitor = baby
    .aliases = baby, babies, newborn, infant, nephew, niece, nephews, nieces, toddler, grandchild, grandkid, grandkids, grandbaby, grandson, granddaughter, little one
## Stop 64 (fix20a, held-out 20: "두부가 소파에서 떨어졌는데 앞다리를 절어요 어떡하죠" went to the coach as a question, "특별한 건 없는데 아까 계단에서 떨어졌어요" was kept as the check-in's note alone): the dog fell. Asked "what do I do" with a red flag (a limp), it is the report of what happened; at a check-in's "anything to add?" it is the note and a report too.
understanding-fall-told = fell
    .aliases = fell off, fell down, fell from, fell out of, has fallen, took a tumble, tumbled down, slipped and fell, tripped and fell, fell over
## A red flag told as having happened, with a question ("he ate chocolate what do i do"; owner trial 26: kept as a question, no report, and the amount told next went to an older report): a report, its question noted beside it. Asked before it happens ("can dogs eat grapes?") it stays a question.
understanding-flag-happened = ate
    .aliases = ate, has eaten, had eaten, just ate, swallowed, got into, licked up, chewed up and ate, gulped, wolfed, bit, was bitten, got bitten, collapsed, had a seizure, threw up, vomited, is having a seizure, having a seizure, having seizures, is seizing, seizing right now, is seizuring, is convulsing, convulsing right now, is fitting, is collapsing, has collapsed, just collapsed, is choking, choking on, right now, just now, just happened
## Where the dog came from, told after a result ("we got him from a pet shop"): the profile's, even at "what happened right before?" (owner trial 8: glued onto the report as its answer).
understanding-profile-origin = where the dog came from
    .aliases = from a pet shop, from the pet shop, from a pet store, from the pet store, from a breeder, from the breeder, from a shelter, from the shelter, from a rescue, from the rescue, from a puppy mill, got him from, got her from, bought him from, bought her from, adopted him, adopted her, we adopted, rescued him, rescued her, gave him to us, gave her to us
## Where the dog came from said in a word or two after a result ("from a shelter", "rescue"): the profile's answer, never a dog's name. Places and people ("on the street", "a friend") may answer the question, so they are left out.
understanding-profile-origin-word = shelter
    .aliases = shelter, rescue, rescue dog, a rescue, from a shelter, from the shelter, pet shop, pet store, puppy store, breeder, a breeder, from a breeder, kennel, stray, a stray, street dog
## The time the owner spends with the dog, told at a survey question with a report recent ("I work from home", "he runs with me every morning"): the hours alone's or the exercise's answer, never detail about the report (owner trial 8: glued onto it).
understanding-survey-time-told = time with the dog
    .aliases = work from home, working from home, i wfh, wfh, home all day, with me all day, with him all day, with her all day, with us all day, never alone, never home alone, rarely alone, runs with me, run with me, jogs with me, jog with me, we run, we jog, we go running, goes running with me, comes running with me, walks with me, we walk
## Just after a result, that its advice does not fit this dog ("he won't take treats outside": the treats suggested): about the advice, no new incident; a fixed line asks for the next time it happens or a question (batch 49).
## Stop 60 (held-out 16): a dog that will not eat from the owner's hand, or the owner saying that step cannot be done ("she eats off the floor but never from my hand, can't do that one": a new report sent to the model), is the advice not fitting too.
understanding-advice-misfit = the advice does not fit
    .aliases = don't have treats he likes, dont have treats he likes, don't have treats she likes, dont have treats she likes, no treats he likes, no treats she likes, doesn't like treats, doesnt like treats, doesn't like the treats, doesnt like the treats, not food motivated, isn't food motivated, isnt food motivated, won't take treats, won't take the treats, wont take treats, wont take the treats, doesn't take treats, doesn't take the treats, doesnt take treats, won't eat treats, won't eat the treats, wont eat treats, wont eat the treats, doesn't eat treats, doesn't eat the treats, doesnt eat treats, doesnt eat the treats, not interested in treats, not interested in the treats, no interest in treats, ignores treats, ignores the treats, refuses treats, refuses the treats, doesn't want treats, doesn't want the treats, spits out treats, spits out the treats, won't take food, doesn't take food, won't eat from my hand, wont eat from my hand, doesn't eat from my hand, doesnt eat from my hand, never from my hand, won't take it from my hand, wont take it from my hand, won't take anything from my hand, not from my hand, can't do that one, cant do that one, can't do that step, cant do that step, that one won't work for us, that won't work for us, that wont work for us, 하루 세 번 훈련은 못, 하루 세번 훈련은 못, 하루 세 번은 못, 하루 세번은 못, 세 번은 못 해, 세번은 못 해, 세 번은 못해, 세번은 못해, 그렇게 자주는 못, 그렇게 자주 못, 훈련은 못 해요, 훈련은 못해요, 훈련할 시간이 없, 훈련 시간이 없, 할 시간이 없어요, can't do three sessions, cant do three sessions, can't do 3 sessions, cant do 3 sessions, can't do it three times a day, can't train that often, cant train that often, don't have time for that, dont have time for that, no time for three sessions, not that often
## Stop 64 (left1819, held-out 18 and 19: "we can't really move the crate upstairs, the room's tiny", "나야근해서낮에산책은못시켜ㅠ" after a result were the noise hint): the crate that cannot be moved, a room too small, the walks the owner's hours leave no time for. Only with no behaviour told (a report with it stays a report).
understanding-advice-misfit-setting = can't really move the crate
    .aliases = can't really move the crate, cant really move the crate, can't move the crate, cant move the crate, can't move it upstairs, cant move it upstairs, can't move it there, cant move it there, the room's tiny, the rooms tiny, the room is tiny, room's too small, room is too small, no room for it, no space for it, no room for the crate, no space for the crate, can't walk him during the day, cant walk him during the day, can't walk her during the day, cant walk her during the day, can't walk him in the day, can't walk her in the day, no time to walk him, no time to walk her, no time for walks, i work nights, i work late, working late, i work overtime, 산책은 못 시켜, 산책은 못시켜, 산책 못 시켜, 산책 못시켜, 야근해서, 방이 좁아, 방이 너무 좁, 켄넬 못 옮, 크레이트 못 옮, 옮길 수가 없
## "No" said to the dog, quoted ("told him no, didnt work" stays feedback): never the advice's verdict; in Korean 안돼 is also the word said (batch 57).
understanding-advice-said-no = said no to the dog
    .aliases = told him no, told her no, said no to him, said no to her
## Words that point at the advice tried ("already tried that"): with them, "doesn't work" is about the advice even where it could answer the follow-up ("I scolded him, no use" tells what happened after).
understanding-advice-tried = the advice tried
    .aliases = already, tried, that, this, your tip, your advice, the tip, the advice, your method, the method, what you said, as you said
## What a chat app sends for a sticker or an emoticon (the whole message): a reaction.
## The Korean calling particles after a name ("콩이야~", "밤아"), in a Korean name typed in any chat: small talk said to the dog.
understanding-vocative = 야
    .aliases = 야, 아
understanding-talk-emoticon = (emoticon)
    .aliases = (emoticon), (sticker), (emoji)
## What an option means, asked at its question ("what counts as medium?", "is 12kg medium?"; owner trial 21: stored as Medium): no pick, the question and its options again.
understanding-option-asked = what counts as
    .aliases = what counts as, what count as, what is considered, what's considered, whats considered, what does that mean, what do you mean by, what's the difference, whats the difference, what is the difference, difference between, does that count as, does it count as, is that considered, would that be, which one is, which is
## What the owner or someone does that the behaviour analysed changes with ("it gets worse when i pull the leash"): a clause opening with these words tells the moment, not a behaviour of the dog's; after a result, with a change of the behaviour outside it, detail about that report (owner trial 20: a new report).
understanding-detail-if = when i
    .aliases = when i, when we, when you, when someone, when people, if i, if we, if you, whenever i, whenever we, once i, as soon as i
## After a result, what makes the behaviour worse or stop ("it gets worse when…", "he stops when I…"): detail about it.
understanding-detail-change = worse or stops
    .aliases = worse, better, stops, stopped, calms down, calmed down, settles, settled, gets quiet, goes quiet, more, less, louder, quieter
## After a result, a pointer back to the moment just analysed ("the doorbell rang right before", "after
## that we told him no"): with what happened before or after, detail for that report (ninth owner trial: the noise hint).
understanding-detail-pointer = right before or after it
    .aliases = at the time, at that moment, and then i, then i, right before, just before, before that, before it, before this, right after, just after, after that, after it, after this, afterwards, then we, and then
## Stop 60: how it was swallowed ("양말 5분쯤 씹다가 삼켰어요" right after the result: a new report) points back too; with "again" it is a new incident.
## Stop 59 (held-out 15): a red flag's act named only in a clause pointing back at it, while its report waits ("he was chewing the sock for maybe 5 min before he swallowed it", "it bled when he bit her": a new report analysed): detail of that report, screened when added (its safety card shown).
understanding-detail-flag-pointer = when he bit
    .aliases = before he swallowed, before she swallowed, before he swallowed it, before she swallowed it, before swallowing, before he ate it, before she ate it, after he swallowed, after she swallowed, after he swallowed it, after she swallowed it, when he swallowed it, when she swallowed it, when he ate it, when she ate it, when he bit, when she bit, after he bit, after she bit, where he bit, where she bit, from the bite, the bite earlier, when he bit earlier, when she bit earlier,
        chewing it before, chewing on it before, chewed it before, chewed on it before, playing with it before
## Stop 61 (held17fix, held-out 17: "뜯어놓은 쿠션" under a photo while a report waited was analysed as a new report): a caption that only names the thing in the photo opens with one of these ("the rug she chewed", "what's left of the couch"); Korean is read by its last word (no behaviour, no sentence ending).
understanding-caption-thing = the thing in the photo
    .aliases = the, what's left of, whats left of, what is left of, what's left of my, what he did to, what she did to, the remains of, rip, rip my, rip the
## Stop 55 (held-out 11, batch 506): a caption that opens by pointing at its photo ("this is the rug he chewed": analysed as a new report while a report waited). It shows the incident waiting, no new one: the photo is said unseen.
understanding-caption-pointer = this is
    .aliases = this is, this was, here is, here's, heres, here, these are, this is what, that's, thats, that is
## Stop 55 (held-out 11, batch 506): a behaviour told ending on "after" points back at the moment of the report waiting ("he was also shaking after": a new report): more of that moment, detail.
understanding-detail-after-end = after
    .aliases = after, after too, after as well, after that too, afterwards too
## "No" said to the dog, quoted in a sentence ("we told him no and pushed him down"): at a yes/no
## question that "no" is not the answer (ninth owner trial: stored as "no children").
understanding-said-no = told him no
    .aliases = told him no, told her no, told it no, tell him no, tell her no, telling him no, telling her no, said no, say no, saying no, yelled no, shouted no, yell no, shout no
## After a result, only when or where the behaviour happens and no new behaviour ("only when guests come", "only on walks"): detail for that report (owner trial: it got "I'm not sure what you mean" and was lost). A new behaviour told is a report of its own.
understanding-detail-only = only then
    .aliases = only when, only if, only at, only on, only in, only during, only around, only with, only after, only before, just when
## Just after a result, the moment or what the owner did, told as a short fragment ("when I came in the door", "after I left for work", "I pushed him away"): detail about that report (batch 49). A plan or the present ("when I have time") is not.
understanding-detail-moment = that moment
    .aliases = when i came, when i got, when i left, when i opened, when i walked, when i picked, when i put, when i went, when we came, when we got, when we left, when we opened, when we walked, when we went, right when i, just when i, as soon as i, after i left, after i came, after i got, after i went, after we left, after we came, after we got, before i left, before we left, i pushed, i pushed him, i pushed her, we pushed, i told him, i told her, we told him, we told her, i yelled, we yelled, i ignored, we ignored, i picked him up, i picked her up, i held him, i held her, i pulled him, i pulled her
## Where the dog came from ("my daughter bought her for us", "a friend gave her to us"): with no behaviour, not detail about the report waiting; the origin question's answer (batch 70).
understanding-origin-told = where the dog came from
    .aliases = bought her, bought him, gave her to us, gave him to us, gave her to me, gave him to me, adopted her, adopted him, got her from, got him from
## Stop 59 (held-out 13, batch 600): when the incident waiting for its result happened, told before a new incident ("It happened around four in the afternoon. And just now she had another accident on the rug": one new report, the time lost): the time added to the report waiting, the incident after "and just now" a report of its own.
understanding-detail-when-happened = it happened around
    .aliases = it happened around, it happened at, it happened about, happened around, happened at about, it was around, that was around, it was about, that was about, it was at about
## After a result, when it mostly happens ("mostly at night", "usually when we pass the park, it happens"): detail when it points back at the behaviour (understanding-detail-back) or is a bare time or place; "we usually walk in the evening" is not. Stop 47 (owner trial 32): "happens when we try to take stuff off her" at the exercise question right after a bite report (asked the minutes again, the antecedent stored nowhere) is the same.
understanding-detail-when = mostly then
    .aliases = happens when, happens whenever, does it when, does that when, usually, mostly, mainly, typically, generally, especially, normally, whenever, every time, more in the, more at night, more at, more around, more during, more often in, worse in the, worse at night, worse at, worse around, worse during
## Just after a result, a detail of the moment analysed put right ("wait no it was the mailman not delivery guy lol", "it was the neighbour's dog, not ours"; owner trial 30: at a survey question, "pick one of the options" and the correction lost): detail about that report, when no behaviour of its own is told and nothing is asked.
understanding-detail-corrected = it was the mailman, not the
    .aliases = it was the, it was a, it was my, it was our, it was actually, was actually the, actually it was, it was his, it was her, i meant the, i mean the, it's the, its the
## With those, the detail it replaces ("… not delivery guy"): both are needed ("it was a good day" puts nothing right).
understanding-detail-corrected-not = not
    .aliases = not, wasn't, wasnt, instead of, rather than
## Words that point back at the behaviour told ("it happens", "he does it").
## Stop 57: with how often, at the name question while a report waits ("매일그래ㅠㅠ"), they make it detail for that report, never the dog's name; a name that is a word of how often ("하루") has none of them.
understanding-detail-back = it happens
    .aliases = it happens, that happens, happens, he does it, she does it, does it, does that, he does that, she does that, that's when, thats when, it starts, it gets worse, he does, she does, it does
## Stop 51 (Korean owner trial, helper glue51): a habit told as "keeps …" in words of its own ("lately she keeps going under the table") while a report waits, or just after its result, is a behaviour of its own even where no behaviour word is known: its own report while the result waits, "add or new?" after it ("also lately she's been staring at the wall at night" was glued onto a chocolate report as how often). Not when it points back (understanding-habit-pointer: "he keeps doing it at night").
understanding-habit-own = keeps
    .aliases = keeps, kept
## What points a habit back at the behaviour of the report waiting ("he keeps doing it lately", "it keeps happening", "keeps getting worse", "she keeps on after i tell her no"), or makes the owner the one who keeps at it ("i keep telling him no"): detail of that report.
understanding-habit-pointer = doing it
    .aliases = it, that, this, doing it, doing that, doing this, do it, do that, happening, happens, the same, worse, better, more, less, going on, at it, for like, for about, for ages, minutes, mins, hours, seconds, keeps on, keep on, kept on, i keep, we keep, i kept, we kept, you keep
## Korean only: a habit's words that end on when it happens ("자꾸 택배 아저씨 올때요"): detail of the report waiting.
understanding-habit-when-end = when
    .aliases = when
## Right after a result, with a survey question open, the behaviour pointed back at with what it is done with or in spite of ("he does it with anything he steals tbh socks tissues whatever"; stop 48, owner trial 33: analysed as a new report): detail of that report, read beside understanding-detail-back.
understanding-detail-despite = with anything
    .aliases = with anything, with everything, with whatever, with any, even when, even though, even if, even with, even after, no matter, regardless
## The behaviour of the report waiting pointed at by name ("that barking was while i was in the bathroom", "the bite earlier was at the door"; held-out 7: "아 그 짖은거 제가 화장실 간 사이에요" at the household was kept as the concerns' answer and lost): detail of that report.
understanding-detail-that-one = that barking
    .aliases = that barking, the barking earlier, the barking before, the barking from before, that bite, the bite earlier, the bite before, that incident, the incident earlier, what i told you earlier, what i mentioned earlier, what i said earlier, the thing earlier, the thing i told you, what happened earlier, the one earlier, the one i told you about
## While a report waits, the incident told before pointed back at ("the barking earlier was around 11pm", "forgot to say, it was right after his dinner"; held-out 6: at a survey question its "earlier" was read as a new dated report, analysed apart, and idle the detail got the noise hint): with understanding-detail-was and no "again", detail of that report.
understanding-detail-earlier = the one earlier
    .aliases = the barking earlier, the bite earlier, the biting earlier, the one earlier, that earlier, earlier it, i mentioned, i told you about, the one i told you, i just told you, i just reported, i said earlier, forgot to say, forgot to mention, forgot to tell you, forgot to add, should have said, should've said, shouldve said, meant to say, meant to mention, when it happened, when that happened, when this happened, that day, fyi, btw, by the way
## With it, what the incident was told as ("… was around 11", "it was right after").
## Stop 64 (which64, owner trial): "there was", "there were" too ("oh also there was another dog right there" right after a report, at a survey question: not understood, or Dog ticked).
## Stop 60 (held-out 15, row 228): "btw" as the Korean "참고로", and what the thing was ("the sock was one of those thin ankle ones btw" at the age: read as 12 months).
understanding-detail-was = it was
    .aliases = it was, that was, this was, which was, was around, was about, was at, was right, was just, was after, was before, was during, was in the, was on the, it happened at, it happened around, it happened right, he was, she was, they were, we were, was one of, were one of, was one of those, were some of those, there was, there were
## At a survey question of options, with a report waiting: the opening of a follow-on about that incident ("oh and it was a big dog, like a husky", "it was at the park"; stop 53 held-out: "please pick an option"). When no option reads it, detail for that report, the question asked again.
understanding-detail-follow-on = it was
    .aliases = it was, that was, this was, it happened, it all happened
## Stop 61 (held-out 16): an amount told of the moment the report waiting happened ("she was alone maybe 20 min when it happened" at the time alone: stored as the usual day): detail of that report, the question asked again; with the usual day named beside it ("usually"), the answer.
## Stop 62 (held-out 17): "that day" is the day it happened too ("mum says that day he was never alone": stored as 0 hours).
understanding-detail-at-the-time = when it happened
    .aliases = that day, on that day, the day it happened, on the day it happened, when it happened, when that happened, when this happened, when it all happened, when it happend, at the time it happened, the time it happened, that time it happened
## The other party of the incident pointed at as it opens ("the other dog was off leash", "that dog was a big one"; stop 53: "Large" ticked at the size, "Dog" at the other pets): detail for that report even with an option's word in it. Stop 61 (held-out 16): the Korean "ajumma" in English ("the ajumma was reaching right down at his face btw" at the origin: not understood).
understanding-detail-other-party = the other dog
    .aliases = the other dog, that dog, the dog was, the other dog was, that other dog, the other pup, that pup, the guy, the man, the woman, the lady, the kid, the boy, the girl, the person, the neighbor, the neighbour, the owner of the other dog, the other owner, the ajumma, the ahjumma, the ajusshi, the ahjussi, the old lady, the old man, the auntie, the delivery guy
## Read past before that opening ("oh and …", "also …").
## Stop 63 (held19fix, held-out 19: "그리고 오줌은 주로 잘 때 지립니다" with the incontinence report waiting was a second report): after "oh and", when the behaviour mostly happens is detail of the report waiting. Not with a date, "again" or a red flag.
understanding-detail-mostly = mostly
    .aliases = mostly, usually, mainly, nearly always, almost always, most of the time
## Stop 64 (left1819, held-out 19: "the stairs are the only place he does it" while a report waited was the noise hint): the one place or moment the behaviour happens, detail of that report.
understanding-detail-only-where = the only place
    .aliases = the only place, only place he, only place she, the only spot, only spot he, only spot she, the only room, the only time he, the only time she, only ever does it, only does it
## Stop 64 (left1819, held-out 18 and 19: "nah i dont think its boredom he literally just had a walk", "I don't think it's fear, he's wagging the whole time" right after a result were the noise hint): a reading doubted (`-doubted`) and named (`-named`), an objection to the result.
understanding-reading-doubted = i don't think it's
    .aliases = i don't think it's, i dont think its, i dont think it's, i don't think its, don't think it's, dont think its, dont think it's, i doubt it's, i doubt its, i doubt it is, i don't think it is, i dont think it is, it's not, its not, it isn't, it isnt, not because of, not from
understanding-reading-named = fear
    .aliases = fear, scared, afraid, fearful, boredom, bored, attention, attention seeking, attention-seeking, anxiety, anxious, separation anxiety, pain, in pain, hurting, dominance, dominant, aggression, aggressive, stress, stressed, frustration, frustrated, jealousy, jealous, hunger, hungry, territorial, protective, guarding, excitement, overexcited
## Stop 64 (left1819, held-out 19: "그건 잘 모르겠고 방금 초콜릿을 먹었어요" at "how often?" was one new report, the don't-know lost): a don't-know joined by its own ending to what follows ("-고", "-는데"; in English "but" does it). With a behaviour or a red flag after it, the don't-know and a new report.
understanding-dont-know-joined = not sure but
    .aliases = not sure but, dunno but, idk but, no idea but, not sure, dunno, idk, no idea
## Stop 64 (left1819): the vet said as the plan after a result, with a later day ("will take her to the vet tomorrow", batch 107: the plan), stays the plan's reply; with none ("I will take him to the vet just in case") it is the vet first.
understanding-vet-later = tomorrow
    .aliases = tomorrow, tmrw, tmr, this weekend, on the weekend, next week, later this week, in a few days
## Stop 64 (fix20a, held-out 20: "the crying starts when we turn off the lights" with the crying report waiting was a second report): the only moment the behaviour happens, or when it starts, is detail of the report waiting, with no "oh and" before it. Not with a date, "again" or a red flag.
understanding-detail-only-when = only when
    .aliases = only when, only happens when, only does it when, only ever when, starts when, start when, begins when, kicks off when, starts as soon as, starts right when
## With no "oh and" before it: the behaviour named as the one already told ("the crying", "the biting").
understanding-detail-topic = the crying
    .aliases = the crying, the barking, the biting, the nipping, the whining, the howling, the peeing, the pooping, the chewing, the mouthing, the jumping, the accidents, the zoomies, the growling, the digging
understanding-detail-follow-on-lead = oh and
    .aliases = oh, and, oh and, also, oh also, and also, plus, btw, by the way, oh btw, forgot to say, oh yeah, oh yeah and
## Stop 64 (which64, owner trial): at a survey question with a report just told, the moment of that incident pointed at ("oh also there was another dog right there" at the other pets: Dog ticked): an option's word inside it is no pick, it is that report's detail.
understanding-detail-then = right there
    .aliases = right there, right then, at the time, at that moment, at that point, that time, in that moment
## Stop 64 (which64, owner trial): at a result's question, the behaviour named as the topic of what follows ("about the leash pulling - it happens every walk", "the shoe chewing only happens when he's alone"; asked "add or new?" or appended to the latest of several reports): about the report whose behaviour it names. The same behaviour told as an event ("every time guests come he barks at the door") stays "add or new?".
understanding-report-topic = about the
    .aliases = about the, re the, as for the, regarding the, re: the, the barking, the chewing, the pulling, the leash pulling, the shoe chewing, the jumping, the biting, the nipping, the growling, the whining, the howling, the peeing, the digging, the lunging, the mouthing, the crying
## Right after a bite report, the person bitten said to be all right or only scratched ("shes ok its just a small cut"; stop 48, owner trial 33: "I didn't catch how long", stored nowhere): detail of that report.
understanding-detail-wound-minor = just a small cut
    .aliases = small cut, tiny cut, little cut, just a cut, only a cut, small scratch, little scratch, just a scratch, only a scratch, tiny scratch, just a graze, only a graze, small graze, barely broke the skin, didn't break the skin, didnt break the skin, did not break the skin, small wound, minor cut, minor scratch
## Agreement opening a message ("yes exactly, every time"): only what follows is read for a question (owner trial 13: "맞아요" read as asking).
understanding-agreed-opening = yes exactly
    .aliases = yes exactly, yeah exactly, yep exactly, exactly, thats right, that's right, right
## Words a calm phrase starts inside, that make it no calm ("not a good day"; Korean "10분 동안 짖었어요", barked for ten minutes, read "안 짖", didn't bark; stop 48: read as "didn't bark", good news, the report not kept): a negation of `understanding-talk-calm` that starts inside it is none.
understanding-talk-calm-false = not a negation
    .aliases = not a good, not a great, wasnt a good, wasn't a good, wasnt a great, wasn't a great, not really a good, far from a good
## A problem behaviour told as not happening ("no barking today!"): good news, not an incident to analyse.
## Stop 52 (owner trial, helper survey52): "he never tried to bite before" ticked Mouthing at the concerns and "snap" at the worst reaction: a try denied ("never tried to bite", "hasn't tried to bite") is no behaviour told either.
## Stop 60 (held-out 16, older dogs): not wandering or pacing at night ("she didn't wander once last night": a report sent to the model) is a problem behaviour told as not happening too.
understanding-talk-calm = calm
    .aliases = no barking, didn't bark, didnt bark, did not bark, never barked, not one bark, no pulling, didn't pull, didnt pull, did not pull, no jumping, didn't jump, didnt jump, did not jump, no biting, didn't bite, didnt bite, did not bite, no nipping, didn't nip, didnt nip, no whining, didn't whine, didnt whine, no crying, didn't cry, didnt cry, no lunging, didn't lunge, didnt lunge, did not lunge, no growling, didn't growl, didnt growl, no chewing, didn't chew, didnt chew, no howling, didn't howl, didnt howl, no peeing inside, didn't pee inside, didnt pee inside, stayed calm, stayed quiet, peed on the pad, pooped on the pad, went on the pad, peed outside, pooped outside, was calm, was quiet, good day, great day, good boy today, good girl today, never bites, never bit, never bitten, never has bitten, has never bitten, never barks, never growls, never growled, never snaps, never snapped, never attacks, never attacked, never aggressive, not aggressive, never lunges, never pulls, never jumps, doesn't bite, doesnt bite, does not bite, won't bite, wont bite, never bitten, never bit, never bites, doesn't bite, doesnt bite, does not bite, never snapped, never growled, doesn't bark, doesnt bark, never tried to bite, never even tried to bite, has never tried to bite, hasn't tried to bite, hasnt tried to bite, didn't try to bite, didnt try to bite, never tried to nip, never tried to snap, never tried to attack, never tried biting, never snapped at anyone, never bitten anyone, never bit anyone, never growled at anyone, never nipped, hasn't bitten, hasnt bitten, never tried to bite anyone, no bites, never bites anyone, didn't wander, didnt wander, did not wander, no wandering, never wandered, didn't pace, didnt pace, did not pace, no pacing, never paced, didn't pace at all
## Only asking leave to ask ("can i ask u something", "i have a few questions"; stop 49, owner trial: "질문이 좀 있는데요" at the name question sent to the coach model): "sure, ask away", nothing kept, the open question again. The question itself, typed after, is the coach's.
understanding-talk-may-ask = can i ask something
    .aliases = can i ask something, can i ask you something, can i ask u something, can i ask a question, can i ask you a question, can i ask u a question, can i ask a few questions, can i ask you a few questions, may i ask something, may i ask you something, may i ask a question, i have a question, i have a few questions, i have some questions, i've got a question, ive got a question, i got a question, got a question, i have questions, quick question, a quick question, i have a quick question, question for you, i have a question for you, can i ask, may i ask, mind if i ask something, mind if i ask you something, can i ask you some questions, can i ask some questions, i have a lot of questions, i have lots of questions, i have so many questions, i have many questions, ive got questions, i've got questions, got some questions, got a few questions, a lot of questions, lots of questions, so many questions, i got questions
## Going to the vet now, said after a safety note ("ok going to the vet", "ㅇㅋ 병원갈게"; owner trial 25: "send a number of hours", or the follow-up question again): the vet first, the survey or question waits.
## Stop 60 (held-out 15: "ok taking him to the emergency vet now" was noise): the emergency vet and the animal hospital named as where he is taken.
## Stop 64 (left1819, held-out 18 and 19: "네 혹시 모르니 병원도 한번 가볼게요", "말씀대로 내일 병원에 데리고 가 보겠습니다" after a result were a plan or noise): the vet visit said as the owner's own plan, "just in case", "as you said".
understanding-talk-to_vet = going to the vet
    .aliases = going to the vet, going to the vet now, taking him to the vet, taking her to the vet, taking him in, taking her in, heading to the vet, heading to the vet now, on our way to the vet, on the way to the vet, off to the vet, going to the er, going to the emergency vet, calling the vet, calling the vet now, ill call the vet, i'll call the vet, will call the vet, ill take him to the vet, i'll take him to the vet, ill take her to the vet, i'll take her to the vet, going to the er now, heading to the er, taking him to the er, taking her to the er, on our way to the er, on the way to the er, at the vet now, at the er now, going to the emergency vet now, we're heading to the vet, we're heading to the vet now, were heading to the vet, we're going to the vet, were going to the vet, we are going to the vet, we're on our way to the vet, i'm taking him to the vet, i'm taking her to the vet, im taking him to the vet, im taking her to the vet, taking him to the emergency vet, taking her to the emergency vet, taking him to the emergency, taking her to the emergency, heading to the emergency vet, on our way to the emergency vet, on the way to the emergency vet, off to the emergency vet, taking him to the animal hospital, taking her to the animal hospital, going to the animal hospital, will take him to the vet, will take her to the vet, will take him in, will take her in, will get him checked, will get her checked, ill get him checked, i'll get him checked, ill get her checked, i'll get her checked, get him checked by the vet, get her checked by the vet, get him checked at the vet, get her checked at the vet, take him to the vet just in case, take her to the vet just in case, we'll see the vet, well see the vet, will see the vet, vet now, the vet now, to the vet now, vet rn, to the vet rn, er now, the er now, to the er now, emergency vet now, to the emergency vet now, heading to the er now, heading to the emergency vet now, headed to the vet, headed to the er, headed to the vet now, headed to the er now, off to the er, off to the vet now, off to the er now, going to vet, going to vet now, vet asap, to the vet asap
## Stop 64 (owner trial, trialA64): "ok vet now" right after the rat-poison card was stored as the health answer: the
## card acknowledged in two words is going to the vet too.
## Back from the vet, told the dog is fine ("back from the vet, she's fine", "vet says he's ok"; owner trial 30: offered the analysis, or after a red flag "please see your vet"): a short relieved reply. Read inside a sentence.
## Stop 52 (held-out 8): the feared illness ruled out by the vet ("vet says it's not a UTI") too.
understanding-talk-vet-cleared = vet says he's fine
    .aliases = vet says he's fine, vet says hes fine, vet says she's fine, vet says shes fine, vet said he's fine, vet said hes fine, vet said she's fine, vet said shes fine, vet says he's ok, vet says she's ok, vet said he's ok, vet said she's ok, vet says he's okay, vet says she's okay, vet said he's okay, vet said she's okay, vet says it's nothing, vet said it's nothing, all clear from the vet, vet said all clear, vet says all clear, back from the vet, vet gave the all clear, vet found nothing, vet says it's not, vet said it's not, vet says its not, vet said its not, vet ruled it out, vet ruled out, not a uti, wasn't a uti, nothing serious says the vet
## Stop 54 (held-out 9): the vet named as the one who said it ("vet said her knees are fine btw", "the vet checked his hips and said theyre fine"; a health note, or noise): with `understanding-vet-fine` after it, the vet's all-clear, whatever part was checked.
understanding-vet-said = vet said
    .aliases = vet said, vet says, the vet said, the vet says, vet told us, vet told me, the vet checked, vet checked, vet looked at, the vet looked at, according to the vet
## What the vet found, said as fine (with `understanding-vet-said`): the all-clear. "not fine", "aren't fine" hold none of them.
understanding-vet-fine = fine
    .aliases = is fine, are fine, was fine, were fine, looks fine, look fine, looked fine, is ok, are ok, is okay, are okay, theyre fine, they're fine, its fine, it's fine, nothing wrong, all good, totally fine, perfectly fine, healthy
## Stop 59 (held-out 15): what the vet said to do now is wait ("vet said the sock should pass, just have to watch his poop 😅 thanks for the quick reply": a report analysed), with `understanding-vet-said`: the vet's word, news; the poop watched is no behaviour told.
understanding-vet-wait = should pass
    .aliases = should pass, will pass, should come out, will come out, pass on its own, pass naturally, come out on its own, come out naturally, watch his poop, watch her poop, watch his poo, watch her poo, check his poop, check her poop, keep an eye on him, keep an eye on her, keep an eye on his poop, keep an eye on her poop, wait and see, just wait, just watch him, just watch her
## Words after a number that count what was eaten, beside `lex-counter-eaten` ("100g", "2 treats"; stop 50: at a survey question after a poisoning, a number needs one to be the amount).
understanding-amount-counter = g
    .aliases = g, gram, grams, kibble, biscuit, biscuits, treat, treats, cookie, cookies
## Eating told beside a number ("ate it 30 mins ago"; stop 50): at a survey question after a poisoning, detail for that report, not the open question's answer.
understanding-amount-eaten = ate
    .aliases = ate, eaten, eat, swallowed, gobbled, scoffed, chewed up
## Stop 51: a label before how much was eaten ("how much: 2 squares", "amount - 2 squares"; "how much he ate: 2 squares" names the eating itself): after a poisoning, detail of that report, not a question to the coach.
understanding-amount-label = how much
    .aliases = how much, how many, amount, how much exactly, quantity
## How much of something was eaten, in words ("a couple of pieces", "half a bar"; owner trial 25): right after a report, its detail.
## Stop 64 (owner trial, trialA64): the "?" after how much was eaten asks ("is one piece dangerous?") or only doubts ("dunno, one piece?": the amount).
understanding-amount-asked = is that
    .aliases = is that, is it, is this, bad, dangerous, safe, toxic, too much, enough, okay, ok, fine, lethal, how much, should
understanding-amount-said = a couple of pieces
    .aliases = a few, a couple, a couple of, one piece, two pieces, three pieces, a piece, a few pieces, a couple of pieces, a handful, half a bar, a whole bar, a bar, a bite, a few bites, one bite, a square, a few squares, a whole bag, half a bag, a spoonful, a lot, a little, just one, only one, just a few, only a few, a slice, half a slice, a few slices, two slices, half the cake, half a cake, a whole cake, half a cookie, a cookie, a few cookies, most of it, all of it, half of it, some of it, the whole thing, a few of them
## A change told as the start of something ("since we moved", "ever since the baby was born"): at "since when?" its answer, not news.
understanding-since-marker = since
    .aliases = since, ever since, after, started when, started after, from when, from the time
## Saying something is so ("that's right", "correct"): at a yes-or-no survey question its yes (owner trial 25); a bare "ok" is none.
understanding-affirm = that's right
    .aliases = that's right, thats right, that is right, right, correct, exactly, yes that's right, yeah that's right, true, indeed
understanding-talk-filler = intensifier
    .aliases = so, very, really, much, so much, a lot, again, thanks to you, it worked, it's better, he's better, she's better, better now, much better, coach, dog coach, dogcoach, buddy, i am, i'm, im, man, bro, dude, mate, kinda, ngl, tbh, honestly, lol, um, umm, erm, rn, af
## Words that call the one spoken to ("thank you dear", "thanks hun", "ok love"; English owner trial 30: "Thank you dear" at a choice question was "not one of the options"): said beside small talk, nothing of their own.
understanding-talk-address = dear
    .aliases = dear, my dear, hun, hon, honey, love, luv, sweetie, sweetheart, darling, friend, my friend, pal, sir, maam, ma'am, madam, x, xx, xxx, xo, xoxo
understanding-talk-sad = sadness
    .aliases = sad, sigh, ugh, oh no, tired, frustrated, stressed, stressed out, exhausted, worn out, overwhelmed, frustrating, so frustrating, this is so frustrating, annoyed, so annoyed, fml, i'm panicking, im panicking, i am panicking, i'm panicked, im panicked, i am panicked, a bit panicked, bit panicked, a little panicked, so panicked, kinda panicked, panicking a bit, panicking rn, i'm worried, im worried, i am worried, so worried, really worried, a bit worried, i'm so worried, im so worried, worried sick, i'm nervous, im nervous, so nervous, i'm anxious, im anxious, i'm so anxious, im so anxious, i'm a mess, im a mess, losing my mind, i'm losing my mind, im losing my mind, at my limit, i'm struggling, im struggling
## Not knowing what to do any more ("I don't know what to do"): small talk, answered warmly with a request for one recent incident.
## An apology ("sorry not mad at you"): taken kindly, with what to do next (owner trial 11: "not sure what you mean").
## Stop 59 (held-out 15): an apology for how the last messages were written in a panic ("sorry for all the caps earlier, I was panicking": a report analysed): the apology, no report.
understanding-talk-sorry = sorry
    .aliases = sorry, sry, soz, my bad, apologies, sorry about that, sorry for that, sorry bout that, not mad at you, i'm not mad at you, im not mad at you, sorry i'm not mad at you, didn't mean to snap, didnt mean to snap, sorry for all the questions, sorry for the questions, sorry for so many questions, sorry for asking so much, sorry for all my questions, sorry for all the caps, sorry for all the caps earlier, sorry for the caps, sorry for the caps earlier, sorry for the all caps, sorry about the caps, sorry for yelling, sorry for yelling earlier, sorry for shouting, sorry for shouting earlier, sorry for the panic, sorry for panicking, sorry for all the messages, sorry for the spam, i was panicking, i was panicked, i panicked, i was freaking out, i freaked out, i was in a panic
## Giving up on what was being said ("forget it", "nvm"): a short reply with what to do next.
understanding-talk-dismiss = never mind
    .aliases = nvm, nevermind, forget it, forget about it, just forget it, doesn't matter, doesnt matter, it doesn't matter, it doesnt matter, nothing, it's nothing, its nothing
## A report that only points at what a photo shows ("look what he did to my couch", owner trial 12): the owner's next report, while its result is waiting or was just shown, tells what happened there; it is added to that report (one report), never a second one.
understanding-report-shown = look what he did
    .aliases = look what he did, look what she did, look at what he did, look at what she did, look what he's done, look what she's done, look what hes done, look what shes done, see what he did, see what she did, look what my dog did, look what the dog did, look what he did to, look what she did to, look at this, look at that, look at my couch, look at my sofa, look at the couch, look at the sofa, look at him, look at her, look at this guy, look at this girl, this is what he does, this is what she does, he does this, she does this, he's doing this, she's doing this, hes doing this, shes doing this
## Words that take back what was just said ("actually no, it was a bit better", owner trial 14): the answer to "how did it go?" given a moment ago is replaced by the new one, never both kept.
understanding-outcome-retold = taken back
    .aliases = actually no, no actually, actually, no wait, wait no, oh wait, hmm no, scratch that, i take that back, take that back, on second thought, on second thoughts, correction, sorry i meant, i meant, my bad, my mistake, wrong button, pressed the wrong, tapped the wrong
## Of the words taking back what was just said, those that may only stress what follows ("actually it got worse tbh", "actually had no time to try it": a note that says another outcome): alone they take nothing back at a check-in's note (stop 56, `Understander.retold_alone`).
understanding-outcome-retold-weak = actually
    .aliases = actually
## Stop 64 (the lead, after the full run): an hours or minutes answer is stored beside other words only when they say why, what was asked or when ("alone about 10 hours cause i work nights"); other words ("every other day") are quoted and the question asked again.
understanding-number-rest-said = because
    .aliases = because, cause, 'cause, cuz, since, so, as, alone, on his own, on her own, walk, walks, walking
## Only why, said after a survey quantity ("hardly ever, because he's scared", owner trial 14: a report sent to the model): the answer, no report.
## Stop 64 (misc64, trial vocabulary gaps): "since my…" / "as my…" said as the reason ("barely any since my knee is bad": asked again while "because my knee is bad" was taken): why, too.
understanding-why-told = why
    .aliases = because, cause, cuz, coz, since he's, since she's, since hes, since shes, as he's, as she's, he's scared, she's scared, hes scared, shes scared, he is scared, she is scared, still scared, scared of, afraid of, still afraid, gets scared, is scared, hes still scared, shes still scared, since my, since our, since i, since we, since i'm, since im, as my, as our, as i, as we
## What opens a clause of when or while beside a quantity ("maybe an hour when I go to the shops", "30 min when it's not raining"; English owner trial 30: "I understood 1 hour, but not 'when go shops'"): the clause from it is the situation, not part of the answer.
## stop 47 (helper typos): a reason or what is counted in beside the number ("about 4 hours including the commute": asked again, "commute" left over; "40 min because of work") is read past the same way: the number is the answer.
## Stop 59: "this time last year" beside how long owned ("its been a year, got him this time last year") is when, the span the answer.
## Stop 64 (misc64): "since my…", "since she…" and "'cause" as the reason beside an amount ("20 mins since she gets tired", "20 mins 'cause she gets tired": asked again, "tired" left over, while "because she gets tired" was taken) are read past as "because" is.
understanding-when-clause = when
    .aliases = when, whenever, while, if, during, on days, on weekdays, on weekends, including, incl, incl., counting, because, because of, cause, cuz, due to, with the, plus the, got him this time last year, got her this time last year, this time last year, around this time last year, same time last year, since my, since our, since i, since we, since i'm, since im, as my, as our, since he, since she, since they, since he's, since she's, 'cause, ’cause, cos
## Words that only point at a photo ("look at him", "why is he like this"; owner trial 14: "not sure what you mean", or a question for the coach model): photos cannot be seen yet, so what the dog is doing is asked for in words. Told with a behaviour ("he won't move on walks, look at him") it is a report. Nothing stored, no model call.
understanding-photo-pointed = pointing at a photo
    .aliases = look at him, look at her, look at this guy, look at this girl, look at his face, look at her face, look at this, look at that, this is what he does, this is what she does, he does this, she does this, he's doing this, she's doing this, hes doing this, shes doing this, why is he like this, why is she like this, why does he do this, why does she do this, what is he doing, what is she doing, see the photo, look at the photo, look at the picture, see this
## The message before was a question, only that ("no I was just asking", right after a report was sent; owner trial 12: a new report): it takes back nothing and tells nothing; a short reply, nothing stored, no model call.
understanding-talk-just-asking = just asking
    .aliases = just asking, i was just asking, i was only asking, was just asking, only asking, just askin, i'm just asking, im just asking, no i was just asking, no just asking, nah just asking, no i was only asking, it was just a question, it was only a question, just a question, that was just a question, that was a question, it was a question, i was asking, i was just wondering, just wondering, i was just curious, just curious, no just curious, no i was just curious, no i was just wondering
## Stop 64 (fix20a, held-out 20: "근데 장난감 줘도 무시하고 내 발만 무는데?" right after a result was a new report for the model): what the step gives the dog given and ignored, opened with "but", is an objection. Not with a date, "again" or a red flag.
understanding-objection-advice-ignored = ignores the toy
    .aliases = ignores the toy, ignores the toys, ignores it, ignores them, ignored the toy, ignored it, doesn't care about the toy, doesnt care about the toy, not interested in the toy, isn't interested in the toy, won't take the toy, wont take the toy, won't touch the toy, couldn't care less about the toy, even with the toy, even when i give her the toy, even when i give him the toy
## The words opening that objection (the message's first word).
understanding-objection-but = but
    .aliases = but, though, except
## Stop 61 (held17fix, held-out 17: "that's not what happened, he wasn't scared, he was playing" went to the model as a new report): after an objection, the reading denied with what it was instead; an objection, nothing new happened.
## Stop 63 (held19fix, held-out 19: "그건 아닌것 같아요 원래 예민한 애가 아니에요" after a result was a new report): an objection opened with "I don't think that's it" and the reading denied by what kind of dog she is ("she's not a nervous dog").
understanding-objection-denied = wasn't
    .aliases = wasn't, wasnt, was not, isn't, isnt, is not, weren't, werent, not being, wasn't being, wasnt being, didn't mean, didnt mean, not aggressive, not scared, not afraid
        , not a nervous dog, not an anxious dog, not a scared dog, not a fearful dog, not a sensitive dog, not a reactive dog, not that kind of dog, never been nervous, never been anxious
## An objection to what was understood, said alone ("that's not what happened", "no that's not it"; owner trial 16: glued onto the report at its question and analysed again): asked what happened instead, nothing added. With what happened ("not what happened, it's every night") it is the answer or detail. Only after a report or at its question.
understanding-talk-objection = that's not it
    .aliases = that's not what happened, thats not what happened, that is not what happened, not what happened, that's not what happened at all, that's not it, thats not it, that is not it, not it, no that's not it, no thats not it, that's not right, thats not right, that is not right, not right, that's wrong, thats wrong, that is wrong, you got it wrong, you got that wrong, you misunderstood, you misread it, that's not what i meant, thats not what i meant, not what i meant, that's not what i said, thats not what i said, not what i said, it wasn't like that, it wasnt like that, that's not how it happened, thats not how it happened, nope that's not it, nope thats not it, that's not the case, thats not the case, no that's wrong, no thats wrong, no that's not right, no thats not right, doesn't sound like him, doesnt sound like him, doesn't sound like her, doesnt sound like her, doesn't sound like him at all, doesnt sound like him at all, doesn't sound like her at all, doesnt sound like her at all, that doesn't sound like him, that doesnt sound like him, that doesn't sound like her, that doesnt sound like her, that doesn't sound like him at all, that doesnt sound like him at all, that doesn't sound like her at all, that doesnt sound like her at all, doesn't sound like him at all tbh, doesnt sound like him at all tbh, doesn't sound like her at all tbh, doesnt sound like her at all tbh, i don't think that's right, i dont think thats right, i don't think that's right tbh, i dont think thats right tbh, that's not him, thats not him, that's not her, thats not her, not like him at all, not like her at all
        , i don't think that's it, i dont think thats it, i don't think it's that, i dont think its that, i don't think so, i dont think so
## Taking back the message just sent ("oops wrong chat ignore that", "undo"): never detail for the report; what can be done is said.
understanding-talk-retract = taken back
    .aliases = pls ignore that last message, please ignore that last message, ignore that last message pls, ignore that last message, ignore the last message, ignore my last msg, ignore that last msg, please ignore my last msg, pls ignore my last msg, ignore what i just sent, the last message was sent by mistake, last message was sent by mistake, the last message was a mistake, my last message was a mistake, the last one was a mistake, last one was a mistake, that was a mistake, that was sent by mistake, was sent by mistake, ignore my last message, ignore the last message, ignore the last one, ignore my last one, oops, whoops, oops sorry, wrong chat, wrong person, wrong window, wrong message, wrong convo, sent by mistake, sent that by mistake, sent it by mistake, ignore that, ignore this, ignore it, ignore me, please ignore, pls ignore, plz ignore, disregard that, disregard, undo, undo that, scratch that, take that back, delete that, that wasn't for you, that wasnt for you, not for you, meant for someone else, sorry wrong chat, wrong chat sorry, oops wrong chat, wrong conversation, wrong group, wrong thread, wrong button, pressed the wrong button, hit the wrong button, tapped the wrong button, misclick, mistap
## "nvm", "never mind" said alone (laughter around it) at a survey question or with nothing open: what was just said taken back, never the cancel of the survey (owner trial 12: "nvm lol" stopped the survey). With more words ("nvm ill finish later") the cancel's words read it.
understanding-talk-never-mind = never mind
    .aliases = nvm, never mind, nevermind, nvm that, never mind that, nevermind that, oh nvm, ah nvm, nvm then, never mind then, oh never mind, ah never mind, nvmd
## Words that say the message was meant for another chat ("sorry wrong chat"): at a survey question too, a short line and the question again, nothing stored (owner trial 12).
understanding-talk-wrong-chat = wrong chat
    .aliases = wrong chat, wrong person, wrong window, wrong convo, wrong conversation, wrong message, wrong group, sent by mistake, sent that by mistake, sent it by mistake, meant for someone else, that wasn't for you, that wasnt for you, not for you, wrong thread
understanding-talk-lost = at a loss
    .aliases = i don't know what to do, i dont know what to do, i do not know what to do, don't know what to do, dont know what to do, i don't know what to do anymore, i dont know what to do anymore, i'm at a loss, im at a loss, at my wits end, at my wit's end, i'm lost, im lost, i give up
## An age said as the dog's in a sentence told before the survey ("my 3 year old lab Max keeps barking"): kept for the age question; "2 years ago" says none (owner trial 8).
understanding-age-said = year old
    .aliases = year old, years old, yr old, yrs old, yo, month old, months old, mo old, week old, weeks old, year-old, month-old, week-old
## Health said to be good in a word or two ("healthy", "all good health-wise"): never a dog's name, even right after adding a dog was put off (owner trial 8).
understanding-health-fine = healthy
    .aliases = healthy, fit, fine, all good, good health, vaccinated, fully vaccinated, vaxxed, perfectly healthy, all good health wise, all good health-wise, fine health wise, fine health-wise, healthy as a horse, very healthy, no issues, no problems, nothing, none
## Stop 52 (owner trial, helper survey52): "no health issues" at the concerns ticked "none" for the concerns, at the children "no": the health question's none told early. What names the dog's health in such a message (with a none word, `understanding-none`, or a word saying it is fine, `understanding-health-fine`, around it, and nothing else): kept ahead as the health's "nothing to note", the open question asked again.
understanding-health-subject = health
    .aliases = health, health wise, health-wise, healthwise, his health, her health, health issues, health problems, health concerns, health stuff, health conditions, medical issues, medical problems, medical conditions, medical stuff, conditions, illnesses, no health issues, no health problems, no health concerns, no medical issues, no medical problems, no known health issues, healthy, he's healthy, she's healthy, hes healthy, shes healthy, perfectly healthy, very healthy, totally healthy, in good health, good health, health is fine, health is good, health's fine, healths fine, no health issues at all
## Health told before the health question ("his knees are a bit bad"): no question to the coach and no report. Kept ahead as the health answer, said in a line; the health question is then not asked (acceptance trial: sent to the model as a question).
## Stop 49 (Korean owner trial, batch 382): "신부전 초기라 처방식 먹어요, 치아도 거의 다 뽑았어요" (early kidney failure, a prescription diet, most teeth pulled) at the concerns: "please pick a behaviour", the health never kept.
## Stop 51 (owner trial, helper safety51): a medicine named alone ("shes on fluoxetine 10mg", "takes metacam daily") at a question before the health one was "please pick an option", the health lost: a behaviour or pain medicine named is health told.
## Stop 60 (held-out 16): a dementia or cognitive dysfunction diagnosis brought home from the vet ("the vet says it's early dementia, we got meds": a report sent to the model) is health talk too; a behaviour told with it is still a report.
## Stop 61 (the verification trial, helper left61): a diagnosis told with no condition named ("she got diagnosed today", "진단 받았어요": noise) is the health note too, as one with its condition was.
## Stop 61 (surveyB61, owner trial term_en): a diet or the dog's weight to lose ("she's on a diet" at the other pets: "Please pick dog, cat or other", the note lost, where Korean "관절이 좀 안좋습니다" was noted) is health told too.
## Stop 64 (owner trial, trialA64): "어제 중성화 수술, 실밥 있습니다" was analysed as a behaviour report: a surgery and its stitches are health told too (licked or bleeding, the red flag keeps it a report).
understanding-health-told = health told
    .aliases = has stitches, has her stitches, has his stitches, still has stitches, still has her stitches, still has his stitches, has sutures, had surgery, surgery yesterday, spayed yesterday, neutered yesterday, got spayed yesterday, got neutered yesterday, wearing a cone, in a cone, worms, had worms, limp, limps, limping, parasites, giardia, patella, patellar, luxating, luxation, bad knee, bad knees, knee problem, knee problems, knees are, hip dysplasia, dysplasia, bad hips, bad hip, hip problems, joint problems, arthritis, allergy, allergies, allergic, skin condition, skin problems, itchy skin, dermatitis, deaf, deafness, deaf in one ear, partially deaf, hard of hearing, hearing loss, blind, blindness, blind in one eye, partially blind, vision loss, epilepsy, epileptic, seizure, seizures, hypothyroid, kidney disease, liver disease, pancreatitis, sensitive stomach, heart murmur, heart condition, heart problem, diabetes, diabetic, thyroid, cushing's, cushings, collapsed trachea, cataract, cataracts, glaucoma, ear infection, ear infections, had surgery, on medication, on meds, takes medication, chronic, meds, medication, medicine, parvo, had parvo, shots, his shots, her shots, last shots, vaccines, vaccinations, booster, boosters, due for his shots, due for her shots, heart tablets, heart pills, heart meds, heart medication, on tablets, on pills, tablets from the vet, pills from the vet, meds from the vet, tummy bug, stomach bug, upset tummy, tummy upset, upset stomach, stomach upset, gastritis, gastroenteritis, gastro, kidney failure, renal failure, kidney issues, kidney problems, prescription diet, prescription food, teeth pulled, teeth removed, teeth extracted, teeth out, had most of her teeth, had most of his teeth, dental extractions, jabs, his jabs, her jabs, last jabs, vetmedin, pimobendan, benazepril, enalapril, fortekor, on fluoxetine, takes fluoxetine, on prozac, takes prozac, on trazodone, takes trazodone, on gabapentin, takes gabapentin, on clomicalm, takes clomicalm, on clomipramine, takes clomipramine, on metacam, takes metacam, on meloxicam, takes meloxicam, on rimadyl, takes rimadyl, on carprofen, takes carprofen, on apoquel, takes apoquel, on prednisone, takes prednisone, on prednisolone, takes prednisolone, on galliprant, takes galliprant, on vetmedin, takes vetmedin, on pimobendan, takes pimobendan, on steroids, on antibiotics, cytopoint, librela, dementia, cognitive dysfunction, canine cognitive dysfunction, doggy dementia, diagnosed, got diagnosed, been diagnosed, was diagnosed, diagnosis, on a diet, on a weight loss diet, on a special diet, on a strict diet, overweight, needs to lose weight, losing weight, lose some weight
## Stop 64 (owner trial, trialA64): a surgery told with a day and its stitches ("spayed yesterday, has stitches") is health told, no incident; the neutering alone ("got him neutered") stays the answer to the sex question.
understanding-health-surgery = stitches
    .aliases = stitches, sutures, incision, a cone, the cone, his cone, her cone
## The names of conditions among the health words ("skin", "patella"): at "what happened right before/after?", "I gave him his meds" answers it; a health note names a condition.
understanding-health-condition = condition
    .aliases = patella, patellar, luxating, luxation, knee, knees, hip, hips, dysplasia, joint, joints, arthritis, allergy, allergies, allergic, skin, dermatitis, heart, diabetes, diabetic, thyroid, cushing's, cushings, trachea, cataract, cataracts, glaucoma, ear infection, ear infections, chronic
## Asking about the survey itself ("do i have to answer all of these?", "how many more questions?"): not a question to the coach. A fixed reply says how many questions are left and how to skip or stop, and the question comes again (acceptance trial: sent to the model).
understanding-survey-asked = about the survey
    .aliases = do i have to answer all, do i have to answer all of these, do i have to answer these, do i have to do all, do i need to answer all, have to answer all, must i answer, must i do all, how many more questions, how many more, how many questions, how many questions left, how many are left, how many left, how much longer, how long is this, is this almost done, are we almost done, almost done, nearly done, are there many more, many more questions, too many questions, is this mandatory, is this required, when does this end, when is this over, is this going to take long, is this gonna take long, will this take long, how long will this take, how long does this take, how long is this, how long is this survey, how long is the survey, how many more, how many more questions, how much longer, is it much longer, are we almost done, almost done?, how many to go, how many more to go, how many more do you have, how many do you have left, how many questions are there, how many are there, how much more, any more questions, are there more questions, more questions?, is this the last one, is this the last question, last question?, what question are we on, which question are we on, how far along
## "Do I have to?" alone: about the survey only when nothing but the survey is named besides (`understanding-survey-pointer`); "do I have to neuter him?" is a question to the coach (owner trial 10).
understanding-survey-must = do i have to
    .aliases = do i have to, do i need to, must i, is it required, is it mandatory, have to do this, do i have to do this, how long do i have to, how long do i need to, until when do i, how long must i
## Words that point at the survey itself ("this", "these questions") beside "do I have to?".
understanding-survey-pointer = this
    .aliases = this, these, all, all of these, all of them, it, the survey, this survey, the questions, these questions, this question, questions, question, answer, do, i, really, um, so, ok, hey, every, everything, all this, all that, one
## Stop 54 (held-out 10): a bare "why?" at a survey question, alone or after one word ("size, why?", "크기는 왜요?"): why this question is asked (it was a question for the coach model).
understanding-survey-why-bare = why
    .aliases = why, how come, why so, why that, why though
## Asked what the survey is for ("wait whats this survey for", "why do u need all this?": stop 54 trial, sent to the coach model): what it is for, how many are left, and the question again.
## Stop 63 (owner trial): "what's it for?", "what is that for?" too.
understanding-survey-why = what the survey is for
    .aliases = why do you need his, why do you need her, why do u need his, why do u need her, why do you want his, why do you want her, why do you need all this, why do u need all this, why do you need all of this, why do u need all of this, why do you need all that, why do u need all that, why do you need this, why do u need this, why all this, whats this survey for, what's this survey for, what is this survey for, what is the survey for, whats the survey for, what's the survey for, what are these questions for, what are the questions for, whats this for, what's this for, what is this for, why the questions, why all these questions, why do you need this, why do you need to know, why are you asking all this, why do u need to know, why do you need to know that, why do u need that, why do you need that, why do you want to know, why do u want to know, why do you ask, why do u ask, why are you asking, why are u asking, why ask, why ask that, why ask this, why does that matter, why does it matter, why does this matter, why is that important, why is this important, why is that relevant, why is this relevant, what does that matter, what does it matter, what difference does it make, does it matter, does that matter, why do you care, why do u care, what has that got to do, what does that have to do, why would you need, why would u need, why would that matter, how is that relevant, what is this, what's this, whats this, what is this thing, what's this thing, wait what is this, is that relevant, is it relevant, is this relevant, does that make a difference, does that change anything, what's it for, whats it for, what is it for, what's that for, whats that for, what is that for, what's that needed for, what is that needed for, what's it needed for, what is it needed for
## Stop 63 (owner trial): the opening of "what do you need X for?" ("what do you need the age for?": to the coach model) — with `understanding-survey-why-for-end` last, in a short message naming no behaviour, asked what the survey question is for (`survey_why`).
understanding-survey-why-for = what do you need
    .aliases = what do you need, what do u need, what do ya need, what would you need, what do you want, what do u want, what would you want, what are you going to use, what will you use
## Stop 63: the last word of "what do you need X for?" (see `understanding-survey-why-for`).
understanding-survey-why-for-end = for
    .aliases = for
## A negation in a behaviour told as not happening ("he's never bitten anyone"): with `understanding-talk-calm`, at a survey question no incident and not that option.
understanding-negated = not
    .aliases = never, not, no, doesn't, doesnt, does not, don't, dont, do not, didn't, didnt, did not, won't, wont, hasn't, hasnt, has not, haven't, havent, isn't, isnt
## Asking for a moment at an open question ("one sec", "hold on"): small talk, the question stays open and is asked again. Never a name or an answer (fifth owner trial: "One Sec" became a dog's name).
understanding-talk-wait = wait
    .aliases = answer later, i'll answer later, ill answer later, will answer later, i'll reply later, ill reply later, reply later, tell you later, i'll tell you later, wait, wait a sec, wait a second, wait a moment, wait a min, wait a minute, one sec, one second, a sec, just a sec, just a second, one moment, just a moment, a moment please, one moment please, hold on, hold on a sec, hold on a second, hang on, hang on a sec, hang on a second, brb, be right back, gimme a sec, give me a sec, give me a second, give me a minute, let me check, let me think, let me see, lemme check, lemme think, let me think about it, sec, will wait, i'll wait, ill wait, i will wait, i can wait, i'll be waiting, ill be waiting, waiting, i'm waiting, im waiting, will wait then, ok will wait
## Why the owner steps away ("brb kid crying", "later, baby woke up"; owner trial 28: kept as a survey answer or added to the report): read only beside the words that ask to wait or put things off. Nothing the dog did.
## Stop 63 (left19, held-out 19): "sec on the subway" was stored as the name "On The Subway"; on the subway, train or bus is why the owner steps away.
## Stop 64 (fix20a, held-out 20: "잠시만요 애기가 울어서" at the size question was a report for the model): the baby crying or fussing, with its subject.
understanding-away-reason = kid crying
    .aliases = walking the dog, out on a walk, on a walk, kid crying, kid's crying, kids crying, kid is crying, baby crying, baby's crying, baby is crying, the baby's crying, the baby is crying, kid woke up, kids woke up, baby woke up, the baby woke up, baby's up, the baby's up, baby is up, kid's up, kids are up, someone's at the door, someone at the door, somebody's at the door, doorbell, door bell, phone call, got a call, getting a call, on a call, on the phone, in a meeting, meeting, at work, driving, gotta cook, cooking dinner, dinner time, something came up, on the subway, on the train, on the bus, in the subway, on the metro, commuting, the baby is crying, baby is crying, the baby's crying, baby's crying, my baby is crying, the baby woke up, baby woke up, the baby is fussing, baby is fussing
## Stop 55 (asides55, batch 498): when the owner will come back, beside the words that pause ("ok I need to stop now, will finish this later tonight": noise, being longer than a command). Read only beside a cancel, like the reasons above; alone they name no command.
understanding-pause-when = tonight
    .aliases = tonight, later tonight, this evening, later this evening, tomorrow, tomorrow morning, in the morning, after work, in a bit, in an hour
## Not understanding the bot ("what?", "say that again", "i don't understand"): small talk, answered with how to go on; never a question to the coach or an answer (fifth owner trial: stored and sent to the model, or saved as the name "Say That Again").
## The dog's sex alone at the name question ("girl", "boy"): no name (acceptance trial: "How old is Girl?"); the name is asked again.
understanding-name-sex-word = girl
    .aliases = girl, boy, a girl, a boy, female, male, neutered, spayed, fixed, intact, castrated, desexed, not fixed, not neutered, not spayed, gurl, boi, she's a girl, he's a boy, shes a girl, hes a boy, it's a girl, it's a boy, girl dog, boy dog, good girl, good boy
understanding-talk-confused = confused
    .aliases = what, huh, eh, wut, wat, what now, sorry what, what do you mean, what do u mean, wdym, what does that mean, what did you say, say that again, say again, come again, pardon, pardon me, repeat that, can you repeat that, i don't understand, i dont understand, i do not understand, don't understand, dont understand, i don't get it, i dont get it, don't get it, dont get it, i'm confused, im confused, confused, i'm lost here, what is this, what's this, whats this, what is that, what's that, whats that, i don't follow, i dont follow, what should i say, what do i say, what should i write, what do i write, what do you want me to say, what do i type, what should i type, what was it again, what was it, what was that again, what was i supposed to do, what was i meant to do, remind me, what can i say, what can i type, what can i write, what can i send, what can i do here, what am i supposed to say, what am i supposed to type, what do i send, what should i send, what are you talking about, what are u talking about, what r u talking about, what you talking about, what are you on about, what do you mean by that, what do u mean by that, what does that even mean, what does that mean exactly, wym, what do you mean by this, what is the question, whats the question, what's the question, i dont get the question, i don't get the question, i dont understand the question, i don't understand the question, what did u say, what did u say again, what did you say again, wat did u say, what did u just say, what did you just say, what was that you said, say it again, say that again please, can u repeat that, can you say that again, can u say that again, repeat please, repeat the question, what did u ask, what did you ask, what was the question again, sorry what did u say, sorry what did you say
## What the coach said asked for again ("what did u say again?", owner trial 12: "I wasn't clear"), read as `understanding-talk-confused`: with nothing open and a result given, that result is shown again (`undelivered.said_again`); else the confused reply.
understanding-say-again = say it again
    .aliases = what did you say again, what did u say again, what did you say, what did u say, what'd you say, whatd you say, say that again, say again, say it again, can you say that again, could you say that again, can you say it again, repeat that, repeat it, can you repeat that, could you repeat that, repeat please, please repeat, come again, what was it again, what was that again, what did you tell me, what did you tell me again, what did u tell me
## Words around an option that change nothing ("oops go back", "wait, back"): a slip of the owner's.
understanding-oops = oops
    .aliases = oops, whoops, oopsie, sorry, wait, hang on, oh, ah, uh, actually, i mean, my bad, mistake, my mistake

## -- Saying none: at a multi-choice question with an exclusive option ("None"), a message made only of these picks it ("nope", "not really").
## -- All is well, said with a none-word at a free-text question that takes "none" ("none, he's healthy", "no, all good"): the none-word is the answer, this no note of its own.
understanding-reassured = all good
    .aliases = healthy, he's healthy, she's healthy, hes healthy, shes healthy, he is healthy, she is healthy, perfectly healthy, very healthy, totally healthy, all healthy, healthy dog, all good, all fine, all well, all ok, all okay, all clear, fine, good, great, ok, okay, he's fine, she's fine, hes fine, shes fine, he's good, she's good, he's ok, she's ok, doing well, doing great, doing fine, he's doing well, she's doing well, he's doing great, she's doing great, no problems, no issues, no health issues, no health problems, nothing wrong, healthy as a horse
## -- How far a none holds, said with a none-word at a free-text question that takes "none" ("nothing yet", "none so far", stop 47: kept as the health note): still none.
## Stop 60 (held-out 16): "as far as we know" beside good health ("healthy as far as we know": kept as the note) holds it as far as known: still none.
understanding-none-yet = yet
    .aliases = yet, so far, as of now, for now, till now, until now, up to now, thus far, not yet, at the moment, right now, currently, as far as we know, as far as i know, as far as i can tell, as far as we can tell, afaik, to our knowledge, to my knowledge
## Stop 64 (noticed64: "none cause he's healthy" at the health was kept as the note): why there is none, said with the none-word; still none.
understanding-none-because = because
    .aliases = because, cause, cuz, coz, since, as
## -- At the health ("any health problems?"), "not yet" alone says none so far (owner trial 33: "not yet" stored as the health note): the none value. Only where a question takes none; elsewhere these stay words of time.
understanding-none-not-yet = not yet
    .aliases = not yet, none yet, nothing yet, not so far, not as of yet, not yet no, no not yet, nope not yet, not yet thankfully, not yet luckily, thankfully not yet, luckily not yet
## -- At the other pets, the dog the survey is about named as the topic and said to be alone ("as for dogs just max"; stop 51 owner trial, "강아지는 몽이 혼자예요": asked "dog or none?"): no other pet. The topic's words:
understanding-pets-self = as for dogs
    .aliases = as for dogs, dogs wise, dog wise, in terms of dogs, as far as dogs go, as for the dog, as for the dogs
## The words saying alone (read only when no other option is named: "as for dogs one more" is a dog):
understanding-pets-alone = alone
    .aliases = alone, just, only, the only one, just him, just her, on his own, on her own, by himself, by herself

## -- At a multi-choice question with a none option, a bare denial right beside an option denies that option ("dogs no", "no dog"; stop 50 owner trial: "개 없어요" ticked the dog AND none): the answer is none. "cat, no others" is no such denial ("others" is not here).
understanding-none-denies = no
    .aliases = no, not, nope, nah, none, not really
understanding-none = none
    .aliases = no, nope, nah, naw, none, nothing, not really, not at all, none at all, no pets, no others, nothing else, none really, no none, not any, zero, never, nope none, nothing much, not much, nah nothing, nothing more, no more
## -- At the worst reaction, a none told in other words ("no bites or anything", "she's never hurt anyone", "hes a sweetheart, nothing like that"; English owner trial 30: saved as a report and analysed, or "I understood injury"): the reactions a none-word or "never" denies, and the words around a none that say how far it holds or how gentle the dog is. With a none-word and nothing else, the option "None"; a reaction told as having happened ("no bites, just growls") is no such message.
understanding-none-deed = bite
    .aliases = bite, bites, bit, bitten, biting, a bite, any bites, bit anyone, bitten anyone, bite anyone, nip, nips, nipped, nipping, snap, snaps, snapped, snapping, growl, growls, growled, growling, a growl, attack, attacks, attacked, attacked anyone, aggressive, aggression, aggressive at all, hurt, hurts, hurt anyone, hurt anybody, hurt a fly, injured, injured anyone, injure, harmed, harmed anyone, harm, lunged, lunging, bared teeth, teeth
understanding-none-extent = or anything
    .aliases = or anything, or anything like that, anything like that, like that, or so, that we know, that we know of, that i know, that i know of, as far as i know, afaik, so far, yet, not yet, ever, anyone, anybody, anything, at all, or, even, really, i think, we think, a sweetheart, sweetheart, such a sweetheart, a sweetie, sweet, so sweet, very sweet, gentle, so gentle, very gentle, a gentle soul, a softie, a big softie, soft, a good boy, a good girl, good boy, good girl, friendly, very friendly, super friendly, loves everyone, he loves everyone, she loves everyone, chill, very chill, super chill, calm, all good, thankfully, luckily, touch wood, knock on wood, never has, never had, in his life, in her life, been, ever been, has been, he, she, hes, he's, shes, she's, has, is, our dog, my dog

## "Since he was a puppy" at how long the owner has had the dog: the age less the age a puppy comes home.
## With a number beside them ("since he was a baby, 6 years", "아기 때부터 6년"; owner trial 30, stop 47) the number is how long, the words read past.
understanding-since-puppy = since puppyhood
    .aliases = since he was a baby, since she was a baby, since it was a baby, since a baby, since baby, from a baby, since he was tiny, since she was tiny, since he was a little baby, since she was a little baby, since he was a puppy, since she was a puppy, since it was a puppy, since puppyhood, since a puppy, since he was a pup, since she was a pup, since he was little, since she was little, since birth, since he was born, since she was born, from a puppy, from puppyhood, from a pup, had him since puppy, had her since puppy, since puppy
## Stop 59 (held-out 13: "일년됬어요 작년 이맘때 데려왔어요" read as the age it came home): the same time of year said ("this time last year"); its time word is no age the dog came home at.
understanding-same-time-of-year = this time last year
    .aliases = this time last year, around this time last year, about this time last year, this time of year, same time last year, around this time
## The age the dog came home, at how long the owner has had it ("since he was 8 weeks", "we got her at 3 months"; owner trial 26: 8 weeks stored as how long owned): how long owned is the age less it.
understanding-since-age = since he was
    .aliases = since he was, since she was, since it was, since they were, from when he was, from when she was, since the age of, got him at, got her at, got him when he was, got her when she was, came home at, brought him home at, brought her home at

## -- Don't know / skip.
## stop 47 (helper typos): "not" with a word of degree before "sure" ("not exactly sure" at the age: not understood, "not sure" left over) is don't know too.
## Stop 53 (held-out 9): don't know said as a question back ("how would i know, i wasnt home" at "what happened right before?": a question for the coach model): the owner cannot know; the question is skipped as with "idk".
understanding-dont-know-asked-back = how would i know
    .aliases = how would i know, how should i know, how am i supposed to know
## Why the owner does not know: another person brought the dog home or takes him to the vet (stop 62, held-out 17: "엄마가 데려와서 잘 모름" stored as the origin "friend / family"). With a don't-know word and a person (`lex-person`), don't know; the person is the reason, not the answer.
understanding-brought-by-other = brought him home
    .aliases = brought him home, brought her home, brought him, brought her, got him, got her, picked him up, picked her up, picked him out, picked her out, takes him to the vet, takes her to the vet, took him to the vet, took her to the vet, does the vet visits, handles the vet, does the vet
## Stop 51: the people who would know unsure ("they weren't sure", "nobody knows"), said alone, is don't know (with a number beside it, the number hedged: `lex-approx`).
understanding-dont-know = don't know
    .aliases = n/a, n / a, n.a., not applicable, doesn't apply, does not apply, idk, i don't know, i dont know, don't know, dont know, dunno, not sure, no idea, idk tbh, dunno tbh, not sure tbh, no idea tbh, i have no idea, no clue tbh, idek, dunno really, not really sure tbh, unknown, no clue, not really sure, can't remember, cant remember, i don't remember, don't remember, i dont remember, dont remember, unsure, hard to say, who knows, no name, no name yet, doesn't have a name, hasn't got a name, not named yet, not exactly sure, not entirely sure, not totally sure, not quite sure, not completely sure, not 100% sure, i'm not exactly sure, im not exactly sure, i'm not entirely sure, im not entirely sure, not sure exactly, nobody knows, no one knows, nobody knows for sure, no one knows for sure, they weren't sure, they werent sure, they were not sure, they didn't know, they didnt know, they don't know, they dont know
## The dog has no name yet (at the name question: a nickname is asked for, nothing is stored).
understanding-no-name = no name yet
    .aliases = haven't decided, havent decided, have not decided, not decided, haven't named, havent named, not named, no name, haven't picked, havent picked, haven't chosen, havent chosen, still deciding, still thinking, still choosing, undecided, don't have a name, dont have a name, doesn't have a name, doesnt have a name, hasn't got a name, no name yet, not named yet, haven't got a name, haven't named him, haven't named her, haven't thought of a name
understanding-skip = skip
    .aliases = skip, pass, next, skip this, skip it, rather not say, prefer not to say, later, skip this one, skip that, skip for now, i'll skip, ill skip, i'd rather skip, id rather skip, i'd rather not say, id rather not say, let's skip, lets skip, i'll pass, ill pass, pass on this one
## Words that move the survey on or agree, naming no option: alone at a one-choice question they
## pick nothing (never the neutered "done" of "he's done") and the options are listed again.
understanding-not-an-option = next
    .aliases = next, next one, next question, done, finished, ok, okay, yes, yeah, yep, sure, go on, continue, move on, that's all, thats all
## "More" typed at a free-text question (KakaoTalk users type "more" to see more; English owner trial 30: the dog named "More"): asking to see more, never a name, breed or note; the question asked again.
understanding-more-asked = more
    .aliases = more, more please, show more, see more, view more, read more, load more, more options, other options, next page, show me more, 더보기, 더 보기

## -- Behaviour reports.
## Stop 47 (owner trial 32): everyday and UK words for house soiling and common problems ("weeing", "widdling", "piddling", "doing his business", "accidents", "goes mental", "loses it at") are behaviour: "my dog keeps weeing in the house help!!" got the welcome and nothing was kept.
## Stop 49 (the lead): not eating only while the owner is away ("he doesnt eat when im not home": noise, lost; the red flag rightly steps aside for it) is separation distress told, a behaviour.
## Stop 51 (Korean owner trial, helper glue51): staring at a wall or at nothing, wandering, scooting, scratching ("also lately she's been staring at the wall at night", "oh and lately he keeps scratching the door at night") are behaviour: with none known, the habit words read as how often the waiting report happens and the new behaviour was glued onto it.
## Stop 52 (held-out 7): a mess made, things knocked or tipped over, stuffing everywhere are behaviour too ("she made a huge mess while i was out", "knocked over the plant again": noise).
## Stop 57 (held-out 13, owners who write as they speak): house soiling in everyday words ("my yorkie has been wetting on the carpet", "wets the bed", "goes potty inside", "fouling") is behaviour: no behaviour was found, so a long polite report was noise (lost).
## Stop 59 (the verification trial, Telegram): a photo's caption "she did this to the sofa" was the photo alone, its words dropped: damage pointed at ("did this to the", "did this to my") is behaviour, as "did to the sofa" was.
## Stop 59 (held-out 15): a dog that got out and ran ("Daisy slipped her collar at the park and ran off after a rabbit": a greeting, lost) is behaviour.
## Stop 60 (held-out 16, newly adopted dogs): staying under the bed or the sofa and not coming out is hiding ("she's been under the bed all day again": noise, lost).
## Stop 61 (the verification trial, helper left61): the dog said to have got out, got loose or slipped out ("he got out this morning, found him an hour later": noise, lost) is an escape, behaviour, as "got out of the yard" was.
## Stop 63 (held19fix, held-out 19, older dogs): circling, head pressing, leaking urine, not hearing when called, startling,
## shaky or wobbly legs and waking again and again are behaviour too ("she started circling again", "she's leaking urine in
## her bed", "she doesn't hear me anymore when I call": no behaviour word, noise, lost).
## Stop 64 (fix20a, held-out 20: a child's "무러써요" for 물었어요 was noise): the past of bite as children spell it ("she bited my hand").
understanding-behaviour-verb = behaviour
    .aliases = wont eat when, won't eat when, doesnt eat when, doesn't eat when, won't eat while, doesn't eat while, won't eat unless, does not eat when, not eating when, barely eats when, hardly eats when, stops eating when, wont eat while, doesnt eat while, not eating while, wont eat unless, only eats when, zones out, zoning out, zoned out, flinches, flinched, flinching, cowers, cowered, mess he made, mess she made, tore up, tore apart, ripped up, shredded, got into the trash, got into the garbage, got into the bin, gets into the trash, gets into the garbage, raided the trash, raided the bin, raids the trash, dug through the trash, digs through the trash, knocked over the trash, tipped over the trash, ate a whole, ate the whole, scavenging, scavenges, scavenged, bark, won't move, wont move, refuses to move, refuses to walk, won't budge, wont budge, barks, barked, barking, bite, bites, biting, bit, bitten, bited, bitted, nip, nipped, nipping, nips, growl, growls, growled, growling, snarl, snarls, snarled, snarling, lunge, lunged, lunges, lunging, pull, pulls, pulled, pulling, jump, jumps, jumped, jumping, pee, pees, peed, peeing, poop, pooped, pooping, poops, chew, chews, chewed, chewing, gnaw, gnaws, gnawed, gnawing, dig, digs, dug, digging, howl, howls, howled, howling, whine, whines, whined, whining, cry, cries, cried, crying, hide, hides, hid, hiding, shake, shakes, shaking, trembles, trembling, trembled, chase, chases, chased, chasing, lick, licks, licked, licking, destroy, destroys, destroyed, steal, steals, stole, bolt, bolts, bolted, attack, attacks, attacked, fight, fights, fought, snap, snaps, snapped, snapping, mouthing, mouths, hump, humps, humping, humped, mounts, mounted, mounting, scratch, scratches, scratched, goes crazy, went crazy, freak, freaks, freaked, runs away, ran away, escape, escapes, escaped, whimper, whimpers, whimpered, yelp, yelps, yelped, yelping, scream, screams, screamed, screaming, went stiff, goes stiff, stiffens, stiffened, freezes, froze, tore, tears up, ripped, guards, guarded, guarding, stares, won't come, wont come, doesn't come, ignores, refuses, refused, marks, marking, vomit, vomits, threw up, swallowed, spins, chasing his tail, jumps on, jumped on, charges, charged, pants, panting, drools, drooling, cowers, cowering, scared, afraid, fearful, frightened, terrified, aggressive, reactive, panics, panicked, panicking, shows teeth, showed teeth, bares teeth, bared teeth, ate a sock, ate my sock, ate his sock, ate her sock, ate socks, ate a toy, ate his toy, ate her toy, ate garbage, ate trash, ate the trash, ate a tissue, ate tissues, ate plastic, ate a rock, ate rocks, ate a stick, ate poop, eats socks, eats garbage, eats trash, eats poop, eats rocks, eats everything, eating socks, eating garbage, eating trash, eating poop, did to the couch, did to my couch, did to the sofa, did to my sofa, did to my shoes, did to the rug, stolen, stealing, snatch, snatches, snatched, snatching, zoomies, zoomie, the zoomies, zooms around, zoomed around, pace, paces, paced, pacing, yank, yanks, yanked, yanking, tug, tugs, tugged, tugging, drags me, dragged me, dragging me, clingy, follows me everywhere, lifts his leg, lifted his leg, lifts her leg, lifted her leg, spinning, spin, spun, restless, eats grass, eating grass, ate grass, eat grass, grass eating, eats dirt, eating dirt, ate dirt, eats sticks, eating sticks, ate sticks, chews sticks, nibbles, nibbling, nibbled, eats too fast, eating too fast, ate too fast, wolfs down, wolfs his food, wolfs her food, gulps his food, gulps her food, inhales his food, inhales her food, scrapped, scrapping, squabble, squabbles, squabbled, squabbling, scuffle, scuffles, scuffled, scuffling, went for the, went for him, went for her, went for his, went for my, went for our, went for their, went for another, went for other, went for them, went for me, went for us, went for people, went for dogs, went for kids, went for anyone, went for a dog, went for a kid, went for a child, went for a man, went for a woman, went for a guest, goes for the, goes for him, goes for her, goes for his, goes for my, goes for our, goes for their, goes for another, goes for other, goes for them, goes for me, goes for us, goes for people, goes for dogs, goes for kids, goes for anyone, goes for a dog, goes for a kid, goes for a child, goes for a man, goes for a woman, goes for a guest, going for the, going for him, going for her, going for his, going for my, going for our, going for their, going for another, going for other, going for them, going for me, going for us, going for people, going for dogs, going for kids, going for anyone, going for a dog, going for a kid, going for a child, going for a man, going for a woman, going for a guest, had a go at, has a go at, having a go at, kicked off, kicks off, kicking off, wee, wees, weed, weeing, weeting, did a wee, does a wee, widdle, widdles, widdled, widdling, piddle, piddles, piddled, piddling, tinkle, tinkles, tinkled, tinkling, poo, poos, pooed, pooing, pood, did a poo, does a poo, doing his business, doing her business, does his business, does her business, did his business, did her business, doing his business, toileting, toilets inside, accident, accidents, has accidents, having accidents, had an accident, has an accident, soiled, soils, soiling, goes mental, went mental, going mental, goes nuts, went nuts, going nuts, goes mad, went mad, going mad, goes berserk, went berserk, goes ballistic, went ballistic, goes bonkers, went bonkers, goes wild, went wild, loses it, lost it at, lost it when, losing it, loses his mind, loses her mind, flips out, flipped out, flipping out, freaks out, freaked out, freaking out, kicks off at, kicked off at, going off at, goes off at, went off at, kick off, losing his mind, losing her mind, torn up, torn apart, had torn, has torn, torn to pieces, tearing up, wrecked, trashed the, shreds, shredding, rips up, ripping up, stare, stared, staring, staring at, scratching, wander, wanders, wandered, wandering, scoot, scoots, scooted, scooting, made a huge mess, made a big mess, made such a mess, knocked over, knocks over, knocking over, knocked the, tipped over, tips over, stuffing everywhere, fluff everywhere, trash everywhere, rubbish everywhere, garbage everywhere, wetting, wets the, wet the bed, wet the floor, wet the carpet, wet the rug, wet the couch, wet herself, wet himself, wets herself, wets himself, wetting herself, wetting himself, fouling, fouled, goes potty inside, went potty inside, going potty inside, goes potty in the house, going potty in the house, messing in the house, messes in the house, messed in the house, did this to the, did this to my, did this to our, did that to the, did that to my, has done this to, have done this to, done this to the, done this to my, ran off, runs off, running off, ran off after, took off after, slipped her collar, slipped his collar, slipped out of her collar, slipped out of his collar, slipped her harness, slipped his harness, slipped her lead, slipped his lead, slipped the lead, slipped the collar, ran out the door, ran out of the door, ran out the front door, ran out the gate, bolted out, got out the gate, got out of the yard, got out of the garden, won't come out from under, wont come out from under, doesn't come out from under, won't come out of her crate, won't come out of his crate, stays under the bed, stayed under the bed, staying under the bed, under the bed all day, stays under the sofa, stayed under the sofa, under the sofa all day, under the couch all day, he got out, she got out, got out again, got out through, got out the door, got out the front door, got out of the house, got loose, slipped out, snuck out, sneaked out
        , circling, circles, circled, walks in circles, walking in circles, going in circles, goes in circles, went in circles, pressing his head, pressing her head, presses his head, presses her head, pressed his head, pressed her head, head pressing, leaking urine, leaks urine, leaked urine, leaking pee, leaks pee, leaking wee, dribbling urine, dribbles urine, dribbling pee, dribbles pee, doesn't hear me, doesnt hear me, does not hear me, can't hear me, cant hear me, didn't hear me, didnt hear me, going deaf, gone deaf, went deaf, startles, startling, startles and, gets startled, wobbly, wobbles, wobbling, legs shake, legs shaking, legs are shaking, legs were shaking, legs give out, legs gave out, legs giving out, keeps waking up, kept waking up, wakes up crying, wakes up barking
## Korean only (stop 61, held-out 17: "…보면 줄 엄청 당긴대", the walker's report told second-hand, was noise): the present and hearsay endings fused onto a vowel-final stem by a final ㄴ ("당긴대"); the ㄴ is taken off and `-opened`'s ending written instead, so the behaviour stem is found.
understanding-fused-present-ending = fused present ending
understanding-fused-present-opened = opened present ending
## Stop 52 (owner trial, helper glue52): habit adverbs typed as words of their own between an object and its verb are left out when behaviour words are searched, only where none is found otherwise (Korean "풀을 자꾸 먹어요" named no behaviour: glued to the waiting report, or lost at the name question). English word order rarely splits a behaviour phrase; these are the few that do ("eats grass constantly" needs none).
understanding-verb-adverb = always
    .words = always, constantly, still, again, really, also

understanding-behaviour-noun = behaviour name
    .aliases = separation anxiety, aggression, reactivity, resource guarding, leash pulling, house training, potty training, barking, biting, jumping
## Words owners type around a behaviour's name alone ("barking problem", "help with jumping"): with them it still only names the behaviour.
understanding-label-filler = around a name
    .aliases = problem, problems, issue, issues, trouble, troubles, struggles, struggling with, help with, help, dealing with, about, my dog's, dog's, the, his, her, bad, really bad, so bad, constant, excessive, too much, so much, a lot, i want to fix, want to fix, fix, i need help with, need help with, i'm here because of, here because of, because of, with
## What makes one short word a clause, not a behaviour's name (Korean "안걸을려고해여", "물려고해요":
## tries to; owner trial 16): with it, a short message is a report.
understanding-label-clause = tries to
    .aliases = tries to, trying to
## Everyday words one letter away from a behaviour word ("grows", "making", "baked", "cream"): never
## read as its typo (`Spelling.behaviour`; owner trial 16, "barkin", "barkng" are). Every Latin
## word of the locale files is known and never a typo; these are listed for that.
understanding-typo-not = not a typo
    .aliases = acing, baked, baking, baring, braked, braking, cared, cased, cases, casing, cream, creams, creamed,
        creaming, earful, garage, growing, grows, hewed, hewing, holed, holing, liked, liking, lungs, making,
        moths, mouth, napped, ought, owled, pinning, ragged, ragging, reused, reuses, round, sacred, sakes,
        sapped, scram, sealing, seals, shoed, sinning, sowed, stars, tares, teals, trebled, trebles, wallowed,
        wined, wines, wining, stole, cling, lunes, eating, fight, bitter, itching, pacing, racing, dragon, hiking,
        biking, bowling, parking, kicking, licking, sticking, pilling, tipped
## Words that only say how bad a behaviour is, next to its name ("his mouthing is really bad", "she has bad separation anxiety", "he's very fearful"): nothing happened to analyse, so still only a name; one time it happened is asked for (batch 49).
understanding-label-degree = how bad
    .aliases = is, are, has, have, has got, got, he is, she is, he's, she's, hes, shes, it's, its, he has, she has, my dog has, my dog is, our dog is, our dog has, very, so, really, pretty, quite, super, extremely, terrible, awful, horrible, severe, serious, extreme, getting worse, worse, bad, out of control
## A pest's bite ("he got bitten by a mosquito", "bit by a tick"): no behaviour of the dog (stop 35).
## Stop 59 (held-out 15): the owner panicking ("sorry for all the caps earlier, I was panicking": a report), and something to chew asked for.
## Stop 61 (helper left61): getting out of the bath, bed, the car, the water is no escape ("he got out" is behaviour).
## Stop 61 (held17fix, held-out 17: "it was right when the 택배 truck pulled up", detail of the report waiting, went to the model as a new report): a vehicle pulling up, in, over, out or away; no leash pulled.
understanding-not-behaviour = not behaviour
    .aliases = a bit, little bit, bit of, bit more, bit less, pull up, jump in, jump to, chew toy, chew toys, marks the, dig into, bitten by a mosquito, bitten by mosquitoes, bitten by mosquitos, bitten by a tick, bitten by ticks, bitten by a bug, bitten by bugs, bitten by a flea, bitten by fleas, bitten by an ant, bitten by ants, bitten by a spider, bitten by a bee, bitten by a wasp, bit by a mosquito, bit by mosquitoes, bit by mosquitos, bit by a tick, bit by ticks, bit by a bug, bit by bugs, bit by a flea, bit by fleas, bit by an ant, bit by ants, bit by a spider, bit by a bee, bit by a wasp, stung by a mosquito, stung by mosquitoes, stung by mosquitos, stung by a tick, stung by ticks, stung by a bug, stung by bugs, stung by a flea, stung by fleas, stung by an ant, stung by ants, stung by a spider, stung by a bee, stung by a wasp, mosquito bite, mosquito bites, tick bite, tick bites, bug bite, bug bites, flea bite, flea bites, bee sting, wasp sting, went for a walk, went for walks, goes for a walk, goes for walks, going for a walk, going for walks, go for a walk, go for walks, went for a run, goes for a run, going for a run, went for a wee, went for a pee, went for a poo, went for a swim, goes for a swim, went for a drive, went for a sniff, went for a nap, went for it, go for it, going for it, went for the walk, goes for the walk, went for the door, went for the treat, went for the treats, went for the food, went for the bowl, goes for the toy, goes for the stick, goes for the treat, went for the ball, goes for the ball, went for his ball, went for her ball, went for the stick, went for his toy, went for her toy, went for the toy, went for his bowl, went for her bowl, kicked off his, kicked off her, a wee bit, wee bit, wee one, wee ones, wee thing, wee pup, wee puppy, wee while, wee walk, wee stroll, wee nap, wee treat, wee lad, wee lass, wee boy, wee girl, wee dog, wee guy, wee bit of, by accident, an accident on the road, car accident, lost it on, lost it somewhere, i was panicking, i was panicked, i panicked, i'm panicking, im panicking, i am panicking, i was freaking out, i freaked out, im freaking out, i'm freaking out, i was scared, something to chew, things to chew, what to chew, he got out of the bath, he got out of bed, he got out of the car, he got out of the tub, he got out of the water, he got out of the pool, he got out of the shower, he got out of the way, she got out of the bath, she got out of bed, she got out of the car, she got out of the tub, she got out of the water, she got out of the pool, she got out of the shower, she got out of the way, pulled up, pulls up, pulling up, pulled in, pulls in, pulling in, pulled over, pulls over, pulled into, pulls into, pulled out, pulls out, pulling out, pulled away, pulls away, pulled off, pulls off
## Signs of illness among the behaviour words (vomiting, not eating, a yelp of pain): a message that raises the
## illness red flag and names no behaviour but these is the vet's first, not a behaviour to train: its result
## makes no plan, no check-in and asks no follow-up question (stop 47, owner trial 31: "shes been throwing up since
## last night and wont eat" got a training plan and "how often?"). A behaviour beside it ("barks and then throws up") is still coached.
understanding-illness-sign = illness sign
    .aliases = vomit, vomits, vomited, vomiting, threw up, throws up, throwing up, throw up, puke, pukes, puked, puking, yelp, yelps, yelped, yelping, cries when i touch, cries when touched, whimpers when i touch, won't eat, wont eat, won't drink, wont drink, not eating, isn't eating, isnt eating, stopped eating
## The bite or attack another dog did to the owner's dog, in a report with the dog-bitten flag: when it is the
## only behaviour word, the dog was the victim and nothing of its own behaviour is told, so the report is kept
## with the card and not analysed (stop 53: "the neighbours dog just bit him on our walk" got an analysis of his behaviour).
understanding-bitten-by-dog = bitten by another dog
    .aliases = bit, bitten, bite, bites, got bit, attacked, attack, attacks, went for, jumped on, mauled
understanding-topic-ending = topic
understanding-narration-ending = narration
understanding-situation = situation
    .aliases = when, whenever, every time, each time, at night, night, morning, evening, walk, walks, on walks, guests, visitors, doorbell, door, mailman, delivery, car, cars, bike, other dogs, another dog, cat, cats, people, kids, yesterday, today, earlier, just now, lately, always, again, keeps, keep, while, after, before, leave, left, alone, home, crate, couch, bed, rug, carpet, mat, cushion, slippers, furniture, table, chair, shoes, fireworks, thunder, vet, groomer, park, food, bowl, toy, bone
## Children counted ("two kids", "twins"): at the children question, "he" or "she" beside them is no dog.
understanding-children-count = two kids
    .aliases = one kid, two kids, three kids, one child, two children, three children, twins, a son, a daughter, my son, my daughter, sons, daughters
understanding-dog = dog
    .aliases = my dog, our dog, the dog, dog, puppy, pup, my puppy, our puppy, he, she, him, her, doggo, pupper

## Asking what the question counts ("my niece is over a lot, does that count?"; stop 63, held-out 16 in Korean: read as a hedged answer, asked again): a question for the coach.
understanding-counts-asked = does that count
    .aliases = does that count, does it count, do they count, does she count, does he count, do those count, should i count, should i include, do i include, is that included, are they included, does that include
## -- Questions to the coach.
understanding-question-word = question
    .aliases = how do i, how can i, how to, how should i, how often, how much, how many, how long, what should i, what can i, what do i, what is, what's, what are, why does, why do, why is, should i, can i, can dogs, can my dog, is it ok, is it okay, is it normal, is that normal, is this normal, any tips, any advice, any ideas, what's the best, best way, is it safe, when should i, when can i, when do, when does, when did, when will, when is, when are, when would, where should, which is better, do i need, do you think, will he, will she, would it, recommend, some tips, give me tips, advice, r u, are u, when can she, when can he, when can we, when can my, when can they, can she, can he, can we, should we, should she, should he, whats the best, what is the best, is it bad, is it fine, is it alright, fine right, ok right, okay right, alright right, fine alone right, ok alone right, okay alone right, fine on his own right, fine on her own right, fine by himself right, fine by herself right, okay though right, fine though right, ok though right, whats the main thing, whats the one thing, what's the one thing, what's the main thing, whats the first thing, what's the first thing, the one thing i should, the main thing i should
## Another step asked for, beside the one given ("i dont want to do the doorbell thing, can you give me something else", stop 56: "I'm not sure what you mean"): a question for the coach, wherever it stands.
understanding-question-another = something else
    .aliases = give me something else, give me something different, can you give me, could you give me, can u give me, something else pls, something else please, something else plz, got something else, got anything else, any other ideas, any other idea, any other suggestions, other ideas, another idea, something else to try, something different to try, anything else to try, anything else i can try, anything else we can try, a different step, another step, a different exercise, another exercise, a different one, another one instead
## Asking why a behaviour happens ("why does he keep licking his paws?", "what makes her bark"): a behaviour asked about with these, undated, is a question to the coach (no record, no analysis).
## Stop 64 (fix20a, held-out 20: "강아지가 똥을 먹는 건 영양이 부족해서 그런 건가요 사료를 바꿔야 하나요" was a report for the model): a cause guessed and asked ("is that because of bad nutrition?", "is it because") asks why too.
understanding-question-why = why
    .aliases = why, what makes, how come, what causes, what's causing, whats causing, what is causing, the reason why, what's the reason, what is the reason, whats the reason, is it because, is that because, is this because, is it due to, is that due to, is it from, could it be because
## Stop 62 (held18fix, held-out 18: "초코가 배변패드 옆에다 자꾸 쉬를 해요ㅠㅠ 칭찬도 해주는데 왜그럴까요" was a question for the coach, the report lost): what the owner already does about it (praise, treats, teaching, tried), told before the "why": a problem met and worked on, a report; its analysis answers the why. A habit asked about alone ("why does he bark at night?") stays the question.
understanding-why-tried = even though I praise him
    .aliases = even though i, even though we, even when i, even when we, although i, although we, despite me, i praise, i always praise, we praise, we always praise, i keep praising, i've been praising, ive been praising, i reward, i always reward, we reward, i give him a treat, i give her a treat, i give him treats, i give her treats, i've tried, ive tried, i have tried, we've tried, weve tried, we have tried, i tried everything, we tried everything, tried everything, i've been training, ive been training, we've been training, i've taught, ive taught, i keep telling him, i keep telling her
## "Why" that asks nothing ("no idea why he does it but…", "that's why"): with these a message is no why-question.
understanding-question-why-not = not why
    .aliases = don't know why, dont know why, do not know why, no idea why, not sure why, idk why, that's why, thats why, which is why, for no reason
## Words holding a question word that ask nothing ("no matter how many times i call him he ignores me", "however much we walk her"; held-out 6's Korean "데려온지 얼마 안돼서", not long since, sent to the coach model as a question at the sex): the question word inside them is no question. Stop 56 (held-out 12): "your advice is so generic" tells what the advice is, asks for none.
## Stop 63 (held-out 18, Korean "알바가야돼서": why told, read as asking what to do): a reason with "have to" asks nothing.
understanding-question-word-told = no matter how
    .aliases = because i have to, cause i have to, cuz i have to, since i have to, no matter how, no matter how many, no matter how much, no matter how long, no matter how often, no matter how hard, no matter what, no matter when, no matter where, no matter who, however much, however many, however long, however hard, whatever i do, whatever we do, whatever i try, whatever we try, your advice is, your advice was, your advice has been, the advice is, the advice was
## A question word inside what the owner says is not known ("no idea what's in her", "not sure how big she'll get"; held-out 10, batch 477: at the breed a question for the coach model): told, asked of no one (a "?" still asks).
understanding-question-word-doubted = no idea what
    .aliases = no idea what, no idea what's, no idea whats, not sure what's, not sure whats, idk what's, idk whats, dunno what's, dunno whats, don't know what's, dont know whats, no idea how, no idea which, no idea where, no idea when, not sure what, not sure how, not sure which, not sure where, idk what, idk how, idk which, idk where, dunno what, dunno how, dunno which, don't know what, dont know what, don't know how, dont know how, don't know which, dont know which, no clue what, no clue how, not certain what, can't tell what, cant tell what
## Not knowing what to do, said with a question word ("idk what to do", "no idea how to stop it"): still asks for help, unlike "no idea what's in her" (`understanding-question-word-doubted`).
understanding-not-known-asks = what to do
    .aliases = what to do, how to, what i should, what we should, what should, how i should, how we should, how do i, how can i
## How big a puppy will grow ("no idea how big she'll get"): beside not knowing it, the size is not known yet (held-out 10, batch 477: "big" read as large). Never a size picked.
understanding-size-growth = how big she'll get
    .aliases = how big she'll get, how big he'll get, how big it'll get, how big shell get, how big hell get, how big she will get, how big he will get, how big she gets, how big he gets, how big she'll be, how big he'll be, how big she will be, how big he will be, how big she'll grow, how big he'll grow, how much bigger she'll get, how much bigger he'll get, how big they get, how big it gets, how big the dog will get, how big the puppy will get, how big she's going to get, how big he's going to get
## A comparison said after a one-choice answer ("medium-ish? a bit smaller than a lab"): the word before "than" and what follows pick no option (held-out 10, batch 477).
understanding-compared = than
    .aliases = than
## The other pets as the ones who do something, at the other pets' question ("we have two cats, they hate him"): how they take the dog, no behaviour of the dog's (held-out 10, batch 477: a report for the model).
understanding-pets-subject = they
    .aliases = they, the cats, the cat, the other dog, the other dogs, our cat, our cats, our other dog, the older one, the older dog
## At a one-choice question, the words that tell an option only of now ("he's tiny now but labs get big so large i guess"; held-out 15: small or large asked): the piece with them set apart, the option left is the answer (the size grown, the worst reaction ever).
understanding-choice-for-now = now
    .aliases = now, for now, right now, at the moment, currently, these days, at this point, still a puppy
## A word or phrase asked in a language ("what do i say in korean", "how do you say sit in korean"; held-out 16: the bot's language switched): no language for the bot.
understanding-language-word-asked = what do i say
    .aliases = what do i say, what should i say, how do i say, how do you say, how to say, what's the word for, whats the word for, what is the word for, how would i say, what's the korean for, whats the korean for, what's the english for, whats the english for
## How the other pet gets on with this dog, at the other pets' question ("a cat, she and the dog don't get along yet"; held-out 15: the dog ticked as a pet had too): with a pet had named in another clause, the dog in this clause is this dog.
understanding-pets-along = get along
    .aliases = get along, gets along, getting along, get on, gets on, getting on, don't get along, dont get along, still getting used to, getting used to each other, not friends yet, best friends, tolerate each other, tolerates him, tolerates her, ignore each other, ignores him, ignores her
## The other pets told as had ("we have a cat and he chases her all the time"; stop 55 trial: a report for the model, the cat not ticked): with a habit of the dog's with them, no time said, the pets are ticked and the habit kept for the concerns. Without one of these ("she's reactive to other dogs") the dogs named are the behaviour's, no pet had.
understanding-pets-had = we have
    .aliases = we have, i have, we've got, i've got, we got, we also have, i also have, there's a, there is a, we have a, have a, we own, i own, lives with us, live with us
## How something is done, asked beside help's own word ("how do i do this? help pls"; held-out 10, batch 478, its Korean twin: a question for the coach model): part of asking for help. Alone never help (after a result it may ask how to do a step).
understanding-help-how-asked = how do i do this
    .aliases = how do i do this, how do i do it, how do you do this, how is this done, how do i use it, what do i do, what is this, what's this, whats this
## Checking an answer with someone at home ("let me ask my wife", "hold on, i'll ask my husband"; held-out 10, batch 478: not understood, re-asked): the wait, said with whom (`understanding-wait-asked-of`, read only beside these words or another wait).
understanding-wait-asking = let me ask
    .aliases = let me ask, lemme ask, i'll ask, ill ask, i will ask, gotta ask, need to ask, i need to ask, have to ask, i have to ask, let me check with, i'll check with, ill check with, need to check with, let me ask my, i'll go ask, ill go ask
## Whom the owner checks an answer with ("my wife", "my husband"): the wait's why, never an answer or a person counted.
understanding-wait-asked-of = my wife
    .aliases = my wife, my husband, my partner, my boyfriend, my girlfriend, my mom, my mum, my dad, my son, my daughter, my family, my roommate, my sister, my brother, my fiance, my fiancee, the wife, the husband, hubby, wifey, wife, husband, partner
## Korean "몇" that tells "several" instead of asking how many ("하루에도 몇번씩요"); English says "a few times" with no asking word.
understanding-question-few-told = a few times
## Korean only: a verb joined after a behaviour verb's -어/-아 into one verb ("뜯어먹는거", "짖어대는거"): the ending after it tells whether it happened or is a topic. English has no such compound.
understanding-compound-verb-second = compound verb second part
## Korean only: what turns a sound word into a verb ("으르렁거리다", "낑낑대다"; stop 58, held-out 14: "으르렁거리는거 나이 들면 좀 나아져요?" sent to the model): the ending after it tells whether it happened. English has none.
understanding-verb-suffix = verb suffix
## Korean only: an asking ending right after a final ㄹ or ㄴ of the verb ("바꿀까", "괜찮은가요"); English asks with its words or "?".
understanding-asking-after-rieul = asking after rieul
understanding-asking-after-nieun = asking after nieun
## Korean only: the formal asking "-ㅂ니까" ("합니까"; stop 57, held-out 13).
understanding-asking-after-bieup = asking after bieup
understanding-question-ending = question ending
## Advice someone else gave, not yet followed ("my friend says i should spray her", "the trainer told me to use a prong"): with an aversive method, asked even with no "?" (stop 42's M11: a report, the aversive analysed as done; stop 49: "my trainer says use a slip lead and give a quick pop when he lunges" got a training plan). A method the owner was told to use is a question about the method.
understanding-advice-heard = says i should
    .aliases = says use, said use, says we should, said we should, told us to, says i need to, said i need to, says i should, said i should, says to, said to, told me to, told me i should, tells me to, suggested i, suggests i, recommended i, recommends i, recommended that i, wants me to, thinking of, thinking about, planning to, going to try, gonna try
## Words that ask even inside a statement (not "how many" or "when", which also tell): used to tell a question carrying a red flag from a report.
understanding-question-ask = asking words
    .aliases = how do i, how can i, how to, how should i, what should i, what can i, what do i, why does, why do, why is, should i, can i, is it ok, is it okay, is it normal, is that normal, is this normal, any tips, any advice, any ideas, best way, fine right, ok right, okay right, alright right, fine alone right, ok alone right, okay alone right, fine on his own right, fine on her own right, fine by himself right, fine by herself right, okay though right, fine though right, ok though right
## Asked of the coach at a choice question (with a "?"): how long, until when ("how long does it usually take?": a question, no option picked).
## Statements use them too, so only there.
understanding-question-ask-how-long = how long
    .aliases = how long, how many months, how many weeks, until when, till when, by what age, at what age
## A first word that opens a statement as often as a question ("when I leave him alone he
## whines"): without a "?" or an asking phrase ("when do", "when should i"), not a question.
understanding-statement-start = statement start
    .aliases = when, whenever
## Stop 51: a question whether the answer fits the survey's question ("we have a cat, does that count?"), after an answer read whole: the answer alone, never a question for the coach (`answer_asked`; "no kids, is that a problem?" is one).
understanding-answer-fits-asked = does that count
    .aliases = does that count, does it count, does that count too, does it count too, does he count, does she count, do they count, is that counted, does that work, does that work for you, is that what you mean, is that what you meant, that counts right, that counts
## Stop 49 (Korean owner trial, batch 381): words that turn from a survey answer to a question ("breeder, whats the difference between a breeder and a pet shop tho": both lost). The words before are the answer, kept; the words after, a question for the coach.
understanding-answer-then-question = but
    .aliases = but, btw, by the way, also, oh and, and, quick question, question, i wonder, wondering
## Stop 53 (lead): of the words above, those that add to an answer rather than turn from it. A message opening with any other of them ("quick question, how long should walks be?", "btw, is it normal…" at the breed: the breed stored as "quick", "btw") is a question with no answer before it; opening with one of these ("also she's 3, is that old?") it may still carry one.
understanding-answer-then-more = also
    .aliases = also, oh and, and, and also, plus
understanding-question-start = question start
    .aliases = how, how's, hows, what, what's, whats, why, when, where, which, who, should, can, could, is, are, do, does, will, would, any, shall, anyone, quick question, question
understanding-incident = new incident
    .aliases = yesterday, today, this morning, last night, earlier, just now, the other day, last week, tonight, also, and another thing, another time, another thing, plus, oh and, and also, this time
## Words that date what happened: a choice answer told with one of these and a behaviour is the answer and an incident to analyse ("yesterday he growled at a guest"). "Did he just" dates it now ("why did he just pee on my bed??", held-out 5: a why-question that tells what just happened is a report).
## stop 58 (helper checkin58, redo of the reverted checkin57; held-out 13: "a little better. However on Sunday she growled at my neighbour" kept only "better", the growling lost): a weekday said as the day it happened dates it too ("on sunday", "last sunday"; "on sundays" is a habit and no match).
understanding-time-anchor = when it happened
    .aliases = yesterday, today, this morning, last night, earlier today, just now, the other day, last week, tonight, this week, this weekend, last weekend, a few days ago, days ago, recently, did he just, did she just, did it just, did they just, did my dog just, did the dog just, has he just, has she just, on monday, last monday, on tuesday, last tuesday, on wednesday, last wednesday, on thursday, last thursday, on friday, last friday, on saturday, last saturday, on sunday, last sunday
## Days a habit comes back ("only on weekends"): no date of an incident.
understanding-time-habit = on weekends
    .aliases = every weekend, on weekends, weekends only, at weekends
## A behaviour told only as how far it goes ("growling at most", "just growls, that's about it"): the words of an answer about the worst reaction, nothing that happened; with no situation and no date it is not analysed.
understanding-degree = how far it goes
    .aliases = at most, at worst, that's about it, thats about it, that's all, thats all, that's it, nothing more, no more than, so far only, only so far
## How much a behaviour happens, said beside it ("bites a little", "barks a bit"): no option's word ("little" is the small size).
understanding-behaviour-amount = a little
    .aliases = a little, a little bit, little bit, a bit, a lot, a little too much
## A thing whose size a sentence tells, not the dog's ("the text is too small to read", "she has a small tattoo on her belly"; owner trial 28: stored as the size): at the size question its size words pick nothing (a weight still does).
understanding-size-thing = text
    .aliases = text, texts, font, fonts, letters, lettering, writing, print, screen, screens, button, buttons, message, messages, words, tattoo, tattoos, tat, tats, birthmark, scar, clothes, shirt, sweater, jumper, jacket, collar, harness, leash, crate, kennel, bed, bowl, apartment, room, yard, garden
## Stop 52 (helper glue52): "one more thing", "and one more thing" open a new behaviour too ("one more thing, she barks at night" at the name question named the dog "One More Thing").
understanding-incident-strong = new incident (sure)
    .aliases = also, and another thing, another thing, oh and, and also, one more thing, and one more thing, oh also, oh and also
## Held-out 13 (stop 58): how things stood at the moment of a waiting report, the behaviour named only in a clause opening with these ("the bowl was empty when he growled, i was about to fill it": a new report at the size). Nothing outside the clause a behaviour, no time of its own: detail about that report.
understanding-detail-scene-when = when he
    .aliases = when he, when she, when it, when they, while he, while she, as he, as she
## Stop 55 (held-out 11, batch 506): another thing happening while a report waits ("meanwhile Bella knocked over the trash can 🙄": glued onto the waiting report as detail, a report lost): surely a new incident, as "and also" is.
understanding-meanwhile = meanwhile
    .aliases = meanwhile, in the meantime, meantime, mean while
## An "and" opening the message ("oh and he does it every day"; owner trial 27): it may add to the report waiting; detail when the rest is.
## Words in the middle of an answer to a result's question that add a new incident after it ("every time we go out since we got him. also alfie growled at him at dinner"; English owner trial 31: the whole message one new report, the answer lost): the answer goes to the report asked about, what follows to a report of its own. Only a part before them that could answer the question, and a behaviour (or a red flag) after them. "and right now" (held-out 13, stop 57: "every meal and right now hes barking his head off at the garbage truck", the new barking lost in the answer).
understanding-added-split = also
    .aliases = also, oh and, oh also, and also, oh and also, oh yeah and, plus, btw, oh btw, and btw, oh and btw, and right now, and just now
## Stop 60 (held-out 15: "crate door was open, I was making dinner. oh and he just chewed through the baby gate" at a result's question, one new report, the answer lost): the incident after `understanding-added-split` told as happening just now with one of these; the words before it, telling no behaviour and asking nothing, answer the question.
understanding-added-split-now = just
    .aliases = just, just now, right now, again, a minute ago, a moment ago
## Stop 60 (held-out 14 and 15: "he'd been playing tug with my son for a while and got really wound up" at "what happened right before?" asked add-or-new; "she'd also been growling at my nephew earlier that day" a new report): told as before the moment analysed. When it could answer the question it is the answer; else (another incident earlier that day) the owner is asked to add it or keep it apart.
understanding-followup-told-before = had been
    .aliases = had been, had also been, he'd been, she'd been, he'd also been, she'd also been, hed been, shed been, they'd been, i'd been, earlier that day, before that, beforehand, for a while before
## Why a question is asked, told after it at a result's question ("should we not scold him? because my mum keeps telling him off"; stop 63, held-out 16, Korean: kept as what the owner did): the question is for the coach.
understanding-followup-asked-why = because
    .aliases = because, cause, cuz, coz, since my, since our, that's why i ask, thats why i ask, just asking because, asking because, i ask because, the reason i ask
## Another dog's act at this one, told at "what happened right before?" ("before that pepper had been pestering him all morning, stole his bed twice", "also this morning luna stole rocky's bone and he snapped at her"; stop 63, held-out 16 and 17: kept as the answer, or a report of its own): what came before, or an incident of its own; the owner is asked to add it or keep it apart.
understanding-followup-other-dog-act = stole his
    .aliases = stole, stealing his, stealing her, took his bone, took her bone, took his toy, took her toy, took his bed, took her bed, snatched his, snatched her, pestering him, pestering her, pestered him, pestered her, bothering him, bothering her, bullying him, bullying her, bullied him, bullied her, picking on him, picking on her, the other dog took, the other dog stole, our other dog
## The same acts told as this dog's own ("she stole a sock and then ran under the bed": a report of its own, batch 9529), not another dog's.
understanding-followup-own-act = he stole
    .aliases = he stole, she stole, he took, she took, he snatched, she snatched, he'd stolen, she'd stolen, he had stolen, she had stolen
## Stop 60 (held-out 14: "she'd also been growling at my nephew earlier that day"): of `understanding-followup-told-before`, the words that tell another incident before it. Even when it could answer the question, the owner is asked to add it or keep it apart.
understanding-followup-told-before-also = had also been
    .aliases = had also been, he'd also been, she'd also been, also been, earlier that day too, before that too
## Stop 58 (held-out 14: "2-3 times a week? but today koko barked along with her", the new barking lost in the answer): "but" in the middle of an answer to a result's question, with one of `understanding-added-split-date` right after it, adds a new incident as the words above do; the day stays with the incident.
understanding-added-split-but = but
    .aliases = but, but then, though, however
## The day that starts the incident after `understanding-added-split-but` ("but today…", "but just now…").
## Stop 62 (held18fix, held-out 18: "혼냈어요 근데 그 뒤로 소파 밑에 숨어서 안나와요" at "what did you do right after?": the hiding lost in the answer): "since then" opens an incident of its own as a day does.
understanding-added-split-date = today
    .aliases = today, just now, this morning, tonight, yesterday, earlier today, this evening, last night, right now, since then, ever since, after that, and since then
understanding-added-lead = oh and
    .aliases = oh and, and, also, oh also, plus, oh yeah and, oh and also, btw, oh btw, and also
understanding-frequency = how often
    .aliases = x/wk, x/week, x/day, x/month, x a wk, x per wk, a wk, per wk, every, daily, often, sometimes, always, usually, times, time a, once, twice, a day, a week, a month, per day, per week, since, rarely, never, constantly, all the time, each time, whenever, most days, weekly, nightly, occasionally, now and then, few times, couple of times, every day, every night, lately, recently, started, for months, for weeks, for years, months now, weeks now, years now, a while now, for a while
understanding-not-frequency = not frequency
    .aliases = this time, one time, last time, first time
## One word that alone answers "how often?" though it names no count ("weekends", "everyday"): any
## other single word there ("Max") answers nothing and is not glued onto the report.
understanding-frequency-alone = one word that says how often
    .aliases = everyday, weekends, weekdays, mornings, evenings, nights, nightly, hourly, frequently, regularly, seldom, constantly, always, often, sometimes, daily, weekly, monthly, rarely, never, occasionally, usually, randomly, lately, recently
## A length of time typed alone at a follow-up question ("5 years", "about 3 hours"; stop 55, two dogs in a terminal: each was glued onto the report and analysed again): answers nothing "what happened right before/after?" asks, so it is said back and the question asked again. These are its units.
understanding-followup-span-units = a length of time
    .aliases = years, year, yrs, yr, y, months, month, mos, mo, weeks, week, wks, wk, days, day, hours, hour, hrs, hr, h, minutes, minute, mins, min
## The same at "how often, and since when?": only years (a dog's age as likely as since when), hours and minutes (how long it lasts, or how long the dog is alone); "2 months", "a couple weeks" say since when there and are answers.
understanding-followup-span-frequency = a length of time that says no frequency
    .aliases = years, year, yrs, yr, y, hours, hour, hrs, hr, h, minutes, minute, mins, min
## What may close a bare length of time and leave it bare: Korean polite endings; in English only what the hedges hold already ("or so").
understanding-followup-span-ending = an ending
    .aliases = or so
## Words joining a range ("6 to 8 hours", "3 or 4 years") leave a length of time bare (stop 59 trial, terminal: glued onto the report and analysed again).
understanding-followup-span-joiner = to
    .aliases = to, or, and, till, until
## A whole report already says how often: narrower than the cues an answer to the question is
## read with ("he never stops barking" says how long, "every time guests come over" or "at every
## delivery man" say when, not how often; answering the question with them is frequency).
understanding-frequency-told = how often, told in a report
    .aliases = every day, every night, every morning, every evening, every week, every other day, daily, nightly, weekly, often, sometimes, always, usually, occasionally, rarely, once a, twice a, times a day, times a week, times a month, a day, a week, per day, per week, all the time, constantly, most days, now and then
## A clause telling a name that is not the dog's now: the shelter's old name or another dog's ("his name's Biscuit, the shelter called him Nureongi though", "no it's Pepper, otis is the old one"; stop 63, held-out 16 and 17: both names read as one, the name asked again): at the name question the clause is dropped and the rest read as the name.
understanding-name-other-said = the shelter called him
    .aliases = the shelter called him, the shelter called her, shelter called him, shelter called her, the rescue called him, the rescue called her, they called him, they called her, used to be called, his old name, her old name, old name was, former name, previous name, is the old one, is the older one, is the other one, is our other dog, was his name, was her name
## Words saying the dog was given a new name ("she's a rescue so we renamed her, it's Tofu now"; stop 56 trial, Korean: the name asked again): at the name question, the name told after them in its own words is the answer.
understanding-name-renamed = we renamed him
    .aliases = we renamed him, we renamed her, renamed him, renamed her, we gave him a new name, we gave her a new name, gave him a new name, gave her a new name, we changed his name, we changed her name, changed his name, changed her name
## Words between a name and the word it comes from, the name said again at the end ("Max, like Mad Max", "Bean, as in coffee bean"; stop 64, held-out 20: "not understood", the name asked again): at the name question the name is the answer.
understanding-name-source = as in
    .aliases = as in, like, like the, as in the, same as
## When it was eaten, a time ago ("about an hour ago", "like two hours ago"; stop 64, held-out 20 l.272 in Korean: "not understood" at the household while a poisoning waited, kept nowhere): right after a poisoning it is the report's detail.
understanding-eaten-ago = an hour ago
    .aliases = an hour ago, hour ago, hours ago, hrs ago, hr ago, minutes ago, minute ago, mins ago, min ago
## What happened right before, or the moment pointed back at ("he was off lead at the time"; held-out 5: noise while the report waited).
understanding-antecedent = right before
    .aliases = before, when, at the time, at that time, at that moment, doorbell, rang, knock, knocked, came, arrived, saw, see, walked, passed, someone, somebody, guest, visitor, delivery, mailman, leaving, left, got, put on, picked up, touched, reached, approached, noise, sound, heard
understanding-consequence = right after
    .aliases = i, we, my wife, my husband, nothing, told, gave, give, ignored, ignore, yelled, shouted, scolded, picked him up, picked her up, held, hugged, pulled him, pulled her, moved, stopped, calmed, distracted, said, put him, put her, let him, let her, walked away, left the room, treat, treats, petted, praised, left it, left him, left her, turned around, shortened the leash, crossed the street, ran home, went home, backed off, backed away, took, took it away, took away, grabbed, removed, put it away, scooped him up, scooped her up, grabbed him, grabbed her, grabbed his collar, grabbed her collar, yanked, pulled the leash, pulled on the leash, put him in, put her in, carried him, carried her, told him off, told her off
## The words before the name at the name question ("her name is Bella"); stop 63, held-out 18: "this one's Rolo", said of one of two dogs, was stored with its "this one's".
understanding-name-prefix = name
    .aliases = this one's, this ones, this one is, this one's called, this one is called, this little one is, his name is just, her name is just, its name is just, the name is just, name is just, it's just, its just, just, his name is, her name is, its name is, the name is, name is, name's, names, my dog is, our dog is, my boy is, my girl is, our boy is, our girl is, my puppy is, our puppy is, my dog's name is, my dogs name is, the dog is, this is, meet, it's, its, it is, he's, she's, he is, she is, we call him, we call her, we call it, call him, call her, called, named, i named him, i named her, the first one is, the first is, the older one is, the oldest is, the oldest one is, the younger one is, the youngest is, the youngest one is, the second one is, the younger is, the older is, the second is, the other one is, the other is, the big one is, the little one is, the small one is
## An article opening what follows "he's", "it's" at the name question ("it's a maltese", "he's a boy, neutered"; owner trial 28: the dog named "A Maltese"): a description, no name.
understanding-name-article = article
    .aliases = a, an
## One of several dogs named by its order ("the older one is Max"): the order is no quantity.
understanding-name-ordinal = the first one is
    .aliases = the first one is, the first is, the older one is, the oldest is, the oldest one is, the younger one is, the youngest is, the youngest one is, the second one is, the younger is, the older is, the second is, the other one is, the other is, the big one is, the little one is, the small one is
## The dog's name said again at a later survey question, to correct it ("his name is Max" at the age question).
understanding-name-correction = name correction
    .aliases = his name is, her name is, its name is, the name is, my dog's name is, my dogs name is, his name's, her name's, the dog's name is, the dogs name is
## Owner trial 13: at a later question, the one or two words after these are the dog's new name ("call him Chuck actually": dropped as no option). Stop 47 (owner trial 32): asked as a change ("actually can i change the name to Biscuit Jr lol" at the sex: a question for the coach model, the name unchanged).
understanding-name-correction-lead = name correction (lead)
    .aliases = change the name to, change his name to, change her name to, change its name to, change name to, rename him to, rename her to, rename it to, rename him, rename her, call him, call her, call it, we call him, we call her, his name is, her name is, his name's, her name's, its name is, i meant to write, i meant to type, name should be, the name should be, his name should be, her name should be, typo in the name, typo in his name, typo in her name, wrong name it's, wrong name its
## The name said to be the wrong one in a name correction ("its Poppy not Popyy", owner trial 31): "not" and the words after it are no part of the new name.
understanding-name-not = not
    .aliases = not, not like
## Words before a name typed again at a later question to put it right ("its just Poppy", owner trial 31: "not understood"): the name after them is read against the one stored.
understanding-name-retyped-lead = just
    .aliases = its just, it's just, it is just, just, its, it's, it is, its actually, it's actually, actually
## The name the dog is called now (stop 45 owner trial: "we call her lady but her shelter name was bella", "no name yet, we just call him buddy" refused as no name): the one or two words after the last of these are it, when nothing else reads as the name ("her name is Bella but we call her bells" stays Bella).
understanding-name-called-lead = call her
    .aliases = call her, call him, call it, calling her, calling him, she goes by, he goes by, goes by
## The same in Korean, the name before these ("그냥 아가라고 불러요"); English has none.
understanding-name-called-tail = -
    .aliases = -
## Words after the new name that are no part of it ("call him Chuck actually").
understanding-name-correction-tail = after the name
    .aliases = actually, instead, please, pls, lol, haha, then, now, sorry, thanks, sometimes, too, also, mostly, usually
## Stop 47 (owner trial 32): the "to" ending after a new name asked for in Korean ("콩이주니어로 바꿔도 돼요?"); English has none.
understanding-name-changed-to = -
    .aliases = -
## Stop 48 (owner trial 33): Korean only, "이름을 보리로 바꿔도 되나요?" (the name with its object particle, a change asked); English asks it with the leads of understanding-name-correction-lead.
understanding-name-change-object = -
    .aliases = -
## Stop 48: Korean only, the words that may come before "이름을" (English: none).
understanding-name-change-before = -
    .aliases = -
## Kisses signed after a name, UK style, in lower case ("Poppy x"; owner trial 31: the dog named "Poppy x"): no part of the name ("Malcolm X" keeps its X).
understanding-name-kiss = kiss
    .aliases = x, xx, xxx, xxxx, xo, xox, xoxo
## Owner trial 13: the dog's name asked during the survey ("what was his name again lol": sent to the coach model): the name kept is said, and the question again.
understanding-name-asked = the name asked
    .aliases = what was his name, what was her name, what was its name, what was the name, what was my dog's name, what's his name again, whats his name again, what's her name again, whats her name again, what's the name again, whats the name again, what did i name him, what did i name her, what did i call him, what did i call her, what name did i give, what name did i put
## Owner trial 13: words before a name that are no part of it ("just call him dog").
understanding-name-lead-filler = before the name
    .aliases = just
## Words before the name saying whose dog it is or what it is to the owner ("my boy max", "our baby luna"; stop 45: the dog named "My Boy Max"): the name read without them. These words alone ("our dog") are no name.
understanding-name-owned = my
    .aliases = my, our, my boy, my girl, our boy, our girl, my baby, our baby, my baby boy, my baby girl, my little, our little, my little boy, my little girl, our little boy, our little girl, my sweet, my puppy, our puppy, my pup, our pup, my dog, our dog, my doggo, our doggo, my fur baby, our fur baby, my furbaby, our furbaby, the little, my good boy, my good girl, my love, my sweetheart
## Words after a name saying that dog comes first, of several ("max first", "let's do max first"; owner trial 30: the dogs named "Max First", "Start With Max"): the name read without them.
understanding-name-first-after = first
    .aliases = first, first please, first pls, first plz, first then, first lol, to start, to begin with, first i guess
## Stop 49 (Korean owner trial): a correction word before the name at the name question ("아니요 초코부터요", "nope, Rex": the dogs named "아니요 초코", "Nope Rex"). The word saying no is never part of the name: what follows is read as the name.
understanding-name-denial = no
    .aliases = no, nope, nah, naw, nop, no no, nono, no sorry, sorry no, not quite, actually no, no actually
## Stop 50 (English owner trial): words that interrupt or apologise before the name ("sorry one sec", "oh wait sorry she's actually 6 not 5": the dogs named "Sorry One Sec", "Wait Sorry"). With `understanding-talk-wait` and `understanding-talk-sorry` they are no part of a name: alone they ask for time, before more words the rest is read.
understanding-name-interruption = oh
    .aliases = oh, ohh, oh no, ah, ahh, oops, whoops, woops, oopsie, um, umm, uh, uhh, er, erm, hmm, hm, wait, wait wait, oh wait, actually wait, ok wait, okay wait, sorry, so sorry, sry, soz, my bad, one sec, sec, a sec, hang on, hold on
## Stop 50 (English owner trial: "his name is mr. biscuits" stored "Mr"): a title typed with its period before a name; the period ends no clause there, and the name keeps it ("Mr. Biscuits").
understanding-name-title = mr
    .aliases = mr, mrs, ms, mx, dr, sgt, capt, cpt, col, lt, gen, maj, prof, st, rev, fr
## The same before the name ("start with max", "let's do max first").
understanding-name-first-before = start with
    .aliases = start with, let's start with, lets start with, we'll start with, well start with, starting with, let's do, lets do, do, begin with, let's begin with, lets begin with
## Another dog than the one the survey is about: a name told with these words is that dog's, never the surveyed dog's name corrected ("the other dog's name is Bean"; batch 73: renamed).
understanding-another-dog = another dog
    .aliases = another dog, other dog, other dog's, other dogs, second dog, second dog's, new dog, new dog's, the other one, our other one, my other one
## Another dog told with its name ("oh and we also have Summer, she's 2"): the words before the name. That dog is added (the age told kept for its survey).
understanding-another-dog-have = we also have
    .aliases = we also have, i also have, we have, i have, we've also got, i've also got, we've got, i've got, we also got, i also got, there's also, theres also, there is also, we have another dog, we also have another dog, i also have another dog
## (Korean only: the particle glued to a name that says "also", "여름이도".)
understanding-another-dog-particle = -
## Words read past between those and the name ("we also have a dog called Summer"), and the words around ("oh and").
understanding-another-dog-lead = and
    .aliases = a, another, dog, puppy, girl, boy, called, named, oh, and, also, so, btw, actually, too, as well, a dog called, a dog named, another dog called, another dog named, a girl called, a boy called
## Stop 48 (owner trial 33): between another dog's name and its age told mid-survey ("bramble is only 5 months btw": lost at the household, "actually bramble is 2 not 1" stored as the surveyed dog's age).
understanding-other-dog-age-is = is
    .aliases = is, 's, is only, is just, is actually, is now, is still, is like, is about, is around, only, just, turned, just turned, is turning, will be
## Words that say it is one more dog ("we also have Summer", "we have Max too").
understanding-another-dog-also = also
    .aliases = also, too, another, second, as well, other
understanding-name-ending = name ending
    .aliases = is the name, is his name, is her name, period, full stop, fullstop, exclamation mark, exclamation point, btw, by the way, fyi, tbh, haha, thanks, thx
## Korean only: the start of a 하다 verb's ending after a word left over ("순해요": stop 61, owner trial 61 quoted "순"); the word is quoted whole. English words are quoted whole anyway.
understanding-hada-ending = hada ending
understanding-polite-ending = polite ending
    .aliases = i think, probably, i guess, maybe
understanding-keyboard-rows = keyboard
    .aliases = qwertyuiop, asdfghjkl, zxcvbnm, 1234567890
understanding-list-joiner = and
    .aliases = and, also, plus, or, as well as, both
## Held-out 13 (stop 58): no pedigree said beside a mix ("just a mutt, no pedigree": the breed "Pedigree Mix"; "잡종이요 ㅋㅋ 족보 그런거 없어요": no breed found): the mix option, what it is mixed of not known.
understanding-mix-no-pedigree = no pedigree
    .aliases = no pedigree, no papers, not purebred, not a purebred, not pure bred, not a pure breed, no papers or anything, no pedigree or anything
## Several breeds mixed ("poodle and maltese mix" → Poodle·Maltese mix). The value is the word stored.
understanding-mix = mix
    .aliases = mix, mixed, mixed breed, cross, crossed, crossbreed, cross breed, mutt
## Breeds an owner may name at the breed question, found inside a sentence too ("we got a golden
## retriever from a breeder" → golden retriever). A breed not listed is still taken when the answer
## is a short phrase with none of the sentence words below.
understanding-breed = breed
    .aliases = maltese, poodle, toy poodle, standard poodle, miniature poodle, pomeranian, pom, shih tzu, shihtzu, bichon, bichon frise, yorkie, yorkshire terrier, chihuahua, dachshund, doxie, corgi, welsh corgi, shiba, shiba inu, jindo, border collie, collie, schnauzer, miniature schnauzer, beagle, pug, french bulldog, frenchie, bulldog, english bulldog, golden retriever, golden, retriever, labrador, labrador retriever, lab, labradoodle, goldendoodle, doodle, cavapoo, cockapoo, maltipoo, spitz, samoyed, husky, siberian husky, malamute, alaskan malamute, shetland sheepdog, sheltie, cocker spaniel, spaniel, cavalier, cavalier king charles spaniel, miniature pinscher, min pin, papillon, pekingese, bedlington terrier, italian greyhound, greyhound, whippet, german shepherd, shepherd, australian shepherd, aussie, doberman, rottweiler, jack russell, jack russell terrier, boston terrier, terrier, westie, cairn terrier, chow chow, shar pei, dalmatian, boxer, great dane, pit bull, pitbull, pit, pittie, pitty, staffy, staffie, heeler, blue heeler, cattle dog, australian cattle dog, gsd, staffordshire, akita, basset hound, bernese, bernese mountain dog, poodle mix, jindo mix, mutt, mongrel, rat terrier, fox terrier, bull terrier, foxhound
## Words that make a breed answer a sentence about something else (where the dog came from, an
## age corrected, an apology): with no breed named, the breed question is asked again.
understanding-not-a-breed = sentence
    .aliases = i, we, he, she, they, got, get, from, adopted, adopt, bought, buy, was, were, have, has, had, is, are, friend, friends, family, shelter, pet shop, store, breeder, sorry, meant, wrong, years, year, old, months, age, because, my, our, his, her, him, them, it, that, this, what, why, how, when, where, do, does, did, don't, can, you, your, wait, hold on, hang on, later, small, medium, large, sized, small dog, big dog, medium-sized, kg, kilos, pounds, lbs, yes, yeah, yep, no, nope, kids, kid, children, child, people, adults, adult, cat, cats, a cat, kitten, kitty, rabbit, bunny, hamster, parrot, bird
## Korean only: a number followed by wondering aloud ("3개월 됐나"); English hedges with "maybe", read by the quantity parser.
understanding-number-wondered = wondered
## Words before a breed that tell only how the dog looks ("a maltipoo but looks like a maltese": the maltipoo, stop 50): a breed named after them is no answer.
understanding-breed-looks = looks
    .aliases = looks like, look like, looks more like, looks just like, mostly looks, resembles, looks almost like
## A breed others named that the owner does not believe ("the shelter said lab but i dont believe them", "they said beagle but he's not"; stop 57 trial: stored "shepherd·husky·lab mix"): who named it (`-hearsay`) before, the owner's doubt (`-rejected`) after it; that breed is no answer, the others named are.
understanding-breed-hearsay = they said
    .aliases = the shelter said, shelter said, the shelter says, shelter says, they said, they say, they told me, i was told, we were told, the rescue said, rescue said, the papers say, papers say, the vet said, vet said, the breeder said, breeder said, supposedly, apparently
understanding-breed-rejected = i dont believe them
    .aliases = i dont believe them, i don't believe them, i dont believe it, i don't believe it, dont believe them, don't believe them, i doubt it, i dont think so, i don't think so, dont think so, don't think so, he's not, she's not, hes not, shes not, he isn't, she isn't, he isnt, she isnt, no way, not really, i'm not so sure, im not so sure, i'm not sure about that, im not sure about that
## Hedges around a breed ("I think a lab mix", "probably a poodle"): read past.
understanding-breed-hedge = hedge
    .aliases = i think, i think it's, i think he's, i think she's, think, probably, prob, maybe, possibly, perhaps, likely, looks like, some kind of, kind of, sort of, mostly, a, an, some, part, he's, she's, it's, hes, shes, he is, she is, it is, he's a, she's a, it's a, just, lol, lmao, haha, tbh, honestly, i guess, i believe, pretty sure, i'm pretty sure, im pretty sure, breed, dog, but, but maybe, or maybe, though, idk, i dunno, dunno, not sure, no idea, i don't know, i dont know, in there, in him, in her, too, as well
## A request around a breed ("no just make it mixed", "put poodle"): read past.
understanding-breed-request = request
    .aliases = no, nah, nope, actually, make it, just make it, make that, put, just put, put it as, put it down as, put him down as, put her down as, put down, change it to, change that to, go with, let's go with, lets go with, say, just say, write, mark it as, please, pls, plz, instead, then
## Words that count but never pick an option by its position ("just me" at the sex question is no first option); taken out of lexicon.ftl's numbers there.
understanding-count-only = count word
    .aliases = a, an, just me, only me, me alone, couple, a couple
understanding-ordinal = number
    .aliases = number, no, option, choice, st, nd, rd, th

## Words after another question's answer said with a number (the dog's sex: "3 years, he's a boy"): the number answers the open question.
understanding-other-answer-ending = ending
    .aliases = too, as well, btw, by the way

## -- Concepts inside options (sex and neutering). The value names what was understood.
understanding-concept-male = male
    .aliases = male, boy, he, him, his, a boy, he's a boy, male dog, m, boi, a boi, hes, he's, he is
## "done" after a pronoun is the owner done, not the dog neutered ("he's done" at the sex question: asked again, stop 50).
understanding-concept-neutered-not = not neutered
    .aliases = he's done, hes done, he is done, she's done, shes done, she is done, i'm done, im done, all done, we're done
understanding-concept-female = female
    .aliases = female, girl, she, her, hers, shes, she's, she is, a girl, she's a girl, female dog, bitch, f, gurl, grl, girlie, a gurl, femail, femle, femaile, spayed
understanding-concept-neutered = neutered
    .aliases = neutered, spayed, fixed, castrated, snipped, desexed, sterilised, sterilized, done, had the surgery, had her surgery, had his surgery, had the op
## At the worst reaction, a wound only a bite makes told alone ("she broke the skin once", "it left teeth marks", "it bled"; stop 63, held-out 18: half an option read, asked again): a bite with injury. Not a wound without a bite (`understanding-wound-not-bite`). A torn ear or a wound stitched ("귀가 찢어져서 병원 갔었어요"; held-out 19) alike.
understanding-bite-wound = broke the skin
    .aliases = broke the skin, broke skin, breaking the skin, broken skin, teeth marks, tooth marks, punctured, puncture wound, puncture wounds, drew blood, draw blood, made it bleed, it bled, bled, bleeding, torn, tore, ripped, stitches, stitched
## A wound made without a bite ("her claws scratched me"): at the worst reaction, the wound alone is no bite.
understanding-wound-not-bite = scratched
    .aliases = scratch, scratched, scratches, claw, claws, clawed, nail, nails
## A nip is teeth that touch: a bite, and the lightest one (owner trial 8: "she nipped once" was "Snap, no contact").
## Words holding a bite that tell another behaviour ("bit of", "chewed and bit the couch" stays a bite): at a check-in, no bite told.
understanding-concept-bite-not = not a bite
    .aliases = a bit, bit of, bit better, bit worse, bit more, bit less, little bit
## Stop 63 (noticedleft63): at the health note, a bite that is health, not behaviour: the dog bitten (a tick, an insect, another dog) or biting itself ("he had a tick bite", "bites his paws, allergies"). Such a bite stays the note; any other bite told there is a report (`SurveyReading._at_text`).
understanding-bite-health = bitten, or biting itself
    .aliases = bitten, got bit, was bit, tick, ticks, tick bite, flea, fleas, flea bite, insect, insect bite, bug bite, mosquito, mosquito bite, snake, snake bite, bee, wasp, spider, his paw, his paws, her paw, her paws, its paws, his tail, her tail, his leg, her leg, his legs, her legs, itself, himself, herself, itchy, itch, itches, scratching, allergy, allergies, skin
## Stop 63 (noticedleft63: "it left teeth marks" at the strongest reaction was the growl, by its teeth): teeth that left a mark touched, a bite; a mark alone is no injury (blood or a wound said makes it one).
understanding-concept-bite = a bite
    .aliases = bit, bite, bitten, bites, biting, has bitten, nip, nips, nipped, nipping, teeth marks, tooth marks, teeth mark, tooth mark, bite marks, bite mark, left marks, left a mark
## Stop 49 (owner trial): "she nipped my boyfriends ankle and made it bleed a bit" was "Bite, no injury": bleeding is the injury.
understanding-concept-injury = injury
    .aliases = injury, injured, blood, bled, bleed, bleeds, bloody, drew blood, bleeding, stitches, broke the skin, hurt, scratch, scratched, a scratch, wound, puncture, punctures, cut
understanding-concept-no_injury = no injury
    .aliases = no injury, not injured, no blood, didn't break the skin, did not break the skin, didnt break the skin, didnt break skin, didn't break skin, did not break skin, never broke the skin, never broke skin, skin wasn't broken, skin wasnt broken, no broken skin, didn't draw blood, didnt draw blood, did not draw blood, no puncture, no punctures, didn't puncture, didnt puncture, no marks, wasn't hurt, not hurt, lightly, gently, softly, light bite, a light bite, barely, nip, nips, nipped, nipping, no scratch, not a scratch, without a scratch, no scratches, no wound, no wounds, no wound at all, teeth marks, tooth marks, teeth mark, tooth mark, bite marks, bite mark, left marks, left a mark
## A snap told with an injury is a bite that hurt (`option_concepts`, stop 49); alone it is the snap option's own words.
understanding-concept-snap_contact = a snap (that touched, with an injury)
    .aliases = snap, snaps, snapped, snapping
understanding-concept-flight = hiding
    .aliases = hides, hide, hiding, she hides, he hides, runs away, run away, running away, runs off, avoids, avoiding, backs off, backs away, cowers, freezes, shuts down, walks away
understanding-concept-other_animal = another animal
    .aliases = bearded dragon, bearded dragons, gecko, geckos, iguana, chinchilla, hedgehog, budgie, budgies, cockatiel, canary, rat, rats, mouse, mice, gerbil, frog, axolotl, horse, goat, pig, other, others, hamster, hamsters, rabbit, rabbits, bunny, bird, birds, parrot, turtle, tortoise, fish, ferret, guinea pig, guinea pigs, lizard, snake, chickens
## Words holding an animal's name that name none ("chicken treats", "pig ears", "horsing around"): no other pet.
understanding-concept-other_animal-not = no animal
    .aliases = chicken treats, chicken jerky, chicken breast, chicken bone, chicken bones, pig ear, pig ears, pork, horsing around, horse around, rat poison, mouse toy, bird watching, my other one, the other one, other one
understanding-concept-origin_other = another place
    .aliases = online, marketplace, facebook, craigslist, gumtree, an ad, classifieds
## Neutering told as planned ("she'll be spayed next month"; owner trial 28: stored as done), or the dog too young for it yet ("boy, too young to be neutered yet"; owner trial 31: stored as neutered): not neutered yet.
## Stop 62 (held18fix, held-out 18: "girl, not spayed yet but booked for 6 months": the booking's "6 months" left unread, asked again): booked for a date or an age, or thought about: not yet.
understanding-neuter-planned = will be
    .aliases = will be spayed, will be neutered, she'll be spayed, he'll be neutered, getting spayed, getting neutered, getting her spayed, getting him neutered, going to be spayed, going to be neutered, gonna get, scheduled, next month, next week, booked in, planning to, too young to be, too young for, too young to get, too little to be, not old enough to be, not old enough for, when he's older, when she's older, once he's older, once she's older, until he's older, until she's older, until he's a bit older, until she's a bit older, wait until he's, wait until she's, wait till he's, wait till she's, booked for, booked in for, booked to be, thinking about, thinking of
## Stop 62 (held18fix, held-out 18: the Korean "중성화는 할 생각이 없습니다" read as spayed): no plan to neuter is not neutered.
understanding-concept-intact = not neutered
    .aliases = not neutered, not spayed, not fixed, not been done, not been neutered, not been spayed, not been fixed, not had the op, not had the surgery, not been snipped, intact, entire, unneutered, unspayed, not yet, not done, isn't neutered, isnt neutered, isn't spayed, isnt spayed, hasn't been, hasnt been, not yet neutered, not yet spayed, neutered no, spayed no, fixed no, no plans to neuter, no plans to spay, no plan to neuter, no plan to spay, not planning to neuter, not planning to spay, not going to neuter, not going to spay, won't neuter, won't spay, wont neuter, wont spay, not neutering, not spaying, don't plan to neuter, don't plan to spay, dont plan to

## -- Outcomes inside a check-in answer, anywhere in the sentence ("better but still barks"); two at once are asked again. Longest first: "not better" is the same.
## Stop 63 (held-out 18: at a fear check-in, "yesterday he walked as far as the front gate" was not understood): how far the dog made it now is a "better" too.
understanding-concept-outcome_better = better
    .aliases = better, improved, improving, improvement, calmer, less barking, barks less, barking less, fewer, progress, it's working, its working, it worked, helped, helping, only once, just once, only one time, only jumped once, only barked once, only howled once, only whined once, only cried once, only did it once, only a little, instead of the whole time, not the whole time, only chewed once, only growled once, only pulled once, only lunged once, only peed once, only nipped once, only once this week, just once this week, less often, not as often, not as much, fewer times, barked less, chewed less, whined less, cried less, growled less, pulled less, less than before, but less, just less, less now, less though, less tho, a lot less, lot less, way less, much less, bit less, little less, less and less, less intense, less loud, not as long, not as loud, not as bad, not as intense, quieter, shorter, it really worked, really worked, really helped, it really helps, really working, its really working, it's really working, made it to the, made it as far as, walked as far as, got as far as, managed to walk
understanding-concept-outcome_same = the same
    .aliases = same, no change, no changes, unchanged, no difference, not much difference, no different, not different, not much different, hasn't changed, hasnt changed, didn't change, didnt change, not better, no better, not any better, not much better, no improvement, didn't help, didnt help, not helping, not working, isn't working, isnt working, nothing changed, nothing really changed, nothing has changed, hasn't really changed, hasnt really changed, didn't really change, didnt really change, not really any different, didn't work, didnt work, did not work, doesn't work, doesnt work, not really working, no change really, didnt really work, didn't really work, did not really work, doesnt really work, doesn't really work, does not really work, isnt really working, isn't really working, not really helping, didnt really help, didn't really help, did not really help, hasnt helped, hasn't helped, has not helped, hasnt really helped, hasn't really helped, doesnt really help, doesn't really help, didnt seem to help, didn't seem to help, didnt seem to work, didn't seem to work, not working really, no less, not less, not any less, no less than before, not much less, no quieter, not any quieter, no shorter, not any shorter
## Words holding a "better" phrase that tell no outcome ("we tried shorter walks"): taken first, dropped.
understanding-concept-outcome_better-not = no outcome
    .aliases = shorter walks, shorter walk, shorter sessions, shorter session, shorter leash, shorter lead, shorter training, shorter time, shorter route
## Stop 60 (held-out 16): at a check-in, more of the behaviour in other words than barking ("more accidents since the move tbh, two a day": a report sent to the model) is worse too.
understanding-concept-outcome_worse = worse
    .aliases = worse, worsened, more barking, barks more, barking more, getting worse, more often, more than before, more accidents, more pees, more peeing, more wees, more messes, more biting, more nipping, more whining, more howling, more pulling, more lunging, more growling, more chewing, pees more, bites more, whines more, howls more, pulls more, lunges more, growls more, chews more
understanding-concept-outcome_not_tried = didn't try
    .aliases = haven't tried, havent tried, have not tried, didn't try, didnt try, did not try, not tried, didn't get a chance, didnt get a chance, did not get a chance, haven't had a chance, havent had a chance, haven't had the chance, havent had the chance, have not had the chance, didn't get the chance, didnt get the chance, did not get the chance, no chance, didn't have time, didnt have time, no time, too busy, been busy, was busy, forgot, didn't get to, didnt get to, couldn't try, couldnt try, not yet tried, haven't done, havent done, didnt really get to, didn't really get to, did not really get to, didnt really try, didn't really try, didnt rly try, didn't rly try, did not rly try, didnt rly get to, didn't rly get to, didnt get around to, didn't get around to, didnt get round to, didn't get round to, havent had time, haven't had time, have not had time, hadn't had time, hadnt had time, not had time, had no time, no time to try, this weekend, at the weekend, on the weekend, will try, i'll try, ill try, gonna try, going to try, will give it a try, will give it a go, try it later, will try later
## At a check-in's note, words saying the step was not tried, beside a plan ("haven't had time, will try this weekend"): the answer corrected to "didn't try"; a plan alone ("will try it again this weekend") is only the note (owner trial 17).
understanding-outcome-not-tried-said = didn't try
    .aliases = didn't try, didnt try, did not try, haven't tried, havent tried, have not tried, not tried, didn't get a chance, didnt get a chance, haven't had a chance, havent had a chance, haven't had the chance, havent had the chance, have not had the chance, didn't get the chance, didnt get the chance, did not get the chance, didn't have time, didnt have time, haven't had time, havent had time, no time, too busy, been busy, was busy, forgot, didn't get to, didnt get to, couldn't try, couldnt try, not yet tried, didn't really try, didnt really try, didn't get around to, didnt get around to
## At a check-in, going on with the step ("will keep doing it", "keep at it"): a plan, no outcome (owner trial 17: its plan words read as "didn't try", then replacing the answer at the note).
understanding-outcome-continued = keep doing it
    .aliases = keep doing, keep at it, keep trying, keep going, keep practicing, keep practising, stick with it, stick at it, will continue, continue with it, carry on
## Casual outcomes, read only as the answer to "how did it go?" (owner trial 12), never as a note that corrects the answer ("he was fine with guests" is no "the same").
understanding-concept-outcome_better_casual = not bad
    .aliases = not bad, not too bad, pretty good, really good, went well, going well, went good, went great, going great, pretty well
understanding-concept-outcome_same_casual = went ok
    .aliases = went ok, went okay, went fine, went alright, was ok, was okay, was fine, was alright, it's ok, its ok, it's okay, its okay, it's fine, its fine, meh, so-so, so so

## A bite told as a habit in a check-in's answer ("a bit better but he still bites sometimes"; owner trial 30: analysed as a new report): the check-in's note, not one time it happened.
understanding-outcome-habit = habit
    .aliases = sometimes, at times, still, often, always, occasionally, now and then, every now and then, from time to time, every so often
## At a check-in, a behaviour told as it still is ("tried it, he still goes crazy at the door"), no outcome word: the same.
understanding-outcome-still = still
    .aliases = still, keeps, kept, as before, same as before, just like before, as usual, like always, as always, keeps doing it, same thing
## At a check-in, words that tell another behaviour as new, before it ("less barking but now he whines", "he also whines") or after it at the message's end ("he whines too now"): that part is a report too.
understanding-outcome-new = now
    .aliases = now, instead, started, starting, new, these days, nowadays, also, too, as well, lately, recently, but now
## At a check-in or its note, a behaviour told as having started ("she started growling at the cat", "he's starting to nip"; stop 56, held-out 12: the growling dropped, only "better" kept): right before the behaviour, a new one, a report too, also when the behaviour followed up is not known. "when she starts barking…" (a condition) is none.
understanding-outcome-started = started
    .aliases = started, has started, have started, 's started, began, has begun, is starting to, 's starting to, starting to, started to
## At a check-in, both ways at once ("half and half", "hit and miss"): no outcome, asked which one overall.
## A check-in answered only vaguely ("kinda?", "sort of", "ish", "eh maybe?"; stop 49, owner trial: "kinda?" sent to the coach model as a question, the check-in left open): the whole message these words, no outcome recorded, "hard to tell" said and the outcome asked again. A bare thinking sound ("hmm", "음") is no answer at all: the plain re-ask (`test_after_result_leftovers`).
understanding-outcome-vague = kinda
    .aliases = kinda, kind of, kinda sorta, sorta, sort of, ish, -ish, somewhat, a bit, a little, a little bit, maybe, i guess, i guess so, guess so, perhaps, possibly, partly, sorta kinda, kinda sort of, meh maybe, eh, ehh, eh maybe, not really sure, so to speak, more or less, i think so, i suppose, suppose so, in a way, somehow
## At a check-in answered "worse", a refusal or dislike told as new ("worse actually, now he won't even go out"; stop 49, owner trial: a second report analysed): what the step made worse, the note of "worse", no new report.
understanding-outcome-refusal = won't go
    .aliases = won't go, wont go, won't even go, wont even go, refuses, refused, refuse, doesn't want to, doesnt want to, does not want to, won't come, wont come, hates going, hates it, won't leave, wont leave, won't walk, wont walk, won't move, wont move, digs in, dislikes
## Unsure of the outcome at a check-in's "how did it go?" ("maybe a bit better? not sure"): no outcome recorded, asked again.
understanding-outcome-unsure = not sure
    .aliases = not sure, not really sure, unsure, hard to tell, hard to say, difficult to say, can't tell, cant tell, can't really tell, don't know, dont know, do not know, idk, no idea, not certain, not convinced
## A hedge that doubts only an outcome told after it ("maybe a bit better"): after the last outcome word it hedges a detail ("kinda better? he still bites but less hard maybe"; English owner trial 31: asked again, the check-in left open), and the outcome stands.
understanding-outcome-unsure-lead = maybe
    .aliases = maybe, perhaps, possibly
## Praise said of the behaviour told at its worst ("oh yeah GREAT, she barked at the window for an hour straight yesterday 🙃"; English owner trial 31: a new report, the check-in left open): at a check-in, worse; the words its note. Not when the behaviour is told stopped ("oh great, he didn't bark at all").
understanding-outcome-sarcastic = oh great
    .aliases = oh great, oh yeah great, yeah great, oh yea great, ya great, oh just great, just great, oh wonderful, just wonderful, oh lovely, just lovely, oh fantastic, oh brilliant, oh perfect, just perfect, great 🙃, wonderful 🙃, lovely 🙃, perfect 🙃, fantastic 🙃, brilliant 🙃, so great 🙃, 🙃, great job 🙃, thanks a lot 🙃
## Looks unsure, but the outcome is certain ("much better, not sure why").
understanding-outcome-unsure-not = sure
    .aliases = not sure why, don't know why, dont know why, no idea why, not sure how, idk why, maybe this weekend, maybe at the weekend, maybe tomorrow, maybe later, maybe tonight, maybe next week
## A reaction told as one time it was aimed at someone ("snapped once at my nephew", "growled at my friend once"): at the worst-reaction question the option is ticked and the incident kept as a report. Both a word of one time and a person it was aimed at are needed ("he growls at strangers", "has snapped before" are a habit or the past, no report).
understanding-one-time = once
    .aliases = once, one time, one day, the other day
## Told as happening now ("hold on he's barking like crazy at the mailman right now"): at a survey question, with what the dog reacts to, an incident kept and analysed, not a concern told early (owner trial 12: only added to the concerns).
understanding-happening-now = right now
    .aliases = right now, rn, just now, at the moment, as we speak, as i type
understanding-someone = someone
    .aliases = my nephew, my niece, my friend, my friends, a friend, my son, my daughter, my kid, a kid, a child, my husband, my wife, my partner, my mom, my dad, my mother, my father, my brother, my sister, my cousin, my neighbor, my neighbour, a neighbor, a neighbour, a guest, our guest, the mailman, a stranger, my grandson, my granddaughter, my boyfriend, my girlfriend, my roommate
## A behaviour aimed at a child (at the worst-reaction question, "once" or not): the answer and kept as a report too (owner trial 13: "growled at my nephew once" was, "snapped at a kid" was the answer only).
understanding-child-aimed = a kid
    .aliases = at a kid, at a child, at kids, at children, at my kid, at my kids, at my nephew, at my niece, at my son, at my daughter, at a toddler, at the baby, at our baby, at a baby, at my grandson, at my granddaughter, at the kids, at the children
## One time told in the past, so never a habit or a concern only: irregular past forms, which "-ed" misses (stop 59: "he just bit the visitor" at the household was kept as a concern, the bite lost).
understanding-past-told = bit the
    .aliases = just bit, bit me, bit my, bit the, bit a, bit an, bit his, bit her, bit him, bit our, bit their, bit someone, bit somebody, ate the, ate a, ate my, ate his, ate her, ate some, stole the, stole a, stole my, tore up, tore the, tore my, ran off, ran away, ran after, ran out, dug up, dug a, fought with, threw up, broke the, broke my, got out, went for the, went for a, went for my
## A behaviour told at a survey question with no incident: words of a habit or a past with no date ("he has tried to bite before", "bites sometimes"); told in the past with one of these, it is still no single incident.
understanding-habit-ever = habit
    .aliases = before, ever, once, sometimes, at times, a little, a bit, a lot, often, always, usually, keeps, tends to
## Whom or what a behaviour is aimed at ("barking at other dogs", "pulls on the leash"): with these it is more than a behaviour named.
understanding-habit-target = target
    .aliases = at, on, the, with, when, whenever, around, people, dogs, guests
understanding-outcome-mixed = half and half
    .aliases = half and half, fifty fifty, 50/50, hit and miss, hit or miss, up and down, on and off, mixed, mixed results, some days yes some days no, depends on the day
## At a check-in, some days one way and some days another ("some days he barks less, some days it's the same"; stop 48: told both and asked to pick again): better and the same told together is the same, the words its note. A bare "half and half" still asks which one overall.
understanding-outcome-some-days = some days
    .aliases = some days, other days, on some days, some days are, depends on the day, varies day to day, day to day
## At a check-in, only "I'll try" said back to the coach ("ok I'll try", "will try that, thanks"; stop 48: stored as not tried): a plan, no outcome; with an okay or thanks it is small talk and the check-in stays open. Said with when ("will try this weekend") it is not tried yet.
understanding-outcome-will-try = I'll try
    .aliases = will try, i'll try, ill try, i will try, will try that, i'll try that, ill try that, will try it, i'll try it, ill try it, gonna try, gonna try that, gonna try it, will give it a try, will give it a go, will give that a try, will do, i'll do that, will do that, i'll give it a go, ill give it a go, i'll give it a try
## Stop 64 (misc64): at a check-in, getting further ("made it to the corner", "got as far as the gate", "got further", better words) followed by the problem again or still ("got to the front of the house but he trembled and stopped again"; recorded as better): a bit further, the problem the same: "the same". Only with `understanding-outcome-again` or `-still` after it.
understanding-outcome-got-further = got further
    .aliases = got further, got farther, went further, went farther, walked further, walked farther, made it to the, made it as far as, walked as far as, got as far as, got to the, we got to the, made it past, got past, went a bit further, a bit further, a little further
## At a check-in, the step worked only some of the times ("kinda? it worked 2 out of 5 times"; owner trial 28: stored as better): with "better" read, both ways at once, asked which one overall as "half and half" is.
## Stop 52 (verification trial): better only on some days ("kinda? some days better some days not": recorded as better) is partly too.
understanding-outcome-partly = some of the times
    .aliases = out of, half the time, half of the time, some of the time, every other time, one time in, worked sometimes, works sometimes, sometimes it works, sometimes it worked, sometimes it helps, sometimes it helped, some days better some days not, some days are better some days not, some days are better some days arent, some days better some not, some days good some days bad, some days good some days not, good days and bad days, better some days, better on some days
## At a check-in, words right before the behaviour followed up that tell it stopped or less ("he doesn't bark anymore", "no longer barks", "hasn't barked since tuesday"; owner trial 28: a new incident): better. Only glued to its verb ("didn't like it and barked" is none).
understanding-outcome-stopped-before = no longer
    .aliases = no longer, doesn't, doesnt, does not, doesn't even, doesnt even, didn't, didnt, did not, didn't even, didnt even, hasn't, hasnt, has not, hasn't really, hasnt really, hasn't even, hasnt even, haven't heard him, havent heard him, haven't heard her, havent heard her, won't, wont, isn't, isnt, is not, wasn't, wasnt, not, never, stopped, has stopped, quit, hardly, hardly ever, barely, rarely, no more, not even
## At a check-in, words right after the behaviour followed up that tell it stopped or less ("barking has stopped", "barking went down").
understanding-outcome-stopped-after = stopped
    .aliases = anymore, any more, no more, has stopped, stopped, is gone, has gone down, went down, has decreased, decreased, less, a lot less, much less, less often
## At a check-in, the behaviour followed up told happening again ("he takes the treat and barks again", "won't stop barking"; owner trial 28: a new incident): the same, its words the note. With its verb only; the words of "still" count too.
understanding-outcome-again = again
    .aliases = again, once again, all over again, never stopped, didn't stop, didnt stop, did not stop, doesn't stop, doesnt stop, does not stop, won't stop, wont stop, wouldn't stop, wouldnt stop, hasn't stopped, hasnt stopped, can't stop, cant stop, not stopped, back to
## Words holding an "again" that tell no behaviour again ("will try again", "try it again"): a plan.
understanding-outcome-again-not = try again
    .aliases = try again, try it again, trying again, tried again, do it again, practise again, practice again, start again

## -- Which dog a message is about: what may follow a dog's name ("Bori's").
understanding-name-particle = particle
    .aliases = 's, ’s, s'
## A word right before a dog's name that makes it the one a behaviour is aimed at ("she growls at clyde"): the report is the other dog's (owner trial 17).
understanding-name-aimed-at = at
    .aliases = at, towards, toward
## (Korean only: the particles that mark a dog's name as the subject or the topic. English reads the sentence's first name.)
understanding-name-subject-particle = -
understanding-name-topic-particle = -
## (Korean only: the particles that mark a dog's name as the one the behaviour is done to, "맥스 몽이한테 으르렁거려요": the other dog's report; owner trial 16.)
understanding-name-target-particle = -
## (Korean only: verbs telling what was done to the subject, "몽이가 맥스한테 물렸어요": the dog before the agent's particle did it.)
understanding-passive-verb = -
understanding-passive-agent-particle = -
## (Korean only: the ending of the verb after a dog marked as the subject that makes it the one setting the behaviour off, "키위가 다가가면".)
understanding-name-trigger-ending = -
## A word right before a dog's name that makes it the one setting the behaviour off, not the one doing it ("when kiwi comes near, mango growls": Mango's report; owner trial 33).
understanding-name-trigger-before = when
    .aliases = when, whenever, if, once, everytime
## The word before a dog's name that makes it the one doing the behaviour in a sentence where the other is its subject ("Luna gets humped by Sol", "Mongi got bitten by Max": Sol's, Max's report; owner trial 16).
understanding-name-agent = by
    .aliases = by
## After a dog's name typed from the list of dogs just shown ("Choco please", "Choco one").
understanding-pick-name-ending = pick ending
    .aliases = please, pls, one, that one, the one, it is, is it, thanks, plz, obvs, obviously, of course, ofc, lol
## Words before a dog's name typed at a list of dogs ("just bramble obvs" at "Which dog would you like to talk about?"; stop 47, owner trial 30: not understood): the name still picks its dog.
understanding-pick-name-before = just
    .aliases = just, only, obviously, obvs, definitely, def, um, uh, oh
## Words before a breed typed to switch to the dog of that breed ("switch to the beagle", "the beagle" at the dogs' list; stop 50): read past.
understanding-pick-breed-before = the
    .aliases = the, my, our, that, the little, the big
## Words before a name typed as the answer to "shall we add the other dog?" ("now pip", "next is Pip"; stop 50, Telegram: not understood): read past, the name is the new dog's.
understanding-offer-name-lead = now
    .aliases = now, next, next is, next one is, then, and, also, the other one is, the other is, the other one, other one is, her name is, his name is, name is, its name is, she's, he's, shes, hes, it's, its, called, named, her name's, his name's

## A joining word after an answer that a report follows ("8 hours, and she barks the whole time").
understanding-answer-joiner = and
    .aliases = and, but, during which, and during that
## Words that tie a profile answer typed with no question open to the dog talked about ("actually she's a girl", "he's a beagle mix"): with none of them, nor a dog's name, nor a correction word, an answer that contradicts the confirmed profile ("girl spayed" for a neutered male; owner trial 34: meant for a second dog) is asked about, not stored.
understanding-profile-own-dog = he
    .aliases = he, she, his, her, him, he's, she's, hes, shes, he is, she is, actually, sorry, oops, whoops, i meant, should be, now, turned, our dog, my dog, we got him, we got her, oh and, btw, by the way, forgot to say, forgot to mention
## -- A survey answer corrected later ("sorry I meant 5 years old", "correction: she is 12 kg"): a correction word and the value together.
## The formal request to correct it ("Rex is 4, kindly correct that"; stop 63, held-out 13 in Korean 하십시오체: not understood) is a correction word too.
understanding-correction = correction
    .aliases = correction, oops, whoops, correct that, to correct, please correct that, kindly correct that, please amend that, kindly amend that, please amend it, please correct it, sorry i meant, i meant, i mean, i meant to say, i meant to write, my mistake, my bad, typo, i made a typo, i made a mistake, i was wrong, i got it wrong, that was wrong, wrong answer, wrong, let me correct, let me correct that, sorry wrong, wait, oh wait, hold on, actually, i said, i already said, like i said, as i said, i told you, i already told you, i just said, wait no, no wait, oh wait no, wait no its, wait no it's, no wait its, no wait it's, wait its, wait it's
## What says an answer's value ought to be another one ("the breed should be aussie"): a correction word for the profile answers that are words (owner trial 20).
understanding-correction-should = should be
    .aliases = should be, should say, supposed to be, meant to be, it should be, it's supposed to be, needs to be
## An earlier value named as wrong beside the new one: "3 not 2" (the old value follows), "2 was wrong, 3" (it comes before); the old one is dropped.
understanding-correction-old-after = not
    .aliases = not, instead of, rather than
## Words that repeat the value said by mistake ("i said female by mistake": what follows is the old value), and the Korean quotative endings that mark it before a mistake word ("암컷이라고 잘못 말했어요"; batches 240-243).
understanding-correction-said-old = i said
    .aliases = i said, i put, i typed, i wrote, i picked, i chose, i entered, i clicked, i tapped, i selected, i answered, i told you, i told u, i mentioned
understanding-correction-quoted = 라고
    .aliases = 이라고, 라고, 이라구, 라구, 다고, 으로, 로
## What sets the new value against an old one said before ("i said female but hes male"; stop 47, owner trial 31: read as the open question's answer pointing back): like "by mistake", it closes the old value after "i said", the new value follows.
understanding-correction-said-but = but
    .aliases = but, but actually, but really, though, yet
## Words that say a value was given by mistake, closing the old value after "i said" ("i said female by mistake hes male": what follows is the new value; stop 46, no comma between the two), and the Korean stems of a mistake ("수컷이라고 잘못말했네 암컷이에요", "수컷으로 잘못 눌렀어요").
understanding-correction-mistake = by mistake
    .aliases = by mistake, by accident, accidentally, mistakenly, wrongly, in error, by error, wrong, 잘못 말했, 잘못 말씀드렸, 잘못 얘기했, 잘못 썼, 잘못 적었, 잘못 입력했, 잘못 눌렀, 잘못 골랐, 잘못 체크했, 잘못 알려
understanding-correction-old-before = was wrong
    .aliases = was wrong, is wrong, no, no no, no wait, wait no
## Words giving one value or another ("3 hours, or else 4"): no correction, whatever else is said.
## How a correction opens ("oh wait 2 years", "sorry, 2 years"): a value of the question just answered, with its unit, typed at the next question and opening with these words corrects that answer (Korean owner trial ko10: "I can't tell if that's the Age"). Left out of the words quoted back when asked again.
understanding-correction-lead = oh
    .aliases = oh, oh wait, wait, wait no, no wait, oops, oopsie, whoops, sorry, sorry i meant, i meant, ah, ahh, actually, no, no no, correction, my bad, my mistake, typo, sorry typo, ah sorry, oh sorry, oh no, hold on, hmm actually
understanding-correction-or = or else
    .aliases = or else, or maybe
## A report said, right after, to be about another of the owner's dogs ("oh not Choco, Bori", "I meant
## Bori", "sorry, that was Bori"): the words that say so around the dogs' names (besides the correction's).
understanding-dog-retold = about another dog
    .aliases = i meant, meant, i mean, that was, it was, was, that's, thats, it's, its, about, talking about, i was talking about, i'm talking about, im talking about, that was about, it was about, this is about, it's about, its about, that one was, wrong dog, the wrong dog, i said the wrong dog, i wrote the wrong dog, actually it was, actually
## After the dog's name said to be the one who does what the report told ("bella's the one who bites tho", "its bori who does that"): the few words after it (the behaviour) are read past, and the report moves to that dog.
understanding-dog-retold-one = the one who
    .aliases = the one who, the one that, the one thats, the one that's, the one doing, the one doing it, one who, who, that does, that did, who does, who did
## Before the dog's name that was wrong ("not Choco").
understanding-dog-retold-not-before = not
    .aliases = not, not about, it wasn't, it wasnt, wasn't, wasnt, no not
## Stop 64 (owner trial, the groomer; tests/test_stop64_trialC64.py): the report just sent was about a dog that is not the owner's ("that wasn't Rex, it was a client's dog", "it was my neighbour's dog not mine"): kept with no dog, its red flags and bite hold off the owner's dog. "was" kept in each, so a report ("he barks at my neighbour's dog") is not read so.
understanding-dog-disowned = was a client's dog
    .aliases = was a client's dog, was a clients dog, was a customer's dog, was a customers dog, was my client's dog, was my customer's dog, was my neighbour's dog, was my neighbor's dog, was my neighbours dog, was my neighbors dog, was the neighbour's dog, was the neighbor's dog, was the neighbours dog, was the neighbors dog, was someone else's dog, was somebody else's dog, was someone elses dog, was my friend's dog, was a friend's dog, was my friends dog, wasn't my dog, was not my dog, wasnt my dog, wasn't mine, was not mine, wasnt mine
## Stop 64 (as above): "another dog" said so, read only when one dog is registered (with two it may be the other, which `dog_retold` names).
understanding-dog-disowned-other = was another dog
    .aliases = was another dog, was a different dog, was another dog's, was some other dog
## Stop 64 (the lead's review): "it was my neighbour's dog" alone may answer "what happened right before?" (the trigger); only with the owner's dog denied or the report pointed at is it a correction.
understanding-dog-disowned-said = not mine
    .aliases = not mine, not my dog, not ours, not our dog, wasn't, was not, isn't, not him, not her, that was, that one was, sorry, my bad, i meant
## Words pointing at the report just sent, read past when it is said to be another dog's ("that one was about Bori").
understanding-dog-retold-filler = that one
    .aliases = that one, that report, the last one, the last report, this one, that, this, it, the one before, my last message, mixed up, i mixed them up, mixed them up, oops, sorry
## Stop 62 (held-out 17: "the walker just kept walking, he calmed down after a block" at "what happened right after?" asked "add or new?", its "kept walking" read as a habit of its own): how the moment ended, told at that question, is its answer.
understanding-followup-ended = calmed down
    .aliases = calmed down, calmed, calms down, settled down, settled, settles down, quieted down, quietened down, chilled out, relaxed, stopped after, stopped barking after, was fine after, was ok after, was okay after
## Stop 62 (held-out 17: "rocky chewed the remote… sorry, not rocky, luna", "luna growled… wait no, rocky": filed under the dog named first): words that take back the dog just named in the same message; the first dog named after them, not said to be wrong, is the report's (`Understander.dog_after_slip`), when another dog was named before them.
understanding-dog-slip = wait no
    .aliases = sorry, sorry no, no sorry, wait, wait no, no wait, oh wait, wait wait, oops, whoops, i mean, i meant, sorry i mean, sorry i meant, actually no, no actually, no no, my bad, my mistake, scratch that, correction, i mixed them up, mixed them up, i mixed up the names, the other way round, the other way around, other way round, other way around, it's the other way round, its the other way round, it's the other way around, its the other way around
## After the dog's name that was wrong ("초코 말고"): Korean word order.
understanding-dog-retold-not-after = not
## An interjection between a value and a number that takes the value back ("3 years, oh 4", owner trial 14): the later value is the answer. Elsewhere a filler.
understanding-correction-oh = oh
    .aliases = oh, oops, ah, er, um, uh, erm
## Words read past around a correction (interjections, apologies, subjects).
## Stop 54 (held-out 9): "also", "btw", "fyi" beside it ("also she's 3, is that old?"): read past, never part of the value ("also 3" stored as the household).
understanding-correction-filler = filler
    .aliases = also, oh and, ah and, in the questions, in the survey, in the form, btw, fyi, by the way, sorry, oh, oops, ah, actually, no, not, she, he, it, is, she's, he's, it's, shes, hes, its, they, they're, are, was, my, dog, the, her, his, now, really, we, we've, have, i, i've, has, for, got, put, gave, typed, wrote, said, should be, should have been, should've been, meant to say, i meant
## A dog's age stated after a result ("Bori is 5 now"): these words make name and number a correction of the age.
understanding-age-now = now
    .aliases = now, is now, turned, just turned, has turned, these days
## Words for the dog's stage of life beside its age ("she's a 10 year old grandma", "2 yr old teenager"; stop 45: asked again, "not grandma"): the age read without them. No "baby": "we have a 3 year old baby" may be a child at home.
understanding-age-stage = grandma
    .aliases = grandma, grandpa, granny, gramps, old lady, old man, old boy, old girl, old gal, old guy, senior, senior dog, a senior, oldie, old dog, an old dog, puppy, a puppy, pup, a pup, baby puppy, young pup, young dog, teenager, a teenager, teen, adolescent, adult, adult dog, an adult
## A baby's words right after the age with its unit ("she's a 3 month old baby"; owner trial 30: asked again): at the age question, read without them only when the unit was said and nothing else is left ("we have a 3 year old baby" is still asked again).
understanding-age-stage-baby = baby
    .aliases = baby, a baby, baby girl, a baby girl, baby boy, a baby boy, just a baby, little baby, a little baby, puppy, a puppy, pup, a pup
## Words saying a baby is had ("we have a 3 year old baby"): the baby beside the age may be a child at home, asked again.
understanding-age-baby-had = have
    .aliases = have, has, got, had, there's, there is, we've, i've, expecting, gave birth
## The dog's pronoun and verb among the words above: they name the age only beside a number ("he's 4"); alone they name no question ("nah hes healthy" at the exercise; owner trial 29: said to be about the age).
understanding-correction-pronoun = he's
    .aliases = she is, he is, she's, he's, shes, hes, it's, its, it is
## Words that say which answer is corrected (read past).
## Stop 61 (held-out 16: "I told you she was 12 but she actually turned 13 last month" was the profile told, nothing changed): the birthday had ("she turned", "he just turned") names the age too.
understanding-correction-about-age_months = age
    .aliases = age, her age, his age, age is, she is, he is, she's, he's, shes, hes, she turned, he turned, she actually turned, he actually turned, she just turned, he just turned, she's turned, he's turned
understanding-correction-about-owned_months = time with us
    .aliases = had her for, had him for, had them for, had her, had him, we've had her, we've had him, adopted, with us for, with us, owned for, since
understanding-correction-about-alone_hours = hours alone
    .aliases = alone for, alone, home alone, by herself, by himself, when i go to work, while im at work, while i am at work, when im at work, when i am at work, while i work, we both work, both work, both of us work, we work, i work full time, we work full time, at work, on workdays, on work days, workdays, on weekdays when
understanding-correction-about-exercise_minutes = exercise
    .aliases = walks, walk, exercise, walked for, walks for, exercise for
understanding-correction-about-household = household
    .aliases = people at home, people in the house, household, family, in the family, of us at home, of us in the house, of us living here, of us living at home, people live here, people live at home, living at home, live at home, family of
understanding-correction-about-size = weight
    .aliases = weight, weighs, her weight, his weight
## Words that stay with the value and say which answer it is: "years old" is an age.
understanding-correction-mark-age_months = years old
    .aliases = years old, year old, yrs old, yo, old
understanding-correction-mark-size = kg
    .aliases = kg, kgs, kilos, kilo, lb, lbs, pounds
understanding-correction-mark-household = people
    .aliases = people, persons, person, of us, ppl

## -- The concerns (the analysis categories) named inside a sentence at the concerns question ("barking at other dogs",
## "aggression to other dogs"): each category's concept; aggression is two (aggression + toward whom). The value names what was understood.
## Stop 47: barking or reactivity in everyday words ("she goes mental at the postman", "kicks off at") is the barking concern.
understanding-concept-concern_barking = barking
    .aliases = bark, barks, barked, barking, barky, yapping, yaps, yappy, howling, howls, goes mental at, went mental at, goes nuts at, went nuts at, goes mad at, loses it at, lost it at, kicks off at, kicked off at, goes off at, barks at the postman, goes mental at the postman, goes mental at the door, goes mental when the doorbell, goes nuts at the door, goes mental at the window
## Stop 64 (trialD64, owner trial 64 on Telegram: "크레이트에서 울어요" dropped at the concerns): crying when shut in a crate or kennel is distress at being alone (separation-related).
understanding-concept-concern_separation = separation distress
    .aliases = separation, cries in the crate, cries in his crate, cries in her crate, crying in the crate, crying in his crate, crying in her crate, cries in the kennel, crying in the kennel, cries when crated, cries in his kennel, cries in her kennel, separation anxiety, separation distress, home alone, left alone, alone, when i leave, when we leave, when we go out
understanding-concept-concern_leash_reactivity = reactive on the leash
    .aliases = reactive, reactivity, lunging, lunges, lunge, lunged, leash reactivity, reactive on the leash, reactive on walks, goes nuts at other dogs, went nuts at other dogs, goes mental at other dogs, went mental at other dogs, goes mad at other dogs, loses it at other dogs, lost it at other dogs, kicks off at other dogs, kicked off at other dogs, goes off at other dogs, goes crazy at other dogs, goes nuts when he sees other dogs, goes nuts when she sees other dogs, goes nuts when he sees a dog, goes nuts when she sees a dog, goes mental when he sees other dogs, goes mental when she sees other dogs, goes crazy when he sees other dogs, goes crazy when she sees other dogs
## Stop 52 (held-out 7): growling over the bowl, food, bone or toys is guarding ("resource guarding, he growls over his bowl" also ticked Other).
understanding-concept-concern_resource_guarding = resource guarding
    .aliases = guarding, guards, resource guarding, possessive, food guarding, guarding food, guarding toys, food aggression, over food, over the food, over his food, over her food, over their food, over toys, over bones, over a bone, over treats, guards his food, guards her food, guards food, over his bowl, over her bowl, over the bowl, over its bowl, over his food bowl, over her food bowl, near his bowl, near her bowl, near his food, near her food, at his bowl, at her bowl, over his bone, over her bone, over his toys, over her toys, over his chew, over her chew
understanding-concept-concern_house_soiling = house soiling
    .aliases = peeing, pees, pee, peed, wee, wees, weed, weeing, wetting, wetting inside, wets, wets the floor, wets the bed, widdling, widdles, piddling, piddles, pooing, poos, poo, doing his business, doing her business, pooping, poops, poop, pooped, accidents, accident, potty, potty training, toilet, toilet training, house training, housetraining, house soiling, marking, soiling
understanding-concept-concern_jumping = jumping up
    .aliases = jumping, jumps, jump, jumping up, jumps up, jumping on people, jumps on people
understanding-concept-concern_destructive_chewing = destructive chewing
    .aliases = chewing, chews, chew, chewing things, destroying, destroys, destroyed, destructive, destruction, shredding, digging, tearing
understanding-concept-concern_fear = fear
    .aliases = fear, fearful, scared, afraid, anxious, anxiety, nervous, shy, timid, fears, terrified, frightened, petrified, spooked, skittish, scaredy, panics, panicky
## Stop 64 (trialD64, the owner trial's "손 물기도 해요" in English): the verb "mouths" with hands ("he mouths hands too") is mouthing.
understanding-concept-concern_mouthing = mouthing
    .aliases = mouthing, mouths hands, mouths my hands, mouths our hands, mouths at hands, mouths people's hands, mouths everyone's hands, mouths fingers, mouths my fingers, mouthy, nipping, nips, nip, biting hands, nipping kids, nips kids, nips at kids
## A bite: aggression toward whom it is aimed at ("bites people", "bites other dogs"), mouthing when aimed at nobody ("jumping and biting").
understanding-concept-concern_bite = biting
    .aliases = biting, bites, bite, bit, bitten, has bitten
understanding-concept-concern_pulling = pulling on the leash
    .aliases = pulling, pulls, pull, pulling on the leash, pulling on walks, leash pulling
understanding-concept-concern_chasing = chasing
    .aliases = chasing, chases, chase, prey drive, chasing cats, chasing cars
understanding-concept-concern_attention_seeking = attention seeking
    .aliases = attention, attention seeking, demanding, pestering, whining for attention
## Stop 60 (held-out 16): a touch told with his or the past ("he nips when i touch his paws", "snaps if touched") is handling too.
## Stop 64 (left1819, held-out 18: "biting and she hates being picked up" at the concerns ticked only mouthing): being picked up or held is handling too.
understanding-concept-concern_handling_sensitivity = dislikes handling
    .aliases = handling, being handled, when touched, if touched, when i touch him, when i touch her, if i touch him, if i touch her, touch him, touch her, grooming, nail trims, nail trimming, nails, being touched, brushing, baths, bathing, vet visits, touch his, touches him, touches her, touched, picked up, being picked up, pick him up, pick her up, picking him up, picking her up, being held, being lifted, lift him, lift her
understanding-concept-concern_other = something else
    .aliases = counter surfing, counter-surfing, counter surfs, steals food, stealing food, steals from the counter, eats poop, eating poop, poop eating, humping, mounting, digging, digs holes, something else, other behaviour, other behavior, other problem, other problems, other issue, other issues, steals socks, stealing socks, steals things, steals stuff, steals shoes, stealing things, steals, stealing, stole, socks
understanding-concept-concern_aggression = aggression
    .aliases = aggression, aggressive, attacks, attacking, attack, attacked, fights, fighting, fight, reactive to, goes after, scrapping, scrapped, squabble, squabbles, squabbling, squabbled, scuffle, scuffles, went for the, went for him, went for her, went for his, went for my, went for our, went for their, went for another, went for other, went for them, went for me, went for us, went for people, went for dogs, went for kids, went for anyone, went for a dog, went for a kid, went for a child, went for a man, went for a woman, went for a guest, goes for the, goes for him, goes for her, goes for his, goes for my, goes for our, goes for their, goes for another, goes for other, goes for them, goes for me, goes for us, goes for people, goes for dogs, goes for kids, goes for anyone, goes for a dog, goes for a kid, goes for a child, goes for a man, goes for a woman, goes for a guest, going for the, going for him, going for her, going for his, going for my, going for our, going for their, going for another, going for other, going for them, going for me, going for us, going for people, going for dogs, going for kids, going for anyone, going for a dog, going for a kid, going for a child, going for a man, going for a woman, going for a guest, had a go at, has a go at, having a go at, kicks off at, kicked off at, kicking off at
understanding-concept-concern_toward_dogs = toward dogs
    .aliases = dogs, other dogs, another dog, other dog, to dogs, at dogs, with dogs, each other, the pup, the puppy, our pup, our puppy, the other one, the younger one, the older one
## Stop 62 (trialA62, owner trial 62: "she bit my friend's hand … blood" ticked Mouthing): the people a bite may be aimed at, friends and family by name and a person's hand included, make a bite aggression toward people.
understanding-concept-concern_toward_people = toward people
    .aliases = people, person, strangers, stranger, guests, guest, visitors, visitor, kids, kid, children, child, humans, family, other people, to people, at people, men, women, someone, somebody, neighbor, neighbour, mailman, my son, my daughter, friend, friends, friend's, a friend, my friend, neighbor's, neighbour's, mom, mum, dad, my mom, my dad, wife, husband, partner, nephew, niece, grandma, grandpa, vet, groomer, postman, delivery guy, roommate, boyfriend, girlfriend, stranger's, guest's, kid's, child's, someone's, somebody's

## -- An earlier survey answer given late, at a later question ("oh and she's 2 years old" at the sex
## question): words said around its value, read past; the value corrects that earlier answer.
understanding-late-answer = and
    .aliases = and, oh and, also, and also, btw, by the way, forgot to say, i forgot, i forgot to say, oh i forgot, plus, p.s., ps, oh right, right
## At the hours alone or the exercise, "a few hours", "a couple of hours": this range of the unit said (owner trial 8: "idk like a few hrs" refused). The value is the range read.
understanding-few-amount = 2-4
    .aliases = a few, a couple of, a couple, couple of, couple, few, several
## At the hours alone, the dog always with someone ("she comes to work with me"): about none.
## Stop 60 (held-out 16): the owner always home ("i work from home full time", "she's never on her own") too; a partner working from home on some days is no such thing ("hubby works from home mon and wed" beside the hours).
understanding-never-alone = with us
    .aliases = comes to work with me, comes to work with us, come to work with me, goes to work with me, comes to the office, comes with me to work, take her to work, take him to work, takes her to work, takes him to work, bring her to work, bring him to work, bring her to the office, bring him to the office, always with me, always with us, always with someone, someone is always home, someone's always home, always someone home, never alone, never left alone, never leave her alone, never leave him alone, is never alone, we're home all day, were home all day, we are home all day, i'm home all day, im home all day, home all day, i work from home full time, i work from home fulltime, i'm always home, im always home, i am always home, never on her own, never on his own, she's never on her own, he's never on his own, no time alone, never any time alone
## At the household count, the owner alone while someone is away for a while ("my husband is deployed so it's just me for now"; stop 45 owner trial: asked again, the husband counted): one person, for now; the absence kept beside the profile as a life event. Both entries must be in the message.
understanding-household-alone = just me
    .aliases = just me, only me, me alone, by myself, on my own, myself only, just myself, only myself, just me here, only me here, lives alone, lives by herself, lives by himself, lives on her own, lives on his own
understanding-person-away = away
    .aliases = deployed, is away, are away, away for, overseas, abroad, business trip, work trip, out of town, traveling, travelling, working away, in the army, in the military, at sea, on tour, in hospital, in the hospital
## Stop 59 (held-out 13: "i leave at 8am and get back around 5pm" asked again): at the hours alone, the words of leaving home; from the time before them to the time of coming back (`understanding-back-home`) is the answer.
understanding-leave-home = leave
    .aliases = i leave, we leave, leave, i leave home, leave home, leave the house, i leave the house, i go out, go out, head out, i head out, i go to work, go to work, i'm out, im out, leave for work, i leave for work, out the door
## Stop 59: at the hours alone, the words of coming back home; the time before them is the time back.
understanding-back-home = get back
    .aliases = get back, i get back, get home, i get home, come back, i come back, come home, i come home, back home, am back, i'm back, im back, back by, back at, get in, return, i return, we get back, we get home
## Stop 59: words beside the times of leaving and coming back ("at 8am", "around 5pm"): read past when they are read as the hours alone.
understanding-clock-aside = at
    .aliases = at, around, about, by, and, then, usually, normally, i, we, o'clock
## Stop 49 (helper glue, batch 377): someone who came to live at home, said beside the count ("3 of us, my brother moved in"; owner trial: glued onto the report waiting and analysed again, the count asked again): the count is the answer, the rest says why.
## Stop 59 (held-out 14: "me, my partner and my son who just moved back, so 3" asked again): the one who moved back or was born, the count after the story the answer.
understanding-person-joined = moved in
    .aliases = moved in, moved back in, moving in, came to live, lives with us now, living with us now, joined us, came back home, moved back home, moved back, just moved back, who just moved back, who moved back, who moved in, who just moved in, was born, was just born, just born, who was born, who was just born
## Stop 47 (owner trial 32): units of length or distance no survey question counts in ("about 5 metres?": the analysis's question about distance answered, sent to the coach model as a question). With a number, said short, never a question; right after an analysis, detail of that report.
## At the exercise or the hours alone, a distance with no time ("like 2km?"; owner trial 33: read as a weight): the question asked again as a time, saying the distance understood.
understanding-distance-unit = km
    .aliases = km, kms, k, kilometre, kilometres, kilometer, kilometers, kilo, kilos, klick, klicks, mile, miles, mi, metre, metres, meter, meters, m, blocks, block
understanding-measure-unit = metres
    .aliases = metre, metres, meter, meters, cm, centimetres, centimeters, km, kilometres, kilometers, feet, foot, ft, yard, yards, yds, steps, paces, inches
## At a number question, a vague amount ("a few months", "several hours") with no "?": an answer with no number, never a question to the coach; the number is asked again.
understanding-vague-quantity = a few
    .aliases = a few, few, several, a number of
## How long it has been, roughly ("a few months now", "for years"): with no "?" an answer, never a question to the coach (owner trial 13: "몇달됐어요" at "how often, since when?" went to the coach model).
understanding-vague-span-told = a few months now
    .aliases = a few months now, for a few months, for months, for a few weeks, for weeks, for a few years, for years, a few months ago, a few weeks ago, a few years ago, months now, weeks now, years now

## The dog's past: a red flag told with one of these at the health or worst-reaction question is that question's answer, not a new incident ("he's had seizures before", "bit my hand once, drew blood"). Dated now ("just now") it is an incident.
understanding-history = before
    .aliases = before, once, used to, has had, have had, had a, had seizures, in the past, ever, previously, as a puppy, when he was young, when she was young, years ago, last year

# Words that tell a span as how long the dog has been with the owner ("we've had him 2 years"): beside the pick at the origin it is stored as how long owned. A bare span ("rescue, 2 years") is not: it may be the age.
understanding-owned-span = had him
    .aliases = had him, had her, had them, we've had, i've had, we have had, i have had, with us for, with me for, owned for, been with us, been with me
## How one came by the dog ("adopted", "got her"), said beside where from: where from decides
## ("adopted from a friend" is from a friend). Alone it is what the options say it is.
understanding-choice-how = how
    .aliases = adopted, adopt, adopted him, adopted her, got him, got her, got
## Words that say a position, not a count ("second", "the third"): on a channel that shows no
## numbers beside its buttons these pick by position, a bare "2" does not.
understanding-ordinal-word = second
    .aliases = first, second, third, fourth, fifth, sixth, seventh, 1st, 2nd, 3rd, 4th, 5th, 6th, 7th
## Between a question's name and its new value ("change the name to Daisy Mae", "the name is not Bori, it's Bora").
understanding-retold-to = to
    .aliases = to, is, as, it's, its, it is, should be, to be, be, but, it should be
## Before a value said to be wrong after a question's name ("the name is not Bori", "from Bori to Bora").
understanding-retold-not-before = not
    .aliases = not, from, it's not, its not, it isn't, isn't, is not
## A span said as when the dog came ("we got her 2 years ago"): how long owned, with a word of coming by the dog (`understanding-choice-how`).
understanding-owned-ago = ago
    .aliases = ago
## Words joining two clauses, dropped at the edge of a clause kept apart ("shelter and he has bad hips").
understanding-clause-joiner = and
    .aliases = and, but, also, plus, then

## A confirmation's "no" ("start over?", "delete everything?", "remove Choco?", "add a dog?", the
## language asked, "add to the last report or a new one?"): these typed whole cancel it, whatever
## the option's own label (English trial 2: "nevermind" at "start over?" was "nothing to cancel").
understanding-decline = no, cancel it
    .aliases = no, nope, nah, no thanks, cancel, cancel it, cancel that, nevermind, never mind, nvm, nevermind that,
        never mind that, forget it, forget about it, forget that, leave it, leave it as it is, keep it, dont,
        don't, not now, no need, i changed my mind, changed my mind, actually no, no wait, stop, no stop

# The dog called by a word for a child ("my fur baby barks"): followed by what the dog does, it is the dog, never the children question's yes (owner trial 12: "애가 짖어요" ticked children).
understanding-dog-subject = fur baby
    .aliases = fur baby, furbaby, fur-baby, fur kid, furkid, fur child
# Children named in what the dog does, not who lives at home ("herding kids"): never the children question's answer kept ahead at another question (owner trial 12: "herding kids" at the origin stored children = yes).
understanding-children-not-told = herding kids
    .aliases = herding kids, herds kids, herding the kids, herds the kids, herding children, herds children, chases kids, chasing kids, chases children, nips kids, nipping kids, nips at kids, barks at kids, barking at kids, scared of kids, afraid of kids, good with kids, great with kids, loves kids, jumps on kids, jumping on kids, problem child, the problem child, problem children, wild child, middle child, only child, baby of the family, since he was a baby, since she was a baby, since it was a baby, as a baby, since he was a puppy, since she was a puppy, likes kids, adores kids, loves children, likes children, adores children, good with children, great with children, fine with kids, ok with kids, okay with kids, scared of children, afraid of children, doesn't like kids, doesnt like kids, hates kids, loves little kids, loves babies, likes babies, good with babies, plays with kids, plays well with kids, their kids, their children, my friend's kids, my friends kids, the neighbour's kids, the neighbors kids, the neighbor's kids
## The dog called "this baby", "this little one" ("a Maltese, this baby too"): the dog, not a child at home, where the children are read (stop 49; Korean's "이 아이", "우리 아이").
understanding-child-word-dog = this baby
    .aliases = this baby, this little one, this one too, this baby too, my baby girl too, my baby boy too
## A child's word right after a dog's breed is the dog ("a maltese baby too"; stop 50 owner trial, the Korean "말티즈 아이도 있어요" stored as children yes).
understanding-child-word-after-breed = baby
    .aliases = baby, babies, baby too, kid, kiddo
## Stop 64 (trialD64, owner trial 64 on Telegram: "배변실수요 그리고 크레이트에서 울어요 손 물기도 해요" said "'해요' isn't one of the options"): at a multi-choice question, a part that is only a verb's rest left after "-도" ("해요", "합니다"), or "too"/"as well" alone, is no item. Only when the whole part is this.
understanding-list-verb-rest = 해요
    .aliases = 해요, 해, 해용, 해여, 함, 합니다, 하고요, 하구요, 했어요, 했어, 그래요, 그래, 그럽니다, 있어요, 있어, 있습니다, too, as well, also, does too, does that too
## The dog's sex told with a child's word ("she's a little girl, not spayed"; owner trial 26, in Korean: children under 12 stored yes): with the sex read in the same message, no answer to the children question.
understanding-child-word-sex = little girl
    .aliases = she's a girl, shes a girl, he's a boy, hes a boy, a little girl, a little boy, she's a little girl, he's a little boy
# Words for a child surely 12 or older ("a teenager", "high schooler"): at the children under 12, with no word for a young child beside them, the answer is no, said so (owner trial 12: "네 있어요 중딩" stored yes). Stop 61 (owner trial 61: "my son is in high school" stored yes): the school told too.
understanding-older-child = teenager
    .aliases = teen, teens, teenager, teenagers, teenage, a teen, a teenager, high schooler, high schoolers, middle schooler, middle schoolers, in high school, in middle school, in junior high, in college, at college, at university, in university, in uni, at uni, tween, tweens, college kid, college kids, adolescent, adolescents
# Words that start the survey ("yes let's start", "sure go ahead"): with a yes and nothing else at the name question, no name (Korean trial: "네 시작할게" became the dog's name).
understanding-start-words = start
    .aliases = start, let's start, lets start, let us start, go ahead, let's go, lets go, let's begin, lets begin, begin, start now, ready, i'm ready, im ready, let's do it, lets do it, go, sounds good, alright, all right, ok, okay, sure
# Saying a child lives with them ("we have a kid", "got 2 kids"): at another question, the children question's answer kept ahead, and never a name (owner trial 12: "애가 있어요" became the dog's name).
# Stop 47 (owner trial 32: "애기없어요" at the size dropped): saying there are none tells the children question too.
understanding-children-exist = we have a kid
    .aliases = we have a kid, we have kids, i have a kid, i have kids, have a kid, have kids, got a kid, got kids, we've got kids, i've got kids, there's a kid, there are kids, we have children, i have children, have children, no kids, no children, no baby, no babies, don't have kids, dont have kids, we don't have kids, no kids at home
# Words for a child surely under 12 ("a baby", "a toddler"): beside the household count, the children question's yes, stored ahead. "kids" may be older: asked.
understanding-young-child = baby
    .aliases = under 12, under twelve, under 10, under ten, under 5, under five, grade schooler, grade schoolers, kindergartner, kindergartener, first grader, second grader, third grader, baby, babies, toddler, toddlers, infant, infants, newborn, preschooler, preschoolers, little one, little ones, little kid, little kids, young kid, young kids, young child, young children, small child, small children
# A part of a list at a multi-choice question that only qualifies or closes it ("barking, especially at night", "barking, jumping, etc", "that's it"; stop 49, sayback): no item no option names, never said back as one.
understanding-list-aside = especially
    .aliases = especially, particularly, mostly, mainly, sometimes, etc, etc., and so on, and stuff, that's it, thats it, that's all, thats all, that is all, of them, both of them, as well, too
# A relative who may be a child, told with an age under 12 at another question ("my son is 7" at the sex; stop 49 owner trial: stored as the origin "Friend / family"): the children question's yes, kept ahead, never the origin.
understanding-child-relative = son
    .aliases = son, daughter, brother, sister, little brother, little sister, baby brother, baby sister, nephew, niece, grandson, granddaughter, stepson, stepdaughter

## Korean only: a verb ending typed apart from its lone syllable ("작 습니다"); English words are not split that way.
understanding-split-ending = split ending
## Korean only: the last letter of a Korean clause ("왔고 ", "있는데 "); English clauses are cut at joining words (`understanding-clause-joiner`).
understanding-clause-ending = clause ending
## Korean cuts after its "-서" endings (`understanding-clause-reason`); English cuts a clause of cause before "so" ("she threw up blood so she's not eating"), the word between spaces.
understanding-clause-reason = so
    .aliases = so, so now, and so
## Korean only: the particle of direction on a new value ("보라로 바꿔줘"); English says "to" before it (`understanding-retold-to`).
understanding-toward-particle = toward
## Why no answer came, asked with no report waiting ("why no answer?", "still no reply??"; held-out 9: a question for the coach model): nothing is waiting, said so with what to do next (`nothing_waiting`). "still waiting", "is it done yet?" ask for the result (/result).
understanding-talk-no-reply = why no answer
    .aliases = why aren't you answering, why arent you answering, why aren't you replying, why arent you replying, why isn't it answering, why isnt it answering, why isn't it replying, why isnt it replying, why no answer, why no reply, why no response, no answer yet, no reply yet, no response yet, still no answer, still no reply, still no response, why haven't you answered, why havent you answered, why haven't you replied, why havent you replied, why didn't you answer, why didnt you answer, why didn't you reply, why didnt you reply, where's my answer, wheres my answer, where is my answer, where's the answer, wheres the answer, where is the answer
## The result asked about while the owner's newest report waits for it ("any news?", "is it ready?"; English trial: 6 questions to the coach): the result's status (/result), only while a report waits, in a short message naming no behaviour. Stop 54: "still no reply", "why haven't you answered" too (with nothing waiting: `understanding-talk-no-reply`).
understanding-result-status = any news
    .aliases = still no reply, still no response, no response yet, why haven't you answered, why havent you answered, why haven't you replied, why havent you replied, why no answer, why no answer yet, why no reply, why no reply yet, no answer yet, no reply yet, where's the answer, wheres the answer, where is the answer, still no answer, taking so long, take so long, takes so long, taking this long, taking forever, so slow, too slow, why so slow, any news, any news yet, news yet, any update, any updates, any update yet, update please, is it ready, is it ready yet, ready yet, is it done, is it done yet, done yet, are you done, are you done yet, finished yet, is it finished, still waiting, how much longer, still working, still analysing, still analyzing, is the analysis done, analysis done, analysis ready, result yet, results yet, anything yet, got anything yet
## Stop 56 (held-out 12: "how long does this take lol its been 5 min" a question for the coach model): how long the owner has waited, told beside the status asked ("been waiting like 10 mins"); with numbers, laughter and fillers, the rest of a status message.
understanding-result-waited = been waiting
    .aliases = its been, it's been, been, been waiting, i've been waiting, ive been waiting, waiting, waited, already, like, min, mins, minute, minutes, hour, hours, now, for, just, is this supposed to take, is it supposed to take, supposed to take, why is it, why is this, it, this, is, seriously, omg, wow, ugh
## A pronoun standing for the dog before its age, after a result ("he's 5", "she is 2 now"): the dog's age stated, a correction of the profile like "Bori is 5 now", never an answer glued onto the report.
understanding-age-pronoun = he's
    .aliases = he's, hes, he is, she's, shes, she is, he just turned, she just turned, he turned, she turned, my dog is, our dog is, the dog is
## The endings of a word of a time or a place in Korean ("작년에"; stop 56 full run: "no dog called 작년에"): a word ending so is no dog's name before its age. English names take none of them (the Korean entry is the one read).
understanding-time-place-particle = in
    .aliases = in, at
## The verb between a dog's name and its age after a result ("Pip is 5", "Bruno just turned 4"; stop 56, facts56: glued onto the report as the follow-up's answer): that dog's age stated, a correction of its profile, as "he's 5" is for the dog talked about.
understanding-age-name-verb = is
    .aliases = is, 's, just turned, turned, has turned, is turning
## Words that make the hours a dog was alone one time, not its weekdays ("she was alone 3 hours yesterday"): never the profile's hours alone told after a result (stop 56, facts56).
understanding-alone-once = was
    .aliases = was, were, yesterday, today, tonight, last night, this morning
## Words around a dog's age told by the way ("oh also she's 2 if that matters", "btw he's 5 fyi"; held-out 7: noise while a report waited): read past, before the pronoun (`-lead`) and after the age.
understanding-age-aside-lead = by the way
    .aliases = oh, also, oh also, and, and also, btw, by the way, oh btw, fyi, oh and, ah, ps, p.s., forgot to say, i forgot to say, forgot to mention, i forgot to mention
understanding-age-aside = by the way
    .aliases = if that matters, if it matters, in case it matters, if that helps, if it helps, fyi, btw, by the way, for reference, just so you know
## Putting the survey off at its first question ("idk maybe later", "not now"): paused, with how to come back (English trial).
understanding-later = later
    .aliases = later, maybe later, not now, not right now, another time, some other time, next time, ask me later, do it later, later please, not today
## "back", "done" typed alone with nothing open (stop 60 trial: the generic hint): nothing to go back from or finish, said, with what to do next and the menu (router `_nothing_open`). Whole messages only: the survey's own words, nothing else ("that's all", "all done" stay the closing talk).
understanding-nothing-open-back = back
    .aliases = back, go back, previous, previous question, undo, back please
understanding-nothing-open-done = done
    .aliases = done, finish, submit
## Right after "remove Max" was answered (no such dog, nothing removed): keeping the dog ("no wait, keep him"); said that nothing was removed, never an answer to an open question.
understanding-keep-dog = keep him
    .aliases = keep him, keep her, keep it, keep them, keep the dog, keep my dog, don't remove, dont remove, don't delete, dont delete, do not remove, do not delete, no wait, wait no, never mind, nevermind, nvm, cancel, cancel that, forget it
## What a dog is like, said of it rather than what it does ("she's reactive to other dogs", "a bit anxious
## when I leave"): with when or where, still no account of one time (batch 76: kept for the concerns mid-survey).
understanding-behaviour-trait = what the dog is like
    .aliases = reactive, anxious, nervous, aggressive, fearful, scared, afraid, timid, shy, sensitive, skittish, clingy, possessive, territorial, overprotective, protective, frightened, hyper, jumpy, needy

## The dog's sex told by a pronoun only ("we got him as a puppy" at the sex: no answer there; "he's
## neutered", "it's a he" still are): English owner trial, batch 77, `SurveyReading._pronoun_only`.
understanding-sex-pronoun = he
    .aliases = he, him, his, she, her, hers, he's, she's, hes, shes, he is, she is, he was, she was
## The pronouns that call a dog male or female ("0 shes never alone" with a male dog surveyed and a female dog waiting to be added: about her, never his answer; owner trial 33).
understanding-pronoun-male = he
    .aliases = he, him, his, he's, hes, he is, he was, himself
understanding-pronoun-female = she
    .aliases = she, her, hers, she's, shes, she is, she was, herself
## How the dog came to the owner, with a pronoun ("found her", "rescued him"): the origin told, not the sex (owner trial 12: "found her" at the sex read as female, the origin lost).
understanding-sex-pronoun-got = found
    .aliases = found, rescued, adopted, got, bought, picked up, took in, brought home, saved
## Words that leave a sentence no more than a pronoun told at the sex ("it's a he").
understanding-sex-pronoun-frame = it's a
    .aliases = it's, its, it is, it, is, a, an, yes, yeah, yep, ya, yup, just, lol, haha
## Doubt said of what follows ("girl idk if shes fixed": female, the neutering not told; English
## owner trial, batch 77: stored spayed). What follows, to a comma or "but", is no answer. Also
## "not sure about …" ("boy I think?? not sure about the neutered part"; held-out 10, batch 476:
## stored male_neutered, the option invented from the doubt).
understanding-unsure-if = not sure if
    .aliases = not sure about, unsure about, no idea about, idk about, dunno about, i dunno about, not certain about, don't know about, dont know about, do not know about, i don't know about, i dont know about, not sure on, idk if, idk whether, i dunno if, dunno if, not sure if, not sure whether, unsure if, unsure whether, no idea if, no idea whether, don't know if, dont know if, do not know if, don't know whether, dont know whether, i don't know if, i dont know if, can't remember if, cant remember if, not certain if
## A deed told as not done ("never bit", "didnt bite"): read past at the worst reaction, so "she
## lunged at a dog once but never bit" is the lunge, not a bite (English owner trial, batch 77).
understanding-deed-negated = never bit
    .aliases = never bit, never bitten, never bites, never bite, has never bitten, have never bitten, never actually bit, hasn't bitten, hasnt bitten, has not bitten, hasn't bit, hasnt bit, didn't bite, didnt bite, did not bite, doesn't bite, doesnt bite, does not bite, won't bite, wont bite, no bite, no bites, no biting, without biting, but never bit, never made contact, no contact
## "bit" that is an amount, never the bite ("a bit better i think" at the worst reaction was "a
## bite"; English owner trial, batch 77).
understanding-amount-bit = a bit
    .aliases = a bit, a little bit, little bit, quite a bit, a bit of, bit of, bit better, bit worse, bit more, bit less
## A photo named at the name question ("a pic of alfie", a photo's caption): the one pictured is the name, never the word "pic" (English owner trial 33).
understanding-name-photo = photo
    .aliases = photo, photos, pic, pics, picture, pictures, a pic of, a photo of, a picture of, pic of, photo of, picture of, selfie
## Words pointing at the dog, not naming it ("this is him!", "thats her", "here she is"): never a name (English owner trial 33: "How old is Him?").
understanding-name-pointing = this
    .aliases = this, this is, that, thats, that's, that is, here, here is, heres, here's, there, there is, look, see, meet
## What comes before the one pictured, left out: "a pic of alfie" is Alfie.
understanding-name-photo-of = of
    .aliases = of, a, the, a pic of, a photo of, a picture of, pic of, photo of, picture of
## Words that tell of the dog without naming it, before a number at the name question ("he's 4
## btw" was the name "He's"; English owner trial, batch 77): never a name, the age kept.
understanding-name-pronoun = he
    .aliases = he, she, it, they, he's, she's, hes, shes, it's, its, he is, she is, it is, they're, theyre, they are, him, her, his, he was, she was, he'll be, she'll be, he turned, she turned, he turns, she turns, my dog is, my dog's, the dog is, our dog is, oh, um, well, yeah, ya
## The owner's own word opening a clause after a comma at the name question ("her name is Mochi, we just adopted her from the shelter in town"; held-out 10, batch 479: not a name): the story after the name, as after a pronoun (`understanding-name-pronoun`).
## Which of the owner's dogs the name is, said after it at the name question ("Cookie, the second one"; stop 63, held-out 17 "쿠키요 둘째예요": asked again, no name): read past, the name before it.
understanding-name-which-dog = the second one
    .aliases = the second one, our second, our second one, second one, the second dog, our second dog, the new one, the new puppy, the younger one, the older one, the little one, the first one, our first, the oldest, the youngest, she's the second one, he's the second one, she's our second, he's our second
understanding-name-clause-owner = we
    .aliases = we, we're, were, we've, weve, i, i'm, im, i've, ive, i just, we just, our, my, got her, got him, adopted her, adopted him
## The owner's own pronouns, contracted or not ("weve had her 2 years not 6 months": the dog
## "weve"; stop 47): never a dog's name beside a corrected value, as `understanding-name-pronoun`.
understanding-owner-pronoun = we've
    .aliases = we've, weve, we, we're, i, i've, ive, i'm, im, you, you've, youve, they've, theyve, us, me, my, our
## A Korean bare verb before "는지" ("했는지"): the word before it is in the doubt too (Korean only).
understanding-unsure-if-verb = did
    .aliases = did
## Sounds of thinking that open an answer ("hmm same", "um better i think"): the pick is read without them.
understanding-lead-in = um
    .aliases = um, umm, ummm, uh, uhh, uhm, hmm, hm, hmmm, er, erm, well
## trial 9 (followup)
## After a result or a plan, the step not tried yet ("not tried yet", "haven't tried it yet"): kept against the plan, never glued onto the report.
understanding-talk-not-tried = not tried yet
    .aliases = not tried yet, didn't get to try, didnt get to try, did not get to try, haven't gotten to try, havent gotten to try, didn't get a chance, didnt get a chance, haven't had time to try, havent had time to try, no time to try, not tried it yet, haven't tried, havent tried, have not tried, didnt try yet, didn't try yet, did not try yet, not yet tried, haven't had a chance, havent had a chance, haven't had the chance, havent had the chance, have not had the chance, didn't get the chance, didnt get the chance, did not get the chance, didn't get to it, didnt get to it, haven't done it yet, havent done it yet, not done it yet
## Told the advice was tried (with `understanding-talk-tried-still`) and nothing changed ("tried it 3 times, still barking"): the check-in's "the same", not a new incident, whatever behaviour it names (owner trial 13: analysed as a new report).
understanding-talk-tried-it = tried it
    .aliases = tried it, tried that, tried this, tried the, tried your, tried what, did it, did that, did the exercise, practiced, practised, been practicing, been practising, been doing it, been doing that
understanding-talk-tried-still = still
    .aliases = still, no change, no difference, same as before, nothing changed, no better
## After a result or a plan, no change ("meh so so", "about the same"): a check-in's "same", kept with the words.
understanding-talk-so-so = so so
    .aliases = so so, so-so, meh, same as before, no change, about the same, nothing changed, nothing has changed, nothing's changed, not much change, same old
## A behaviour told as still happening, after a result ("still chews the shoes though"; owner trial 22: analysed as a new report): no change yet, kept as the check-in's "same" when a step is being tried.
understanding-talk-still-doing = still
    .aliases = still, is still, she still, he still, it still, still does, still doing, still keeps
## Words saying the owner cannot tell yet whether the step helps ("maybe a little better? hard to tell"; owner trial 21: kept as better): beside "better", no clear change yet — kept as the same.
understanding-talk-unsure = hard to tell
    .aliases = hard to tell, hard to say, can't tell, cant tell, can't really tell, not sure, not really sure, i'm not sure, im not sure, too early to tell, too soon to tell, too early to say, who knows, i don't know, i dont know, idk, dunno, unsure, not certain
## Stop 53 (held-out 9): the coach's advice quoted back ("you said "turn your back when he jumps" but that just makes him jump higher?? what do i do"): asked with it, a question about the advice for the coach, not an incident to analyse (it leaked to the model as a report).
understanding-advice-quoted = you said
    .aliases = you said, u said, you told me, u told me, you told us, you suggested, you recommended, you mentioned, your advice was, the advice was, you said to, you told me to
## Words pointing at the coach's advice ("we tried trading for treats like you said and it kinda worked"; owner trial 21: glued onto the report): a longer message about trying it is still news of the advice.
## Stop 54 (held-out 9): "did what you said and he didn't bark today!!" with the behaviour not done is that it worked (`news-calm` said "news").
understanding-advice-pointed = like you said
    .aliases = did what you said, did what u said, what u said, like u said, as u said, like you said, as you said, like you suggested, as you suggested, like you told me, like you told us, as you told me, your tip, your advice, your suggestion, the tip, the advice, what you said, what you suggested, you suggested, you recommended, like you recommended
## After a result or a plan, the behaviour getting worse ("it's gotten worse", "getting worse lately"): a check-in's "worse", kept with the words; "it gets worse when…" is detail.
understanding-talk-worse = gotten worse
    .aliases = gotten worse, got worse, got a lot worse, got much worse, got way worse, gotten a lot worse, a lot worse, much worse, way worse, getting worse, gotten even worse, worse lately, worse these days, worse than before, worse now, been worse, become worse
## Stop 60 (held-out 15, row 165): what the owner had done before the incident waiting, told in the past before it ("I had left the gate open while getting a parcel", "대문은 제가 택배받다가 열어놨었어요" after an escape: noise): with `understanding-detail-owner` and no behaviour, how it came about; detail of that report.
understanding-detail-had-done = i had left
    .aliases = had left, had opened, had forgotten, had put, had given, had gone out, had stepped out, i'd left, id left, i'd opened, i'd forgotten, i'd put, i'd given, i'd gone out, i'd stepped out, we'd left, we'd opened, we'd forgotten
## Who did something after the behaviour, the owner or their family ("I push her down", "my husband yells"): with `understanding-detail-reaction`, what happens right after.
understanding-detail-owner = i
    .aliases = i, we, my husband, my wife, my partner, my son, my daughter, my kids, my mom, my dad
## Stop 49 (helper glue, batch 378): what gets the dog to do it after all, told after the result ("she'll eat if i hand feed her"; owner trial: "not sure what you mean", lost): what helps, detail about the report just analysed.
understanding-detail-helps = if i hand feed
    .aliases = if i hand feed, if i hand-feed, when i hand feed, when i hand-feed, if i hand feed her, if i hand feed him, she'll eat if, he'll eat if, she will eat if, he will eat if, will eat if, eats if, eats it if, only eats if, only eats when, eats when i, if i mix, if i add, if i tempt, if i warm, if i sit with
## What the owner does right after the behaviour ("I push her down", "I calm her with treats"): detail about the report just analysed.
## Stop 59 (held-out 15): shouting at the dog or its name.
understanding-detail-reaction = calm her
    .aliases = push, pushed, push her, push him, calm her, calm him, calm her down, calm him down, treat, treats, give her, give him, distract, distracted, ignore, ignored, yell, yelled, scold, scolded, hold her, hold him, pick her up, pick him up, tell her no, tell him no, say no, hit, smack, spray, clap, walk away, turn away, hug, pet her, pet him, put her, put him, shout, shouted, shouting, shouted his name, shouted her name, called his name, called her name, screamed his name, screamed her name
## The dog did more after what the owner did ("i yelled and he barked more"; held-out 7: "제가 소리질렀더니 더 짖었어요" with a report waiting was analysed as a report of its own): that report's consequence.
## Stop 59 (held-out 15): the dog went on after it ("Rocky didn't stop even when I shouted his name" with a report waiting: a report of its own).
understanding-detail-reaction-worse = he did it more
    .aliases = barked more, barks more, even more, more and more, barked louder, barks louder, even louder, got worse, gets worse, made it worse, makes it worse, worse after, went crazier, got crazier, got more worked up, gets more worked up, backfired, didn't stop, didnt stop, did not stop, wouldn't stop, wouldnt stop, would not stop, kept going, kept at it, even when i
## The dog stopped after what the owner did ("she stops when I yell"; stop 62 owner trial: "제가 소리지르면 멈춰요" with a report waiting was analysed as a report of its own): like "did it more", that report's consequence.
understanding-detail-reaction-stops = she stops
    .aliases = stops, stopped, he stops, she stops, it stops, quits, quit, he quits, she quits, calms down, calmed down, settles down, settled down, goes quiet, went quiet, backs off, backed off, lets go, let go, gives up, gave up
## Stop 64 (fix20a, held-out 20: "혼내면 숨어버려요" with a report waiting was a second report): the dog hiding or running off after what the owner did is that report's consequence too.
understanding-detail-reaction-retreats = hides
    .aliases = hides, hid, goes and hides, runs off, ran off, runs away, ran away, slinks off, slinks away, cowers in the corner, hides under
## Stop 64 (fix20a, same): a reaction told as a condition with the owner unsaid (Korean "혼내면"; "once scolded", "when told off"): the owner's reaction.
understanding-detail-reaction-if = when told off
    .aliases = when told off, when she's told off, when he's told off, when scolded, if scolded, once scolded, when she gets scolded, when he gets scolded, when she gets told off, when he gets told off
## Detail pointing back at a behaviour already told: it happens at this time too ("the growling over the bowl happens with treats too").
understanding-detail-also = too
    .aliases = too, as well, also happens, also does, happens with, does it with, does it when, same with

## trial 9 (words)
## Affection or thanks for the bot itself ("love you dogcoach", "you're the best"): small talk, never
## praise of the dog nor a question for the model (owner trial 9). Counted only beside the bot's
## name (`understanding-talk-bot-name`) unless the phrase speaks to the bot (`understanding-talk-fond-you`).
understanding-talk-fond = love you
    .aliases = love you, love u, luv you, luv u, i love you, i love u, ily, you're the best, youre the best, ur the best, you are the best, the best, best, you rock, u rock, you're awesome, youre awesome, ur awesome, you are awesome, awesome, love this, love this app, love this bot, love it, i love this, i love this app, i love this bot, u r the best, u are the best, u r awesome, u r amazing, ur amazing, you're amazing, youre amazing, you are amazing, u r great, ur great, you're great, youre great, ur so helpful, you're so helpful, youre so helpful, you are so helpful, u r so helpful, u so helpful, this bot is amazing, this bot is great, this bot is awesome, this bot is so good, good bot, great bot, smart bot, you're so smart, youre so smart, ur so smart, you're good, youre good, ur good, you're so good, youre so good, ur so good
understanding-talk-fond-you = love you
    .aliases = love you, love u, luv you, luv u, i love you, i love u, ily, you're the best, youre the best, ur the best, you are the best, you rock, u rock, you're awesome, youre awesome, ur awesome, you are awesome, love this app, love this bot, i love this app, i love this bot, u r the best, u are the best, u r awesome, u r amazing, ur amazing, you're amazing, youre amazing, you are amazing, u r great, ur great, you're great, youre great, ur so helpful, you're so helpful, youre so helpful, you are so helpful, u r so helpful, u so helpful, this bot is amazing, this bot is great, this bot is awesome, this bot is so good, good bot, great bot, smart bot, you're so smart, youre so smart, ur so smart, you're good, youre good, ur good, you're so good, youre so good, ur so good
understanding-talk-bot-name = dogcoach
    .aliases = app, the app, dogcoach, dog coach, coach, bot, this bot, this app
## The words that add a dog with its name after them ("add rex", "register Bella"): a dog added, the name taken (owner trial 9: the noise hint).
understanding-newdog-before-name = add
    .aliases = add, please add, add my dog, add dog, add a dog, add the dog, add new dog, add a new dog, add another dog, add my other dog, add my new dog, register, register my dog, register a dog, register dog, new dog, new dog named, add a dog named, add a dog called, add dog named, add my dog named, add another dog named, add another dog called, add a new dog named, can you add, please register, can i add, could i add, can we add, could we add, can you add my, i want to add, i'd like to add, id like to add, let me add, i wanna add, i will add, i'll add, register my other dog
## Words after a dog's name added that leave the name as it is ("can I add Max too", "add Bella as well"; stop 64 owner trial: "can I add Max too" was answered as a question to the coach, nothing added).
understanding-newdog-name-tail = too
    .aliases = too, as well, also, please, pls, too please, now
## A dog renamed in one word first ("rename milo to max", "rename him to Max"): the name's answer changed, of the dog named before "to" (owner trial 9: the noise hint).
understanding-rename = rename
    .aliases = rename, re-name
## trial 9 (survey)
## "not X, just Y" at a question with options ("not growling, just barking"): X is denied, Y alone is the answer (owner trial 9: stored as growl).
understanding-contrast-not = not
    .aliases = not, no, never, isn't, isnt, wasn't, wasnt, doesn't, doesnt, didn't, didnt
## The word that opens the Y of "not X, just Y".
understanding-contrast-but = but
    .aliases = but, just, only, rather, more like, meant
## Of those, the ones that say Y is all there is ("not growling, just barking", "no biting, only barks"): they stay with Y, which an option may name with them ("just barks": None), as Korean's "만" does ("짖기만 해요"; owner trial 33: English asked again).
understanding-contrast-only = just
    .aliases = just, only, merely, simply
## trial 29 (survey)
## What says the words before it, in their clause, are not the problem ("barking isnt an issue, its the leash pulling", "the barking is fine but…"; owner trial 29: barking ticked): those words pick no option where options are read by their ideas or several are picked.
understanding-choice-dismissed = is fine
    .aliases = is fine, are fine, is ok, is okay, are ok, are okay, isnt an issue, isn't an issue, is not an issue, not an issue, isnt a problem, isn't a problem, is not a problem, not a problem, no problem, isnt the problem, isn't the problem, not the problem, isnt the issue, isn't the issue, not the issue, not really an issue, not really a problem, arent an issue, aren't an issue, arent a problem, aren't a problem, isnt really an issue, isn't really an issue, doesnt bother me, doesn't bother me, dont mind, don't mind, not worried about
## A behaviour told as not done by its verb ("he doesn't bark but he chews everything", "she never barks"; stop 45 owner trial: barking ticked): at a multi-choice question those words pick no option, as `understanding-choice-dismissed`.
understanding-behaviour-negated = doesn't bark
    .aliases = doesn't bark, doesnt bark, does not bark, never barks, never bark, won't bark, wont bark, isn't barking, not barking, no barking, doesn't chew, doesnt chew, does not chew, never chews, never chew, won't chew, wont chew, isn't chewing, not chewing, no chewing, doesn't pull, doesnt pull, does not pull, never pulls, never pull, won't pull, wont pull, isn't pulling, not pulling, no pulling, doesn't jump, doesnt jump, does not jump, never jumps, never jump, won't jump, wont jump, isn't jumping, not jumping, no jumping, doesn't growl, doesnt growl, does not growl, never growls, never growl, won't growl, wont growl, isn't growling, not growling, no growling, doesn't whine, doesnt whine, does not whine, never whines, never whine, won't whine, wont whine, isn't whining, not whining, no whining, doesn't howl, doesnt howl, does not howl, never howls, never howl, won't howl, wont howl, isn't howling, not howling, no howling, doesn't lunge, doesnt lunge, does not lunge, never lunges, never lunge, won't lunge, wont lunge, isn't lunging, not lunging, no lunging, doesn't chase, doesnt chase, does not chase, never chases, never chase, won't chase, wont chase, isn't chasing, not chasing, no chasing, doesn't dig, doesnt dig, does not dig, never digs, never dig, won't dig, wont dig, isn't digging, not digging, no digging, doesn't nip, doesnt nip, does not nip, never nips, never nip, won't nip, wont nip, isn't nipping, not nipping, no nipping, doesn't mark, doesnt mark, does not mark, never marks, never mark, won't mark, wont mark, isn't marking, not marking, no marking, doesn't cry, doesnt cry, does not cry, never cries, never cry, won't cry, wont cry, isn't crying, not crying, no crying
## At the health question, signs of being sick now ("he won't eat and keeps vomiting"): a report, never the health answer a pain sign alone is (`SurveyReading._body_sign_note`; stop 62 mend).
## Stop 63: lethargy, a bloated belly, and a limp after a fall (an injury) are now too ("he's limping after a fall" was stored as the health answer only).
understanding-sick-now = vomiting
    .aliases = vomit, vomits, vomited, vomiting, threw up, throws up, throwing up, throw up, puke, pukes, puked, puking, won't eat, wont eat, not eating, isn't eating, isnt eating, stopped eating,
        lethargic, not himself, not herself, no energy, bloated, belly is swollen, swollen belly, belly is hard,
        after a fall, after falling, since he fell, since she fell, he fell, she fell, fell off, fell down, jumped off, jumping off
## Korean only: the endings that close or join a clause where a told clause is set apart ("고양이요", "있는데", "있고", "있지만"; `lead_in._clauses`); English clauses are cut at marks and joining words.
understanding-clause-close = none
    .aliases = none
## Korean endings closing a clause (`understanding-choice-dismissed` reaches back to one); English has none: punctuation and "but" close it.
understanding-clause-end = none
    .aliases = none
## "none" said mid-sentence in Korean ("아이는 없고"); English has no such ending.
understanding-absent-connective = none
    .aliases = none
## The Korean topic ending before "don't know" ("중성화는 모르겠어요"); English says "not sure if" (`understanding-unsure-if`).
understanding-doubt-topic = is
    .aliases = is
## Someone else whose number it is at an age or length question ("my sons 8"): no answer (owner trial 9: read as 8 years).
understanding-someone-else = son
    .aliases = son, sons, son's, daughter, daughters, daughter's, kid, kids, kid's, child, children, nephew, niece, grandson, granddaughter, my brother, my sister
## A word opening the next clause after a person's death told ("my husband passed away so it's just me"; stop 62: the answer after it dropped with the death): the death's clause ends before it (`person_died.person_death_dropped`).
understanding-clause-next = so
    .aliases = so, now, and now, which, since
## Between a person (`lex-person`) and a number, what makes the number that person's age ("yea my bro is 8", "my son's 8"; owner trial 28: a household of 8): no count, no hours.
understanding-person-aged = is
    .aliases = is, 's, s, turned, turns, just turned, is turning, will be, is like, is about

## trial 9 (leftovers): worse since an event ("it's been worse since we moved"): with `understanding-talk-worse` after a result, the event is detail for the report too (batch 89). A time alone ("since last week") is no event.
understanding-talk-worse-since = since we
    .aliases = since we, since i, since my, since our, since the, since he, since she, since they, since moving, since her, since his, ever since, after we, after the move, after moving

## trial 10 (names)
## How an asked word starts ("whats", "who"): at the name question a single word ending like a Korean question ("Sunny" typed 써니) is the name, unless it starts with one of these.
understanding-question-stem = what
    .aliases = what, whats, who, whos, why, where, when, how
## A joining word that ends the name's clause when more is said after it ("her name is bella and shes 3": bella).
understanding-name-connective = and
    .aliases = and, but, n, he's, hes, she's, shes, he, she
## trial 10 (check-ins)
## At a check-in, "better" with a day is good news, not a new incident, unless something else follows one of these ("better but yesterday he lunged at a dog").
understanding-outcome-but = but
    .aliases = but, though, however, although, except
## trial 12 (check-ins)
## At a check-in's "anything to add?", a new problem announced with no details ("but a different problem came up"): no note; the owner is asked what happened, and the next message is a report.
understanding-note-new-problem = another problem
    .aliases = another problem, a new problem, new problem, a different problem, different problem, other problem, one more problem, another issue, a new issue, new issue, a different issue, different issue, one more issue, something else came up, something new came up, another thing came up, something else happened, a new thing
## At a check-in's "how did it go?", the step said to have gone all right and no more ("it went ok i guess", "it was fine"): tried, nothing said to be better, so "the same", and the reply says so.
understanding-outcome-ok = went ok
    .aliases = went ok, went okay, went fine, went alright, was ok, was okay, was fine, was alright, it's ok, its ok, it's okay, its okay, it's fine, its fine
## Words that agree or confirm around a number answer ("yes 2 and a half", "3 that's right"): read past when the number inside is a whole answer on its own (owner trial 10).
understanding-answer-agree = yes
    .aliases = yes, yeah, yea, yep, yup, ya, yah, yes yes, oh, ah, um, uh, hmm, ok, okay, right, correct, yes correct, that's right, thats right, that is right, that's correct, thats correct, that is correct, exactly, yes exactly, yes that's right, yes thats right, yeah that's right, yeah thats right, indeed, sure, true, confirmed
## A word for a photo or video, the whole message ("photo", "[Photo]", "pic"): media, never a name or an answer (owner trial 10: the dog named "Photo").
understanding-media-word = photo
    .aliases = photo, photos, a photo, the photo, pic, pics, a pic, picture, pictures, a picture, image, images, video, videos, a video, clip, a clip, gif, attachment, file, photo attached, pic attached, see photo, see pic, see picture
## A word for any dog, the whole answer at the name question ("dog", "puppy"): no name, asked again saying so (owner trial 10: "How old is Dog?").
understanding-name-generic = dog
    .aliases = dog, a dog, the dog, doggy, doggie, doggo, puppy, a puppy, pup, puppers, pupper, pet, my pet, mutt, dogs, puppies, canine, k9, pooch, doge
## Who lives at home, told at the name question ("i live alone", "just me and my wife"): the household's answer, no name (owner trial 10).
## A unit after a leading yes that makes the yes a number (Korean only: "네 명" is four people; no English yes is a number).
understanding-agreement-counter = people
    .aliases = people, persons
understanding-household-told = live alone
    .aliases = live alone, living alone, i live alone, we live alone, live by myself, living by myself, live on my own, just me and, me and my wife, me and my husband, me and my partner, my wife and i, my husband and i, my partner and i, live with my, living with my, we live together, family of
## A problem behaviour's own name with its target, as a label ("jumping on people", "pulling on the leash"; not "he jumps on people"): listed at a survey question it names a concern, told with no when or where, never an account of what happened (owner trial 10). The verb with its target only ("she pulls on leash and barks at other dogs"; stop 61 trial: analysed as an incident, a plan set) says what the dog is like, as the Korean "다른 개한테 짖" does.
understanding-concern-phrase = jumping on people
    .aliases = jumping on people, jumping up on people, jumping on guests, jumping on visitors, jumping on everyone, jumping on strangers, jumping on kids, jumping on me, jumping up at people, pulling on leash, pulling on the leash, pulling on lead, pulling on the lead, pulls on the leash, pulling the leash, leash pulling, lead pulling, barking at dogs, barking at other dogs, barking at people, barking at strangers, barking at the door, lunging at dogs, lunging at other dogs, lunging at people, reactive to dogs, reactive to other dogs, growling at people, growling at dogs, chewing on furniture, chewing the furniture, peeing in the house, peeing inside, pooping inside, pooping in the house, mouthing on hands, nipping at hands, nipping at ankles, chasing cats, chasing cars, chasing bikes, pulls on leash, pulls on lead, pulls on the lead, barks at dogs, barks at other dogs, barks at people, barks at strangers, lunges at dogs, lunges at other dogs, growls at dogs, growls at other dogs, growls at strangers
## The dog's weight told with its words after a result or with nothing open ("she weighs 12kg"): the profile's size, stored (owner trial 10).
understanding-profile-weight = weighs
    .aliases = weighs, weigh, weight, weight is, she weighs, he weighs, it weighs, weighing, is about, about
## Another pet told as had after a result or with nothing open ("we also have Luna the cat"): not a dog to add (owner trial 10). Whole words only.
understanding-not-a-dog-animal = cat
    .aliases = cat, cats, kitten, kittens, kitty, rabbit, rabbits, bunny, bunnies, hamster, hamsters, guinea pig, guinea pigs, parrot, parrots, budgie, bird, birds, ferret, ferrets, turtle, tortoise, hedgehog, lizard, snake, fish, goldfish
## Articles read past before a breed denied ("he's not a poodle, he's a maltese": the poodle is the old breed; owner trial 16).
understanding-article = article
    .aliases = a, an, the
## A breed told as the dog's after a result or with nothing open ("he is a beagle", "Dubu is a lab", "actually she's a beagle mix"): the profile's breed (owner trial 10, 16).
understanding-profile-breed-is = is a
    .aliases = is a, is an, 's a, 's an, she's a, he's a, shes a, hes a, she's an, he's an, is actually a, he's actually a, she's actually a, hes actually a, shes actually a, is actually an, is part, is half, is a mix, is mixed
## Words before a dog's name in a profile fact told of it ("our Summer is 3"): read past (owner trial 10).
understanding-fact-lead = our
    .aliases = our, my, and, oh, also, fyi, btw, ps
## Words after the dog's name, before the fact ("Summer is actually 5", "Summer is now 5"): correcting or adding it, read past (stop 50: not understood).
understanding-fact-adverb = actually
    .aliases = actually, really, btw, just, now, already, only, in fact

## Words saying a number told is a guess, nobody knowing it for sure ("abt 7-8 yrs, shelter didnt know"): the number kept as approximate.
understanding-estimate-unknown = didn't know
    .aliases = didn't know, didnt know, don't know, dont know, doesn't know, doesnt know, not sure, no idea, nobody knows, no one knows, they didn't know, they didnt know, unknown, idk, not known, wasn't sure, wasnt sure, weren't sure, werent sure, just a guess, a guess, estimated, roughly

## Before or after an option's position, saying nothing more ("the first one"): let go.
understanding-ordinal-filler = the
    .aliases = the
## The last option offered ("the last one"): its position.
understanding-ordinal-last = last
    .aliases = last, the last, very last, bottom

## Endings that make a hedged answer with "?" a question after all ("he's a lab, right?"): asked.
understanding-hedge-question-ending = right
    .aliases = right, isn't it, is it, or not, isn't he, isn't she
## Words that ask for every dog's history at once ("show both dogs' history", "history for all dogs"): each dog's, grouped by dog.
understanding-all-dogs = all dogs
    .aliases = both, both dogs, both my dogs, all dogs, all my dogs, all the dogs, every dog, each dog, all of them, both of them, the dogs, my dogs, everyone, both pups, all pups
## Words before a dog's view that name no dog ("both history", "that history"): the view, no dog named (owner trial 11: "no dog called 우리").
understanding-view-not-dog = not a dog
    .aliases = both, all, that, this, my, our, the
## A word for dogs in the plural, the only other word beside a name-like word ("dogs trust", a UK rescue charity; stop 50 owner trial: "no dog called trust"): the list of all dogs is no one dog's view, so no dog is named and no view shown.
understanding-view-plural-not-dog = dogs
    .aliases = dogs, pups, puppies, doggies, doggos
## Asking which dog is talked about ("which dog am i on"): that dog said, nothing switched (owner trial 11: sent to the coach model).
understanding-active-dog-asked = which dog
    .aliases = who's active, whos active, who is active, who's selected, whos selected, who is selected, which one is active, which one is selected, which dog am i on, which dog are we on, which dog are we talking about, which dog are you talking about, who are we talking about, who are you talking about, what dog am i on, which dog is active, which dog is selected, whose profile is this
## Words setting one language aside when both are named ("korean instead of english"): a Korean word sets aside the name before it, an English one the name after it (owner trial 11).
understanding-language-aside = instead of
    .aliases = instead of, rather than, not in
## Something told as having happened, naming no behaviour the rules know: irregular past forms (a word in "-ed" counts by itself). Such a message is offered to be analysed, never lost as noise (held-out batch 3).
understanding-event-past = past
    .aliases = went, had, was born, were born, ran, came, got, fell, sat, lay, laid, took, saw, heard, left, broke, threw, caught, made, kept, wouldn't, would not, couldn't, could not, didn't, did not, stood, slept, woke, hit, knocked over, ate, drank, flew, spun, slid, stuck, bit, dug, tore, stole, hid, shook, froze, fought
## Words in "-ed" and syllables with the past's final that tell nothing happened: adjectives, nouns, and in Korean "있" (to be) and "겠" (will).
understanding-event-not-past = not past
    .aliases = need, needed, bed, feed, seed, speed, breed, shed, red, tired, worried, excited, bored, confused, surprised, interested, married, used, supposed, pleased, relieved, stressed, obsessed, named, called, neutered, spayed, mixed, crated, scared, attached, allowed, advanced, related, based, aged, sized, haired, coated, eyed, tailed, legged, 있, 겠
## The dog's arrival told ("새로 강아지 입양했어요", "we just adopted a puppy"): an introduction in the past tense, no incident to offer analysing (the welcome follows).
understanding-event-arrival = arrival
    .aliases = 입양, 분양, 데려왔, 데려 왔, 데리고 왔, 데려온, 들였, 식구가 됐, 가족이 됐, 키우게 됐, 키우게 되었, 키우기 시작했, adopted, adopt, got a puppy, got a dog, got a new, just got, brought home, brought him home, brought her home, new puppy, new dog, rescued a
## trial 12 (names)
## The name question said back before the name ("name? Max", "my dog's name? Max"): read past, the name is what follows the "?".
understanding-name-echo = name
    .aliases = name, names, the name, his name, her name, its name, my dog's name, my dogs name, the dog's name, the dogs name, dog's name, dogs name, the dog name, dog name
## Everyday words no dog is called by, whole words (pronouns, verbs, time words, a number's unit, command and outcome words): a name read at the name question made of two or more of these and nothing else is a phrase, no name ("uh let me think", "so tired today", "way better now"; owner trial 15: the dog named "Let Me Think"); the name's re-ask.
## Stop 63 (noticedleft63: "this one" at the name became the name "This One"): "one", "these", "those" point at a dog, they name none.
understanding-name-common-word = let
    .aliases = one, ones, these, those, around, about, approximately, roughly, i, me, my, you, we, us, it, it's, its, im, i'm, he, she, they, this, that, let, lets, let's, think, thinking, go, going, gotta, gonna, wanna, show, happens, happen, happened, is, are, was, were, be, been, do, does, did, doing, can, could, will, would, should, have, has, had, get, gets, got, need, want, stop, wait, see, know, tell, try, tried, come, came, make, made, say, said, again, now, today, tonight, yesterday, tomorrow, so, very, really, just, still, too, also, actually, kinda, sorta, maybe, like, way, better, worse, same, time, times, first, week, weeks, day, days, month, months, daily, always, never, sometimes, ago, later, soon, here, there, tired, busy, mixed, results, result, fine, okay, ok, thx, thanks, chart, graph, menu, help, history, profile, summary, stats, list, x, twice, once, a, an, the, and, or, but, not, no, yes, yeah, yep, hmm, uh, um, what, how, when, where, why, who, which, about, at, in, on, of, for, with, to, from, sure, idk, dunno, lol, nothing, much, more, less, bit, little, lot
## (Korean only: a verb's or a request's ending that makes a word read as a name no name, "보여줘". English words are whole: `understanding-name-common-word`.)
understanding-name-common-ending = -
## Words that make a name read at the name question a sentence, never a name ("got her from a pet shop").
understanding-name-sentence-word = from
    .aliases = from, got, found, adopted, bought, picked
## A Korean topic or subject particle right after a name with a fact after it ("초코는 5살이에요"; Korean only), after a syllable with no final consonant.
understanding-name-told-particle-open = -
## The same after a syllable with a final consonant (Korean only).
understanding-name-told-particle-closed = -
## The words that close a Korean introduction ("3살 말티즈 여아 콩이 키우고 있어요"; Korean only).
understanding-name-intro-verb = -
## The word before a name told after the dog's age or breed ("hi I have a 3 year old male beagle named Charlie"; owner trial 17: only the breed kept).
understanding-name-introduced = named
    .aliases = named, called, who's called, who is called, by the name of
## The formal name, said with these, wins over a nickname said after it ("her name is Bella but we call her bells": Bella).
understanding-name-formal = name is
    .aliases = name is just, his name is just, her name is just, its name is just, the name is just, name is, name's, his name is, her name is, its name is, the name is, my dog's name is, my dogs name is, named
## A joining ending right after a name ending in a vowel (Korean only; English joins with `understanding-name-connective`).
understanding-name-connective-open = and
    .aliases = and
## A name (or another answer) said back to confirm it at a later question ("yes Max is right"): what confirms it.
## Stop 63 (held-out 18, "네 초코 맞아요" at "is it Choco?"): "that's right" after the name confirms it too.
understanding-name-confirm = is right
    .aliases = is right, is correct, is fine, that's right, thats right, that's correct, thats correct
## Words that may come before such a confirmation ("no no, Max is correct", "yes Max is right").
understanding-name-confirm-lead = yes
    .aliases = yes, yeah, yep, no, nope, no no, nah, ya, yup, ok, okay, it's, its
## Confirming words before the name said back ("yep that's Rusty" at "is it Rusty?"; stop 63, held-out 19: "that's Rusty" was kept as the name).
understanding-name-confirm-before = that's
    .aliases = that's, thats, that is, that's right, thats right, yes that's, it is, yes it is, yes it's, that'd be
## Emoji alone that thank ("🙏🙏"; stop 63, held-out 19: read as any emoji): small talk, thanks.
understanding-talk-thanks-emoji = 🙏
    .emoji = 🙏, 🙇
## Not knowing since when or how often, about the report just sent ("not sure since when tbh", "dunno how often it happens"): with that report waiting for its result or shown a moment ago, detail about it, never the open survey question's "don't know" (owner trial 12: stored as the origin unknown). Naming the question ("how old", "how long we've had her") keeps it that question's answer.
understanding-report-when-unknown = since when unknown
    .aliases = since when, how often, when it started, when it began, when this started, when that started, how many times, how frequently
## Taking back or correcting the report just sent ("actually no she just bumped him"): a word saying no (this entry) with one saying it was less (`-minimised`), with that report waiting or shown a moment ago: added to it and analysed again (owner trial 12: the survey question asked again).
understanding-report-taken-back = actually no
    .aliases = actually no, actually nah, wait no, no wait, didnt bite, didn't bite, did not bite, didnt actually bite, didn't actually bite, didnt nip, didn't nip, wasnt a bite, wasn't a bite, not a bite, wasnt a nip, wasn't a nip, not really a bite, i exaggerated, i was wrong about
understanding-report-minimised = just
    .aliases = just, only, barely, accidentally, by accident, playing, in play, lightly, a little
## Right after an emergency (a poisoning, bloat, a bad bite: an urgent red flag of the latest report), the owner's worried messages about it (owner trial 31: the coach model answered about the leash, or a survey question read them as its answer). Asked: whether to wait, go now, what to do at home; its first aid again, no model call.
understanding-aftercare-asked = wait and see
    .aliases = wait and see, just wait, can it wait, can this wait, can i wait, should i wait, should we wait, do i wait, wait till, wait until, wait for, till tomorrow, until tomorrow, tomorrow, tmrw, tmr, go now, go in now, go to the er, go to the vet, the er, er, emergency vet, emergency room, anything i can do, something i can do, what can i do, at home, home first, make him throw up, make her throw up, make him vomit, make her vomit, will he be ok, will she be ok, will he be okay, will she be okay, is he going to be ok, is she going to be ok, should i go, do i need to go, need to go, is it serious, how serious, how bad, should i worry, too late
## Going to the vet or calling it, right after an emergency ("ok calling the vet rn"): the to-vet reply, never an answer.
## Stop 52 (held-out 8): a vet visit booked is going to the vet too.
## Stop 64: "ok vet now", "leaving now" right after the card (the health answer stored): going, said short.
understanding-aftercare-going = calling the vet
    .aliases = vet now, vet rn, er now, headed to the vet, headed to the er, going now, leaving now, going rn, leaving rn, calling the vet, call the vet, called the vet, calling vet, calling the er, called the er, calling the emergency vet, going to the vet, going to the er, heading to the vet, heading to the er, heading to the emergency vet, taking him to the vet, taking her to the vet, taking him in, taking her in, on our way, on the way to the vet, driving to the vet, off to the vet, leaving for the vet, booked the vet, booked a vet, vet appointment tomorrow, vet appointment booked, made a vet appointment, got a vet appointment, taking her to the vet tomorrow, taking him to the vet tomorrow
## Back from the vet: with a word that the dog is fine (`-fine`), the vet-cleared reply, never an answer nor a report.
understanding-aftercare-back = back from the vet
    .aliases = back from the vet, back from the er, back from the emergency vet, got back from the vet, just got back, we're back, were back, vet says, vet said, the vet says, the vet said, they said, vet checked, the vet checked, saw the vet, seen by the vet, made him throw up, made her throw up, made him vomit, made her vomit, induced vomiting
understanding-aftercare-fine = fine
    .aliases = fine, ok, okay, alright, all right, all clear, good, better, nothing wrong, nothing serious, no problem, be fine, gonna be fine, going to be fine
## A new sign of the emergency's harm ("shes shaking and her heart is racing" after chocolate; owner trial 31: a new report with a training plan): added to its report, go now.
understanding-aftercare-sign = shaking
    .aliases = shaking, shakes, trembling, tremors, twitching, heart is racing, heart racing, hearts racing, heart's racing, racing heart, heart pounding, panting, panting hard, drooling, vomiting, vomited, threw up, throwing up, puking, puked, diarrhea, diarrhoea, restless, wobbly, stumbling, collapsed, collapsing, seizure, seizing, breathing fast, breathing hard, pale gums, lethargic, swelling, swollen, bleeding again, still bleeding, limp, cant stand, can't stand
## Trembling with fear (hid, tail tucked, someone walked by; stop 49, Korean owner trial: after a not-eating report,
## "꼬리 말고 제 다리 뒤로 숨더니 덜덜 떨었어요" got "a new sign: go to an emergency vet now"): fear, no new sign.
understanding-aftercare-fear = hid
    .aliases = hid, hides, hiding, hide behind, tail tucked, tucked her tail, tucked his tail, tail between, scared, afraid, frightened, fearful, spooked, startled, walked past, walked by, walks past, walks by, came near, came close, thunder, fireworks
## News of the dog's health: a vet visit, an illness found, medicine ("took her to the vet, it was a stomach bug, she's on meds and much better"; owner trial 31: with a check-in due and not asked, saved as its "better" for the barking plan). No check-in answer for a behaviour plan unless the check-in was asked and the message names that behaviour. At the check-in's question the same words naming no behaviour of its plan are news, kept for the note (stop 49: "the tummy bug is gone" got only "please pick one").
understanding-health-update = the vet
    .aliases = the vet, to the vet, from the vet, vet said, vet says, diagnosed, diagnosis, stomach bug, gastro, gastroenteritis, infection, antibiotics, meds, medication, medicine, prescribed, on pills, tummy bug, upset stomach, ear infection, uti, upset tummy, tummy ache, stomach ache, bug is gone, over the bug, diarrhea, diarrhoea, vomiting, recovered, all healed, healed up

## A person told as visiting, not living at home ("2 of us, my mum comes over sometimes"; owner trial 31: "2명이요 시어머니는 가끔 오세요" counted 7, the "오" of "오세요" read as five): that person is not counted at the household question.
understanding-household-visiting = comes over
    .aliases = comes over, come over, comes round, comes around, visits, visit, visiting, stays over, stays sometimes, drops by, pops over, pops round, comes to stay, only home on weekends, only here on weekends, only home at weekends, only here at weekends, only around on weekends, away during the week, away all week
## A child named by their rank among the children ("no, youngest is 14"; owner trial 31: a household of 14): the number after is that child's age.
understanding-person-ranked = youngest
    .aliases = youngest, oldest, eldest, middle one, the youngest, the oldest, our youngest, my youngest, our oldest, my oldest

## At "how long have you had him?", a day of the week the dog came home on ("we picked him up saturday"; owner trial 31: not understood): a few days, up to a week.
understanding-owned-weekday = saturday
    .aliases = monday, tuesday, wednesday, thursday, friday, saturday, sunday, on monday, on tuesday, on wednesday, on thursday, on friday, on saturday, on sunday, last weekend, this weekend, at the weekend, on the weekend, over the weekend, the other day, a few days ago, couple days ago, couple of days ago
## stop 47 (survey)
## The dog's energy or appetite told as gone ("hes got no energy and keeps throwing up", "no appetite either"; stop 46's CI: read as "no" at the children, "none" at the other pets): that "no" answers no question.
understanding-absent-condition = no energy
    .aliases = no energy, zero energy, got no energy, has no energy, no appetite, no appetite either, zero appetite, got no appetite, has no appetite, no interest in food, not eating, wont eat, won't eat, no poop, no pee
## Inside a sentence, only a phrase that asks to go back to the previous question ("sorry can we go back", "i want to go back to the last question") is Back; "back" typed whole still is, but the word inside a sentence is the dog's back leg or "when i got back" (stop 47: "he's limping on his back leg" at the children moved the survey a question back).
understanding-concept-nav-back = go back
    .aliases = go back, going back, back to the last question, back to the previous question, back one question, previous question, last question again, the question before, back pls, back plz, back please, undo that, undo the last
## At the survey's review card ("Is this right?"), the word after an OK that sets a correction against it ("yes all good except hes actually 11 months", "looks right but she's spayed not intact"; stop 47, owner trials 30-31: sent to the model as a question, or the OK taken alone): what follows is the correction, the card shown again.
understanding-review-but = but
    .aliases = but, except, though, although, however, only, apart from that, other than that
## An OK that ends in that "but" itself (Korean "맞는데"; none in English).
understanding-review-ok-but = fine but
    .aliases = fine but
## Words read past in that OK besides the card's confirm words ("oh", "everything").
understanding-review-ok-lead = oh
    .aliases = oh, um, uh, everything, it, it all, all, mostly, thanks, thank you, now, so, yes now, ok now
## At a survey question, the owner saying they will tell about their other dog too ("i'll tell you about bramble too", "can i tell you about my other dog bramble too"; owner trial 32: read as the open question's answer, "I didn't catch"): the dog named is offered after this survey, the question asked again. The name comes after these words, a lead (`understanding-other-dog-lead`) read past, and the message ends with a word of `understanding-other-dog-too`.
understanding-other-dog-announced = tell you about
    .aliases = tell you about, tell u about, tell you abt, talk about, add, register, do the survey for, do this for
understanding-other-dog-lead = my other dog
    .aliases = my other dog, my other one, my other pup, our other dog, our other one, the other dog, my second dog, my older dog, my younger dog, my other boy, my other girl
understanding-other-dog-too = too
    .aliases = too, as well, also, aswell, after, later

## Words saying an amount loosely beside the number that tells it ("loads, like 2 hours"; stop 47, owner trial 32: "I understood 2 hours, but not 'loads'"): the number kept as approximate.
understanding-amount-loose = loads
    .aliases = loads, lots, a lot, loads of time, ages, tons, heaps, quite a lot, quite a bit, a fair bit, plenty
## Behaviours made nouns and listed ("무는거랑 밤에 낑낑거리는거", "biting and whining at night"; owner trial 33): worries listed at a survey question, no incident (`Understander._concerns_listed`).
understanding-behaviours-listed = behaviours listed as nouns
    .aliases = biting and, barking and, jumping and, whining and, chewing and, pulling and, growling and, lunging and, nipping and, digging and

## Common misspellings of a word further than one typo from it (owner trial 33: "male not nuterd" read as "male" only): read as the word wherever a question reads it. The value is the word, the aliases its misspellings (`typos.Spelling`).
understanding-misspelt-neutered = neutered
    .aliases = nuterd, nutered, nuetered, nueterd, neuterd, neutred, nutured, nuteured, neuted, nuetred, neutard, nutterd, nuttered
understanding-misspelt-spayed = spayed
    .aliases = spaded, spay'd, spayd, speyed, spade, sprayed, spaied, spayded
understanding-misspelt-castrated = castrated
    .aliases = castraded, castarted, casterated

## Filler said before or after a name or a breed ("Kiwi too", "a pom as well", "lurcher x maybe some whippet in there"; owner trial 33: kept in the stored answer): whole words left out when something else is left.
understanding-answer-filler = filler
    .aliases = too, as well, also, aswell, in there, in him, in her, i think, i guess, maybe, probably, this one too, this one, this one as well, my dog, our dog, the dog, lol, haha
## At the origin, family said to be at home ("mum is home all day"; stop 48, owner trial 33: "거의없어 엄마가 집에있음" at the age overwrote the origin with friend or family): who is at home, the time alone, never where the dog came from.
understanding-origin-at-home = at home
    .aliases = at home, is home, 's home, s home, home all day, home most days, works from home, work from home, wfh, stays home, stay home, always home
## stop 49
## Right after a result was shown, asking what it means ("what does that mean", "what does ABC mean?"; stop 49, owner trial: mid-survey it was the survey's answer or a question for the coach model): the result's terms in plain words (`talk-result-meant`), the open question asked again. Besides what asks (this entry), only words pointing at the result (`-pointer`) may be there: "what does 'reward quiet moments' mean?" asks the coach about a part of it.
understanding-result-meant = what does that mean
    .aliases = what does that mean, what does this mean, what does it mean, what does it all mean, what do you mean, what do u mean, what d'you mean, wdym, what is that supposed to mean, what's that supposed to mean, whats that supposed to mean, what does abc mean, what do a b and c mean, what do a b c mean, what's abc, whats abc, what is abc, what are a b and c, i don't understand, i dont understand, i don't get it, i dont get it, don't get it, dont get it, i don't understand it, i dont understand it, meaning, what does that mean exactly
## Asking only what something is ("what's"): what the result means only with a name of the result (`-subject`: ABC, the result, the analysis) beside it ("what's ABC?"). "what is this?" at a survey question asks what the survey is (owner trial 18).
understanding-result-meant-what = what's
    .aliases = what's, whats, what is, what are, what do, what does, mean, means, stand for, stands for
understanding-result-meant-subject = abc
    .aliases = abc, a b c, a b and c, the result, this result, the analysis, this analysis, likely purpose, intensity
## Right after a result, beside asking what it means, the name of a term the result uses ("what does this mean? what's the function?": the behaviour's function, the result's "Likely purpose"; stop 56, held-out 11: "기능" read as the app's features, the whole help). Only with `understanding-result-meant` (then also at the result's follow-up question: the result's term, not the question's): "what's the function?" alone is no pointer.
understanding-result-meant-term = function
    .aliases = function, the function, its function, the behaviour's function, the behavior's function, purpose, the purpose, its purpose, likely purpose, the likely purpose
understanding-result-meant-pointer = that
    .aliases = that, this, it, all, the result, this result, that result, the analysis, this analysis, that analysis, abc, the abc, the abc thing, thing, sorry, um, uh, so, hm, hmm, ok, okay, but, wait, exactly, though, sorry but, lol, 이십니까, 이세요, 이신가요, 이신지, 입니까, 인가요, 모르겠어요, 모르겠습니다, 모르겠네요
## Asking how long something takes ("how long does this take?", "how long will it take"; stop 49, owner trial: "이거 얼마나 걸려요?" got the price answer, "how long will it take" went to the coach model): never the price. At a survey question with only words pointing at the survey (`understanding-survey-pointer`) it asks how many questions are left; while a report waits, its result's status.
understanding-duration-asked = how long does this take
    .aliases = how long does this take, how long does it take, how long is this supposed to take, how long is it supposed to take, how long should this take, how long should it take, how long will this take, how long will it take, how long is this going to take, how long is it going to take, how long is this gonna take, how long is it gonna take, how long does this all take, how long will this all take, how long does that take, how long will that take, how long will this be, how long will it be, how long till it's done, how long until it's done, how long until its done, how much time does this take, how much time will this take, how much time does it take, how much time will it take, does this take long, does it take long, will this take long, will it take long
## Words taking back an option just said, in the same message, before the one meant ("medium? no wait, small", "breeder, no sorry, a shelter"; stop 49, owner trial 34, batch 353: a question for the model, or "which one?"): the option said after them is the answer; naming an earlier question ("the size, medium? no wait, small"), that answer corrected. Never "not" ("small not medium" keeps the first).
understanding-option-taken-back = no wait
    .aliases = no wait, wait no, no no, no sorry, sorry no, no actually, actually no, i mean, i meant, sorry i mean, sorry i meant, scratch that, oops, or rather, wait, no
## At the hours alone, the days of a week an amount is told for ("bout 3 hrs 2 days a week", "3 hours twice a week"; stop 49, owner trial 33, batch 354: "I understood 3 hours, but not 'days week'"): a week named (`-week`) and only these words besides the amount (`-some-days`): alone only on those days, a usual weekday is none to that amount.
understanding-hours-week = week
    .aliases = week, weeks, wk, wks
understanding-hours-some-days = days
    .aliases = day, days, twice, once, thrice, times, time, x, per, a, couple, few, some, only, just, on, two, three, four, of
## A child word said to have meant the dog ("by baby i meant the dog", "when i said baby i meant Rex"; stop 49, owner trial 34, batch 355: the children stayed yes): with a child word, the children answer corrected to no.
understanding-child-meant = i meant
    .aliases = i meant, meant the dog, meant my dog, meant our dog, meant the pup, was talking about the dog, was talking about my dog, was talking about our dog, was the dog, was my dog, i was referring to, was referring to, meant him, meant her
## Where the dog plays at home, told beside the walks ("we hardly walk her, she runs around the yard", "we barely walk him, he just runs round the garden"; stop 49, owner trial 34, batch 355: "I understood 0 minutes, but not 'runs yard'"): at the exercise, that clause is read past (the walks are the answer) unless it has a number of its own.
understanding-exercise-play-place = in the yard
    .aliases = in the yard, round the yard, around the yard, in the garden, round the garden, around the garden, in the backyard, round the backyard, around the backyard, in the back garden, round the back garden, around the back garden, round the house, around the house
## Asking to add a behaviour to the concerns after answering them ("can i add growling too", "please add barking"; stop 49, owner trial 34, batch 355: a report or a question for the model): the concerns edited, never a report.
understanding-concern-add = can i add
    .aliases = can i add, could i add, can you add, could you add, can we add, i want to add, i wanna add, i'd like to add, id like to add, i would like to add, please add, pls add, add it too
## How the dog is while a sign lasts ("she gets stuck in corners and just stands there staring"; stop 49: at the children question "yes" was read from the clause): part of the sign, no option's words.
understanding-sign-state = staring
    .aliases = staring, stares, just stands there, just standing there, stands there, standing there, frozen, not moving, won't move, wont move, zoned out, zones out, spaced out, blank stare, limp, floppy

## A yes or no typed as one letter ("y", "n", and the Korean "ㅇ", "ㄴ"; stop 50, Korean owner trial: "ㄴ" at the children got "answer yes or no"): while options are open, read as this value. With nothing to pick it is noise.
understanding-one-letter-yes = yes
    .aliases = y
understanding-one-letter-no = no
    .aliases = n
## Time zones (/timezone; stop 50, English owner trial: dates in Seoul time). Only the .aliases are read, in every language.
understanding-command-timezone = time zone
    .aliases = timezone, time zone, timezones, time zones, my timezone, my time zone, change timezone, change time zone, change my timezone, change my time zone, set timezone, set time zone, set my timezone, set my time zone, tz, 시간대, 시간대 설정, 시간대 변경, 시간대 바꾸기, 시간대 바꿔줘, 타임존, 표준시
## Words that name the time zone with a place after or before them ("my timezone is London", "한국 시간으로 해줘"): a place they name that is no zone is asked again with examples.
understanding-zone-lead = my timezone is
    .aliases = my timezone is, my time zone is, timezone is, time zone is, timezone, time zone, set my timezone to, set my time zone to, set timezone to, set time zone to, change my timezone to, change my time zone to, change timezone to, change time zone to, 시간대, 시간대는, 시간대를, 시간대로, 시간대 설정, 시간대로 바꿔줘, 시간대로 해줘, 시간대를 바꿔줘
## Words saying where the owner is ("I'm in New York", "런던에 살아요"): a zone only when a place of the vocabulary is named.
understanding-zone-here = i'm in
    .aliases = use, time, local time, my time, 시간, 시간으로, 시간 기준으로, 시간 기준, 기준으로, 으로 바꿔줘, 로 바꿔줘, 으로 해줘, 로 해줘, 으로 설정, 로 설정, 시간으로 바꿔줘, 시간으로 해줘, 시간으로 설정해줘, i'm in, im in, i am in, i live in, we're in, were in, we are in, we live in, i'm based in, im based in, i am based in, in, 에 살아요, 에 살고 있어요, 살아요, 살고 있어요, 살고있어요, 에 있어요, 에 살아, 에 삽니다, 에서 살아요, 에서 살고 있어요, 사는데, 에 살고 있습니다, 에 있습니다, 이에요, 예요, 입니다, 인데요
## Stop 60 (held-out 15: "I live in Busan now, please set the time accordingly. Mark"): in a long message, a clause naming where the owner lives beside one of these asks for that place's zone.
understanding-zone-set-time = set the time
    .aliases = set the time, adjust the time, change the time, update the time, fix the time, set my time, set the clock, times accordingly, time accordingly, 시간 맞춰, 시간을 맞춰, 시간 좀 맞춰, 시간도 맞춰, 시간 바꿔, 시간을 바꿔, 시간도 바꿔, 시간 설정, 시간을 설정, 시간도 설정, 시간 변경, 로 맞춰, 으로 맞춰, switch my time, switch the time, change my time, set my clock, my time to
## Stop 60: "now", "these days" beside where the owner lives ("I live in Busan now"): no zone's word, allowed beside one.
understanding-zone-aside = now
    .aliases = now, these days, currently, right now, 이제, 지금, 요즘, 저, 저는, 저도, 저희, 저희는, 우리, 우리는
## Places and zone names, each the IANA zone it stands for (its value; zoneinfo checks it).
## Stop 60 (held-out 15: "I live in Busan now, please set the time accordingly. Mark" was noise): the other big Korean cities share Seoul's zone.
understanding-zone-place-seoul = Asia/Seoul
    .aliases = seoul, korea, south korea, kst, korean time, korea time, 서울, 한국, 대한민국, 한국 시간, 서울 시간, busan, pusan, incheon, daegu, daejeon, gwangju, ulsan, jeju, 부산, 인천, 대구, 대전, 광주, 울산, 제주
understanding-zone-place-tokyo = Asia/Tokyo
    .aliases = tokyo, japan, jst, 도쿄, 동경, 일본
understanding-zone-place-shanghai = Asia/Shanghai
    .aliases = china, beijing, shanghai, 중국, 베이징, 북경, 상하이
understanding-zone-place-singapore = Asia/Singapore
    .aliases = singapore, 싱가포르, 싱가폴
understanding-zone-place-sydney = Australia/Sydney
    .aliases = sydney, melbourne, aest, 시드니, 멜버른
understanding-zone-place-london = Europe/London
    .aliases = london, uk, the uk, united kingdom, britain, great britain, england, scotland, wales, ireland, dublin, bst, 런던, 영국, 아일랜드
understanding-zone-place-paris = Europe/Paris
    .aliases = paris, france, cet, 파리, 프랑스
understanding-zone-place-berlin = Europe/Berlin
    .aliases = berlin, germany, 베를린, 독일
understanding-zone-place-new-york = America/New_York
    .aliases = new york, nyc, new york city, boston, washington, dc, washington dc, miami, atlanta, toronto, est, edt, eastern, eastern time, us eastern, 뉴욕, 보스턴, 워싱턴, 토론토, 미국 동부
understanding-zone-place-chicago = America/Chicago
    .aliases = chicago, dallas, houston, texas, cst, cdt, central time, us central, 시카고, 댈러스, 텍사스, 미국 중부
understanding-zone-place-denver = America/Denver
    .aliases = denver, mst, mdt, mountain time, 덴버
understanding-zone-place-los-angeles = America/Los_Angeles
    .aliases = los angeles, la, san francisco, sf, seattle, california, vancouver, pst, pdt, pacific, pacific time, us pacific, 로스앤젤레스, 엘에이, 샌프란시스코, 시애틀, 캘리포니아, 밴쿠버, 미국 서부
understanding-zone-place-honolulu = Pacific/Honolulu
    .aliases = hawaii, honolulu, hst, 하와이, 호놀룰루
understanding-zone-place-utc = UTC
    .aliases = utc, gmt, 협정 세계시

## Stop 53 (glue53, held-out 8): a step told as tried that did not take, a verdict on the step ("no change" alone stays the check-in's "same", so-so; "tried the mat thing, he just ignored it", "tried the leave-and-come-back thing, didnt really change anything"; read as a new report, or the so-so outcome): with the trying told, feedback on the plan (with no plan, what the dog did is a report). Read inside a sentence.
understanding-step-failed = the step did not take
    .aliases = meh, not great, ignored it, ignores it, ignoring it, ignored me, ignores me, just ignored, didnt change anything, didn't change anything, did not change anything, didnt really change, didn't really change, nothing changed, nothing really changed, didnt make a difference, didn't make a difference, not interested, wasn't interested, wasnt interested, doesnt care, doesn't care, didnt care, didn't care, ran off, ran away, walked off, walked away, wont go on, won't go on, wouldnt go on, wouldn't go on
## Stop 53 (glue53, held-out 8): words pointing at a step of the coach's ("the treat scatter thing", "the mat exercise"): beside words saying it worked, a longer message is still news that the step worked.
understanding-step-named = the step pointed at
    .aliases = thing, trick, exercise, game, method, training, the tip, your tip, the advice, your advice
## Stop 53 (glue53, held-out 8): the step working ("actually works", "calmed down way faster"): read only beside words pointing at a step.
understanding-step-worked = the step worked
    .aliases = works, worked, working, it helps, it helped, really helps, really helped, calmed down faster, calmed down way faster, calms down faster, settles quicker, settles way quicker, settled quicker, settles faster, settled faster, much calmer, way calmer
## Stop 53 (glue53, held-out 8): a vet visit booked ("booked a vet appointment for tomorrow", "vet appt booked for friday"; not understood): the short reply that the vet comes first (`to_vet`). Read inside a sentence.
## Stop 60 (held-out 16): booking the vet told as being done now ("ok, booking the vet for her hips tomorrow first thing": noise) is going to the vet too.
## Stop 64 (held-out 20, fix20b): the vet to see the hurt leg later ("I'll have the vet look at her leg tomorrow"; noise, or a survey answer) is going to the vet too.
understanding-talk-vet-booked = vet visit booked
    .aliases = vet appointment, vet appt, vets appointment, vet's appointment, booked the vet, booked a vet, booked him in, booked her in, booked in at the vet, booked an appointment, made an appointment, appointment booked, appt booked, appointment with the vet, booking the vet, booking a vet, booking her in, booking him in, booking an appointment, booking a vet appointment, will book the vet, gonna book the vet, going to book the vet, i'll book the vet, ill book the vet, calling to book, have the vet look, have a vet look, get the vet to look, get a vet to look, have the vet check, get the vet to check, take her to the vet tomorrow, take him to the vet tomorrow
## Stop 62 (held-out 16: "아 그리고 그날 시댁 식구들이 와계셔서 집이 좀 시끄러웠어요", "re your question earlier - yes he was on the leash the whole time" got the "not sure what you mean" hint): the report waiting or just shown pointed back at (that day, at the time, your question) with how things stood is detail of it, though no behaviour is named.
understanding-detail-pointed = that day
    .aliases = 그날, 그 날, 그때, 그 때, 그 당시, 물어보신 거, 물어보신거, 물어보셨던, 질문하신, 아까 물어보신, that day, that time, at the time, your question, you asked, you were asking, re your question, about your question, to answer your question
## Stop 63 (trialB2, owner trial: "아까 물어본 거 답이요 짖고 나면 제가 간식줘요" at a result's question was stored as a new report and analysed): words that say the message is the answer to the question asked ("답은요", "to answer your question", "re your question") make it the answer to the open follow-up question, unless a red flag is in it.
understanding-answer-announced = the answer to your question
    .aliases = 물어본 거 답, 물어본거 답, 물어보신 거 답, 물어보신거 답, 물어봤던 거 답, 물어보셨던 거 답, 물어본 것 답, 물어보신 것 답, 질문 답, 질문에 답, 질문에 대한 답, 질문 대답, 답은요, 답변은요, 대답은요, 답하자면, 대답하자면, 답변드리면, 답해 드리면, 답해드리면, 답 드리면, to answer your question, answering your question, in answer to your question, answer to your question, re your question, as for your question, about your question, about what you asked, re what you asked, what you asked, you asked earlier, the answer is
## Stop 62 (held-out 16 and 17: "결과 언제 나와요 빨리요", "결과언제나와ㅠ 빨리" got the status card): the result asked about while it waits, with one of these hurrying it, is the impatient reply (`talk-impatient`), not the status. Only words that hurry (not "quick", which also asks a "quick question").
understanding-talk-impatient-hurry = hurry
    .aliases = 빨리, 빨리요, 빨리좀, 빨리 좀, 얼른, 얼른요, 언능, 급해요, 급해, 급합니다, hurry, hurry up, asap, urgent, i'm in a rush, im in a rush, in a hurry
## Stop 53 (glue53, held-out 8): hurrying the analysis while a report waits ("hurry up pls", "come on hurry"; not understood): the short reply that it is coming. The whole message.
## Stop 62 owner trial: at a result's question too ("hurry up pls" was added to the report as its answer and analysed again): no answer, the question pointed at.
understanding-talk-impatient = hurry up
    .aliases = hurry, hurry up, hurry up pls, hurry up please, pls hurry, please hurry, come on hurry, come on hurry up, hurry pls, hurry please, faster, faster pls, faster please, quick, quickly, quicker, be quick, come on, cmon, c'mon
## Where the owner goes while the result is made ("let me know when its ready, gotta put the baby down"; held-out 16: a question for the coach model): read only beside asking to be told. Having to go to class ("gotta go to class, let me know the result"; stop 64, held-out 20 l.42 in Korean: a question for the coach model, "가야돼" read as asking) is the same.
understanding-talk-going-away = going to bed
    .aliases = going to bed, off to bed, heading to bed, gotta put the baby down, got to put the baby down, putting the baby down, putting the baby to bed, heading out, gotta go, got to go, going to work, off to work, brb, be back later, back later, gonna take a shower, taking him for a walk, taking her for a walk, 바빠서, 바빠서요, 나중에 볼게, 나중에 볼게요, 나중에 확인할게, 나중에 확인할게요, 이따 볼게요, 이따 볼게, 출근해야 돼요, 출근해야 해요, 출근해야 돼, 출근해야 해, busy rn, busy right now, will check later, i'll check later, ill check later, will look later, i have to leave, i need to leave, have to leave, gotta leave, gotta go to class, got to go to class, have to go to class, gotta go to school, have to go to school, gotta go to cram school, i have to go to class, i gotta go to class
## Stop 56 (held-out 12: "let me know when it's ready" a question for the coach model, or detail): asking to be told when the result is ready while a report waits, the whole message with okays and fillers: the short reply that it will be sent here.
understanding-talk-tell-me = let me know when it's ready
    .aliases = let me know when it's ready, let me know when its ready, let me know when it's done, let me know when its done, let me know when you're done, let me know when ur done, let me know when the result is ready, let me know when the results are ready, tell me when it's ready, tell me when its ready, tell me when it's done, tell me when its done, ping me when it's done, ping me when its done, ping me when it's ready, ping me when its ready, lmk when it's ready, lmk when its ready, lmk when it's done, lmk when its done, message me when it's ready, message me when its ready, just let me know, let me know, lmk, ok, okay, k, kk, just, pls, please, thanks, thank you, cool, 결과 나오면 보내줘, 결과 나오면 보내주세요, 결과 나오면 보내 주세요, 나오면 보내줘, 나오면 보내주세요, 나오면 보내 주세요, 끝나면 보내줘, 끝나면 보내주세요, send it when it's ready, send it when its ready, send it when ready, send it when it's done, send me the result when it's ready, send the result when it's ready
## Stop 53 (glue53, held-out 8): words said around not knowing ("hmm", "lol", "well"): after a result, a message of only these and a don't-know has nothing to add (`dismiss`).
understanding-unsure-alone = not sure
    .aliases = hmm, hm, hmmm, um, umm, well, lol, haha, not sure, not really sure, i'm not sure, im not sure, idk, dunno, i dont know, i don't know, no idea, no clue, who knows, hard to say, hard to tell
## Stop 53 (held-out 9): a result's question's own words, said back with not understanding it ("what do you mean how often": a question for the coach model): the question explained again.
understanding-followup-asked-words = how often
    .aliases = how often, often, frequency, right before, before, right after, after, what happened after, what happened before
## Stop 57 (held12, held-out 12): thanks said as what the message was for ("just wanted to say thanks lol"; at a check-in's note, "그냥 감사하다구요 ㅎㅎ" was kept as the note): thanks, the note closed.
understanding-talk-thanks-said = just wanted to say thanks
    .aliases = just wanted to say thanks, wanted to say thanks, just saying thanks, just to say thanks, just wanted to thank you, wanted to thank you, just wanted to say thank you, wanted to say thank you, just saying thank you, thats all thanks, thanks is all, i mean thanks, i meant thanks, i was saying thanks, just thanks
## Stop 60 (held-out 15: "패드 성공률 80%쯤?? 많이 늘었어요" at a house-soiling check-in read as good news, the check-in left open): a success rate beside one of `understanding-checkin-rise`, no other outcome's words: better.
understanding-checkin-success = success rate
    .aliases = success rate, success, successes, hit rate, accuracy, on the pad, on target, 성공률, 성공율, 성공하는, 성공한, 성공 횟수, 성공횟수, 적중률, 가리는 비율, 잘 가리, 패드에 잘
## Stop 60: a success rate told as risen (only beside `understanding-checkin-success`).
understanding-checkin-rise = went up
    .aliases = is up, went up, way up, gone up, higher, increased, rose, improved, 늘었, 늘었어요, 늘었네요, 늘었어, 늘어났, 올랐, 높아졌, 높아진, 높아짐, 많이 늘, 훨씬 늘, 올라갔, 올라감
## Stop 61 (the verification trial, helper left61): a success rate told as fallen ("success rate went down", "성공률이 떨어졌어요": good news, the check-in left open) is worse (only beside `understanding-checkin-success`, no word of `understanding-checkin-rise`); risen said "올라갔어요" is one of `understanding-checkin-rise` now (was good news).
understanding-checkin-fall = went down
    .aliases = is down, went down, gone down, way down, dropped, has dropped, fell, has fallen, lower, decreased, got worse, 떨어졌, 떨어짐, 떨어지고, 줄었, 줄어들었, 줄어듦, 낮아졌, 낮아짐, 내려갔, 내려감
## Stop 64 (fix20a, held-out 20: "손 대신 장난감 무는 일이 늘었어요" at a mouthing check-in was a new report): what the dog does instead of the behaviour (what the step offers) happening more is better.
understanding-checkin-instead = instead of
    .aliases = instead of, instead, rather than, 대신, 대신에
## Happening more often (same source).
understanding-checkin-more-often = more often
    .aliases = more often, more and more, a lot more, way more, 더 자주, 더 많이
## What the step offers to do instead (same source): a toy, a chew, the pad.
understanding-checkin-alternative = toy
    .aliases = toy, toys, chew, chews, chew toy, tug, pad, pee pad, puppy pad, mat, bed, crate, 장난감, 껌, 패드
## Stop 57 (held12, held-out 12): at a check-in, the same said then corrected up by a little ("the same-ish, maybe a tiny bit better?": asked again as unsure; stop 43's "the same, maybe a bit better" was asked which): better, however small the change (`SurveyReading._at_checkin`). The same, then the small betterment, in one phrase.
understanding-outcome-same-slightly-better = the same-ish, maybe a tiny bit better
    .aliases = same-ish maybe a tiny bit better, sameish maybe a tiny bit better, same-ish maybe a little better, sameish maybe a little better, same-ish maybe a bit better, same ish maybe a bit better, about the same maybe a tiny bit better, about the same maybe a little better, about the same maybe a bit better, about the same maybe slightly better, the same maybe a bit better, the same maybe a little better, the same maybe a tiny bit better, pretty much the same maybe a little better, mostly the same maybe a bit better, same but a tiny bit better, same but a little better, same but slightly better, about the same but a little better
## Stop 57 (held12, held-out 12): an incident with its own time told as like the one reported, at a result's question ("same thing yesterday, that time a bike went by": kept as the answer): the owner is asked whether it goes with the last report or is a new one (`followup._similar_told`).
understanding-followup-similar = similar
    .aliases = similar, similarly, same thing, the same thing, same again, just like that, just like before, like last time
## Stop 57 (held12, held-out 12): the question's word said not known ("선행사건이 뭔지 모르겠어요": the question skipped as don't know), read only at a result's question with its words (`understanding-followup-asked-words`); and the question's moment asked back as a choice after not understanding it ("wdym before? before the walk or right before he lunged?", "what counts as after? like right after or when i got home": kept as the answer): what offers the choice; the question is explained again (`_confused_by_the_question`).
understanding-followup-confused-term = not sure what
    .aliases = not sure what, dont know what, don't know what, idk what, no idea what, means, counts as
understanding-followup-confused-or = or
    .aliases = or, or like, or do you mean, or is it, or was it
## Stop 53 (glue53, held-out 8): asking what the follow-up question means ("what do you mean by that?"; a question for the coach model in other words): not understood, the question said again in other words.
understanding-talk-confused-pointed = what do you mean by that
    .aliases = what do you mean by that, what do u mean by that, what does that mean, what does that mean?, what do you mean by this, what does this mean, meaning?, what's that mean, whats that mean, what is that supposed to mean, what are you asking, what r u asking, what are you asking me
## Countries with several time zones (stop 53: "we moved to the US" showed the zone in use, with no way to pick one): the value lists the zones offered as buttons, west to east of the main ones; each zone's label is `timezone-zone-<zone>` in main.ftl. Only the .aliases are read, in every language.
understanding-zone-country-us = America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Anchorage Pacific/Honolulu
    .aliases = us, usa, the us, the usa, u.s., the u.s., united states, the united states, america, the states, 미국, 미국으로, 미국에
understanding-zone-country-canada = America/St_Johns America/Halifax America/Toronto America/Winnipeg America/Edmonton America/Vancouver
    .aliases = canada, 캐나다, 캐나다로, 캐나다에
understanding-zone-country-australia = Australia/Perth Australia/Darwin Australia/Adelaide Australia/Brisbane Australia/Sydney
    .aliases = australia, 호주, 호주로, 호주에, 오스트레일리아
understanding-zone-country-russia = Europe/Kaliningrad Europe/Moscow Asia/Yekaterinburg Asia/Novosibirsk Asia/Irkutsk Asia/Vladivostok
    .aliases = russia, 러시아, 러시아로, 러시아에
understanding-zone-country-brazil = America/Sao_Paulo America/Manaus America/Rio_Branco America/Noronha
    .aliases = brazil, brasil, 브라질, 브라질로, 브라질에
understanding-zone-country-mexico = America/Mexico_City America/Cancun America/Chihuahua America/Hermosillo America/Tijuana
    .aliases = mexico, 멕시코, 멕시코로, 멕시코에
## Stop 53 (verification trial): how long something has gone on, never the dog's age ("we've been doing the mat thing for 3 weeks now": the age set to 3 weeks). Before the number: English; after it: Korean's, kept in both files for parity.
understanding-span-before = for
    .aliases = for, for about, for like, for almost, over the last, over the past
understanding-span-after = 째
    .aliases = 째, 동안
## Stop 60 (frag60, held-out 15): the dog's being a puppy given as the reason, anywhere in an answer ("male, not neutered since he's still a puppy"; in Korean "남아요 중성화는 아직 애기라 안했어요" was stored as neutered): no part of the answer; the rest read alone, kept only when it reads as an option or a value (`lead_in.puppy_reason_dropped`).
understanding-puppy-reason = since he's still a puppy
    .aliases = since he's still a puppy, since she's still a puppy, as he's still a puppy, as she's still a puppy, he's still a puppy so, she's still a puppy so, still a puppy so, still a baby so, since he's still a baby, since she's still a baby, because he's still a puppy, because she's still a puppy, cause he's still a puppy, cause she's still a puppy
## Stop 60 (verification trial, frag60): thinking aloud before a survey answer ("hmm let me think, three of us", "how do I put it... three of us"; in Korean sent to the coach model as a question): whole words at the start of the message, no part of the answer; the rest is read as if typed alone (`lead_in.lead_in_dropped`). "not sure" or "no idea" are not here: they are don't-know.
understanding-thinking-aloud = how do i put it
    .aliases = how do i put it, how should i put it, how to put it, how do i say this, how do i say it, how should i say this, hmm let me think, hmm let me see, let me think, let me see, lemme think, lemme see, hmm, hmmm, hm, um, umm, uh, uhh, erm, hmm well, um well, good question
## Stop 60 (verification trial, frag60): a span told as time gone by ("it's been a bit over a year"; in Korean "1년 조금 넘었어요" at the size was said back as an age of about 1 year). With the age noted, no age word, and shorter than the age: said to sound like how long the dog has been had, asked in its turn, noted as nothing (`late_numbers._late_number_said`).
understanding-span-passed = it's been
    .aliases = it's been, its been, it has been, been over, been about, been a bit over, been just over, been almost, been nearly, been like
## Who is typing, told beside a survey answer ("2 years old (my son typing for me)", "this is her husband typing, about 4 hours"; held-out 10: not understood whole): in brackets or a clause of its own with no digit, no part of the answer (`typist.typist_dropped`).
understanding-typist = typing for me
    .aliases = typing for me, typing for her, typing for him, typing for my, typing this, typing on, is typing, im typing, i'm typing, i am typing, husband typing, wife typing, son typing, daughter typing, grandson typing, granddaughter typing, writing for me, writing this for, on my wife's phone, on my husband's phone, on my wifes phone, on my husbands phone, on her phone, on his phone, on my mom's phone, on my moms phone
## At a quantity question, the words that start what an amount depends on ("4-6 hours depending on my shifts"; held-out 10: not understood whole): a clause of their own, no amount (`SurveyReading._amount_clauses`).
## Stop 61 (owner trial 61: "9 hours because of work, can't help it" asked again): why the amount is so starts a clause too.
understanding-amount-depends = depending on
    .aliases = depending on, depends on, it depends, based on, varies, it varies, because, because of, cause of, cuz of, due to
## At a quantity question, a clause that tells another dog to come, not an amount ("2 years, and now we're thinking about getting a second one"; held-out 10: 48 months): no amount in it (`SurveyReading._answer_and_aside`).
## Stop 61 (owner trial 61: "9시간이요ㅠㅠ 직장때문에 어쩔수없어요" asked again): why the amount is so and that it can't be helped ("because of work, can't help it"): no amount in it either; the number beside it stands.
understanding-amount-aside = a second one
    .aliases = a second one, second one, a second dog, second dog, another one, another dog, a sibling for, a brother for, a sister for, can't help it, cant help it, can't be helped, cant be helped, no choice, no other choice, nothing i can do, not much i can do, it is what it is, because of work, because of my job, for work, cause of work, cuz of work, due to work
## At the exercise question, no walks yet, the puppy's vaccinations not finished ("not walking him yet, waiting for his shots"; held-out 10: kept as a health note and asked again): none. Said with a number, the number is read instead.
## Stop 64 (trialD64, owner trial 64 on Telegram: "수술 후에는 산책을 쉬고 있습니다" asked again while "산책 못해요" is 0 minutes): walks resting or paused, after surgery or on the vet's word, are none for now too. Said with a number, the number is read instead.
understanding-no-walks-yet = not walking him yet
    .aliases = not walking him yet, resting from walks, rest from walks, resting him from walks, resting her from walks, no walks since, no walks after, no walks for now, walks are on pause, walks on pause, walks are paused, walks paused, paused walks, pausing walks, pausing the walks, paused the walks, taking a break from walks, on a break from walks, on crate rest, on strict rest, vet said no walks, vet says no walks, not walking her yet, not walking yet, no walks yet, not walked yet, can't walk him yet, can't walk her yet, cant walk him yet, cant walk her yet, can't go out yet, cant go out yet, not allowed out yet, not going out yet, doesn't go out yet, doesnt go out yet, waiting for his shots, waiting for her shots, until his shots, until her shots, until his vaccinations, until her vaccinations, waiting for his vaccinations, waiting for her vaccinations, not fully vaccinated yet
## Stop 60 (held-out 16): the dog's fear told only as why there are no walks yet ("no walks yet, she's too scared": a report sent to the model at the exercise question): no behaviour report, zero minutes.
understanding-no-walks-yet-afraid = too scared
    .aliases = too scared, so scared, still scared, too afraid, still afraid, too frightened, too nervous, still nervous, scared of outside, scared to go out, afraid to go out, scared of the street, she's scared, he's scared, shes scared, hes scared, she is scared, he is scared
## How a dog settled in, told beside a survey amount: what it did at first ("at first she just hid in the corner but now she wags her tail"; held-out 10: analysed as a report) and what it does now (`understanding-now-instead`), a behaviour that is over, no incident (`SurveyReading._settled_in`).
understanding-at-first = at first
    .aliases = at first, in the beginning, the first few days, the first days, the first week, when we first got her, when we first got him
understanding-now-instead = but now
    .aliases = but now, now she, now he, and now, these days
## At the household count with a report waiting, a person denied at the end ("oh and earlier it was my husband she growled at, not me"; held-out 10: "me" stored as 1 person): who the detail is about, no count (`Understander._person_denied_at_end`).
understanding-person-denied = not me
    .aliases = not me, not him, not her, not my husband, not my wife, not my son, not my daughter, not us, not them
## Words that say the owner is new here, at the name question ("안녕하세요ㅎㅎ 처음이에요", "hey im new"; stop 54 trial: the dog named "Im New"): after a greeting or alone, a greeting, never a name; the name asked again.
understanding-name-newcomer = i'm new
    .aliases = i'm new, im new, i am new, i'm new here, im new here, i am new here, new here, first time here, my first time, my first time here, it's my first time, its my first time, just joined, i just joined, new user, just signed up, i just signed up, first time using this, first time trying this
## Another animal counted or told as had, at the name question ("a cat", "two cats", "we also have a cat"; stop 54 trial: "고양이 한마리" named the dog): with an animal word it is no name. An animal word alone ("Kitty", "Bunny") may be one.
understanding-name-animal-counted = a
    .aliases = a, an, one, two, three, also, too, we have, i have, have, got
## A remark on the dog's size after an answer ("pom but kinda big?", "a pomeranian but on the big side?"; stop 54 trial: sent to the coach model as a question): no question even with "?"; the answer before it is stored.
understanding-size-remark = on the big side
    .aliases = on the big side, on the small side, big side, small side, kinda big, kind of big, kinda small, kind of small, a bit big, a bit small, bit big, bit small, pretty big, pretty small, quite big, quite small, big for a, small for a, large for a, biggish, smallish
## Stop 55 (asides55, batch 495): asking which question is meant ("what question is this?"; a question for the coach model, with nothing open too): not understanding the bot. With nothing open the bot says no question is waiting (`talk-no-question`); at a survey or follow-up question it explains that one, as for "what?".
understanding-talk-which-question = what question
    .aliases = what question, which question, what's the question, whats the question, what is the question, what are you asking, what r u asking, what do you want me to answer, what am i answering, what am i supposed to answer, what question are you asking
## Stop 55 (asides55, batch 496): a first message asking whether this is the dog-coaching bot ("hello? is this the dog training bot?": a question for the model). Both lists are needed, in a short message naming no behaviour: a greeting, answered with the welcome (the bot says yes, what it does, and offers the survey).
understanding-service-asked = is this
    .aliases = is this, is it, are you, this is, is that, am i in, am i at, did i get, have i got
understanding-service-named = dog training
    .aliases = dog training, dog trainer, training bot, dog bot, dog coach, dog coaching, behaviour coach, behavior coach, dog behaviour, dog behavior, puppy training, puppy coach, coaching bot, coach bot, the dog thing, dog help, dog advice
## The words that may stand around those ("so what question is this now?"): pointing words only; anything else ("what question should I ask?") asks something else.
understanding-talk-which-question-around = this
    .aliases = this, is this, is it, is that, that, this one, so, um, uh, hmm, now, again, sorry, exactly, even, lol

## Stop 57 (bite57, trial fault 16): a reaction still going on ("he keeps growling at my son lately", "again"): at the strongest-reaction question it is no past history but something to analyse, a report beside the answer. A warning told once, undated, without these is that history: the answer and its card.
understanding-history-ongoing = lately
    .aliases = lately, recently, these days, nowadays, keeps, keep, kept, again, still, anymore, all the time, every time, more and more, getting worse, started, has started, is starting, been growling, been snapping, been nipping, been lunging

## Stop 57 (bite57): a behaviour supposed in a question ("if it's fear, what should I do?", "what if he does it again at the vet?", "suppose he's bored, then what?"): its clause opening with one of these tells nothing that happened; a question for the coach, not a report. A behaviour told in a clause of its own ("he bit me yesterday, what if he does it again?") still is one.
understanding-supposition-opener = if
    .aliases = if, what if, suppose, supposing, in case, even if, and if, but if, so if, what about if, assuming, say if, but what if, and what if, so what if, ok but what if, okay but what if
## Korean only (a conditional ending after the verb: "무서워서 짖는 거면"); English has none.
understanding-supposition-ending = if
    .aliases = if
## The subjects that open a clause ("if i leave him alone he barks": two before the verb, so "he barks" is the main clause, a habit told, not supposed).
understanding-supposition-subject = he
    .aliases = i, we, you, he, she, it, they, he's, she's, it's, i'm, we're, they're, you're
## Thanks ending an answer to a number question ("she turned eleven in march, thank you dear", "forty five minutes, thanks again for the tips earlier"; stop 57, held-out 13: the amount asked again for the thanks left over): read without it, from there to the end, when no number is in it.
understanding-quantity-courtesy = thank you
    .aliases = thank you, thanks, thank u, thx, ty, many thanks, much appreciated, cheers, bless you
## Said since a puppy, the number told as the age it came home ("since she was a puppy, about eight weeks old"; stop 57, held-out 13: 8 weeks stored as how long owned). "since he was a baby, 6 years" is the span.
understanding-since-puppy-age = weeks old
    .aliases = week old, weeks old, wk old, wks old, months old, month old, mo old, mos old, weeks of age, months of age
## Stop 57 (trial; batch 555): at a result's follow-up question, words putting it off ("no thanks not now", "maybe later", "skip this one": appended to the report and analysed again, or small talk with the question asked again). With the decline words, polite endings and fillers only: the question skipped, or the survey's offer declined when it is open beside it.
understanding-followup-later = later
    .aliases = later, maybe later, later maybe, not now, not right now, not today, some other time, another time, next time, not at the moment, not rn, skip, skip it, skip this, skip this one, skip that, skip that one, pass, i'll pass, ill pass, i will pass, maybe another time, another day, ill answer later, i'll answer later, ill tell you later, i'll tell you later, rather not, id rather not, i'd rather not
## The moment of one time told as it went ("we went out for a walk and as soon as she saw another dog…"; stop 57 trial: at the concerns only barking and pulling ticked, the incident never analysed): with what the owner did (below), one time it happened, not a habit; ticked and kept as a report.
understanding-episode-moment = as soon as
    .aliases = as soon as, the moment she, the moment he, we went out, we were out, went out for a walk, went for a walk and, we were walking, all of a sudden, then suddenly
## What the owner did then ("i pulled back but she kept going, so i carried her home"): with a moment above, one time it happened. Habits ("i always carry her") are left out.
understanding-episode-owner-did = i carried her home
    .aliases = i carried her, i carried him, carried her home, carried him home, i picked her up, i picked him up, i pulled back, i pulled her back, i pulled him back, i tried to pull, i had to carry, i had to pick, we went home, we turned back, we headed home, i ended up
## How a name is spelled, said after it ("Koko with a K", "Mia spelled with one i"; held-out 6: "Coco. sorry, Koko with a K" stored Coco): not part of the name; only with one or two short words (a letter) after it.
understanding-name-spelled = with a
    .aliases = with a, with an, with one, with two, with double, spelled, spelt, spelled with, spelt with, spelled with a, spelt with a, spelled with an, spelt with an, spelled with one, spelled with two
## stop 58 (helper checkin58, redo of the reverted checkin57; held-out 13: "Nothing further. Thank you so much for your help … Margaret" kept as the note): said first at a check-in's "anything to add?", nothing to add; thanks or a goodbye after it close the note, a question after it is the question (`Understander._note_nothing_then`).
understanding-note-nothing-lead = nothing further
    .aliases = nothing further, nothing more, nothing else, nothing to add, nothing more to add, nothing else to add, nothing, no, nope, nah, no nothing, not really, thats all, that's all, thats it, that's it, that is all, all good, no thats all, no that's all, nothing from me, nothing further to add, i have nothing to add, nothing new
## ...and what announces the question after it ("but i have a question, is a raw bone ok"; "comma" said aloud after it, as dictation types it): read past it, the question is what follows.
understanding-note-question-lead = i have a question
    .aliases = i have a question, have a question, one question, a question, quick question, i do have a question, i wanted to ask, i want to ask, question, i have a question comma, have a question comma, a question comma, quick question comma, question comma
## Korean only (stop 58, helper checkin58): Korean words typed as they sound ("낳아졌어요" for 나아졌어요), read as spelt (`Understander._spelt`); English misspellings are `understanding-misspelt-*` and typos.
understanding-by-sound-naajyeot = got better
understanding-by-sound-naajin = got better
understanding-by-sound-naajim = got better
understanding-by-sound-naaji = get better
understanding-by-sound-naajyeo = get better
understanding-by-sound-an-hae = do not
understanding-by-sound-an-haet = did not
understanding-by-sound-an-ha = do not
understanding-by-sound-an-han = did not
understanding-by-sound-an-ham = not done
understanding-by-sound-halge = will do
understanding-by-sound-bolge = will try
understanding-by-sound-julge = will give
understanding-by-sound-galge = will go
understanding-by-sound-olge = will come
understanding-by-sound-drilge = will give
understanding-by-sound-doelge = will be

## stop 60 (survey16, held-out 16)
## At the concerns, crying when left alone ("howls when we leave him", "whines when alone"; held-out 16: ticked Barking beside Separation distress): the distress of being alone, not barking of its own; read out before looking for a bark word in the same clause.
understanding-concern-alone-cry = howling
    .aliases = howl, howls, howling, howled, whine, whines, whining, whined, cry, cries, crying, cried
## Stop 60 (held-out 16): at the hours alone, someone home on some days told beside the hours ("3-4 hours tops, hubby works from home mon and wed"; asked again, the partner read as more to keep): why the hours are no more; the hours stand.
## Stop 61 (owner trial 61: "she's alone like 9hrs but a dog walker comes at lunch": the hours dropped, "Other pets: Dog" noted): a dog walker, a sitter, daycare told beside the hours are why the hours are no more, never another pet.
understanding-alone-why-home = works from home
    .aliases = works from home, work from home, working from home, wfh, wfhs, is home on, are home on, is home some days, home some days, home on mondays, home on fridays, home a few days, hybrid, works hybrid, dog walker, dogwalker, dog-walker, walker comes, a walker, pet sitter, petsitter, dog sitter, dogsitter, sitter comes, daycare, day care, doggy daycare, doggie daycare, dog daycare
## Stop 60 (held-out 16): at the health note, why it is not known yet, said beside "don't know" ("not sure, we just got her and haven't been to the vet yet"; kept as the note): the dog new, not checked; the answer is don't know.
## Stop 62 (held-out 17): another person taking the dog to the vet is a why too ("not sure, my mum takes him to the vet").
## Stop 64 (left1819, held-out 19: "잘 모르겠어요 병원 안간지 오래돼서" was kept whole as the note): a vet visit long ago is a why too ("not sure, it's been years since the vet").
understanding-health-unknown-why = not been to the vet yet
    .aliases = takes him to the vet, takes her to the vet, does the vet visits, handles the vet, just got her, just got him, just adopted, only had her, only had him, haven't been to the vet, havent been to the vet, not been to the vet, no vet visit yet, no checkup yet, no check up yet, haven't had a checkup, havent had a checkup, no vet check yet, vet visit next week, first vet visit, been ages since the vet, been years since the vet, been a while since the vet, been a long time since the vet, long time since the vet, years since the vet, ages since the vet, haven't seen a vet in, havent seen a vet in, not seen a vet in, hasn't seen a vet in, hasnt seen a vet in, no vet in years, no checkup in years, no check up in years, last vet visit was years ago, last checkup was years ago

## Stop 61 (surveyB61, owner trial k1): the opening of the owner introducing themselves at the name question ("I'm a 70-year-old retiree", "im a nurse and…"; Korean "저는 칠십대 노인입니다" named the dog "칠십대 노인"): with `understanding-name-self-is` within three words after it, a self-introduction, never the dog's name; greeted, the name asked again. "I'm Biscuit's mom" is read by `understanding-talk-owner-of` first; "it's Rex" is no self-introduction.
understanding-name-self-intro = i'm
    .aliases = i'm, im, i am, myself
## Stop 61: what says the owner is something ("I'm a retiree", "i am an engineer"): the article after "I'm". Korean's copula endings in its own file.
understanding-name-self-is = a
    .aliases = a, an
## Stop 61 (owner trial k2): Korean slang typed in jamo ("ㄹㅇ" real, "ㅈㄴ" very): at the name question, in a message telling a behaviour, left out and no clause break as laughter (ㅋㅋ) is ("우리집개 ㄹㅇ 미친듯이 짖음" read "우리집개" alone as the name); "콩이 ㄹㅇ 귀여움" stays a name and a comment. Korean owners type them in English mode too.
understanding-talk-jamo-slang = ㄹㅇ
    .aliases = ㄹㅇ, ㄹㅇㄹㅇ, ㄹㅇ루, ㅈㄴ, ㅈㄴㄴ, ㅈㅉ, ㅉ, ㅁㅊ, ㅅㅂ, ㅆㅂ, ㄷㄷ, ㅎㄷㄷ, ㅇㅈ, ㄹㅈㄷ
## Stop 61 (surveyB61, owner trial term_en): only wanting help with the dog said ("I want help with my dog", "can you help me with my puppy"; read as the profile card of a dog called "With"). At a survey question the survey's point is said and the question asked again (`survey-help-wanted`); elsewhere a greeting. Greetings, fillers, laughter may stand beside it.
understanding-help-wanted = i want help with my dog
    .aliases = i want help with my dog, i need help with my dog, i'd like help with my dog, id like help with my dog, i want some help with my dog, i need some help with my dog, i'd like some help with my dog, help with my dog, help me with my dog, can you help me with my dog, can you help with my dog, could you help me with my dog, please help me with my dog, please help with my dog, i want help with my puppy, i need help with my puppy, help with my puppy, help me with my puppy, can you help me with my puppy, i want help training my dog, i need help training my dog, help training my dog, i want to train my dog, i need advice about my dog, i want advice about my dog, i want help with my dogs behaviour, i want help with my dog's behaviour, i need help with my dog's behavior, i need help with my dogs behavior, i'm here for help with my dog, im here for help with my dog
## Stop 62 (trialA62, owner trial 62: "i need help w my dog" at the name got the profile card with "nothing answered yet"): wanting help said any
## way is a word asking for help (these) beside a word for the dog (`understanding-help-wanted-dog`), with only the words of asking around
## (`understanding-help-wanted-frame`), besides the phrases of `understanding-help-wanted`.
understanding-help-wanted-ask = help
    .aliases = help, some help, advice, some advice, consultation, a consultation, consult, training, some training, coaching, guidance, support
## Stop 62: the dog the help is wanted with.
understanding-help-wanted-dog = my dog
    .aliases = my dog, our dog, the dog, dog, my dogs, our dogs, my puppy, our puppy, the puppy, puppy, my pup, our pup, pup
## Stop 62: the words of asking around the help and the dog; nothing here says what happened.
## Stop 63 (trialleft63): help wanted said as why the owner came ("I came because I want some help with my dog", twin of the Korean "…도움을 좀 받고 싶어서 왔어요", which got "no name caught").
understanding-help-wanted-frame = i need
    .aliases = i, i need, need, i want, want, i'd like, id like, i would like, would like, looking for, im looking for, i'm looking for, i am looking for, can you, could you, can u, can i get, could i get, get, to get, pls, plz, please, w, w/, with, for, about, on, me, some, a, the, just, here, im here, i'm here, i am here, because, cause, i came, came, we came, i've come, ive come, i have come, that's why, thats why, here because, i'm here because, im here because, hoping, i'm hoping, im hoping, to, for my, about my
## Stop 61: the ends of `understanding-name-self-is` that go on to say more (Korean "직장인인데요": I'm an office worker, and…): one word said so is still a self-introduction. English has the article instead; these stay Korean.
understanding-name-self-going-on = 인데요
    .aliases = 인데요, 인데, 이고요, 이구요, 이고, 이라서, 라서, 이거든요, 거든요
## Stop 62 (noticed62): how the pets get on, told at the other-pets question ("another dog, they tolerate each other": "each other" ticked Other; "a cat, they get along fine"): a clause with these words ticks no option; the rest is read alone and kept when it picks one, unless the whole message is a report or carries a red flag (`lead_in.pets_getting_on_dropped`).
understanding-pets-get-on = each other
    .aliases = each other, one another, get along, gets along, getting along, got along, get on well, gets on well, along well, along fine, along great, between them, best friends, best buddies, best mates
## Stop 62 (noticed62): a bite's harm denied at the worst-reaction question ("bit me, no injury" took the bite back with "no" and picked the injury; "it bit me but no blood"): a clause with these words picks no option; the rest is read alone and kept when it picks an option that is not the injury, unless the whole message carries a red flag (`lead_in.injury_denied_dropped`).
understanding-injury-denied = no injury
    .aliases = no injury, no injuries, not injured, wasn't injured, no blood, without blood, didn't bleed, did not bleed, didn't draw blood, did not draw blood, drew no blood, didn't break the skin, did not break the skin, didn't break skin, no broken skin, no wound, no wounds, no marks, didn't leave a mark, no harm done, nobody got hurt, no one got hurt, nobody was hurt, no one was hurt, wasn't hurt, didn't hurt me
## Stop 63 (trialleft63): the things a report is about (its trigger or object), each with its words. A message naming one the waiting report names too ("rex barks at bicycles", then "oh and the bikes, mostly the red ones": "add to the last report or new?", or not understood), with no time of its own, no "again" and no red flag, is detail about that report (`Understander.same_subject`).
understanding-subject-bike = bike
    .aliases = bike, bikes, bicycle, bicycles, cyclist, cyclists, cycle, cycles, biker, bikers
understanding-subject-motorbike = motorbike
    .aliases = motorbike, motorbikes, motorcycle, motorcycles, scooter, scooters, moped, mopeds
understanding-subject-skateboard = skateboard
    .aliases = skateboard, skateboards, skateboarder, skateboarders, skater, skaters, kick scooter
understanding-subject-car = car
    .aliases = car, cars, truck, trucks, bus, buses, van, vans, traffic
understanding-subject-delivery = delivery
    .aliases = mailman, mailmen, postman, postmen, mail carrier, courier, couriers, delivery guy, delivery guys, delivery man, delivery driver, deliveries, delivery
understanding-subject-doorbell = doorbell
    .aliases = doorbell, doorbells, the bell, door bell, knock, knocking, knocks
understanding-subject-cat = cat
    .aliases = cat, cats, kitten, kittens
understanding-subject-child = child
    .aliases = kid, kids, child, children, toddler, toddlers, baby, babies
understanding-subject-stranger = stranger
    .aliases = stranger, strangers, guest, guests, visitor, visitors
understanding-subject-vacuum = vacuum
    .aliases = vacuum, vacuums, hoover, vacuum cleaner
understanding-subject-squirrel = squirrel
    .aliases = squirrel, squirrels, bird, birds, pigeon, pigeons
understanding-subject-thunder = thunder
    .aliases = thunder, fireworks, firework, storm, storms
## Stop 63 (trialleft63): a professional told as having seen the dog ("a vet has seen her", "we saw a behaviourist"; after a bite that broke the skin the plan waited with no way to say so). With a hold on the dog's plans, no red flag and no behaviour told, kept for the dog and the hold lifted (`Understander.professional_seen`).
understanding-professional-seen = a vet has seen her
    .aliases = vet has seen her, vet has seen him, vet has seen them, vet saw her, vet saw him, vet checked her, vet checked him, saw a vet, saw the vet, seen a vet, seen the vet, seen by a vet, seen by the vet, been to the vet, went to the vet, took her to the vet, took him to the vet, taken her to the vet, taken him to the vet, saw a behaviourist, saw a behaviorist, saw the behaviourist, saw the behaviorist, seen a behaviourist, seen a behaviorist, seen by a behaviourist, seen by a behaviorist, behaviourist has seen, behaviorist has seen, behaviourist saw, behaviorist saw, consulted a behaviourist, consulted a behaviorist, had a consult, had a consultation, saw a trainer, seen a trainer, saw a professional, seen a professional, seen by a professional, professional has seen, saw a dog trainer, a trainer has seen, trainer has seen her, trainer has seen him
## Stop 64 (misc64): a correction asked for with its new value after the survey ("Rex is neutered, please correct that", "Rex is 5 years old, please fix that"; the edit opened, or read as part of a report, the value lost): the rest, read alone, tells the profile and is applied; a field named with no value ("please correct the neuter answer") stays the edit. Only said whole at the message's start or end. "change that" is left out: it switches dogs and opens an edit already.
understanding-correction-request = please correct that
    .aliases = please correct that, correct that please, correct that, please correct it, correct it please, please correct this, please fix that, fix that please, fix that, please fix it, fix it please, please fix this, please update that, update that please, please update it, can you correct that, can you fix that, can you update that, could you correct that, could you fix that, could you update that, can you please correct that, can you please fix that, could you please correct that, could you please fix that, please correct that for me, please fix that for me, please correct, please fix, pls fix that, pls correct that, plz fix that, plz correct that
## The words opening a Korean report as its subject that are no dog's name (stop 64 owner trial: "두부가 오늘 산책하다가 다른 개를 물었어요", about 두부, not registered, was filed silently under the one registered dog; a first word read as a name with its subject particle is now that dog). Korean only: an English name is read by its capital letter and its verb (`understanding-name-subject-verb`).
understanding-subject-not-dog = the courier
    .aliases = courier
## Korean only (stop 64 review): a Korean subject opening a report that ends in one of these ("큰개가" the big dog, "첫애가" the first child) is a kind of dog or a child, not a name; the ko file lists them.
understanding-subject-not-dog-end = -
## An aside about the chat itself ("can I show this to my dad?", "is it ok to screenshot this?"): small talk, never detail of the report (stop 64 owner trial, Kakao: added to the report at a result's question and analysed again).
understanding-chat-shared = show this to
    .aliases = show this to, show it to, show that to, show this chat, show my dad, show my mom, show my mum, show my parents, share this with, share it with, share this chat, screenshot this, screenshot it, screenshot the, take a screenshot, send this to my, forward this to
## Asked what to write at a survey question ("what should I put here?", "what do I write for the name?"): the question's own help (why it is asked, an example), never the coach model (stop 64 owner trial, Kakao: a kid asking what to type went to the model).
understanding-survey-how-answer = what should i put
    .aliases = what should i put, what do i put, what am i supposed to put, what should i write, what do i write, what am i supposed to write, what should i type, what do i type, what do i say here, what should i say here, how do i answer, how should i answer, how do i answer this, what goes here, what do i enter, what should i enter
## Words an echo of the survey question ("how old? she's two") may hold beside the question's own words: the dog pointed at, the asking said again (stop 64 owner trial, Telegram: the echo sent the answer to the coach model).
understanding-question-echo-filler = her
    .aliases = her, him, his, she, he, it, they, them, the, a, my, our, we, you, your, dog, pup, puppy, is, does, do, did, has, have, had, been, you mean, u, ur, what, like, oh, um, hmm
## Words beside an hours or minutes answer's number that conflict with it: a negation, a doubt, an exception ("not 10 hours, my mom is home", "maybe"); with none of them, the other words are a reason, a time of day or the question's own and the number is stored (stop 64 owner trial, Kakao: "he's alone about 10 hours cause i work nights" asked again, nothing stored).
understanding-number-rest-conflict = not
    .aliases = not, no, never, isn't, isnt, don't, dont, doesn't, doesnt, didn't, didnt, wasn't, wasnt, except, unless, but, maybe, not sure, unsure, sometimes, or, rarely, hardly
