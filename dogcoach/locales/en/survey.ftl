## Onboarding survey. $name is the dog's name once it is known.

survey-progress = Question { $n } of { $total }

survey-q-name = What is your dog's name?
# The name question when the owner gave the name already (their first message), and its two buttons (typed "yes" / "no" alike).
survey-q-name-hint = Is your dog's name { $name }? Say "yes" if so, or tell me the name.
survey-name-hint-yes = ✅ Yes, that's right
    .short = ✅ Yes
    .aliases = yes, yeah, yep, yup, correct, that's right, thats right, right, that's it, yes that's right, that's him, that's her, sure, ok, okay
survey-name-hint-other = ✏️ Another name
    .aliases = no, nope, nah, not quite, wrong, that's wrong, different name, another name, other name, it's not, no it's not
survey-err-name = That's longer than 30 characters. Please send a shorter name. For example: Coco
survey-err-name-letters = A name needs at least one letter. What do you call your dog? For example: Coco
survey-name-two = Two dogs, lovely! Let's start with { $name }; once { $name }'s questions are done, I'll offer to add { $other }.
survey-name-count = More than one dog, lovely! One at a time: first, tell me one dog's name. Once this survey is done, I'll offer to add the other.
survey-name-count-named = More than one dog, lovely! One at a time: first, tell me the other dog's name. Once this survey is done, I'll offer to add { $name } too.
# Another of the owner's dogs named in an answer at a choice question ("fighting with Biscuit"; owner trial 21): the words the name is read as.
survey-other-dog-words = my other dog
# The open question answered as another dog's ("same as Biscuit"; owner trial 21): the answer copied, then the next question.
survey-same-as = Same as { $name }: { $value }.
# A name said first, then more dogs counted ("Biscuit! but i have two dogs"; owner trial 21): that name kept as this dog's.
survey-name-count-first = More than one dog, lovely! Let's start with { $name }; once { $name }'s questions are done, I'll offer to add the other.
# Two names joined alone at the name question ("Salt and Pepper"): one dog's name or two dogs? (owner trial 10). Its two buttons and their typed words.
survey-q-name-pair = "{ $name }" — is that one dog's name, or two dogs?
survey-name-pair-one = 🐶 One dog's name
    .short = One dog
    .aliases = one, one dog, just one, only one, one dog's name, it's one dog, its one dog, one name, it's one name, a single dog, single
survey-name-pair-two = 🐶🐶 Two dogs
    .short = Two dogs
    .aliases = two, two dogs, 2 dogs, both, two of them, they're two, there are two, two names, two different dogs
survey-renamed-review = Got it, the name is { $name }. Here is the profile again:
# The line after the name is changed (owner trial 13: "Mocha's name: Mocha", the new name twice): old → new.
survey-renamed-from = Name changed: { $old } → { $new }
# A name typed alone at the age right after the name (stop 50 owner trial: "Max" got "I didn't catch the age"): the name question offers it next. $typed is what was typed, $old the name stored.
survey-name-fix-offer = "{ $typed }" — is that the name? I have { $old } so far.
# The name offered at the name fix ("Is your dog's name Max?") left unanswered, the question the survey stopped at answered instead ("3 years"; stop 61 trial: the offer dropped silently): the name kept, said so, and how to change it.
survey-name-fix-kept = I kept the name { $old } for now. To change it to { $new }, send "edit name".
# "back" at the first question, the name (owner trial 13: the dog named "Go Back"): there is none before it; the question again.
survey-back-first = This is the first question, so there is none before it.
# The dog's name asked during the survey ("what was his name again lol"; owner trial 13: renamed, or sent to the model): the name kept, the question again.
survey-name-recalled = The name I have is { $name }.
# The dog's name told with nothing open, the name of one of the owner's dogs ("Rex is his name"; owner trial 12: "not sure what you mean"): noted already. $name is the dog's name.
survey-name-same = { $name } — that's the name I have already.
survey-err-name-unknown = I didn't catch a name there. If your dog has no name yet, whatever you call them is fine. For example: Coco
survey-name-generic = "{ $typed }" is a word for any dog, not a name. What do you call your dog? For example: Coco
survey-name-lead-in = I got "{ $typed }", but no name after it. What is your dog called? Just the name, for example: Coco
survey-name-other-answer = That sounds like your answer to "{ $field }", not a name: I'll ask that one a little later.
# At the name question, the sex told whole and already noted ("male neutered"; stop 56 trial: "noted" and "I'll ask that later" both said).
survey-name-other-answer-kept = That sounds like your answer to "{ $field }", not a name: I've noted it, so just tell me the name.
survey-name-breed = "{ $typed }" sounds like a breed, so I noted it as the breed. If it is the name, send it again.
survey-name-command-typo = "{ $typed }" looks like a command word mistyped, so I did not take it as the name. If it is the name, send it again.
survey-name-not-yet = No name yet? That's fine. What do you call your dog for now? Any nickname will do (for example: Puppy), and you can change it when we check the answers at the end.
survey-field-name = Name

survey-q-age_months = How old is { $name }?
survey-err-age_months = I didn't catch the age. Try "3", "3 years", "18 months" or "1 year 6 months".
survey-field-age_months = Age

survey-q-sex = Is { $name } a boy or a girl? And neutered or spayed?
survey-err-sex = Please pick one of the options shown, or "Don't know" if you're not sure.
survey-field-sex = Sex
survey-opt-sex-male_intact = Male, not neutered
    .short = Intact male
    .aliases = intact male, unneutered male, male not neutered
survey-opt-sex-male_neutered = Male, neutered
    .aliases = neutered male, castrated, he's neutered, hes neutered, he is neutered, he's been neutered, he's fixed, hes fixed, he is fixed, he's been fixed, he's castrated, he's snipped, he's been snipped
survey-opt-sex-female_intact = Female, not spayed
    .short = Intact female
    .aliases = intact female, unspayed female, female not spayed
survey-opt-sex-female_spayed = Female, spayed
    .aliases = spayed, spayed female, she's spayed, shes spayed, she is spayed, she's been spayed, she's fixed, shes fixed, she is fixed, she's been fixed, she's neutered, shes neutered, she is neutered, she's been neutered

survey-q-breed = What breed is { $name }? Write the breed, or pick "Mixed / don't know" for a mix or if you're not sure.
survey-err-breed = Please write a breed of up to 60 characters, or pick "Mixed / don't know".
survey-unclear-breed = I didn't find a breed in "{ $typed }". Please write just the breed (for example "Maltese" or "poodle mix"), or pick "Mixed / don't know".
survey-field-breed = Breed
survey-opt-health-none = Nothing to note
    .short = Nothing
survey-opt-breed-mixed = Mixed / don't know
    .short = Mixed/not sure
    .aliases = mixed, mix, mutt, unknown, don't know, dont know, not sure

survey-q-size = How big is { $name }?
survey-err-size = Please pick small, medium or large.
survey-field-size = Size
## A size said with its adjective alone ("smallish", "biggish", "on the big side"; stop 51, Korean owner trial: "작은" alone was not understood) is that size.
survey-opt-size-small = Small (under 10 kg)
    .short = Small <10kg
    .aliases = small, s, sm, sml, smallish, small-ish, tiny, little, little one, toy size, toy-sized, smol, smoll, smol boi, smol girl, teeny, teeny tiny, on the small side, kinda small, pretty small, smallish size
survey-opt-size-medium = Medium (10–25 kg)
    .short = Medium 10–25kg
    .aliases = medium, m, mid, med, med size, med sized, med-sized, average size, average, in between, medium sized, medium-sized, medium size, mid-sized, mid sized, mediumish, medium-ish, medium ish, kinda medium
survey-opt-size-large = Large (over 25 kg)
    .short = Large 25kg+
    .aliases = large, l, lg, lrg, big, biggish, huge, large-ish, giant, big-ish, bigish, largish, largeish, on the big side, on the large side, kinda big, pretty big

survey-q-origin = Where did { $name } come from?
survey-err-origin = Please pick one of the options, or write it in a word or two. For example: "from a breeder", "a rescue", "from a friend". A dog you found or took in yourself is "Shelter / rescue" if you rescued them; if none fits, pick "Other".
survey-field-origin = Came from
survey-opt-origin-breeder = Breeder
    .aliases = breeder, home breeder, hobby breeder, backyard breeder, a home breeder
survey-opt-origin-pet_shop = Pet shop
    .aliases = pet store, shop
survey-opt-origin-shelter = Shelter / rescue
    .short = Shelter
    .aliases = shelter, rescue, adopted, rescued, rescued him, rescued her, a rescue, rescue dog, animal shelter, pound, stray, a stray, found him, found her, we found, i found, on the street, on the streets, off the street, in the street, street dog, abandoned, dumped, took him in, took her in, dogs trust, the dogs trust, rspca, the rspca, battersea, battersea dogs home, battersea dogs and cats home, blue cross, the blue cross, aspca, spca, humane society, the humane society, rescue centre, rescue center, animal rescue, dog rescue, rehoming centre, rehoming center
survey-opt-origin-friend_family = Friend / family
    .short = Friend/family
    .aliases = friend, family, friends, friend's, a friend's, family's, family member, relative, relatives, sister, sister's, brother, brother's, mom, mom's, mum, mum's, dad, dad's, parents, parents', my parents', cousin, cousin's, aunt, aunt's, uncle, uncle's, neighbor, neighbor's, neighbour, neighbour's, coworker, coworker's, colleague, colleague's, daughter, daughter's, son, son's, grandma, grandma's, grandpa, grandpa's, grandmother, grandfather, grandparents
survey-opt-origin-other = Other
    .aliases = other, online, marketplace, facebook, craigslist, gumtree, an ad, classifieds

survey-q-owned_months = How long have you had { $name }?
survey-err-owned_months = I didn't catch how long. Try "2 years", "6 months" or "1 year 6 months".
survey-err-owned_months-too-long = That's longer than your dog's age ({ value-age }). Please check and tell me again.
survey-err-owned_months-since-puppy = I don't know { $name }'s age, so I can't count from puppyhood. Please tell me how long in years or months, like "2 years".
survey-field-owned_months = With you for

survey-q-household = How many people live in your home, you included?
survey-err-household = Please send a number from 1 to 20. For example: 3
survey-unclear-household-owner = You named { $value }, but I'm not sure that includes you. How many people in all, you included? For example: 4
survey-unclear-household-named = You said { $value }, but named { $understood }. How many people live at home in all, you included? For example: 4
survey-field-household = People at home

survey-q-children = Are there children under 12 at home?
survey-err-children = Please answer yes or no.
survey-field-children = Children under 12
    .short = Children
# The children named are a yes inside a sentence too ("me, my husband and 2 kids", fourth trial:
# "Please answer yes or no"); their absence said with them is a no (the longer phrase hides them).
survey-opt-children-yes = Yes
    .aliases = y, yes, yep, yeah, yup, yes we do, we do, kids, kid, children, child, a child, a kid, baby, babies, a baby, toddler, toddlers, a toddler, son, daughter, sons, daughters
# stop 47 (helper typos): a dog that has never been around children lives with none ("she has never been around kids": stored as Yes), a No; the longer phrase hides the children named in it.
# stop 52 (held-out 7): children grown up or moved out live with none under 12 ("my kids are grown up, they moved out": asked yes or no again), a No.
survey-opt-children-no = No
    .aliases = n, no, nope, none, nah, no kids, no children, we don't, no kid, no child, no babies, no baby, we don't have kids, we don't have any kids, we dont have kids, we do not have kids, we don't have children, don't have kids, don't have any kids, dont have kids, do not have kids, don't have children, no kids at home, no children at home, not yet, grown up, all grown up, grown-up, no kids here, no kids yet, nope no kids, no little ones, no young kids, no kids under 12, no have children, no have kids, no have child, no have any kids, no have any children, not have children, not have kids, have no kids, have no children, have no child, no having kids, no got kids, not got kids, got no kids, no childrens, no child at home, none yet, not yet no, no not yet, none so far, never been around kids, never been around children, never been around a kid, never been around a child, never met kids, never met children, never met a kid, never been with kids, never been with children, never lived with kids, never lived with children, hasn't been around kids, hasnt been around kids, hasn't been around children, not been around kids, not around kids, isn't around kids, isnt around kids, never around kids, never around children, kids are grown up, my kids are grown up, our kids are grown up, kids are all grown up, kids are grown, grown up kids, grown-up kids, grown kids, they moved out, kids moved out, moved out, adult kids, adult children, kids are adults, children are adults, all adults, only adults, just adults

survey-q-other_pets = Does { $name } live with any other pets? Pick all that apply, then "Done" — or pick "None".
survey-err-other_pets = Please pick dog, cat or other — or "None" if there are no other pets.
survey-field-other_pets = Other pets
survey-opt-other_pets-dog = Dog
    .aliases = dog, dogs, other dog, another dog, other dogs, one more dog
survey-opt-other_pets-cat = Cat
    .aliases = cat, cats
survey-opt-other_pets-other = Other
    .aliases = other, others
survey-opt-other_pets-none = None
    .aliases = none, no, nothing, no pets, no other, no others, no other pets, no other dogs, no dogs, no other cats, no cats, no other animals, just him, just her, only him, only her, just the one, only dog, only pet, he's the only one, she's the only one, hes the only one, shes the only one, only child, just him and us, just her and us, just the one dog, just one dog, only one dog, only the one dog, one dog only, our only dog, my only dog, the only dog, dogs just, dogs only

survey-q-alone_hours = On a weekday, about how many hours is { $name } home alone?
survey-err-alone_hours = Please send a number of hours from 0 to 24. For example: "4" or "4 and a half hours".
survey-field-alone_hours = Alone on weekdays
    .short = Time alone

survey-q-exercise_minutes = How much walking or exercise does { $name } get a day?
survey-err-exercise_minutes = Please tell me how long, per day. For example: "45 minutes" or "1 hour 30 minutes".
survey-field-exercise_minutes = Daily exercise

survey-q-concerns = Is there any behaviour you'd like to work on with { $name }? Pick all that apply, then "Done" — or pick "None for now".
survey-err-concerns = Please pick at least one, or "None for now".
survey-field-concerns = Concerns
survey-opt-concerns-none = None for now
    .aliases = none, nothing, no

survey-q-worst_reaction = What is the strongest reaction { $name } has ever shown toward a person or another dog?
survey-err-worst_reaction = Please pick one of the options.
survey-field-worst_reaction = Strongest reaction
    .short = Worst reaction
## Stop 47 (owner trial 32): a denial of aggression ("never been aggressive", "he only barks", "he's a softie") is None; "grumbles" is the growl.
# stop 64 (held-out 20, fix20b): "never, she's just a puppy" was not understood: the puppy's youth told as why nothing happened is none, as "아직 어려서 그런 거 없어요".
survey-opt-worst_reaction-none = None
    .aliases = none, never, no, nothing, nothing really, not really, never has, nothing like that, nothing serious, nothing bad, nothing major, nothing much, nothing big, not really anything, never done anything, never done anything bad, never did anything, never did anything bad, he never did anything, she never did anything, he never did anything bad, she never did anything bad, hes never done anything, shes never done anything, hasn't done anything, hasnt done anything, never been aggressive, hes never been aggressive, he's never been aggressive, shes never been aggressive, she's never been aggressive, never aggressive, not aggressive, not aggressive at all, only barks, just barks, he only barks, she only barks, he just barks, she just barks, only barking, just barking, nothing but barking, nothing but bark, only a bit of barking, just a bit of barking, barks but nothing else, barks thats all, barks that's all, he's a softie, hes a softie, she's a softie, shes a softie, he's a big softie, hes a big softie, she's a big softie, shes a big softie, big softie, a softie, softie, total softie, soft as butter, she's just a puppy, he's just a puppy, shes just a puppy, hes just a puppy, she's only a puppy, he's only a puppy, just a puppy, still a puppy, she's still a puppy, he's still a puppy
survey-opt-worst_reaction-growl = Growl or bared teeth
    .short = Growl or snarl
    .aliases = growl, growled, growling, growls, lunge, lunges, lunged, lunging, lunge at, lunges at, lunged at, charges, charged, charged at, snarl, snarls, snarled, snarling, bared teeth, bares teeth, bares his teeth, bares her teeth, showed teeth, shows teeth, shows his teeth, shows her teeth, lip curl, teeth, showing teeth, showing his teeth, showing her teeth, the teeth, the growl, grumble, grumbles, grumbled, grumbling, grumbly, grumbles a bit, a bit of a grumble, grumbles at
survey-opt-worst_reaction-snap = Snap, no contact
    .short = Snap, no bite
    .aliases = snap, snapped, snaps, snapping, air snap, air snapped, tried to bite, tries to bite, trying to bite, went to bite, goes to bite, attempted to bite, almost bit, nearly bit, try to bite
## Stop 63 (noticedleft63: "it left teeth marks" was the growl, by its teeth): teeth that left a mark touched, a bite.
survey-opt-worst_reaction-bite = Bite, no injury
    .short = Bite, no harm
    .aliases = bite, bit, teeth marks, tooth marks, teeth mark, tooth mark, bite marks, bite mark, left teeth marks, left tooth marks, left a mark, left marks, left a bite mark
survey-opt-worst_reaction-bite_injury = Bite with injury
    .short = Bite, injury
    .aliases = injury, bite injury

survey-q-health = Is there anything you'd like me to know about { $name }'s health, medication or training so far? If not, pick "Skip".
survey-err-health = Please keep it under 500 characters, or pick "Skip".
survey-unclear-health = I didn't find anything about health or training in "{ $typed }". Tell me in a few words (for example "allergic to chicken" or "went to puppy class"), or pick "Skip".
survey-field-health = Health and training
    .short = Health

survey-review = Is this right?
survey-review-again = { $name }'s profile is waiting for your OK. Does it look right?
# A survey question left open and asked again once after an unrelated reply (history, help, thanks, a check-in, a report saved): after the next one, this one line naming it ($field: its survey-field-* label) with its own buttons and the way back, never the whole question again (English owner trial 30: the 19 concerns after every reply, for days; stop 52: a name or number question came back whole every time). "continue" must be understanding-command-start words.
survey-still-open = { $name }'s question { $n } of { $total } ({ $field }) is still waiting for your answer — your answers so far are kept. Answer it here, or send "continue" to see it again.
survey-still-open-unnamed = Your dog's question { $n } of { $total } ({ $field }) is still waiting for your answer. Answer it here, or send "continue" to see it again.
survey-confirm = ✅ Looks right
    .aliases = yes, ok, okay, correct, right, confirm, yep, yeah, yup, ya, yes please, sure, looks good, all good, looks right, looks fine, that's right, thats right, that's correct, all correct, all right, alright, good, fine, perfect, great, lgtm, correct yes, it's right, it's correct, everything's right, confirmed, looks great, sounds good, thats it, that's it, spot on, exactly, good to go, looks correct, all looks good, yes perfect
    .emoji = 👍, 👌, ✅, ✔, ☑, 🆗, 🙆, 💯, 🙆‍♀️, 🙆‍♂️
survey-edit = ✏️ Edit an answer
    .short = ✏️ Edit
    .aliases = edit, change, no, nope, not right, not quite, wrong, something's wrong, fix, fix it, change something, edit something
survey-edit-which = Which answer would you like to change?
survey-edit-continue = The survey isn't finished yet — let's pick up where we stopped.
survey-finished = All set! I'll remember { $name }. Whenever something happens, just tell me in your own words — for example: "{ $name } barks at the door every time a guest comes, and I give a treat to quiet things down." I'll break it down and suggest a next step.
survey-updated = Saved — { $name }'s profile is updated.
survey-use-buttons = Please pick one of the options (or send its words as they are).
survey-stale-button = That option belongs to an earlier question. Please answer the current one.
survey-err-multi-empty = Please pick at least one option before "Done".

# "oops wrong button on the last one" (the answer just given was tapped wrong; owner trial 29: "I didn't find a breed"): back one question. With a question's name ("wrong sex") that question is edited (understanding-edit-*).
nav-back = ◀ Back
    .aliases = back, previous, prev, go back, go back please, back please, previous question, the previous question, undo, back one, one back, wrong button on the last one, wrong one on the last one, pressed the wrong button on the last one, tapped the wrong button on the last one, hit the wrong button on the last one, the last one was wrong, last one was wrong, messed up the last one, the previous one was wrong, wrong answer on the last one, wrong button on the previous one, wrong button last question, wrong button on the last question, messed up the last question, the last question was wrong, meant to go back, i meant to go back, i meant go back, wanted to go back, i wanted to go back, i was trying to go back, trying to go back, i meant back, meant back
nav-skip = Skip
    .aliases = skip, pass
nav-done = Done ✔
    .aliases = done i think, i think that's it, finish, i think that's all, that's it i think, done, finished, that's all, thats all, that's it, thats it, that's everything, no more, nothing else, no others, that is all, that is it, that's about it, thats about it, all done, i'm done, im done, i am done, all set, that's all of them, those are all, that's them
# A multi-choice question answered by typing: what is ticked, and how to finish (a typed pick keeps it open).
survey-picks-typed = ✔ Ticked: { $picks }. Send more, or "Done" if that's all.
# A behaviour report typed at the concerns question: kept as a report and analysed, and the concern it is about ticked, both said in this one line (English owner trial 30: ticked under the typed-pick line alone).
survey-report-ticked = I've saved what you told me as a report to analyse separately, and ticked { $picks } here, since that's what it's about. Send more, or "Done" if that's all.
# A multi-choice answer kept when the owner's next message answered the next question instead.
survey-which-of = Which do you mean: { $options }?
survey-picks-kept = ✔ { $field }: { $picks }
## Stop 62 (owner trial 62: "aggression, fear" then "done" stored aggression toward dogs, never said): a word that pointed at
## two options, not told apart by "done", is never ticked as a guess (stop 55 had ticked both); the other ticks are kept and this said.
survey-which-left-out = I left { $options } unticked, since which one wasn't said. You can add the right one when you check the answers.
## Stop 62: the same with nothing else ticked: which one, asked again (nothing is stored as a guess).
survey-which-needed = Which do you mean: { $options }? Pick the right one, or both if both are true.

card-title = 🐶 { $name }
card-line = • { $field }: { $value }
# Changes in the dog's life told during the survey (a move, a baby coming, someone away; the owner's words): one line of the card.
card-field-life = Recent changes
card-incomplete = (some questions are still unanswered)
card-unconfirmed = (every question is answered; it only needs your OK)

value-none = —
value-age = { $years ->
        [0] { $months ->
            [0] less than a month
            [one] { $months } month
           *[other] { $months } months
        }
       *[other] { $months ->
            [0] { $years ->
                [one] { $years } year
               *[other] { $years } years
            }
           *[other] { $years ->
                [one] { $years } year
               *[other] { $years } years
            } { $months ->
                [one] { $months } month
               *[other] { $months } months
            }
        }
    }
## Weeks and parts of a month kept as said ("3 weeks", "6 weeks", "a month and a half"; stop 47, owner trial 32: shown as "less than a month", "1 month").
value-weeks = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
value-months-part = { $months } months
# In English an age and a length of time read alike ("2 years"); Korean tells them apart (살, 년).
value-duration = { value-age }
value-hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
value-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
# Hours and minutes as people write them: "1 hour 30 minutes" (not "90 min"), "4 hours 30 minutes".
value-hours-minutes = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
value-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }

nav-unknown = Don't know
    .aliases = don't know, dont know, not sure, unknown
survey-unclear-number = I understood { $value }, but not "{ $rest }". Please send just the number and its unit.
survey-unclear-number-only = I read { $value }, but I'm not sure that's right. Please send just the number and its unit.
# The household count understood in part (stop 61, owner trial 61: "send just the number and its unit" for people). $value the people understood, $rest the words not understood, as typed.
survey-unclear-count = I understood { $value }, but not "{ $rest }". Please send just how many people live with you, counting yourself (like "3").
# People counted as one number or another ("about 3, maybe 4"): both said back, the count asked for.
survey-unclear-count-range = I understood { $low } or { $high } people. How many live in your home now? Please send one number.
## Stop 62 (owner trial 62: "1, 2", "2번이랑 4번" at the origin got the example re-ask): several options, by position or named, at a one-choice question: only one, said with the ones understood.
survey-unclear-options = Only one can be picked here. Which one: { $options }?
# "ok", "sure" at a one-choice question: small talk, the options again, kindly.
survey-choice-pick = 👌 Just pick one of the options: { $options }.
## A no ("아니요", "no") at a question with no such option: no "yes!" before the options (trial 4).
survey-choice-pick-no = Got it. This one needs one of the options: { $options }.
survey-unclear-not-an-option = "{ $typed }" isn't one of the options. Please pick one: { $options }.
# At a multi-choice question with options ticked by typing, a message that picks none of them ("almost every day" at the concerns; trial 5: the words were silently dropped): said, nothing added; the ticks so far follow. $typed is what was typed.
survey-unclear-ticked = "{ $typed }" isn't one of the options, so nothing was added.
# Part of a list at a multi-choice question that no option names, beside what was ticked ("nipping, herding" at the concerns; stop 49 owner trial: "herding" dropped silently): said back, never lost.
survey-unmatched-parts = "{ $typed }" isn't one of the options, so it isn't ticked — pick the closest, or tell me about a time it happened once we're done.
survey-position-no-options = I read "{ $typed }" as an option number, but this question has no numbered options, so nothing was noted. Please type the answer itself.
# A bare number where the options are shown with no number beside them (Kakao's quick replies, Telegram's buttons: "1", "2", "1, 3" at a multi-choice question; stop 63 owner trial: the generic re-ask): a bare number picks nothing there (a bare "2" at the age is an age); the option at that position is named, with how to pick it. $typed is what was typed, $positions "option 1" or "option 1, option 3", $labels the options' names, $count how many.
survey-position-unshown = "{ $typed }" — { $count ->
        [one] the choice at { $positions }, { $labels }? Numbers alone don't pick here: type its name or "{ $positions }".
       *[other] the choices at { $positions }: { $labels }? Numbers alone don't pick here: type their names or "{ $positions }".
    }
# One place within $positions ("option 1").
survey-position-unshown-one = option { $n }
# Told it was said before, with no answer in the message and none stored for this question ("i just told you lol"; owner trial 31: saved as a report and sent to the model): said, and the question again.
survey-said-before-missing = I don't have an answer to this question yet — sorry, could you tell me once more here?
survey-unclear-concepts = I understood "{ $understood }". Tell me the rest, or pick one of the options.
value-unknown = don't know
value-about = about { $value }
# Hours alone said as "rarely", "hardly ever" (stored as about 0): shown as this, never "about 0 hours".
value-hardly-any = hardly any
value-range-years = about { $low }–{ $high } years
value-range-duration-years = about { $low }–{ $high } years
# A one-choice answer of which only a half is known ("girl", then "don't know" at the sex); $understood is that half.
value-unknown-part = { $understood } (the rest not known)
# A range of a year or more, each end in years and months ("about 5 years 10 months–6 years"); $low and $high are formatted already.
value-range-span = about { $low }–{ $high }
value-range-months = about { $low }–{ $high } months
value-range-hours = about { $low }–{ $high } hours
value-range-minutes = about { $low }–{ $high } minutes
value-range-people = about { $low }–{ $high } people

# An answer corrected in words after the survey ("sorry I meant 5 years old"): the new value, or how to change an answer when it is unclear which.
## A change in the dog's life told during the survey, kept beside the profile for the advice (stop 45 owner trial: "no kids yet but baby coming in march" stored as children yes, the baby lost; "이사 오고 나서 더 심해진 것 같습니다" not understood). Said before the next question or the same one again.
survey-life-baby_coming = Noted that a baby is on the way 🍼 — I'll keep it in mind for the advice.
survey-life-moved = Noted that you moved recently 🏠 — I'll keep it in mind for the advice.
survey-life-away = Noted that someone is away for now — I'll keep it in mind for the advice.
survey-life-worse_since = Noted that it got worse after a change — I'll keep that in mind for the advice. Now, the question again:
## A move told after the survey ("we moved last week"): what it changes for a dog; routines kept, a quiet corner, alone time built up slowly.
life-moved = A move is a big change for a dog too. 🏠 For the first weeks, keep walks, meals and bedtime at the usual times, give your dog a quiet corner with familiar bedding and toys, and build time alone up slowly. If your dog's behaviour changes, tell me what happened. If the hours alone changed, tell me the new hours and I'll update the profile.
## A new baby told after the survey ("we just had a baby"): what it changes for the dog. Supervision and a place of its own, as the AVSAB and the AKC advise for dogs and infants.
life-new-baby = Congratulations on the baby! 🍼 It's a big change for { $name } too: keep { $name }'s walks and meals at the usual times, give { $name } a quiet place the baby can't reach, and never leave the baby and { $name } alone together, even for a moment. If { $name } stares, growls or hides around the baby, tell me what happened.
## A baby or a small child coming to visit ("my sister is coming to stay next week with her baby"; stop 56): keeping dog and child safe while it lasts (always watched, a place to retreat, the day as usual). Nothing is stored.
life-baby-visit = A little visitor coming! 🍼 While the baby is there, never leave the baby and your dog alone together, even for a moment, and have an adult watching whenever they are in the same room. Set up a quiet place your dog can retreat to (a crate or a room with the door shut) before they arrive, and keep walks and meals at the usual times. If your dog stiffens, stares or growls near the baby, calmly move your dog away, and tell me what happened.
## A baby on the way ("my gf is pregnant"): preparing the dog in the months before, as the AVSAB and the AKC advise (changes to routine and rooms made early, the baby's sounds and smells met calmly, a place of its own). Nothing is stored.
life-baby-coming = Congratulations, a baby on the way! 🍼 The months before are the best time to prepare your dog: make changes to routine and rooms now rather than the week the baby comes, let your dog meet baby sounds and smells calmly, with treats, and give your dog a quiet place of its own. Once the baby is home, never leave them alone together, even for a moment. If your dog's behaviour changes, tell me what happened.
correction-done = Updated { $name }'s profile — { $field }: { $value }.
# Several profile facts told in one sentence ("she's 3, spayed, and a beagle btw"; stop 50: only one stored): all stored, said in one line. $facts: each as correction-fact, joined.
correction-done-many = Updated { $name }'s profile — { $facts }.
correction-fact = { $field }: { $value }
## A first answer told outside the survey to a question it has not asked yet ("it's a maltese" with the survey paused; owner trial 28: "updated" when there was nothing to update).
correction-added = Noted in { $name }'s profile — { $field }: { $value }.
# An answer typed alone that contradicts the confirmed profile of the dog talked about ("girl spayed" for a neutered male; owner trial 34: applied silently, meant for a second dog): asked whose it is, nothing changed.
profile-contradict-ask = { $name }'s profile says { $field }: { $stored }. Is "{ $value }" about { $name }, or about another dog?
profile-contradict-update = ✏️ Update { $name }
# The same, a dog told of and not added yet: that dog offered, the answer kept for her survey.
profile-contradict-other-named = { $name }'s profile says { $field }: { $stored }, so I've kept "{ $value }" for { $other }. Shall we add { $other }? Choose "{ profile-newdog }" below or send "add a dog".
## What the owner told is what the profile has already ("actually she's a girl" for a girl; owner trial 27: the whole survey offered again).
correction-same = That's what I have already — { $name }'s { $field }: { $value }.
# An answer to an earlier question typed at the breed ("girl, spayed"): that answer set, then the breed asked again.
survey-answered-earlier = That sounds like your answer to "{ $field }", not a breed — updated { $name }'s profile: { $field }: { $value }.
survey-answered-earlier-part = That sounds like part of your answer to "{ $field }", not a breed: { $understood }. Pick the rest and I'll update it, then we'll come back to the breed.
# Part of an earlier answer typed at the breed that the stored answer already says ("girl", stored as a spayed female): nothing changed, the breed asked again.
survey-answered-earlier-kept = That sounds like your answer to "{ $field }", not a breed — it already says so: { $name }'s { $field }: { $value }.
# The sex said whole with the age ("3 years, spayed female"): stored with it, said in a line, not asked.
survey-answered-ahead = Also noted — { $field }: { $value }.
survey-answered-ahead-corrected = Also changed — { $field }: from { $previous } to { $value }.
# A survey answer told before the survey started, with no dog yet ("시츄예요" after a first report; owner trial 30): kept, not asked
survey-kept-before = Noted — { $field }: { $value }.
correction-unclear = I read "{ $value }" as a correction, but not which answer it changes. Choose "{ survey-edit }" below, then the answer to change.
correction-no-dog = I read "{ $value }" as a correction, but there's no dog profile to change yet. Choose "{ first-report-start }" to tell me about your dog first.
correction-unknown-dog = I don't have a dog called { $name }, so nothing was changed. Your dogs: { $dogs }. Check the name and send it again, or choose "{ survey-edit }" below.
## A correction whose "he" or "she" fits no one dog of several (stop 55: "she's 6" changed the other dog's age): nothing changed, the dogs listed to name one.
correction-which-dog = I read "{ $value }" as a correction, but not which dog it's about, so nothing was changed. Your dogs: { $dogs }. Send it again with the dog's name in it.
# A number answer of an earlier question typed at a later one ("she's about 1.5 yrs" at the sex question): that answer corrected, said so; the open question follows.
survey-answered-earlier-number = That sounds like your answer to "{ $field }": updated { $name }'s profile: { $field }: { $value }.
# A number that may answer an earlier question or one not asked yet ("1 year" at the size: the age they said they didn't know? how long they've had the dog?): nothing noted, asked again. $typed is what the owner wrote, $field the earlier question it was read for.
survey-late-number-which = "{ $typed }" — I can't tell if that's the { $field } or the answer to another question, so I didn't note it. If it's the { $field }, say "{ $field } is { $typed }".
# At a choice question, one number that differs from an earlier question's answer ("like half a year?" at the sex, the age 3 years; owner trial 11: what was understood went unsaid): the value understood is said, nothing is changed, and the question comes again. $value is the value understood, $stored the answer noted.
survey-late-number-understood = "{ $typed }" — as the { $field }, I understood { $approx ->
        [yes] about { $value }
       *[no] { $value }
    }. The { $field } is already noted as { $stored }, so I didn't change it. To change it, say "{ $field } is { $value }".
# A length alone at a one-choice question ("8h", "8 hours" at the sex, batch 72): hours alone or exercise, both still to come: not noted, each asked in its turn. $typed is what the owner wrote, $fields the questions that read it.
survey-late-number-unplaced = "{ $typed }" — I can't tell which question that answers ({ $fields }), so I haven't noted it yet. I'll ask that in its turn. First, this one:
# A length only one later question reads ("twice a day 30 min" at the household; owner trial 13: "can't tell which question (exercise)"). $field is that question.
survey-late-number-unplaced-one = "{ $typed }" — that sounds like the answer to the { $field } question. I'll ask that in its turn. First, this one:
# A length alone after the questions that read it are answered ("9 hours" at the concerns; owner trial 16: no reason given): said with the answers noted, nothing changed. $fields are those questions, $stored their answers.
survey-late-number-noted = "{ $typed }" — that sounds like a length of time ({ $fields }), not an answer to this question. That is noted already: { $stored }. To change it, name the question with the time. First, this one:
# A number far past the question's usual answer ("8 hours a day" of exercise): not noted yet; what was understood is said and confirmed. The same answer sent again is noted. $typed is what the owner wrote, $field the question, $value the value read.
survey-unlikely = "{ $typed }" — I read that as { $field }: { $value }, which is far more than usual, so I haven't noted it yet. If it's right, send the same answer again. If it was the answer to another question, tell me the answer to this one.
# An age under a month ("a week" at an adult rescue's age; owner trial 25: stored as "under a month"): younger than puppies come home, so confirmed first.
survey-unlikely-young = "{ $typed }" — I read that as { $field }: { $value }, which is younger than puppies usually go to a new home, so I haven't noted it yet. If it's right, send the same answer again. If it's how long your dog has been with you, tell me their age instead (a guess is fine, or "don't know").
# A start said at "how long have you had her?" ("since 2027") that is still ahead: $typed is what the owner wrote.
# A time of this year said that has not come yet ("this year in spring" in February): the re-ask names last year's. $year is last year.
survey-err-owned_months-not-yet = "{ $typed }" — that time of this year hasn't come yet. If you mean { $year }, say "last spring" or the like, or tell me how long, like "10 months".
survey-err-owned_months-future = I read "{ $typed }" as a start that is still ahead, so I can't count from it. Please tell me how long, like "2 years" or "since last year".
# A birth year still ahead ("born in 2030"): the age question asked again.
survey-err-age-born-future = I read "{ $typed }" as a year still ahead, so I can't count an age from it. Please tell me like "3 years" or "born in 2019".
# A start before the dog was born ("since 2020" for a dog of two): what was understood, and the age. $owned and $age are spans as the profile shows them.
survey-err-owned_months-start-too-long = I read "{ $typed }" as about { $owned } together, which is longer than your dog's age ({ $age }). Please check and tell me again.
# Asked about the survey itself ("do i have to answer all of these?", "how many more questions?"): how many questions are left (this one included) and how to skip or stop. Never sent to the model; the question follows.
survey-go-on = All right. Let's carry on with the questions.
survey-resume = No problem, welcome back! We were at this question:
# "nvm lol", "sorry wrong chat" at a survey question: taken back, nothing stored, the question again (owner trial 12)
survey-taken-back = No problem — I haven't kept that. Here's the question again:
# The same once answers are stored (owner trial 61: "never mind" right after "2" was kept as the hours alone, told "I haven't kept that"): what is true, and how to change the last answer.
survey-taken-back-kept = No problem — nothing changes from that. Your answers so far are kept (to change the last one, send "back"). Here's the question again:
survey-why = These questions help me fit the advice to your dog: age, size, home and past reactions change what works and what is safe.
# Small talk at a survey question ("👍", "ㅋㅋ"): the question below, kindly.
survey-talk-nudge = 😊 Whenever you're ready, just answer the question below.
survey-why-first = I'm DogCoach, a behaviour coach for dogs 🐾 These first questions (about two minutes) tell me about your dog so my advice fits it: age, size, home and past reactions change what works and what is safe.
## Wanting help said at a survey question ("I want help with my dog"; stop 61 trial: a profile card of a dog called "With"): what the survey is for, how to tell what happened; the question below.
survey-help-wanted = That's what I'm here for 🐾 These few questions (about two minutes) tell me about your dog, so my advice fits it. If something happened that you'd like help with, tell me in your own words any time — I'll keep it and look at it with you. Now the question below:
survey-why-name = I ask the name so I can talk about your dog by name.
survey-why-age_months = Age matters: a puppy, an adolescent and a senior dog learn differently, and some behaviours are normal at one age and not at another.
survey-why-sex = Sex and neutering can change how a dog reacts to other dogs, marks or roams, so I weigh them in the advice.
survey-why-breed = A breed or mix hints at what your dog was bred to do (herding, guarding, hunting), which shapes many behaviours.
survey-why-size = Size changes what is safe and practical: how to handle a jump or a lunge, and which equipment fits.
survey-why-origin = Where a dog came from (breeder, shop, shelter, family) hints at its early life and socialisation, which shape fear and social behaviour.
survey-why-owned_months = How long you've had your dog tells me whether they're still settling in or the behaviour is a settled habit.
survey-why-household = The people at home change the advice: who can practise, and how many people the dog meets every day.
survey-why-children = Children at home change what is safe: some steps need extra care around kids.
survey-why-other_pets = Other animals at home can be the trigger or part of the plan, so I need to know about them.
survey-why-alone_hours = Time alone matters for separation problems, boredom and chewing.
survey-why-exercise_minutes = Exercise affects energy, frustration and many problem behaviours.
survey-why-concerns = Your main concerns tell me what to focus on first.
survey-why-worst_reaction = The strongest reaction so far tells me how careful the advice needs to be, and when a professional should see your dog.
survey-why-health = Pain and health problems often cause behaviour changes, so I take them into account.
## Stop 58: a short example of a good answer, said after the why when only "?" is typed at a survey question (misc57 said only why).
survey-example-name = For example: "Max".
survey-example-age_months = For example: "3 years" or "5 months".
survey-example-sex = For example: "boy, neutered".
survey-example-breed = For example: "poodle" or "poodle mix".
survey-example-size = For example: "small" (under 10 kg).
survey-example-origin = For example: "shelter".
survey-example-owned_months = For example: "2 years" or "6 months".
survey-example-household = For example: "3".
survey-example-children = For example: "no".
survey-example-other_pets = For example: "cat", then "Done".
survey-example-alone_hours = For example: "4 hours".
survey-example-exercise_minutes = For example: "1 hour a day".
survey-example-concerns = For example: "barking", then "Done".
survey-example-worst_reaction = For example: "growled at a dog".
survey-example-health = For example: "skin allergy, on medication".
survey-left = { $count ->
        [1] This is the last question.
       *[other] { $count } questions left, this one included.
    } If you don't know, say "don't know"; to skip one, say "skip". To stop and finish later, say "cancel".

# A rare number waiting to be confirmed (survey-unlikely), then "nevermind" / "no": not noted.
survey-unlikely-no = Not that
survey-unlikely-dropped = OK — I didn't note that.
# A none or "hardly" said of another number question's topic at this one ("we can hardly walk him" at the hours alone): not noted, this question asked again.
survey-unclear-other-topic = "{ $typed }" sounds like it's about { $field }, not { $asked }, so I didn't note it.
# Only "it varies" at a question of hours or minutes ("depends", owner trial 17): no number to note; a usual day or a range asked for.
survey-unclear-varies-hours = It varies — that's fine. Tell me a usual weekday, or a range like "2 to 6 hours".
survey-unclear-varies-minutes = It varies — that's fine. Tell me a usual day, or a range like "30 minutes to an hour".
# A number answer of another number question told at this one ("we've had her 6 months" at the age, "1 hour walk a day" at hours alone): stored there, this question asked again. $asked is this question, $field the one stored.
survey-answered-other-number = "{ $typed }" — that sounds like { $name }'s { $field }, not { $asked }. Noted: { $field }: { $value }.
survey-answered-other-number-corrected = "{ $typed }" — that sounds like { $name }'s { $field }, not { $asked }. Corrected { $field }: from { $previous } to { $value }.
# A behaviour named alone at a survey question ("growls" at the breed): said to be a behaviour, not the answer; one time it happened asked for later, the question asked again (Korean trial: "keep the breed under 60 characters"). $typed is what was typed, $field the question.
survey-behaviour-not-answer = "{ $typed }" — that sounds like something your dog does, not an answer to "{ $field }". Tell me about one time it happened (what came just before, what your dog did, what happened after) and I'll look into it. First, this question:
# A behaviour told as what the dog is like at a survey question ("she's reactive to other dogs and pulls on the
# At the concerns question, a behaviour that fits no one option ("growling": toward people or other dogs?; owner trial 11: kept silently for the later worst reaction): nothing ticked, what was understood said, asked again.
survey-behaviour-which-concern = I read "{ $typed }" as a behaviour, but I can't tell which option it fits, so nothing was ticked. Please pick the one that fits — it depends on who it's toward (people or other dogs).
# At the health and training note, a behaviour with nothing about health ("growls"; owner trial 11: stored as the health note): not noted, what was understood said, asked again.
survey-behaviour-not-health = I read "{ $typed }" as something your dog does, not a health or training note, so I didn't note it here. If you'd like me to look into it, tell me about one time it happened once we're done. For now, write a health or training note, or skip.
# lead" at the breed): the concerns it names kept for the concerns question (batch 76: analysed as an incident).
survey-concerns-kept = Got it: I've noted { $concerns } for the concerns question (you can add more there). If you'd like me to look into it, tell me about one time it happened. First, this question:
survey-concerns-added = Got it: I've added { $concerns } to the concerns. If you'd like me to look into it, tell me about one time it happened. First, this question:
# The concerns a behaviour told at another question names, all of them ticked already ("barking i guess" at the worst reaction with Barking ticked; English owner trial 30: "I've added Barking"): nothing added, said so.
survey-concerns-already = Got it: { $concerns } — already among the concerns, so nothing new to add.
# At the worst reaction, after a behaviour that is none of its options ("barking i guess"): what the question asks, and "None" when there was no growl, snap or bite.
survey-worst-none-hint = Here I'm asking about the strongest reaction toward a person or another dog: if there has never been a growl, snap or bite, pick "{ survey-opt-worst_reaction-none }".
## trial 9 (survey)
# Two dogs' ages in one answer ("Milo is 3 and Daisy is 1"): never added up. $text: the ages heard; $name: the dog asked about.
survey-two-ages = I heard two ages ({ $text }). For now, please tell me just { $name }'s age.
# A number about someone else at an age or length question ("my sons 8"): no answer. $typed: what was sent; $asked: the question's field.
survey-unclear-someone-else = The number in "{ $typed }" sounds like it's about someone else, so I didn't note it as { $asked }.
# A field and its new value told at the review card ("wrong breed, she's a beagle"): changed, the card shown again.
survey-review-corrected = Changed { $field }: { $previous } → { $value }
survey-earlier-same = { $field } already says so: { $value }
# At the children under 12, only children 12 or older named ("yes a teenager"; owner trial 12: stored yes): stored no, said why. $typed is what the owner wrote.
# Only how the dog is with children at the children question ("she loves kids"; owner trial 33: stored Yes): nothing noted, the question again. $typed is what was typed.
# A distance with no time at the exercise ("like 2km?"; owner trial 33: read as a weight): nothing noted, the question again. $understood is the distance as typed.
survey-distance-not-time = I understood a distance ({ $understood }), not a time, so I didn't note it. About how many minutes is that a day? For example: "40 minutes".
survey-children-liked = "{ $typed }" — I understood how { $name } is with children, but not whether any live with you, so I didn't note it.
survey-children-older = "{ $typed }" — a child of 12 or older isn't one this question asks about (under 12), so I noted No. If a younger child lives with you too, go back and pick Yes.
# Half an option told first ("female"), then the number of an option that contradicts it ("1" = male; owner trial 12: stored male without a word): nothing stored, asked again. $value is the numbered option, $understood the half told.
survey-part-contradicted = Option "{ $typed }" is { $value }, but you said { $understood } before, so I didn't note it. Please pick the option that fits.
# A bare small number where the unit is not clear ("1" at the exercise; owner trial 12: stored as 1 minute): minutes or hours, asked. $first and $second are the two readings.
survey-unit-which = "{ $typed }" — is that { $first } or { $second }? Please send it with its unit, like "{ $second }".
# Only words that move the survey on at a number question ("done" at the hours alone; owner trial 12: answered as if a number were out of range). $asked names the question.
survey-unclear-no-number = "{ $typed }" doesn't answer the { $asked }. Please send a number.
## A health note told at another question added to the one noted already (owner trial 13).
survey-health-joined = { $first }; { $second }
# Skip at a question gone back to that has an answer (owner trial 33): the answer kept, said, not wiped to "don't know".
survey-skip-kept = Kept your answer — { $field }: { $value }.

# "survey", "survey again" typed once the survey is done (stop 52 owner trial: the help, as if nothing was asked): it is done, and what can be done now, as buttons (edit an answer, the profile, start over)
survey-done-already = { $name }'s survey is already done. You can edit an answer, see the profile, or start it over. Pick one below.
survey-done-profile = 📋 See the profile
    .short = 📋 Profile
survey-done-redo = 🔄 Start over

## Stop 58: another name with an age at the age question ("Bori is 3" while Rex's survey is open): another dog, or the name kept wrong? Asked; nothing is stored.
survey-unclear-other-name = I understood { $value }, but who is { $other }? If that's { $name }'s age, please send just the number and its unit again. Another dog can be added once this survey is done; if { $other } is the name, send just the name.
