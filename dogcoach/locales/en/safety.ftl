## Safety first: words that mark a red flag or a punishment in an owner's message, read before the
## model is asked anything, and what the bot says about them.
##
## safety-term-* are word lists: only .aliases is read, split on commas. Words in Latin letters match
## whole words (case, apostrophes and punctuation ignored, so "didnt" is "didn't"); a trailing * stands
## for any ending. Hangul words match anywhere with spaces ignored. The words of both languages are
## looked for whatever the owner's language.

## Stop 64 (fix20a, held-out 20: a child's "무러써요" for 물었어요 was noise): the past as children spell it ("she bited my hand").
safety-term-bite = bite (active)
    .aliases = bit, bite, bites, biting, bitey, chomped, chomp, bited, bitted
safety-term-bite-passive = bitten
    .aliases = bitten, got bit, was bit, been bit, got nipped
## An attack told with a wound ("attacked the neighbours dog, there was a lot of blood", owner trial 17):
## a bite that hurt, as a bite with a wound is; an attack with no wound raises nothing. A fight between dogs
## told with blood or a wound is the same (stop 63: "we have another dog, they fought and there was blood" at the
## other-pets question was only the answer "Dog"); a fight with no wound, or "no blood", raises nothing.
safety-term-attack = an attack (active), a fight between dogs
    .aliases = attacked, attacking, attacks, mauled, mauling, tore into, ripped into
safety-term-attack-unrelated = an attack in another sense
    .aliases = panic attack*, anxiety attack*, heart attack*, attacks his toy*, attacks her toy*, attacked his toy*,
        attacked her toy*, attacking his toy*, attacking her toy*, attacks the vacuum, attacked the vacuum,
        fight off, fights off, fighting off, fought off, fight the leash, fights the leash, fight the harness,
        fights the harness, fighting the harness, fighting the leash, pillow fight, food fight
safety-term-bite-unrelated = bit or bite in another sense
    .aliases = a bit, little bit, bit of, bit more, bit less, bit better, bit worse, bit too, bit much, bit scared,
        bit nervous, bit anxious, bit calmer, bit quieter, bit bored, bit better now, quite a bit, bite to eat,
        bite sized, bite inhibition, bit his toy, bit her toy, bites his toy, bites her toy, bit the toy,
        bites the toy, bit his leash, bit her leash, bites his leash, bites her leash, bites the leash,
        bites his paws, bites her paws, bites his tail, bites her tail, bite his tail, bite her tail
## Stop 56 (verification trial): the survey's option "Bite with injury" ("Bite, injury") typed as text is a wound too.
safety-term-injury = a wound: skin broken, blood, stitches
    .aliases = a wound, the wound, his wound, her wound, open wound, wounds, wounded, injured, blood, bleeding, bled, bleed, bleeds, bloody, broke the skin, broke skin, broken skin,
        break the skin, break skin, breaking the skin, breaking skin, drew blood, stitches, stiches, stitched,
        puncture*, gash, deep wound, torn skin, ripped skin, the er, emergency room, urgent care, hospital, a scratch, lil scratch,
        little scratch, small scratch, tiny scratch, scratch on, scratches on, scratched her ear, scratched his ear,
        with injury, with an injury, with injuries, bite injury
## Korean only (a dog called 해피, whose "피가" is no blood); English words are found whole.
safety-term-injury-unrelated = not blood
    .aliases = bloodhound, bloodhounds, blood test, blood tests, blood work, bloodwork, wound up, all wound up, so wound up, wound tight, wound-up
## Stop 63 owner trial: a wound said bare ("she has a wound on her neck") was no wound; "wound up" is no wound (above).
safety-term-injury-more = a wound said bare
    .aliases = wound, blood from, bleeding from, gashed, torn open, ripped open
## Stop 63 owner trial ("Rocky and Luna got into a fight over a bone and Luna is bleeding from her neck", "my two dogs
## had a fight and Luna is bleeding": a training plan, no first aid): dogs fighting, told with a wound
## (`safety-term-injury`), is the bitten dog's note — rinse, press, a vet today (`safety-dog_bitten`). A fight with no
## wound raises nothing (play fighting that drew blood is a wound all the same); fighting the leash, the brush or
## sleep is none.
safety-term-fight = dogs fighting
    .aliases = fight, fights, fought, fighting, a fight, dogfight, dog fight, dogfights, scrap, scuffle, scuffled, brawl,
        tussle, went at each other, go at each other, got into it, attacked each other
safety-term-fight-unrelated = fighting in another sense
    .aliases = fight the leash, fights the leash, fighting the leash, fights the harness,
        fighting the harness, fights the brush, fighting the brush, fights sleep, fighting sleep, fight sleep, fights me on,
        fight over the remote, pillow fight, snowball fight, food fight
## A possessive loses its apostrophe here ("my nephew's hand" is "nephews"), so each word is also listed with
## its s (stop 51 owner trial: "she bit my nephew's hand", "she bit my little cousin" got no child card and a
## training plan). A cousin is a child only when said little or young (an adult cousin is not).
safety-term-child-target = a child (bitten)
    .aliases = child, children, childs, kid, kids, kiddo, kiddos, toddler, toddlers, the baby, a baby, our baby, babys,
        infant, infants, son, sons, daughter, daughters, niece, nieces, nephew, nephews, grandson, grandsons,
        granddaughter, granddaughters, grandchild, grandchilds, grandchildren, grandkid, grandkids, little boy,
        little boys, little girl, little girls, young boy, young girl, schoolboy, schoolgirl, little cousin,
        little cousins, young cousin, young cousins, baby cousin, kid cousin
## A child's word as the owner of a dog ("she bit my nephew's dog": the possessive reads "nephews dog"): no child
## bitten but another dog (stop 51: the child words gained their s for "my nephew's hand").
safety-term-child-target-unrelated = a relative's dog
    .aliases = nephews dog, nephews dogs, nephews puppy, nieces dog, nieces dogs, nieces puppy, sons dog, sons dogs,
        sons puppy, daughters dog, daughters dogs, daughters puppy, kids dog, kids dogs, kids puppy, grandsons dog,
        granddaughters dog, cousins dog, cousins dogs, cousins puppy, childrens dog, childs dog
## Owner trial 33: with a child under 12 told at the survey ("my brother is 8", children yes), a young sibling
## is a child ("he bit my little brother, it bled": the child bite card, not the adult one). Read only then
## (a sibling may be an adult). A dog word right after it (`child-household-dog`) is the other dog.
safety-term-child-household = a young sibling, in a home with a child under 12
    .aliases = little brother, little sister, younger brother, younger sister, baby brother, baby sister, kid brother,
        kid sister, little bro, lil bro, lil brother, little sis, lil sis, lil sister
## The word a young sibling is read as (one per script: the Korean one is in the Korean file).
safety-term-child-household-read = the word a young sibling is read as
    .aliases = child
safety-term-child-household-dog = a word right after the sibling that makes it the other dog
    .aliases = dog, puppy, pup
safety-term-child-bare = a child right before the bite, without a particle (only Korean drops it)
    .aliases = kid
## Korean owners call their dog "남자애"/"여자애" (boy/girl): right before the bite with no particle it is the
## child bitten (stop 53). Only Hangul is read here (English puts the subject there); the word stands for the list.
safety-term-child-bare-gendered = a boy or girl right before the bite, without a particle (only Korean drops it)
    .aliases = kid
safety-term-child-victim = a child (bitten, as the subject)
    .aliases = child, kid, kids, toddler, toddlers, the baby, our baby, son, sons, daughter, daughters, niece, nieces,
        nephew, nephews, grandson, grandsons, granddaughter, granddaughters, grandchild, grandchilds, little boy,
        little boys, little girl, little girls, little cousin, little cousins, young cousin
## A warning aimed at a child, no bite said: a growl, snap, nip, lunge or bared teeth. It comes
## before a bite: keep them apart, an adult right there, a vet and a behaviour professional (AVMA,
## "Dog bite prevention"; AVSAB, "Position statement on the use of punishment": punishing the growl
## removes the warning, not the aggression). No threshold: any such warning near a child counts.
safety-term-child-warning = a warning at a child (growl, snap, nip, lunge, bared teeth)
    .aliases = growl*, snarl*, snap, snaps, snapped, snapping, air snap*, nip, nips, nipped, nipping, lunge, lunges,
        lunged, lunging, bared his teeth, bared her teeth, bares his teeth, bares her teeth, showed his teeth,
        showed her teeth, shows his teeth, shows her teeth, showing teeth, curled his lip, curled her lip,
        charged at, tried to bite, almost bit, nearly bit
safety-term-child-toward = a child the warning is aimed at (the English ones are the child-target list's)
    .aliases = at my son, at my daughter, at the kids, at my kids, at the baby, at my child
safety-term-child-warning-subject = a child as the subject of the clause before the warning ("my son walked by and he growled")
    .aliases = my son, my daughter, my kid, my kids, the kids, the kid, my child, the baby, our baby, my toddler,
        my niece, my nephew, my grandson, my granddaughter, a child, a kid, a little boy, a little girl
## A child named by age ("my 4yo", "my 4 year old", "at our 3-year-old"; owner trial 16): whose, a
## number (digits or these words), an age unit; read as the first child-target word. Not when a
## word for the dog follows ("my 4 year old dog", "my 3yo lab"): that is the dog.
safety-term-child-age-whose = whose (before a child named by age)
    .aliases = my, our
safety-term-child-age-number = a number said in words
    .aliases = one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen
## Stop 53 (owner trial): a Korean child's age written beside the word for the child ("조카(6살)가 … 손 물었어요": no card). Read without it. The words are Korean's; kept in both files for parity.
safety-term-child-age-beside = 나이를 곁에 쓴 아이
    .aliases = 아들, 딸, 조카, 아이, 아기, 애기, 꼬마, 손자, 손녀, 손주, 동생, 남자아이, 여자아이, 남자애, 여자애, 어린이, 초등학생, 유치원생
safety-term-child-age-beside-unit = 곁에 쓴 나이의 단위
    .aliases = 살, 세
safety-term-child-age-unit = an age unit after the number
    .aliases = yo, y o, yr old, yrs old, year old, years old, yo old
safety-term-child-age-dog = the dog, not a child, after the age
    .aliases = dog, dogs, pup, pups, puppy, doggo, doggy, lab, labrador, retriever, golden, shepherd, poodle, doodle,
        terrier, beagle, husky, corgi, pit, pitbull, boxer, chihuahua, dachshund, spaniel, collie, mix, mutt, rescue,
        male, female, neutered, spayed, shih tzu, maltese, pomeranian, bulldog, frenchie, schnauzer, cat
## A person named by age alone as the one bitten ("she bit a 5 year old", "he bit a 7-year-old boy"; stop 52, owner
## trial: no card, no "my" before the age): a bite word, one of these words, the age, no word for the dog after it
## ("bit a 5 year old lab" is a dog), or that age then a passive bite ("a 6 year old got bitten"). "she's a 5 year
## old" (the dog's own age, no bite before it) is not. Only ages under `CHILD_MAX_YEARS` are a child.
safety-term-child-age-bite = a bite right before a person named by age
    .aliases = bit, bite, bites, biting, has bitten, nipped, nips, bit at, nipped at, snapped at, went for
safety-term-child-age-article = the words between the bite and the age
    .aliases = a, an, the, this, that, another, some, a little, a young, the little, our neighbours, the neighbours,
        my neighbours, our neighbors, the neighbors, my neighbors, my friends, a friends, our friends
safety-term-child-age-person = a person's word that may follow the age ("a 7-year-old boy got bitten")
    .aliases = boy, girl, kid, child, son, daughter
safety-term-child-age-passive = a passive bite after a person named by age
    .aliases = got bitten, was bitten, got bit, was bit, has been bitten, had been bitten, just got bitten, got nipped, was nipped
safety-term-child-warning-unrelated = a child word in another sense
    .aliases = kid gloves
safety-term-bite-body-part = the part bitten, not said to be the owner's ("a child walked past and he bit her hand": the child's, owner trial 12)
    .aliases = her hand, his hand, her hands, his hands, her arm, his arm, her leg, his leg, her finger, his finger,
        her fingers, his fingers, her face, his face, her ankle, his ankle, her foot, his foot, her wrist, his wrist,
        her cheek, his cheek, her ear, his ear, her nose, his nose, their hand, their face, on the hand, on the face,
        on the arm, on the leg, on the cheek
## A bite when someone touches or handles the dog ("he bites when i touch his paws", "she bit me when i tried to cut her nails"; owner trial 32: analysed with no safety line): the person handling is the one bitten, a bite on a person (stop 47). Not in play (`safety-term-bite-play`).
safety-term-bite-handling = when someone handles the dog
    .aliases = when i touch, when we touch, if i touch, if we touch, when you touch, if you touch, when someone touches,
        when i try to touch, when i pick him up, when i pick her up, when we pick him up, when we pick her up, if i pick him up,
        if i pick her up, when i lift, when i brush, when we brush, when i groom, when we groom, when i grab, if i grab,
        cut his nails, cut her nails, trim his nails, trim her nails, clip his nails, clip her nails, when i bathe, when we bathe,
        when i wipe, when we wipe, put his harness on, put her harness on, put the harness on, put his lead on, put her lead on,
        put the lead on, put his leash on, put her leash on, put the leash on, when i take, when we take, take stuff off,
        take things off, take it off him, take it off her, take it away, when i move him, when i move her, when i wake
safety-term-bite-owner-part = the part bitten, said to be the owner's ("my son walked by and she bit my hand")
    .aliases = me, my hand, my hands, my arm, my leg, my finger, my fingers, my face, my ankle, my foot, my wrist,
        my thumb
## An adult right before the part bitten ("bit the mailman on the hand"): that adult's part, not a
## child's, even with a child named before it (stop 43; Korean owners call their dog "애"). With "'s"
## too, typed as it folds ("bit my husband's hand": "husbands"; stop 55, flows55 found "rex bit my
## husband's hand" and "rex bit my brother" raised no flag at all). A friend only as the owner's:
## a child's friend is a child ("딸이 친구랑 놀다가 친구 손을 물었어요").
safety-term-bite-adult = an adult whose part was bitten
    .aliases = man, woman, lady, guy, mailman, postman, delivery guy, delivery man, courier, neighbour, neighbor,
        husband, wife, partner, boyfriend, girlfriend, guest, visitor, stranger, jogger, vet, groomer,
        trainer, dad, mum, mom, grandma, grandpa, people, person, someone, somebody, strangers, anyone, everyone, guests,
        visitors, us, my friend, my friends, roommate, flatmate, uncle, aunt, cousin, coworker, colleague, boss,
        landlord, husbands, wifes, partners, boyfriends, girlfriends, dads, moms, mums, grandmas, grandpas,
        roommates, mailmans, postmans, neighbours, neighbors, joggers, vets, groomers, trainers,
        uncles, aunts, cousins
## A sibling of the owner's, of any age: a person bitten (the bite guidance), never the adult that
## takes a bite away from a child (stop 55: "rex bit my brother" raised no flag).
safety-term-bite-relative = a sibling bitten
    .aliases = my brother, my sister, my brothers, my sisters, brother's, sister's, brothers, sisters
## What owners call their own dog that holds an adult's word ("our little man bit him"): the dog, not
## the adult bitten (stop 53; the Korean list has "남자애" for a boy dog or a boy).
safety-term-bite-adult-unrelated = not an adult: the owner's dog
    .aliases = little man, little lady
## A snap or air snap at a person, no bite (owner trial 33: "she snapped at my dad (once) when he reached over
## her head" got no guidance). A snap is a warning that stops short of a bite (Dunbar bite scale level 1; ASPCA,
## "Aggression in dogs": growling and snapping are how a dog says it is uncomfortable); punishing it removes
## the warning, not the discomfort (AVSAB, "Position statement on the use of punishment"). At a child it is
## the child warning (`child-warning`); here it is aimed at a person named near it (an adult, the owner, or
## someone handling the dog).
safety-term-snap = a snap or air snap
    .aliases = snap, snaps, snapped, snapping, air snap*, air-snap*, airsnap*
## A nip that drew blood ("she nipped my boyfriends ankle and made it bleed a bit", owner trial stop 49):
## a bite that broke the skin (Dunbar bite scale level 3; AVMA, "Dog bite prevention"), the bite card.
safety-term-nip = a nip
    .aliases = nip, nips, nipped, nipping
safety-term-snap-unrelated = snap in another sense
    .aliases = oh snap, snapchat, snap out of, snapped out of, snap a photo, snapped a photo, snap a pic, snapped a pic,
        snapshot, snap pea*, snapped the leash, snapped his leash, snapped her leash, leash snapped, snap my fingers,
        snapped my fingers, snap your fingers, finger snap
safety-term-snap-toward = the person a snap is aimed at
    .aliases = at me, at us, at my husband, at my wife, at my partner, at my dad, at my mom, at my mum, at him, at her,
        at them, at people, at someone, at a guest, at guests, at the vet, at the groomer
## Korean's bare habit of biting ("우리 개가 물어요"): the words between the dog and the bite, and another
## dog as the subject (Korean words only; English says "my dog bites" with nothing after the bite).
safety-term-bite-habit-between = the words between the dog and the bite (Korean)
safety-term-bite-habit-other = another dog as the subject (Korean)
## Play or puppy mouthing said with a bite ("he bites my hands when we play", "teething"): how puppies learn a
## soft mouth (ASPCA, "Mouthing, nipping and play biting in adult dogs" / in puppies), no bite on a person
## to warn about (stop 45: the bite guidance is for a bite, not for play).
safety-term-bite-play = play or mouthing said with the bite
    .aliases = play, plays, playing, played, when we play, tug, mouthing, mouths, teething, nibble*, gently, softly,
        play bite*, play biting, play-bit*
## Stop 52 (held-out 7): a neighbour's, stray or loose dog as the biter too ("the neighbours dog just bit him on our walk, small cut on his ear" after a result was kept as that report's history).
safety-term-bitten-by-other = the owner's dog bitten by another dog (the dog is the one hurt)
    .aliases = bitten by another dog, bitten by a dog, bitten by a bigger dog, bit by another dog, bit by a dog,
        neighbours dog bit, neighbors dog bit, neighbours dog just bit, neighbors dog just bit,
        friends dog bit, brothers dog bit, sisters dog bit, cousins dog bit, parents dog bit, moms dog bit,
        mums dog bit, dads dog bit, roommates dog bit, friends dog just bit, brothers dog just bit,
        another dog just bit, a dog just bit, other dog just bit, big dog bit, loose dog bit, stray dog bit,
        off leash dog bit, offleash dog bit, off-leash dog bit, some dog bit, dog next door bit,
        attacked by another dog, attacked by a dog, another dog bit, other dog bit, a dog bit him, a dog bit her,
        was attacked, got attacked, been attacked, being attacked, were attacked, gets attacked
## Stop 52 (held-out 7): another dog as the subject with a bite a few words on (Korean only; "옆집 개가 방금 산책하다 물었어요"): our dog bitten (`_bitten_by_subject`).
safety-term-bitten-by-other-subject = another dog as the subject (Korean)
safety-term-sudden = suddenly
    .aliases = suddenly, sudden, all of a sudden, out of nowhere, out of the blue, overnight, without warning,
        for no reason
## What the dog reacted to in the moment, passing or appearing ("a motorbike went past and she suddenly lunged"; stop 61 trial: the vet-first card in an older dog): "suddenly" with it tells how that one action happened, no change of behaviour. Only with "suddenly" and no change word.
safety-term-sudden-trigger = something passing or appearing in the moment (with "suddenly")
    .aliases = went past, went by, goes past, goes by, passed by, passes by, drove past, drove by, rode past, rode by,
        ran past, ran by, walked past, walked by, came past, zoomed past, zoomed by, popped out, jumped out
## A time alone ("since last week"): it counts only with what the dog does ("since last week he
## growls"); an answer that is the time alone is no change (only safety-term-onset-bare is left).
safety-term-onset-since = a time that began recently
    .aliases = since last week, for the past few days, for the last few days, over the past week
safety-term-onset-bare = what goes with a time said alone ("about a week", "maybe since last week")
    .aliases = about, around, maybe, probably, roughly, approximately, i, think, guess, like, yeah, yes, um, uh,
        so, its, it, has, been, just, only, ish, or
## "He never did this before": a negation itself, so no negation around it takes it away.
safety-term-onset-never = it never happened before (against now)
    .aliases = never used to, didnt use to, didnt used to, never did this before, never done this before,
        never did that before, never done that before, wasnt like this before, wasnt always like this,
        not himself, not herself, not like him, not like her
safety-term-onset = a change that began recently
    .aliases = used to be fine, used to be friendly, used to be calm,
        recently started, started recently, started last week, started this week, started a few days ago,
        out of character, personality change, personality changed, like a different dog, become aggressive,
        became aggressive, becoming aggressive, turned aggressive, getting aggressive, got aggressive,
        gotten aggressive, more aggressive lately
## Words that make "suddenly" a change of behaviour rather than how one action happened ("he
## suddenly lunged at the delivery guy yesterday"). They count only together with "suddenly".
safety-term-change = the behaviour changed (with "suddenly")
    .aliases = started, starting, starts, begun, began, become, became, becoming, turned, changed, gotten,
        got more, getting more
## A stretch of time up to now ("lately"), not one day ("yesterday", "last week"): "suddenly hides
## lately" is a change, "suddenly lunged yesterday" one event.
safety-term-recent = recently (a stretch of time up to now)
    .aliases = lately, recently, these days, past week, past few days
## A cause named for the change (Korean owner trial, batch 81): a new dog, a move, a baby, a new
## schedule, the owner leaving ("he's been touchy since the new puppy came", "lately whenever I get
## ready to leave she cries"). A change with a cause is a behaviour case: no sudden-change alarm. A
## medical cause (surgery, an injury, the vet), a cause denied, signs of pain or an older dog keep it.
safety-term-onset-cause = a cause of the change (someone new, a move, a schedule, the owner leaving)
    .aliases = since the new, since our new, since my new, since we got, since getting, since we brought,
        since bringing, since we adopted, since adopting, got another dog, adopted another dog, another dog came,
        new puppy, new kitten, new baby, puppy came, since the puppy came, since the other dog, since the cat,
        since the baby, since our baby, since my baby, baby was born, son was born, daughter was born,
        since we moved, since moving, since the move, after we moved, after the move, after moving, we moved,
        moved house, moved to a new, new house, new home, new apartment, new flat, moved in, moved out,
        since my husband, since my wife, since my partner, since my boyfriend, since my girlfriend,
        since my roommate, since i started, since i went back, since i got back, since i returned,
        went back to work, back to work, back at work, back in the office, back to the office, new job,
        new schedule, schedule changed, work schedule, changed shifts, night shifts, longer hours,
        since school started, since the fireworks, since the storm, renovation, renovations, construction,
        get ready to leave, getting ready to leave, gets ready to leave, get ready to go, getting ready to go,
        get ready for work, getting ready for work, put on my shoes, put my shoes on, putting on my shoes,
        put on my coat, put my coat on, pick up my keys, grab my keys, picking up my keys, pick up my bag,
        grab my bag, when i leave, when we leave, whenever i leave, whenever we leave, when i go out,
        when we go out, when im gone, when were gone, when i go to work, leave for work, leave the house,
        leaving the house, left alone, home alone, when hes alone, when shes alone
## Look-alikes of a cause that name none.
safety-term-onset-cause-unrelated = not a cause of the change
    .aliases = since the new year
## A medical cause: surgery, an injury, the vet, medicine. A change after one is a vet's first.
safety-term-onset-cause-medical = a medical cause (surgery, an injury, the vet, medicine)
    .aliases = surgery, surgical, operation, neuter*, spay*, castrat*, vaccin*, jab, jabs, his shots, her shots,
        injur*, hurt himself, hurt herself, hurt his, hurt her, fell, fall, fallen, slipped, accident,
        hit by a car, medication*, meds, medicine, pills, antibiotic*, steroid*, sick, ill, illness, anesthe*,
        anaesthe*, dental, teeth cleaning, stitches, the vet, vet visit, vet trip, hospital, hospitali*,
        diagnosed, infection, cone
## Saying there is no cause names none.
safety-term-onset-cause-none = no cause, said so
    .aliases = nothing changed at home, nothing has changed at home, nothing at home has changed, nothing new,
        nothing happened, no changes at home, no change at home, no reason, no apparent reason,
        no obvious reason
## Stop 64 (misc64): at the exercise, "we barely walk him because his legs hurt" (why the walks are few: the dog's leg pain) stored 0 minutes and dropped the pain: the dog's legs, hips, joints or back said to hurt are a pain sign too (the vet line). The owner's own ("my legs hurt") is not (`safety-term-pain-unrelated`).
safety-term-pain = signs of pain or illness
    .aliases = not eating, isnt eating, hasnt been eating, havent been eating, not been eating, barely eats, barely eating, hardly eats, hardly eating, wont eat, stopped eating, hasnt eaten, refuses to eat, refusing to eat,
        refuses food, refusing food, off his food, off her food, off food, no appetite, lost his appetite,
        lost her appetite, lost appetite, loss of appetite, not drinking, wont drink, limp, limps, limping,
        limped, favoring his leg, favoring her leg, favouring his leg, favouring her leg, holding up his paw,
        holding up her paw, wont put weight, not putting weight, in pain, painful, seems sore,
        hurts him, hurts her, vomit, vomits, vomited, vomiting, throwing up, threw up, throws up, diarrhea,
        diarrhoea, bloody stool, blood in his stool, blood in her stool, blood in the stool, blood in his poop,
        blood in her poop, bloody poop, bloody diarrhea, bloody diarrhoea, peeing blood, pees blood, peed blood,
        blood in his pee, blood in her pee, blood in his urine, blood in her urine, blood in the urine, bloody urine,
        bloody pee, cant open his eye, cant open her eye, wont open his eye, wont open her eye, keeps one eye closed,
        keeps his eye shut, keeps her eye shut, squinting one eye, squinting his eye, squinting her eye, lethargic, lethargy, listless,
        no energy, wont get up, cant get up, panting nonstop, panting non stop, keeps panting,
        panting all night, panting at rest, panting constantly, constant panting, wont stop panting, cant stop panting, puke, pukes, puked, puking, blood in his poo, blood in her poo,
        blood in the poop, blood in the poo, blood in the pee, blood in its poop, blood in its pee, poop has blood, poo has blood,
        stool has blood, pee has blood, urine has blood, vomit has blood, pooping blood, poops blood, pooped blood,
        bloody poo, bloody stools, blood in his stools, blood in her stools, blood when he poops, blood when she poops,
        blood when he pees, blood when she pees, pee is red, urine is red, red pee, his legs hurt, her legs hurt, his leg hurts, her leg hurts, his legs are sore, her legs are sore, his leg is sore, her leg is sore, sore legs, sore leg, his hips hurt, her hips hurt, hip pain, joint pain, his joints hurt, her joints hurt, his back hurts, her back hurts, leg pain, legs hurt, leg hurts
## Not standing or walking (stop 52: "he can't stand up", "dragging his back legs" had no flag): a sign of pain, a
## spine (IVDD) or a nerve problem, a vet within a day or now (the card says when). After a seizure ("can't get up
## after the seizure") it is the seizure's own recovery, that card's alone.
safety-term-pain-mobility = cannot stand or walk
    .aliases = cant stand up, wont stand up, cant walk anymore, cant walk properly, can barely walk, unable to walk,
        dragging his back legs, dragging her back legs, dragging his legs, dragging her legs, back legs gave out,
        back legs gave way
## Stop 64 (misc64): the owner's own legs, back or joints hurting ("I barely walk him, my legs hurt") is no sign of the dog's pain.
safety-term-pain-unrelated = not a sign of pain
    .aliases = car sick, carsick, wont eat treats, wont take treats, not eating treats, yelps with excitement,
        yelps when he sees, yelps when she sees, limp leash*, limp lead, throwing up his toy*, throwing up her toy*,
        throws up his toy*, throws up her toy*, throwing up toys, throwing up the ball, throws up the ball, my legs hurt, my leg hurts, my legs are sore, my leg is sore, my back hurts, my hips hurt, my joints hurt, i have arthritis, my arthritis, my knee*
## Not eating only while the owner is away ("won't eat when I'm gone") is a separation sign, not a
## lost appetite ("Rex hasn't been eating his food lately", "barely eats his meals": stop 49, noise and lost): the appetite words, the owner being away, and a stretch of days that keeps the flag
## ("hasn't eaten for two days since I left"). Other signs beside ("vomits") are flagged all the same.
safety-term-pain-appetite = not eating or drinking (a sign of illness unless only while the owner is away)
    .aliases = not eating, isnt eating, hasnt been eating, havent been eating, not been eating, barely eats, barely eating, hardly eats, hardly eating, wont eat, stopped eating, hasnt eaten, refuses to eat, refusing to eat,
        refuses food, refusing food, off his food, off her food, off food, no appetite, not drinking, wont drink,
        doesnt eat, doesnt drink
safety-term-pain-appetite-away = the owner away or the dog alone (not eating then is separation)
    .aliases = when im gone, while im gone, when im away, while im away, when im out, while im out,
        when im not home, when im not there, when i leave, when we leave, when we are gone, when were gone,
        while were out, left alone, when alone, while alone, when hes alone, when shes alone, at work,
        im at work, go to work, until i come back, until im back, when im back, only when i come home
safety-term-pain-appetite-days = a stretch of days (not eating that long is illness wherever the owner is)
    .aliases = days, all day, a week, weeks, 24 hours, since yesterday, since last night
## A cry is a sign of pain when it comes with a touch, a move or a body part ("yelps when I touch his
## back", "cries when he jumps"); with leaving, being alone or excitement and none of those it is
## distress ("cries when I leave for work": separation, not pain). The cry, the contexts, the touch.
## Stop 62 (owner trial 62, "she flinches when touched near her tail" at the health question: a behaviour report and a plan, no health note): a flinch or a wince with a touch or a body part is a sign of pain as a cry is; the tail is a body part.
safety-term-pain-vocal = a cry that may be pain
    .aliases = yelp, yelps, yelped, yelping, cries when, cried when, crying when, screams when, screamed when,
        whimpers when, whimpered when, flinch, flinches, flinched, flinching, winces, winced, wincing
safety-term-pain-distress = leaving, being alone, fear or excitement (a cry with these is distress)
    .aliases = leave, leaves, leaving, left alone, left him, left her, leave him, leave her, alone, gone, go out,
        goes out, going out, go to work, leave for work, crate, crated, kennel, sees other dogs, see other dogs,
        sees another dog, wants attention, for attention, wants out, wants to go out, wants to play, excited,
        excitement, fireworks, thunder, storm, storms, vacuum, doorbell, bedtime
safety-term-pain-touch = a touch, a move or a body part (a cry with these is pain)
    .aliases = touch*, pick him, pick her, picked up, pick up, picking him, picking her, lift*, pet him, pet her,
        petting, stroke*, hold him, hold her, held, brush*, groom*, leg, legs, his paw, her paw, his paws,
        her paws, his back, her back, lower back, back leg*, hip, hips, neck, belly, tummy, stomach, ear, ears,
        jumps on, jumped on, jump on, jumping on, jumps off, jumped off, jump off, jumps down, jumped down,
        jump down, stairs, get up, gets up, getting up, lie down, lies down, lying down, sit down, sits down,
        moves, moving, walks on, tail, his tail, her tail
safety-term-toxin = something toxic to dogs
    .aliases = chocolate, chocolates, cocoa, brownie, brownies, xylitol, sugar free gum, sugarfree gum,
        chewing gum, gum, grape, grapes, raisin, raisins, sultana, sultanas, currant, currants, onion, onions,
        garlic, chives, leek, leeks, macadamia*, ibuprofen, advil, motrin, tylenol, acetaminophen, paracetamol,
        naproxen, aleve, aspirin, excedrin, midol, nyquil, dayquil, theraflu, lemsip, calpol, pill, pills, tablet, tablets, medication, medications, medicine, meds,
        antidepressant*, adderall, rat poison, mouse poison, rodenticide, rat bait, slug bait, snail bait,
        antifreeze, insecticide, pesticide, nicotine, cigarette*, vape, marijuana, cannabis, edible, edibles,
        alcohol, beer, wine, vodka, hand warmer, hand warmers, handwarmer, handwarmers, ant bait, ant baits, ant poison,
        ant trap*, roach bait, roach baits, roach poison, roach trap*, cockroach bait*, cockroach poison, bug spray,
        slug pellet*, snail pellet*, slug killer, weed killer, weedkiller, herbicide, roundup, weed gumm*, thc,
        pot brownie*, weed brownie*, gummy vitamin*, bottle of vitamins, bottle of supplements, jar of vitamins,
        jar of supplements, all his vitamins, all her vitamins, all the vitamins, iron pills, iron tablets,
        vitamin d
safety-term-toxin-unrelated = not the toxic thing
    .aliases = chocolate lab, chocolate labs, chocolate labrador, chocolate brown, chocolate colored,
        chocolate coloured, chocolate poodle, chocolate coat, chocolate merle, pill pocket*, gum disease,
        his pill, her pill, his medicine, her medicine, his medication, her medication, gave him a pill,
        gave her a pill, gave him pills, gave her pills, gave him a tablet, gave her a tablet, gave him medicine,
        gave her medicine, gave him meds, gave her meds, fed him a pill, fed her a pill
## Fed or given is eaten too ("my kid fed him a grape", stop 43); a pill the owner gave is medicine
## (`safety-term-toxin-unrelated`).
safety-term-ingestion = eating
    .aliases = ate, eaten, eat, eats, eating, swallow*, got into, gobbled, chewed, licked, ingest*, consumed,
        scarfed, stole, he drank, she drank, it drank, dog drank, puppy drank, has drunk, lapped*, licked up,
        drank antifreeze, drank some antifreeze, drank the antifreeze, fed him, fed her, fed it, gave him, gave her,
        gave it, feeds him, feeds her
## A thing that is not food, swallowed ("ate a sock"): it can block the gut, a vet now. Swallowed,
## not chewed or licked: the words of `safety-term-swallowed`.
safety-term-foreign = something that is not food
    .aliases = sock, socks, toy, toys, underwear, hair tie, hair ties, rubber band, rubber bands, string, plastic bag, plastic wrap,
        rock, rocks, stone, stones, pebble, pebbles, corn cob, toy piece, piece of a toy, part of a toy, piece of his toy,
        piece of her toy, stuffing, foreign object, foreign body, battery, batteries, coin, coins, needle, skewer,
        toothpick, face mask, tampon, tampons, sanitary pad*, menstrual pad*, maxi pad*, panty liner*, pantyliner*,
        diaper*, nappy, nappies, airpods, airpod, airpods case, earbuds, earbud, earphones, earphone, earplug, earplugs,
        phone case, hair clip, hair clips, bobby pin, bobby pins, button, buttons, bottle cap, bottle caps, earring, earrings,
        lego, legos, marble, marbles, magnet, magnets, bead, beads, tinfoil, aluminum foil, dental floss, fishing hook,
        glove, gloves, pacifier, lip balm, chapstick, pen cap, ribbon, chicken bone, chicken bones, cooked bone,
        cooked bones, rib bone, rib bones, pork bone, pork bones, steak bone, steak bones, turkey bone, turkey bones,
        lamb bone, lamb bones, ham bone, chop bone, fish bone, fish bones, wing bone, wing bones, bone shard*,
        bone splinter*, corncob, corncobs, corn cobs, tennis ball, tennis balls, part of a tennis ball, piece of a tennis ball,
        chunk of a tennis ball, part of a ball, piece of a ball, chunk of a ball, part of the ball, piece of the ball,
        chunk of the ball, part of his ball, part of her ball, piece of his ball, piece of her ball, ball piece*
safety-term-swallowed = swallowed
    .aliases = ate, eaten, swallow*, gobbled, ingest*, consumed, scarfed, gulped, gulped down, gulps down, wolfed,
        wolfed down, inhaled
## Swallowing told after the thing, pointing back at it ("stole a chicken bone from the trash and
## swallowed it"; owner trial 25: no flag).
safety-term-swallowed-referred = swallowed it
    .aliases = swallowed it, swallowed them, swallowed the whole thing, swallowed one, swallowed some, ate it,
        ate them, ate the whole thing, gulped it, gulped it down, wolfed it down, scarfed it down, inhaled it
## Something eaten and named only after it, guessed ("ate something off the ground, I think it was a
## rock"): the eating of a thing not named, and what it was said to look like.
safety-term-swallowed-unknown = something eaten, not named
    .aliases = ate something, eaten something, swallowed something, gobbled something, picked something up,
        picked up something, scarfed something, gulped something
safety-term-foreign-guess = what the thing eaten seemed to be
    .aliases = rock, stone, pebble, bone, a bone, piece of bone, plastic, piece of plastic
## Trying to vomit with nothing coming up: a sign of a twisted or blocked stomach, urgent now
## (owner trial 17: "토하려고 하는데 안나와요" after a sock got only the within-24-hours line). A bloated or
## hard belly too (stop 63: "his belly is bloated and hard" was "within 24 hours" under a card
## saying a swollen belly means an emergency vet now): a twisted stomach, now.
safety-term-retching = retching, nothing comes up
    .aliases = retching, retches, retched, retch, dry heaving, dry heaves, dry heaved, dry heave,
        trying to vomit, trying to throw up, tries to vomit, tries to throw up, tried to vomit, tried to throw up,
        keeps trying to vomit, keeps trying to throw up, nothing comes up, nothing coming up, nothing came up,
        nothing comes out, nothing came out, unproductive vomiting, nonproductive vomiting,
        bloated, belly is swollen, swollen belly, stomach is swollen, swollen stomach, belly is bloated,
        stomach is bloated, tummy is swollen, swollen tummy, belly is hard, hard belly, stomach is hard, tummy is hard
## Breathing that is hard, or gums or tongue blue, grey or white: not enough oxygen, an emergency now
## (owner trial 25: "within 24 hours" as a sign of illness; "wheezing and gasping" raised nothing).
## Panting after a walk or in the heat is no sign: it is not among these.
safety-term-breathing = struggling to breathe
    .aliases = trouble breathing, struggling to breathe, struggles to breathe, can't breathe, cant breathe,
        cannot breathe, can't catch his breath, can't catch her breath, difficulty breathing, hard time breathing,
        hard to breathe, labored breathing, laboured breathing, gasping, gasps, gasped, gasping for air,
        gasping for breath, wheezing, wheezes, wheezy, breathing weird, breathing weirdly,
        breathing sounds weird, breathing funny, breathing strange, breathing strangely, breathing really weird,
        breathing is weird, breathing is strange, blue gums, gums are blue, gums look blue, gums turned blue,
        blue tongue, tongue is blue, tongue looks blue, grey gums, gray gums, gums are pale, gums look pale,
        pale gums, white gums, gums are white, breathing oddly, breathing odd
## Stop 64 (owner trial, trialA64): "토를 하고 축 늘어져 있습니다 숨을 좀 빨리 쉽니다" (the day after
## surgery) got only the within-24-hours card, whose own text says trouble breathing means now:
## fast or laboured breathing at rest is the breathing card, now. After exercise or in the heat,
## with no other illness sign, it is normal panting (safety-term-breathing-fast-exertion).
safety-term-breathing-fast = breathing fast
    .aliases = breathing fast, breathing really fast, breathing very fast, breathing so fast, breathing too fast,
        breathing quickly, breathing rapidly, breathing quick, breathing is fast, breathing is rapid,
        breathing is quick, breathing is really fast, breathing is very fast, rapid breathing, fast breathing,
        breathing hard, breathing heavily, heavy breathing, short of breath, shallow breathing, breathing shallow,
        breaths are fast, breathes fast, breathes really fast, breathes rapidly, breathing fast and shallow
## Stop 64: fast breathing after a walk, a run, play or in the heat is panting, no red flag alone.
safety-term-breathing-fast-exertion = after exercise or in the heat
    .aliases = after a walk, after walks, after our walk, after a run, after running, after runs, after playing,
        after play, after fetch, after exercise, when it's hot, when its hot, when it is hot, in the heat, hot day,
        when excited, when he's excited, when she's excited, pants, panting
## Stop 64 (owner trial, trialA64): "실밥 부위를 자꾸 핥으려고 합니다 피가 조금 났습니다" (licking the
## stitches, a little bleeding) got no card and was analysed as a report. A surgical wound licked,
## chewed, bleeding or opened, or its cone off: the cone back on, the clinic today, now if open or
## bleeding that won't stop (VCA, "Caring for your pet's incision"; ACVS, "Spay and neuter
## aftercare"). The site and its trouble both said: "spayed yesterday, has stitches" is a health note.
safety-term-surgical-site = a surgical wound (stitches, incision)
    .aliases = stitches, stitch, sutures, suture, incision, staples, surgery site, surgical site, surgery wound,
        surgical wound, spay wound, neuter wound, spay site, neuter site, spay scar
safety-term-surgical-trouble = licked, chewed, bleeding, opened, cone off
    .aliases = licking, licks, licked, lick, chewing, chewed, chews, chew, scratching, scratched, bleeding, bled,
        blood, opened, open, gaping, pulled out, ripped, oozing, pus, swollen, swelling, red and, cone off,
        took off her cone, took off his cone, got her cone off, got his cone off
## Nearly drowned, fallen in the water and pulled out: water breathed in can bring trouble breathing
## or a lung infection hours later even in a dog that seems fine, so a vet within 24 hours (stop 44:
## "he nearly drowned in the pool but seems fine now" raised nothing); with breathing trouble said it
## is the breathing note, now. Swimming, liking or hating water, a ball fallen in: none. VCA Animal
## Hospitals, "Near Drowning in Dogs"; R. Wright, "Diagnosis and treatment in veterinary
## near-drowning cases" (Improve International: secondary drowning hours to days after).
safety-term-drowning = nearly drowned, fell in the water and was pulled out
    .aliases = nearly drowned, almost drowned, near drowning, near-drowning, nearly drowning, almost drowning,
        was drowning, started drowning, half drowned, fell in the pool, fell into the pool, fell in the lake,
        fell into the lake, fell in the river, fell into the river, fell in the water, fell into the water,
        fell in the sea, fell into the sea, fell in the pond, fell into the pond, fell through the ice,
        fell in the canal, fell into the canal, pulled him out of the water, pulled her out of the water,
        pulled him out of the pool, pulled her out of the pool, fished him out, fished her out, inhaled water,
        breathed in water, went under and, sank and
safety-term-drowning-unrelated = something else in the water, drowning in another sense
    .aliases = ball fell in*, ball fell into*, toy fell in*, toy fell into*, phone fell in*, phone fell into*,
        drowning out, drowned out, drowning in work
## A person as the subject of what happened, right before it ("I fell in the water lol", "my son ate
## chocolate", "I got stung"; stop 45: the dog's near-drowning note for the owner's fall): no dog's
## red flag. Only a person no owner calls their dog; "we" may hold the dog ("we both fell in").
safety-term-person-subject = a person as the subject (the owner, family, a friend)
    .aliases = i, im, ive, id, my son, my daughter, my kid, my kids, my husband, my wife, my partner, my boyfriend,
        my girlfriend, my mom, my mum, my dad, my brother, my sister, my friend, my grandma, my grandpa,
        my roommate, my neighbour, my neighbor
## A Korean person word begins a word ("어제가" is yesterday, not "제가": stop 46); only a word saying
## whose may be glued before it ("우리남편이"). English words are whole words already ("me" is not in "home").
safety-term-person-subject-owner = whose, glued before a Korean person word (Korean only)
    .aliases = my, our
safety-term-person-subject-between = the small words between the person and what happened ("I just fell in")
    .aliases = just, almost, nearly, accidentally, also, actually, literally, kinda, totally, really, got, was,
        were, had, have, having, a, an, am, some, the
safety-term-person-given = given to the dog by the person: the dog ate it ("I gave him chocolate")
    .aliases = gave, give, gives, giving, fed, feed, feeds, feeding, let him, let her
safety-term-person-too = the dog too ("I fell in and so did he"): the person's words take nothing away
    .aliases = so did he, so did she, so did the dog, he did too, she did too, him too, her too, with him, with her,
        we both, both of us, the dog too
## What the person saw happen ("제가 초콜릿 먹는 걸 봤어요": Korean leaves the dog unsaid; stop 46 review: the dog's
## poisoning read as the owner's, no note and no red flag): the person is the witness, what happened the dog's.
## English names the dog after the verb ("I saw him eat grapes"), which the words between tell apart already.
safety-term-person-saw = what the person saw happen
    .aliases = i saw, i just saw, i watched, i caught, i found, i noticed, saw him, saw her, caught him, caught her
## Something stuck in the throat: the airway blocked, an emergency now (stop 43: "he's choking on
## something help" raised nothing). Choking on the collar or lead when pulling is not it.
safety-term-choking = choking, something stuck in the throat
    .aliases = choking, choked on, chokes on, stuck in his throat, stuck in her throat, caught in his throat,
        caught in her throat, lodged in his throat, lodged in her throat, something in his throat,
        something in her throat
safety-term-choking-unrelated = choking on the collar or the lead, a hazard asked about
    .aliases = choking himself, choking herself, choking on his collar, choking on her collar, choking on the collar,
        choking on his leash, choking on her leash, choking on the leash, choking on his lead, choking on her lead,
        choking on the lead, choking on his harness, choking on her harness, choking hazard*
## Hit by a car, a fall from a height: injuries inside may not show, a vet now (stop 43: "she got
## hit by a car" raised nothing). A worry, a near miss, or an accident long ago is not it.
safety-term-trauma = hit by a car, a fall from a height
    .aliases = hit by a car, hit by a truck, hit by a van, hit by a motorbike, hit by a motorcycle, hit by a scooter,
        struck by a car, got run over, was run over, been run over, ran over him, ran over her, ran him over,
        ran her over, a car hit him, a car hit her, the car hit him, the car hit her, fell off the balcony,
        fell off a balcony, fell from the balcony, fell from a balcony, fell out of the window, fell out of a window,
        fell from a window, fell from a height, eye popped out, eye has popped out, eye is popping out, eye came out,
        eyeball popped out, eyeball is out, eye is out of its socket, eye out of its socket, eye out of the socket,
        proptosis, proptosed
safety-term-trauma-unrelated = not an accident now (a worry, a near miss, long ago)
    .aliases = almost got hit, nearly got hit, almost hit, nearly hit, almost got run over, nearly got run over,
        get hit, be hit, being hit, getting hit, since he got hit, since she got hit, since he was hit,
        since she was hit, since he fell, since she fell, hit by a car last year, hit by a car years ago,
        hit by a car a year ago, hit by a car as a puppy, hit by a car when he was, hit by a car when she was
## Bleeding that won't stop or is heavy: press and go now. Blood from a bite is the bite's note's
## (`safety-bite_injury`, `safety-child_bitten`).
safety-term-trauma-bleeding = heavy bleeding, bleeding that won't stop
    .aliases = bleeding a lot, bleeding alot, bleeding heavily, bleeding badly, bleeding so much, bleeding really bad,
        bleeding really badly, bleeding everywhere, bleeding profusely, bleeding nonstop, bleeding non stop,
        won't stop bleeding, doesn't stop bleeding, can't stop the bleeding, bleeding won't stop,
        bleeding doesn't stop, bleeding hasn't stopped, gushing blood, spurting blood, pouring blood,
        lots of blood, a lot of blood, so much blood, blood everywhere, losing a lot of blood, bled a lot
## A cut said with blood ("stepped on glass, his paw is bleeding", "유리 밟아서 피나요": stop 43 read it as a
## survey answer): the trauma note, now. The owner writes while it bleeds and cannot judge how deep it
## is; a pad cut bleeds hard and may hold glass; pressing now is the first thing to do, and the note
## says it (AVMA, "First aid tips for pet owners": bleeding not stopped after minutes of pressure
## needs a vet at once). Sending a small cut to a vet costs less than missing a deep one.
safety-term-trauma-cut = a cut (glass, a sharp edge)
    .aliases = stepped on glass, stepped on broken glass, stepped on a piece of glass, cut his paw, cut her paw,
        cut his pad, cut her pad, cut his foot, cut her foot, cut his leg, cut her leg, cut on glass, cut by glass,
        sliced his paw, sliced her paw, cut himself, cut herself, broken glass, piece of glass
## A paw, leg, ear or tail said to bleed, no cut named (stop 51: "her paw is bleeding", the photo caption "look at her paw,
## it's bleeding" got nothing): the cut's note, as above: pressing now comes first (AVMA, "First aid tips for pet
## owners"). A bite's blood is the bite's note; a nail cut to the quick (`safety-term-trauma-part-nail`) is stopped with
## styptic powder, none.
safety-term-trauma-part = a bleeding paw, leg, ear or tail
    .aliases = paw, paws, pad, pads, foot, feet, leg, legs, ear, ears, ear flap, tail, toe, toes, dewclaw, dew claw
safety-term-trauma-part-blood = bleeding
    .aliases = bleeding, bleeds, bled, bleed, blood, bloody, blood everywhere
## Bleeding said and nothing else ("it's bleeding", "he's bleeding!!"; stop 52, owner trial: "not sure what you mean"):
## wherever it is, pressing is what to do now, so the injury's note (`safety-trauma`; AVMA, "First aid tips for pet
## owners"). With a report about a bite or an injury waiting, it is that report's detail. A word outside
## `safety-term-trauma-bare-rest` makes it none.
safety-term-trauma-bare = bleeding (said alone)
    .aliases = bleeding, bleeds, bled, blood everywhere, so much blood, lots of blood, a lot of blood
safety-term-trauma-bare-rest = the words beside bleeding said alone
    .aliases = its, it, is, hes, shes, he, she, still, so, really, very, bad, badly, a, lot, alot, now, help, please, omg,
        oh, no, god, what, do, i, there, theres, is, blood, everywhere, much, lots, of, keeps, keep, won, wont, stop,
        started, just, again
## The owner's own ("i fell and my leg is bleeding"): no wound of the dog's.
safety-term-trauma-part-owner = the owner's paw-like part
    .aliases = my leg, my legs, my foot, my feet, my ear, my ears, my toe, my toes, my own
safety-term-trauma-part-nail = a nail cut to the quick
    .aliases = nail, nails, toenail, toenails, quick, trim*, clipping, clipped, clipper*, grinder
## A snake bite or a sting, a swollen face or throat, hives: venom or an allergic reaction, the airway
## may swell, a vet now (stop 43). Chasing bees is not it: only a sting said.
safety-term-venom = a snake bite, a sting
    .aliases = stung, bee sting*, wasp sting*, hornet sting*, bitten by a snake, bit by a snake, snake bit*,
        snakebite*, snake bite*, bitten by an adder, adder bit*, rattlesnake bit*, bitten by a rattlesnake
safety-term-venom-swelling = a swollen face or throat, hives (an allergic reaction)
    .aliases = face is swelling, face is swollen, face swelled, face swelling, swollen face, face puffed up,
        face is puffy, puffy face, face blew up, muzzle is swollen, swollen muzzle, lips are swollen, swollen lips,
        eyes swelled shut, eyes are swollen shut, throat is swelling, swollen throat, hives
## Heatstroke: said as such, or signs (drooling, wobbling, collapse, vomiting, confusion) with heat said
## (stop 43: "panting hard, drooling, and wobbly after the hike, it's 35 degrees out" raised nothing).
## Panting alone in the heat is how a dog cools: no sign. Heat alone ("hot day so we walked early"), a
## worry or prevention asked about: none. RSPCA, "Heatstroke in dogs"; AVMA, "Warm weather pet safety".
safety-term-heatstroke = heatstroke
    .aliases = heatstroke, heat stroke, heat exhaustion, overheated, overheating, got too hot, collapsed in the heat,
        collapsed from the heat, sunstroke
safety-term-heatstroke-unrelated = heatstroke feared or prevented
    .aliases = prevent heatstroke, prevent heat stroke, avoid heatstroke, avoid heat stroke, get heatstroke,
        get heat stroke, getting heatstroke, getting heat stroke, risk of heatstroke, signs of heatstroke,
        from overheating, not overheating, doesnt overheat, dont overheat
safety-term-heat-context = heat said (hot weather, a hot car, degrees)
    .aliases = degrees, hot out, hot outside, hot day, hot today, hot car, in the heat, the heat, heat wave, heatwave,
        so hot, very hot, really hot, super hot, in the sun, humid, scorching, boiling
safety-term-heat-sign = a sign of heatstroke with heat said (not panting alone)
    .aliases = drooling, drools, drooled, wobbly, wobbling, wobbles, stumbling, stumbles, staggering, staggers,
        collapsed, collapses, collapsing, cant stand, cant stand up, confused, disoriented, bright red gums,
        gums are bright red, vomiting, throwing up, threw up
## Can't pee, straining with nothing or drops coming out: a blocked bladder or urethra, most often in
## males, fatal within a day or two; a vet now (stop 43: "straining to pee and nothing comes out" got
## the retching note). Peeing in the wrong place is house soiling, none. Merck Veterinary Manual,
## "Urolithiasis in small animals" (obstruction is an emergency); VCA, "Urethral obstruction in dogs".
safety-term-urinary = can't pee, straining with nothing coming out
    .aliases = cant pee, cannot pee, unable to pee, cant urinate, cannot urinate, unable to urinate, straining to pee,
        strains to pee, strained to pee, straining to urinate, strains to urinate, trying to pee but nothing,
        tries to pee but nothing, tried to pee but nothing, keeps trying to pee, nothing comes out when he pees,
        nothing comes out when she pees, only drops of pee, only a few drops, hasnt peed all day, hasnt peed since,
        blocked bladder, urinary blockage, urinary obstruction, blocked urethra
safety-term-urinary-unrelated = not a dog that cannot pee
    .aliases = cant pee inside, cant pee in the house, cant pee on
## "Nothing comes out" said of peeing is the urinary line's, not retching.
safety-term-retching-unrelated = nothing coming out of peeing
    .aliases = pee and nothing comes out, pee but nothing comes out, peeing and nothing comes out,
        pee and nothing came out, pee but nothing came out, urinate and nothing comes out,
        urinate but nothing comes out, pee nothing comes out
## An electric shock (a cord chewed): burns in the mouth, fluid in the lungs hours later, a vet now
## (stop 43). "Shocked" alone is surprise: only with a cord, a plug or an outlet. Chewing cords with
## nothing happened is a habit to coach, none; a shock collar is an aversive method, not this.
safety-term-electric = an electric shock
    .aliases = electrocuted, electrocution, electrocuted himself, electrocuted herself
safety-term-electric-unrelated = an electric shock feared
    .aliases = get electrocuted, could be electrocuted, might be electrocuted, risk of electrocution
safety-term-electric-weak = shocked (with a cord said)
    .aliases = got shocked, was shocked, been shocked, got a shock, had a shock, shocked himself, shocked herself,
        got zapped, zapped himself, zapped herself, electric shock
safety-term-electric-cord = a cord, a plug, an outlet
    .aliases = cord, cords, wire, wires, cable, cables, charger, charging cable, plug, outlet, socket, power strip,
        extension lead, extension cord, lamp cord
safety-term-hypothetical = asking whether something is safe
    .aliases = can dogs, can my dog, can he eat, can she eat, can i give, is it safe, is it ok to give,
        is it okay to give, safe for dogs, what if, in case, if he ever, if she ever, allowed to eat
## A collapse onto the sofa is tiredness, a body gone stiff before another dog is fear.
safety-term-seizure-unrelated = not a seizure
    .aliases = collapsed on the sofa, collapsed on the couch, collapsed on the bed, collapsed in his bed,
        collapsed in her bed, collapsed into bed, collapsed asleep, passed out on the sofa, passed out on the couch,
        passed out on the bed, passed out in his bed, passed out in her bed, passed out asleep,
        went stiff when the other, went stiff when another, went stiff when a dog, went stiff when i reached,
        went stiff when i touched, went stiff when he saw, went stiff when she saw, went stiff and growled,
        went stiff and stared
safety-term-seizure = a seizure or collapse
    .aliases = seizure, seizures, seizing, had a fit, having a fit, convulsion*, convulsing, epilepsy, epileptic,
        foaming at the mouth, foam at the mouth, collapsed, passed out, fainted, lost consciousness,
        paddling his legs, paddling her legs, went stiff
## A simile: a medical word that only says how a plain behaviour looked ("barked like he was having
## a seizure", "jumps around as if having a fit") raises no red flag; "it looked like a seizure" (no
## plain behaviour) and "he had a seizure" still do. The marker before the word, the words that may
## stand between them, and the plain behaviours compared.
safety-term-simile-before = like, as if (before the word)
    .aliases = like, as if, as though
safety-term-simile-after = like (after the word; Korean only)
    .aliases = not
safety-term-simile-between = words between the marker and the medical word
    .aliases = a, an, the, he, she, it, they, hes, shes, its, was, is, were, had, has, have, having, been, being,
        in, into, going, gone, got, gets, getting, some, kind, of, sort, full, blown, real, big, little, about, to
safety-term-simile-behaviour = a plain behaviour a simile describes
    .aliases = bark*, jump*, ran, run, runs, running, zoom*, play*, excited, crazy, howl*, spin*, spun, wag*,
        sleep*, slept, snor*, pull*, lunge*, danc*, greet*, happy, thrilled, zoomies
safety-term-negation-before = negation (before)
    .aliases = not, no, never, didnt, doesnt, dont, isnt, wasnt, arent, werent, hasnt, havent, hadnt, wont, cant,
        couldnt, wouldnt, shouldnt, without, stopped, quit, nor, neither
safety-term-negation-after = negation (after; English negates before the verb, so this list is short)
    .aliases = not
safety-term-negation-after-verb = negation (after the verb; Korean only)
    .aliases = not
## What may stand between a Korean flag word and the negation that ends its clause; Korean only
## (English negates before the word).
safety-term-negation-verb = the rest of the flag word's verb before a negation (Korean only)
    .aliases = not
safety-term-negation-filler = particles and fillers before a negation (Korean only)
    .aliases = not
safety-term-negation-persist = verbs that, negated, say the sign goes on (Korean only; English: negation-false)
    .aliases = not
safety-term-negation-concessive = "even though" endings that close the flag word's clause (Korean only)
    .aliases = not
## "hasn't stopped vomiting", "can't stop limping": the sign goes on, no denial; "no he has seizures":
## "no" answers, it negates nothing after it.
safety-term-negation-false = not a negation here
    .aliases = no matter, not only, hasnt stopped, havent stopped, hadnt stopped, didnt stop, doesnt stop,
        dont stop, wont stop, cant stop, couldnt stop, wouldnt stop, not stopped, not stopping, never stopped,
        no sign of stopping, no he, no she, no it, no i, no we, no they, no my, no our
## Medicines asked about (owner trial, stop 49: "can i give my dog human ibuprofen", "how many mg of trazodone for
## a 20kg dog", "should i double the dose" went to the coach model). Human painkillers are toxic to dogs (FDA,
## "Pain relievers for pets": ibuprofen, naproxen, acetaminophen; ASPCA Animal Poison Control, "Human medications",
## its top toxin every year): never given, a vet now if they were. A behaviour medicine, a supplement sold as calming
## (CBD, melatonin) or a dose: the prescribing vet's to set or change (AVMA, "Veterinarian-client-patient
## relationship"; ACVB, behaviour medication is prescribed and adjusted by a veterinarian).
safety-term-medicine-human = a human painkiller
    .aliases = ibuprofen, advil, motrin, nurofen, paracetamol, acetaminophen, tylenol, panadol, naproxen, aleve, aspirin,
        human painkiller*, human pain killer*, human pain meds, human pain medicine, human medicine, human medication,
        human meds, people medicine, people meds, our painkillers, my painkillers, excedrin, midol, nyquil, dayquil,
        theraflu, lemsip, calpol, bayer aspirin, my pain pill*, my pain med*, my pain medicine, my pain reliever*,
        our pain pill*, our pain med*, my headache pill*, my headache med*, my cold medicine, my cold meds, human pain pill*,
        human pain reliever*, people painkiller*, people pain med*
## A painkiller said with whose it is, in either order ("can i give him a painkiller, the human one", "진통제 사람꺼
## 반알 먹여도 돼요?" got the dose note at stop 51): a painkiller (`safety-term-medicine-painkiller`) with a word
## saying it is a person's (`safety-term-medicine-human-whose`) anywhere in the message is the human painkiller.
safety-term-medicine-painkiller = a painkiller, fever or cold medicine
    .aliases = painkiller*, pain killer*, pain pill*, pain med*, pain medicine*, pain medication*, pain reliever*,
        fever reducer*, headache pill*, headache med*, cold medicine*, cold meds, flu meds, flu medicine
safety-term-medicine-human-whose = a person's (not the dog's)
    .aliases = human, humans, people, peoples, mine, my own, the one i take, i take, we take, for people, for humans,
        for adults, for kids, childrens
## Pepto-Bismol (bismuth subsalicylate) and Kaopectate: a salicylate, the family of aspirin, so a bleeding or kidney risk
## in a dog on an NSAID or steroid, and it turns the stool black, which hides blood (Merck Veterinary Manual, "Salicylate
## toxicosis"; ASPCA Animal Poison Control, "Human medications"). A vet may advise it, at the dose they set: the dose
## note, ask the vet first (stop 50: "can i give him pepto" went to the coach model).
## Sleeping pills and a vet's painkillers, steroids, antibiotics (stop 51, owner trial: "can i give him metacam", "수면제
## 먹여도 되나요" got no note, as the dog's NSAIDs were only a medicine said beside a dose): a prescription medicine
## asked about is the prescribing vet's; a human sleep aid (zolpidem, doxylamine) is on ASPCA Animal Poison Control's
## human medication list, and a vet NSAID given on top of another, or at a guessed dose, ulcerates the stomach (FDA, "Get
## the facts about pain relievers for pets"). Named in a report ("arthritis, on metacam") it is analysed as told, no note.
safety-term-medicine-drug = a medicine or calming supplement
    .aliases = trazodone, fluoxetine, prozac, clomipramine, clomicalm, gabapentin, sertraline, zoloft, alprazolam, xanax,
        diazepam, valium, acepromazine, sileo, benadryl, diphenhydramine, zyrtec, cetirizine, claritin, loratadine,
        melatonin, cbd, cbd oil, hemp oil, sedative, sedatives, tranquilizer*, tranquiliser*, anti anxiety med*,
        antianxiety med*, anxiety meds, anxiety medication*, anxiety medicine, calming supplement*, calming chew*,
        calming treat*, pepto*, imodium, loperamide, pepcid, famotidine, sudafed, pseudoephedrine, dramamine, kaopectate, bismuth*,
        metacam, meloxicam, carprofen, rimadyl, novox, previcox, firocoxib, galliprant, grapiprant, onsior, robenacoxib,
        deramaxx, deracoxib, tramadol, apoquel, prednisone, prednisolone, steroid, steroids, antibiotic, antibiotics,
        painkiller, painkillers, pain killer, pain killers, pain meds, pain medicine, pain medication, pain reliever*,
        sleeping pill*, sleeping tablet*, sleep aid*, sleeping aid*, sleeping med*, sleep meds, zolpidem, ambien, zzzquil, unisom,
        doxylamine, sedate him, sedate her
safety-term-medicine-dose = a dose asked about or changed
    .aliases = dose, doses, dosage, dosages, dosing, mg, mgs, milligram*, double the dose, double his dose, double her dose,
        double his meds, double her meds, double the meds, double the pills, up his dose, up her dose, increase the dose,
        increase his dose, increase her dose, lower the dose, lower his dose, lower her dose, stop his meds, stop her meds,
        how many pills, how many tablets, how much medicine, how much of his meds, how much of her meds
## Food, treats and everyday supplements (stop 50: "what's the right dose of kibble", "how many mg of fish oil",
## "treat dosage for training" got the medicine note): how much to feed is the coach's question and the food label's
## (WSAVA Global Nutrition Guidelines: the amount from the label, adjusted by body condition). A dose word with one
## of these and no medicine named (`safety-term-medicine-drug`, `safety-term-medicine-human`) is no medicine question;
## "how many mg should i give him" names nothing and keeps the note, as does "how much food and how many mg of trazodone";
## a meal named as a time ("what dose before his dinner") is no food asked about.
safety-term-medicine-food = food, treats, an everyday supplement
    .aliases = food, foods, kibble, dry food, wet food, raw food, treat, treats, chew, chews,
        chicken, rice, fish oil, salmon oil, omega*, glucosamine, chondroitin, probiotic*, prebiotic*, vitamin*,
        multivitamin*, joint supplement*, supplement, supplements, pumpkin, carrot*, peanut butter, calories
## A medicine said as such ("how many of his heart pills with his food"): a food word beside it leaves it a medicine question.
safety-term-medicine-word = a medicine said
    .aliases = med, meds, medicine*, medication*, pill, pills, tablet, tablets, antibiotic*, steroid*, painkiller*, prednisone,
        prednisolone, apoquel, carprofen, rimadyl, metacam, meloxicam, dewormer*, heartworm
safety-term-aversive-hitting = hitting
    .aliases = hit, hitting, hits, smack*, slap*, spank*, whack*, swat, swats, swatted, beat him, beat her,
        beat my dog, beating him, beating her, kicked him, kicked her, kick him, kick her, punched, punch him,
        punch her, bopped, tapped his nose, tapped her nose, tap on the nose, flicked his nose, flicked her nose,
        pinched, ear pinch
safety-term-aversive-shouting = shouting, scolding
    .aliases = yell, yells, yelled, yelling, shout, shouts, shouted, shouting, scold, scolds, scolded, scolding,
        screamed at, scream at, screaming at, told him off, told her off, raised my voice, i growled at him,
        i growled at her, i growl at him, i growl at her, we growled at him, we growled at her
safety-term-aversive-force = pinning, alpha roll
    .aliases = alpha roll*, alpharoll*, pinned him, pinned her, pin him, pin her, held him down, held her down,
        hold him down, hold her down, scruff him, scruff her, scruffed, scruffing, scruff shake*,
        the scruff, his scruff, her scruff, dominance down, forced him down, forced her down,
        push him down, push her down, pushing him down, pushing her down, pushed him down, pushed her down,
        scruff shook, shake him by the scruff, shake her by the scruff
## Holding the mouth shut or grabbing the muzzle (stop 51, owner trial: "is it ok to hold his mouth shut when he bites",
## "혼낼때 입 잡고 안돼 하면 되나요" got no card): a physical punishment (AVSAB 2021, "Humane dog training": muzzle grabs
## among physical corrections); its alternative is about mouthing (ASPCA, "Mouthing, nipping and play biting"). Holding
## the mouth to brush the teeth or give a pill is care, no method (`safety-term-aversive-unrelated`).
safety-term-aversive-mouth = holding the mouth shut
    .aliases = hold his mouth, hold her mouth, holding his mouth, holding her mouth, held his mouth, held her mouth, hold its mouth,
        hold his mouth shut, hold her mouth shut, clamp his mouth, clamp her mouth, clamped his mouth, clamped her mouth,
        close his mouth, close her mouth, closed his mouth, closed her mouth, grab his muzzle, grab her muzzle,
        grabbed his muzzle, grabbed her muzzle, grabbing his muzzle, grabbing her muzzle, muzzle grab*, grab his snout,
        grab her snout, grabbed his snout, grabbed her snout, squeeze his muzzle, squeeze her muzzle, squeeze his snout,
        squeeze her snout, hold his snout, hold her snout, hold his jaw, hold her jaw, hold his jaws shut, hold her jaws shut,
        hold his muzzle, hold her muzzle, held his muzzle, held her muzzle, holding his muzzle, holding her muzzle,
        hold its muzzle, his muzzle shut, her muzzle shut, his mouth shut, her mouth shut, its mouth shut, clamp his muzzle,
        clamp her muzzle, squeeze his mouth, squeeze her mouth, shut his mouth, shut her mouth
## Plurals and the hyphen ("whats ur opinion on e-collars for recall", owner trial stop 49: no card;
## AVSAB, "Position statement on the use of punishment", 2007/2021).
safety-term-aversive-shock = shock collar
    .aliases = shock collar, shock collars, e collars, ecollars, electric collars, electronic collars, remote collars,
        bark collars, stim collars, e collar, ecollar, electric collar, electronic collar, remote collar, bark collar,
        zap, zapped, zapping, shocked him, shocked her, shock him, shock her, stim collar
safety-term-aversive-prong = prong collar
    .aliases = prong collar, prong, pinch collar, prong chain
safety-term-aversive-choke = choke chain
    .aliases = choke chain, choke collar, slip chain, check chain, choker
## A pop or correction on the lead ("my trainer says use a slip lead and give a quick pop when he lunges",
## owner trial stop 49: no card; AVSAB 2021, "Humane dog training": leash corrections are aversive).
safety-term-aversive-leash = leash jerks
    .aliases = quick pop, quick pops, give a pop, give him a pop, give her a pop, pop the leash, pop the lead,
        pop on the leash, pop on the lead, lead pop*, lead correction*, lead jerk*, jerk the lead, yank the lead,
        jerked the lead, yanked the lead, leash pop*, leash correction*, collar correction*, jerked the leash, jerk the leash,
        yanked the leash, yank the leash, yanked him, yanked her, jerked him, jerked her, leash jerk*,
        yanked his leash, yanked her leash, jerked his leash, jerked her leash, snapped the leash
safety-term-aversive-spray = spraying, startling
    .aliases = spray bottle, squirt bottle, sprayed him, sprayed her, spray him, spray her, squirted him,
        squirted her, water gun, water pistol, citronella, shake can, penny can, rattle can, throw chain,
        air horn, pet corrector, compressed air
## Shutting the dog away as punishment ("we lock him in the bathroom as punishment", owner trial 17):
## the shutting away, and a reason that makes it a punishment; a crate used kindly ("crate training at
## night") has neither.
safety-term-aversive-confine = shutting away
    .aliases = lock him in, lock her in, locked him in, locked her in, locks him in, locks her in, locking him in,
        locking her in, lock him up, lock her up, locked him up, locked her up, locks him up, locks her up,
        lock him away, lock her away, locked him away, locked her away, lock him out, lock her out,
        locked him out, locked her out, shut him in, shut her in, shuts him in, shuts her in, shutting him in,
        shutting her in, shut him away, shut her away, shut him out, shut her out, crate him, crate her,
        crated him, crated her, send him to his crate, send her to her crate, sent him to his crate,
        sent her to her crate
safety-term-aversive-confine-why = a reason that makes shutting away a punishment
    .aliases = punish*, when hes bad, when shes bad, when he is bad, when she is bad, when he misbehaves,
        when she misbehaves, if he misbehaves, if she misbehaves, when hes naughty, when shes naughty,
        when he barks, when she barks, if he barks, if she barks, every time he barks, every time she barks,
        when he bites, when she bites, if he bites, if she bites, when he growls, when she growls,
        when he pees, when she pees, if he pees, if she pees, when he has an accident, when she has an accident,
        teach him a lesson, teach her a lesson, so he learns, so she learns
safety-term-aversive-nose = rubbing the nose in it
    .aliases = rubbed his nose, rubbed her nose, rub his nose, rub her nose, nose in it
## Also hitting in no sense of punishment (stop 49, Korean owner trial's English equivalents): "hit me up", "it hit me",
## "he hit puberty", "hit the ball", "hit a plateau".
safety-term-aversive-unrelated = hitting in another sense
    .aliases = hit by, got hit, was hit, get hit, gets hit, getting hit, be hit, been hit, being hit, almost hit,
        nearly hit, hit his head, hit her head, hit the road, hit it off, hit the ground,
        hit the wall, hit the door, big hit, hits the spot, hit me up, it hit me, that hit me, hit puberty, hits puberty,
        hitting puberty, hit adolescence, hits adolescence, hit his teenage, hit her teenage, hit the teenage,
        hit the ball, hits the ball, hit a ball, hit a plateau, hits a plateau, hit a wall, hit the hay, hit the sack,
        hit the jackpot, hit the park, hit the trail, hit the beach, hit send, hit a nerve, hit or miss, hit home,
        hold his mouth to brush, hold her mouth to brush, hold his mouth open, hold her mouth open, holding his mouth open,
        holding her mouth open, hold his mouth for, hold her mouth for, close his mouth around, close her mouth around,
        hold his mouth closed around, hold her mouth closed around, hold his muzzle to brush, hold her muzzle to brush,
        hold his muzzle for, hold her muzzle for, holding his muzzle for, holding her muzzle for
## A method someone else told the owner to use (stop 52, owner trial: "옆집 사람이 알파롤 하라던데 해도 돼요?" got no card,
## the neighbour right before the method read as the one who did it; "my neighbour said to scruff him" the same): a
## word of saying or advising between that person and the method makes it advice to the owner, so the method's card
## shows, asked about or told (AVSAB 2021).
safety-term-aversive-advice = someone's advice (a word of saying before the method)
    .aliases = said, says, say, told me, told us, tells me, tells us, telling me, recommended, recommends, recommend,
        suggested, suggests, suggest, advised, advises, swear by, swears by, swore by, reckons, thinks i should,
        think i should, thought i should, wants me to, want me to, according to
## Someone else's hitting, in the past ("i think his old owner hit him"; stop 49, Korean owner trial: "혹시 전주인이
## 때렸을까요?" got "good that you asked first" about punishment): a rescue's past, no method of the owner's; the
## punishment card (AVSAB 2021) is for what the owner does.
safety-term-aversive-past-owner = a previous owner
    .aliases = old owner*, previous owner*, former owner*, last owner*, prior owner*, first owner*, past owner*,
        original owner*, his old family, her old family, previous family, former family, was abused, been abused,
        abused him, abused her, abuse
## Barking said as what holding the mouth shut is for (stop 52, owner trial: "짖을 때 입 잡고 안돼 해요" got the mouthing
## alternative): the barking alternative (`safety-aversive-alt-barking`; ASPCA, "Barking"). With biting or mouthing
## said too (`safety-term-aversive-mouthing`) the mouthing one stays.
safety-term-aversive-barking = barking
    .aliases = bark, barks, barking, barked, barky, yap, yaps, yapping, yapped
safety-term-aversive-mouthing = mouthing, biting
    .aliases = bite, bites, biting, bit, nip, nips, nipping, nipped, mouths, mouthing, mouthy, chomp*
## Another behaviour said as what it is for (growling, jumping, whining): the general alternative
## (`safety-aversive-alt-general`).
safety-term-aversive-behaviour-other = another behaviour
    .aliases = growl*, jump*, whin*, howl*, lunge*, steal*, stole
## Pulling on the lead said as what a method is for ("is a shock collar ok for pulling", stop 50: the answer's
## alternative was about barking and lunging): the loose-lead alternative (`safety-aversive-alt-pulling`).
safety-term-aversive-pulling = pulling on the lead
    .aliases = pulls, pulling, pulls on the lead, pulls on the leash, lead pulling, leash pulling, pulls me, drags me,
        dragging me, yanks me
## Someone else shouting (stop 50, Korean owner trial: "그럼 애들이 소리지르고 도망가요", "옆집 아저씨가 소리질러서 해피가
## 놀라서 짖었어요", "my neighbour yelled and he barked" got the punishment notice): what set the dog off or what followed,
## no method of the owner's. The notice (AVSAB 2021) is for the owner, or the household acting on the dog. A bystander,
## right before the method in its clause, is never the owner:
safety-term-aversive-bystander = someone outside the household
    .aliases = neighbour, neighbor, neighbours, neighbors, my neighbour, my neighbor, our neighbour, our neighbor,
        the neighbour, the neighbor, stranger, strangers, a stranger, someone, somebody, some guy, some man, some woman,
        some lady, a man, a guy, a woman, a lady, people, passerby, passersby, passer by, mailman, postman, the mailman,
        the postman, delivery guy, delivery man, delivery driver, the driver, a jogger, a cyclist, other owner*
## A child screaming ("the kids scream and run", "the kids yell and he chases them"): what set the dog off; a child
## shouting at the dog (`safety-term-aversive-aimed`: "the kids yell at him") is the household acting on the dog, kept.
safety-term-aversive-child = a child (whose shouting is not at the dog)
    .aliases = kids, the kids, my kids, our kids, children, the children, my children, my son, my daughter, the baby,
        toddler, my toddler, my nephew, my niece, the boys, the girls
safety-term-aversive-aimed = shouting aimed at the dog
    .aliases = at him, at her, at it, at the dog, at my dog, at our dog, at the puppy, at the pup, at them
## The owner said, besides `safety-term-person-subject` ("the kids run and we yell"): the shouting is theirs again.
safety-term-aversive-owner = the owner or the household
    .aliases = we, us, i, im, ive, me, my partner, my family
## What ends the clause of the person before a method ("when the kids run, i yell", "애들이 뛰어다니면 소리질러요"): that
## person is not the one who shouts. Korean: the endings of a word that close its clause.
safety-term-aversive-other-clause = a clause end before the method
    .aliases = when, if, and, but, so, then, because, cause, cuz, while, after, before, whenever
## Pressing the head against a wall or into a corner and standing still (head pressing): a sign of a brain, liver
## (hepatic encephalopathy) or toxic problem, a vet now (Merck Veterinary Manual, "Overview of the nervous system":
## head pressing; VCA Animal Hospitals, "Head pressing in dogs"). "banging my head against the wall" is the owner's.
## Stop 63 (held19fix): the head said pressed ("stands with his head pressed against the wall": no card).
safety-term-neuro = pressing the head against a wall
    .aliases = head pressing, head-pressing, headpressing, presses his head, presses her head, pressing his head,
        pressing her head, pressed his head, pressed her head, press his head, press her head, pushes his head against,
        pushes her head against, pushing his head against, pushing her head against, pushing his head into the,
        pushing her head into the, his head against the wall, her head against the wall, head into the corner,
        head into a corner, head in the corner
        , head pressed against the wall, head pressed against a wall, head pressed into the corner, head pressed into a corner
## An older dog's cognitive dysfunction signs: stuck in corners, lost at home, staring at walls, dementia; pacing or
## circling only with the night said (`cognitive-night`). A vet within days first: pain, sight or hearing loss and other
## illness look alike (AAHA 2023 Senior Care Guidelines; Landsberg, Nichol & Araujo 2012, "Cognitive dysfunction
## syndrome", Vet Clin North Am Small Anim Pract 42(4):749).
safety-term-cognitive = stuck in corners, dementia
    .aliases = stuck in corner*, stuck in the corner*, stuck in a corner, gets stuck behind, stuck behind the,
        lost in the house, lost in our house, gets lost at home, staring at the wall*, stares at the wall*,
        stares at walls, staring into space, stares into space, dementia, cognitive dysfunction, sundowning
## Signs of cognitive dysfunction only in an older dog (the age said in the message, else the profile's): seeming lost,
## confused, disoriented, not knowing the family (stop 51, owner trial: "she's 14 and barks at night and seems lost" got
## no card). A young dog "seems lost without her sister" is none. In a senior the medical causes come first (AAHA 2023
## Senior Care Guidelines; Landsberg et al. 2012, DISHAA: disorientation).
safety-term-cognitive-senior = seeming lost, confused (an older dog)
    .aliases = seems lost, seem lost, looks lost, look lost, acts lost, acting lost, is lost in, gets lost, got lost in,
        getting lost, seems confused, looks confused, acts confused, acting confused, gets confused, is confused, so confused,
        confused at night, disoriented, disorientated, disorientation, doesnt recognize, doesnt recognise, dont recognize,
        didnt recognize, didnt recognise, stares blankly, staring blankly, blank stare, doesnt know where she is,
        doesnt know where he is, wanders aimlessly, wandering aimlessly, forgets where
## Stop 63: roaming, wandering the house said other ways (the Korean "돌아다닙니다" got no senior card).
safety-term-cognitive-pacing = pacing, circling
    .aliases = pace, paces, pacing, paced, circle, circles, circling, circled, walks in circles, wandering, wanders, wander, wandered, roam, roams, roaming, roamed, walks around the house, walking around the house
safety-term-cognitive-night = at night
    .aliases = at night, all night, every night, each night, nights, overnight, in the night, middle of the night,
        night time, nighttime, 3am, 2am, 4am, wont sleep, doesnt sleep, cant sleep
## Drinking and peeing far more than before, or peeing everywhere (polydipsia / polyuria): a classic sign of kidney disease,
## diabetes, Cushing's disease or a bladder infection, a vet within days before any house-training (AAHA 2023 Senior Care
## Guidelines; Merck Veterinary Manual, "Polyuria and polydipsia"). Korean owner trial, stop 49: a 15-year-old dog's "drinks
## too much water and pees in the house" got a house-training step and a check-in.
safety-term-thirst = drinking far more, peeing far more
    .aliases =
        drinking so much, drinks so much, drinking way more, drinks way more, drinking much more, drinks much more,
        drinking a lot more, drinks a lot more, drinking more water, drinks more water, drinking more than, drinks more than,
        drinking tons, drinks tons, drinking like crazy, drinks like crazy, drinking constantly, drinks constantly,
        drinking all the time, drinks all the time, drinking nonstop, drinks nonstop, drinking excessively,
        drinks excessively, drinking too much, drinks too much, excessive thirst, excessive drinking, increased thirst,
        increased drinking, always thirsty, constantly thirsty, so thirsty, super thirsty, really thirsty, extremely thirsty,
        insatiable thirst, guzzling water, guzzles water, empties the water bowl, empties her water bowl,
        empties his water bowl, emptying the water bowl, emptying her water bowl, emptying his water bowl,
        peeing a lot more, pees a lot more, peeing way more, pees way more, peeing so much, pees so much, peeing more than,
        pees more than, weeing a lot more, wees a lot more, weeing so much, wees so much, weeing loads, wees loads,
        peeing loads, pees loads, huge puddles, massive puddles, increased urination, excessive urination, polyuria,
        polydipsia
## A plain "drinks a lot" only with peeing said (`safety-term-thirst-pee`): some dogs just like water.
safety-term-thirst-mild = drinking a lot
    .aliases = drinking loads, drinks loads, drank loads, drinking lots, drinks lots, drinking a lot, drinks a lot
## Someone else drinking ("i was drinking a lot"), a person giving water: no dog's thirst.
safety-term-thirst-unrelated = another's drinking
    .aliases = i was drinking, i drink, we were drinking, make him drink, make her drink, get him to drink,
        get her to drink, should he drink, should she drink, how much should
## After a walk, exercise or in the heat, drinking a lot is how a dog cools: no sign unless peeing is said too.
safety-term-thirst-context = after a walk or in the heat
    .aliases = after the walk, after a walk, after walks, after his walk, after her walk, after walking, after exercise,
        after playing, after play, after running, after a run, after the park, hot day, hot days, in the heat, heatwave,
        hot weather, so hot, summer
## A dog that was house-trained and now soils the house: a medical cause is ruled out before any house-training (AVSAB /
## ACVB: behaviour problems begin with a vet check; AAHA 2023 Senior Care Guidelines). Only with peeing said
## (`safety-term-thirst-pee`).
safety-term-thirst-trained = was house-trained
    .aliases = was house trained, was housetrained, was house-trained, was fully house trained, was fully housetrained,
        was potty trained, was fully potty trained, was always house trained, was always housetrained,
        was always potty trained, always been house trained, always been housetrained, always been potty trained,
        used to be house trained, used to be housetrained, used to be potty trained, been house trained for,
        been housetrained for, been potty trained for, never had accidents, never had an accident, never used to have accidents,
        never peed inside, never peed in the house, never used to pee, perfectly house trained, perfectly housetrained,
        fully house trained, fully housetrained, fully potty trained
safety-term-thirst-pee = peeing, accidents
    .aliases = pee, pees, peed, peeing, wee, wees, weed, weeing, weeting, accident, accidents, urinate*, urinating,
        piddle*, piddling, puddle, puddles, soiling, soils, soiled, wetting, wets
## An older dog (`SENIOR_MONTHS`: the profile's age, or one said in the message, "she's 14", "my 15 year old") peeing in
## the house, said or not that it was house-trained (stop 50: "she's 14 and started peeing in the house" got nothing).
## House-soiling is the commonest new sign in a senior, and its causes are medical first: a bladder infection, kidney
## disease, diabetes, Cushing's, incontinence, arthritis that makes going out hard; cognitive dysfunction is what is left
## once those are ruled out (AAHA 2023 Senior Care Guidelines; Landsberg, Nichol & Araujo 2012, "Cognitive dysfunction
## syndrome": a diagnosis of exclusion). So the thirst card (a vet within days, blood and urine tests, no scolding), not the
## cognitive one. A puppy's accidents are house-training, the coach's. Where it happens:
safety-term-thirst-indoors = in the house
    .aliases = in the house, inside, indoors, in the living room, in the kitchen, in the hall, in the hallway, on the carpet,
        on the rug, on the floor, on the bed, on our bed, on my bed, in his bed, in her bed, on the couch, on the sofa,
        everywhere, all over, around the house, in the house, in his crate, in her crate
## Peeing where it should ("she's 14 and still pees on her pad"): no house-soiling.
safety-term-thirst-indoors-fine = in the right place
    .aliases = on the pad, on her pad, on his pad, on the pee pad, on pee pads, on the pads, in the litter, on the grass,
        in the garden, in the yard, outside only, still house trained, still housetrained, still potty trained
## "accidentally", "a car accident": no pee.
safety-term-thirst-pee-unrelated = no peeing
    .aliases = accidentally, by accident, car accident, an accident on the road
## Stop 55 (verification trial): a puppy's nip that drew a little blood ("my 10 week old puppy nipped my hand while
## teething and drew a little blood") got the adult bite card, a behaviour professional and a plan line about a child.
## Puppy teeth are needle-sharp and break skin while the puppy learns a soft mouth (ASPCA): the wound cared for first,
## then the mouthing coached (`safety-puppy_nip`). Teething said is always a puppy; the profile's age decides next.
safety-term-puppy-teething = teething, said (only a puppy teethes)
    .aliases = teething, teethes, teethe, losing his baby teeth, losing her baby teeth, baby teeth, puppy teeth, needle teeth
## A puppy said, read only when the profile has no age (an owner may call a grown dog "my puppy").
safety-term-puppy-said = a puppy, said
    .aliases = puppy, pup, puppies, pupper
## A young age said, read only when the profile has no age: a number, then one of these.
safety-term-puppy-age-week = weeks after a puppy's age
    .aliases = week old, weeks old, wk old, wks old, weeker
safety-term-puppy-age-month = months after a puppy's age
    .aliases = month old, months old, mo old, mos old, mth old, mths old
## A wound said to be serious: the full bite card, puppy or not.
safety-term-puppy-nip-serious = a serious wound (stitches, the ER, bleeding that won't stop, the face)
    .aliases = stitches, stiches, stitched, the er, emergency room, urgent care, hospital, won't stop bleeding, wont stop bleeding,
        keeps bleeding, kept bleeding, a lot of blood, lots of blood, so much blood, deep, my face, her face, his face, their face, puncture*
## An age said in the message, for the older dog's house-soiling (`safety-term-thirst-indoors`): the words before the number
## ("she's 14"), the year words after it ("15 years old", "15yo"), and what after the number makes it no dog's age in years
## ("she's 14 pounds", "my 14 year old son", "14 months").
safety-term-dog-age-lead = before the dog's age
    .aliases = shes, hes, she is, he is, its, it is, dog is, turned, turning, age, aged
safety-term-dog-age-unit = years after the age
    .aliases = years old, year old, years, year, yrs old, yr old, yrs, yr, yo, y o
safety-term-dog-age-not = no dog's age in years after the number
    .aliases = month*, week*, day*, lb*, pound*, kg*, kilo*, son, daughter, kid, kids, child, boy, girl, nephew, niece,
        brother, sister, baby, cat, times, minutes, hours, percent

## What the bot says. Urgency: now, within 24 hours, soon.

safety-header-now = 🚨 Safety first — there is something to do right now.
safety-header-within_24h = ⚠️ Health first — please have your dog seen by a vet within 24 hours.
safety-header-soon = ⚠️ Health first — a vet check comes before training.
## Stop 64 (owner trial, trialA64): a bite or snap with no wound, or a sudden change, keeps its training plan, so its
## header does not say the vet comes before training ("미용할때 물어요 발 만질때" got both); the held ones keep it.
safety-header-soon-alongside = ⚠️ Please also have a vet check for pain in the next few days.

## Stop 55 (verification trial): the survey said "none", a bite that drew blood was reported, and the profile still said
## "none". A worse reaction told raises it (never lowers), said in a line under the safety card.
safety-worst-raised = 📝 I've updated { $name }'s profile — { $field }: { $before } → { $after }
safety-bite_injury = 🩹 Wash a bite wound under running water with soap for about 15 minutes, then press a clean cloth on it to stop the bleeding. If a person was bitten and the skin is broken, see a doctor today (infection and tetanus). If another dog was hurt, take it to a vet.
## A bite on a person with no wound said (Dunbar bite scale levels 1-2: no puncture; stop 45: "he bit my
## hand, no blood" got nothing): no wound care, but the bite guidance: no punishment (AVSAB, "Position
## statement on the use of punishment", 2007/2021), avoid the situation, a vet for pain first (Mills et al.
## 2020), then a qualified behaviour professional (AVMA, "Dog bite prevention").
## Stop 55: a puppy's nip that drew a little blood — the wound first, then the soft mouth (ASPCA, "Mouthing, nipping and play
## biting"); never a professional or a child, and the plan goes on.
safety-puppy_nip = 🩹 Puppy teeth are needle-sharp, so even a nip can draw a little blood. Wash the spot under running water with soap for a few minutes and cover it with a plaster. See a doctor if it is deep or keeps bleeding, or turns red, swollen or warm over the next days. Mouthing is how a puppy learns a soft mouth: when teeth touch skin, stop the game at once and go still for a few seconds, then offer a chew toy to bite instead. Never hit or hold the mouth shut — a frozen wet washcloth or a chew soothes teething gums.
safety-bite_person = 🐾 A bite on a person matters even when it didn't break the skin: it's a clear "stop" from your dog. Don't punish it — punishment teaches a dog to skip the warning, not to stop biting. Until you have help, avoid the situation where it happened and give your dog space there. Have a vet check for pain first, then see a veterinary behaviourist or a certified behaviour consultant (e.g. IAABC, CCPDT). If the skin turns out to be broken, wash it with soap and running water and see a doctor.
## The worst-reaction question answered with a bare "bite" (stop 63): the bite note for a dog whose concerns
## say aggression toward dogs only (never "a bite on a person"), and one for a target not known.
safety-note-bite-dog = 🐾 A bite on another dog matters even when it didn't draw blood: it's a clear "stop" from your dog. Check both dogs for small punctures under the fur, and have a vet look at any wound today. Don't punish it — punishment teaches a dog to skip the warning, not to stop biting. Until you have help, keep your dog on a lead around other dogs and out of the situation where it happened. Have a vet check for pain first, then see a veterinary behaviourist or a certified behaviour consultant (e.g. IAABC, CCPDT).
safety-note-bite-unknown = 🐾 A bite matters even when it didn't break the skin, whoever was bitten: it's a clear "stop" from your dog. Don't punish it — punishment teaches a dog to skip the warning, not to stop biting. Until you have help, avoid the situation where it happened and give your dog space there. Have a vet check for pain first, then see a veterinary behaviourist or a certified behaviour consultant (e.g. IAABC, CCPDT). If a person's skin was broken, wash it with soap and running water and see a doctor; a bitten dog's wound, a vet today.
## A snap at a person, no bite (see `safety-term-snap`): the warning it is, not punishing it, space, a vet
## and a behaviour professional (ASPCA, AVSAB 2007/2021, AVMA "Dog bite prevention").
safety-snap_person = 🐾 A snap (or air snap) at a person is a warning: your dog is saying "stop, I'm uncomfortable" and chose not to bite. Don't punish the growl or the snap — a dog punished for warning may bite without one next time. Until you have help, give your dog space in that situation (don't reach over its head or lean over it; let it come to you). Have a vet check for pain first, then see a veterinary behaviourist or a certified behaviour consultant (e.g. IAABC, CCPDT).
safety-child_warning = 👶 A growl, snap, nip or lunge at a child is a warning that comes before a bite. From now on, don't leave the child and the dog together unless an adult is right there — use a baby gate or a closed door — and don't punish the growl: a dog punished for warning may bite without one. Have a vet check for pain first, then see a veterinary behaviourist or a certified behaviour consultant (e.g. IAABC, CCPDT).
safety-child_bitten = 👶 If a child was bitten, wash the wound with soap and running water, and see a doctor today if the skin is broken or the face or hands were bitten. Until you have help, keep the child and the dog apart unless an adult is right there — use a baby gate or a closed door.
safety-dog_bitten = 🩹 If your dog was bitten by another dog, rinse the wound gently under running water and press a clean cloth on it to stop the bleeding. Small punctures under the fur can be deep, so have a vet look at it today. If the bleeding does not stop, the wound is large, or your dog is lethargic, go to an emergency vet now.
# Under the dog-bitten card, for a report that only tells the dog was bitten by another dog (stop 53): kept, not
# analysed (the dog was the victim); how the dog reacted, told, is analysed.
report-bitten-noted = 📝 I've kept this in your records. My analysis looks at your dog's own behaviour, and here your dog was the one bitten, so there is nothing of theirs to analyse. If they react differently since, such as being scared afterwards or barking and lunging at dogs on later walks, tell me what they did and I'll look at that.
safety-sudden_change = 🩺 A sudden change in behaviour is often caused by pain or illness (joints, teeth, ears, skin, hormones, or cognitive decline in older dogs). Please have your dog checked by a vet in the next few days.
safety-pain_illness = 🩺 These are signs of pain or illness (not eating, limping, yelping when touched, vomiting, lethargy, blood in the pee, stool or vomit, an eye kept shut). Please see a vet within 24 hours — and go to an emergency vet now if your dog struggles to breathe, has a swollen belly, keeps vomiting or collapses.
safety-toxin = ☎️ If your dog ate something toxic (chocolate, xylitol, grapes or raisins, onion or garlic, human medicine, rat poison), call your vet or an emergency vet now, even without symptoms — or an animal poison line (in the US, ASPCA Animal Poison Control: 888-426-4435, a fee may apply). Say what, how much and when. Don't make your dog vomit unless a vet tells you to, and bring the packaging.
## A battery: Pet Poison Helpline, "Batteries" (a punctured or swallowed battery burns the mouth, gullet
## and stomach within hours; a vet at once).
safety-foreign_body = 🧦 If your dog swallowed something that is not food (a sock, a toy part, string, a stone) or a cooked bone or corn cob, call your vet now, even if your dog seems fine: it can block the stomach or gut. Say what, how big and when. Don't make your dog vomit unless a vet tells you to. Vomiting, not eating, a painful belly or straining are signs to go right away. Anything with a battery (earbuds, AirPods, a remote, a watch) is more urgent still: a chewed battery can burn the mouth, throat and stomach within hours.
safety-retching = 🆘 Trying to vomit with nothing coming up (retching, dry heaving) can mean a twisted or blocked stomach, which can become life-threatening within hours — all the more with a swollen belly, drooling or restlessness, or after swallowing something. Go to a vet or an emergency vet now, don't wait to see if it passes, and don't give food or try to make your dog vomit.
## Stop 64: a surgical wound (VCA, "Caring for your pet's incision"; ACVS, "Spay and neuter aftercare").
safety-surgical_wound = 🩹 Licking or chewing a surgical wound can open it or infect it. Put the cone or a recovery suit back on right away, and don't clean the wound or put anything on it yourself. Call the clinic that did the surgery today and show them the wound. If the wound has opened, the bleeding doesn't stop after a few minutes of pressing a clean gauze on it, there is pus or a lot of swelling, or your dog is lethargic, go to a vet now.
safety-breathing = 🆘 Struggling to breathe, gasping or wheezing, or blue, grey or very pale gums or tongue mean your dog may not be getting enough oxygen — go to a vet or an emergency vet now, and call ahead on the way. Keep your dog calm and cool, carry a small dog, and don't give food or water.
## Near-drowning: VCA Animal Hospitals, "Near Drowning in Dogs" (a vet check even if the dog seems
## normal: fluid in the lungs and pneumonia can follow within 24 hours and later), R. Wright, Improve
## International (deterioration can be sudden; watch for several days).
safety-near_drowning = 🌊 After nearly drowning, have a vet check your dog today, even if it seems fine now: water breathed into the lungs can cause fluid in the lungs or pneumonia hours later, sometimes a day or more after. Keep your dog warm and calm, and watch it closely for the next few days. Coughing, fast, noisy or hard breathing, pale or blue gums, weakness or vomiting mean go to an emergency vet now.
## Choking: AVMA, "First aid tips for pet owners" (choking), RSPCA, "First aid for dogs": take it
## out only if seen and easy, thrusts behind the ribs if the dog can't breathe, a vet now.
safety-choking = 🆘 If your dog is choking — gagging, pawing at its mouth, struggling to breathe — go to a vet or an emergency vet now, and call ahead on the way. Only if you can see the object and it comes out easily, take it out carefully: reaching in blind can push it deeper, and a panicking dog may bite. If your dog can't breathe or collapses, give a few quick, firm pushes with both hands just behind the ribcage (the Heimlich manoeuvre for dogs).
## Injuries and bleeding: AVMA, "First aid tips for pet owners" (bleeding: press for at least 3
## minutes, add cloth on a soaked one; fractures and hit by a car: bleeding inside and shock, a board
## or blanket as a stretcher, a dog in pain may bite), RSPCA, "First aid for dogs". An eye out of its
## socket: Merck Veterinary Manual, "Proptosis" (an emergency; keep the eye moist, don't push it back).
safety-trauma = 🚑 After being hit by a car, a fall from a height, or with bleeding that won't stop, go to an emergency vet now, even if your dog seems fine: bleeding inside and shock may not show at first. Press a clean cloth or gauze firmly on a bleeding wound and keep pressing for at least 3 minutes; if it soaks through, add more on top instead of lifting it. Move your dog gently, on a board or a blanket used as a stretcher, and call ahead on the way. A dog in pain may bite, even you, so keep your face away. If an eye has come out of its socket, don't push it back: cover it with a clean cloth soaked in water or saline, keep it wet, and stop your dog from pawing at it.
## Snakes and stings: ASPCA, "Insect stings" (a swollen face or hives is an allergic reaction, the
## airway can swell; scrape a stinger out sideways), AVMA, "First aid tips for pet owners" (a snake
## bite is an emergency: no cutting, sucking, ice or tourniquet).
safety-venom = 🐝 A snake bite, or a sting followed by swelling of the face or throat, hives, vomiting, weakness or trouble breathing, needs a vet now: go, and call ahead on the way. Keep your dog calm and carry it if you can. Don't cut, suck, ice or tie off a snake bite. If you can see a bee's stinger, scrape it out sideways with a card. After a single sting with no swelling, put on a cool compress and watch your dog closely for the next few hours.
## Heatstroke: RSPCA, "Heatstroke in dogs" (shade, cool — not ice-cold — water, a fan, small sips, a vet
## now even if the dog seems better), AVMA, "Warm weather pet safety" (heatstroke can kill; cool and go).
safety-heatstroke = 🌡️ Heavy panting with drooling, wobbling, vomiting or collapse in the heat can be heatstroke, which can kill within hours. Move your dog into the shade or a cool room right away, wet its body with cool or lukewarm water — not ice-cold, which slows the cooling — and keep a fan or open window on it; let it drink small sips if it wants to. Keep cooling on the way and go to a vet now, calling ahead, even if your dog seems to recover: organs can be harmed without it showing.
## Can't pee: Merck Veterinary Manual, "Urolithiasis in small animals" (a blocked urethra is an
## emergency: kidney failure, high potassium, a ruptured bladder within a day or two), VCA, "Urethral
## obstruction in dogs" (straining with little or nothing: a vet at once, males most at risk).
safety-urinary_block = 🚽 Straining to pee with nothing or only drops coming out can mean the bladder or urethra is blocked — more often in males — and it can become life-threatening within a day or two. Go to a vet or an emergency vet now, don't wait until tomorrow, and don't press on the belly to empty the bladder. Tell the vet when your dog last peed normally.
## Electric shock: RSPCA, "First aid for dogs" (switch off the power before touching the dog), Merck
## Veterinary Manual, "Electrical injuries" (mouth burns; fluid in the lungs can follow hours later).
safety-electric_shock = 🔌 After an electric shock, first switch off the power or pull the plug before you touch your dog (or push the cord away with something dry and wooden). Then go to a vet now, even if your dog seems fine: the mouth may be burnt, and fluid can build up in the lungs over the next hours. Coughing, fast or hard breathing or pale gums mean hurry.
safety-seizure = ⚡ During a seizure or collapse, don't hold your dog or put your hand in its mouth; move hard objects away and time it. If it lasts over 5 minutes, happens twice in a day, or your dog doesn't come round, go to an emergency vet now. Even after a short one, call your vet today.
## Head pressing and cognitive dysfunction signs: their sources are in the `safety-term-neuro` and
## `safety-term-cognitive` comments above.
safety-neuro = 🧠 Pressing the head against a wall or into a corner and standing still (head pressing) can be a sign of a problem in the brain, the liver or a poisoning. Go to a vet or an emergency vet now, even if your dog seems calm. Don't pull your dog away or try to train it; if you can safely, film it to show the vet.
safety-cognitive = 🧠 Pacing or circling at night instead of sleeping, getting stuck in corners, or staring blankly at walls can be signs of canine cognitive dysfunction (doggy dementia) in an older dog — but pain, sight or hearing loss and other illness can look the same. Have a vet check your dog within the next few days, before training. Note when it started and how often, and a short video helps. Meanwhile keep the furniture where it is, leave a night light on, and keep the daily routine the same.
## Drinking and peeing far more, or new soiling in a house-trained dog: the sources are in the `safety-term-thirst` and
## `safety-term-thirst-trained` comments above.
safety-thirst = 💧 Drinking much more than usual and peeing more or all over the house — or a house-trained dog suddenly having accidents — can be a sign of kidney disease, diabetes, Cushing's disease or a bladder infection. Have a vet see your dog within the next few days, before any house-training (a blood and urine test). Don't cut back the water: keep it always available, and measure how much your dog drinks in a day; a clean sample of the first morning pee helps too. Please don't scold accidents — your dog can't hold it.

## The medicine notes (see `safety-term-medicine-human`): FDA, "Pain relievers for pets"; ASPCA Animal Poison
## Control (888-426-4435); AVMA / ACVB: the prescribing vet sets and changes a dose. Answered instead of the model
## (stop 49).
safety-medicine-human = 💊 Please don't give your dog human painkillers — ibuprofen, paracetamol (acetaminophen), naproxen or aspirin. Even a small dose can cause stomach ulcers and kidney or liver damage in dogs. If your dog has already had some, call your vet or an emergency vet now (or an animal poison line; in the US, ASPCA Animal Poison Control: 888-426-4435, a fee may apply). For pain, your vet can prescribe a painkiller made for dogs.
safety-medicine-dose = 💊 Only your vet sets a dose or changes a medication — including calming supplements like CBD or melatonin. They know your dog's weight, health and other medicines, so I won't suggest doses. Please don't give, double or stop a medicine on your own: call your vet and ask. I'm happy to help with the training side alongside it.
safety-medicine-next = Call your vet and ask them, with your dog's weight and what it takes now.

## Stop 64: shown where the plan goes on too (a behaviour beside the signs), so it no longer says "before training".
safety-referral-vet = 👩‍⚕️ Pain is behind many behaviour problems, so please have a vet check too. Show your vet these notes — they help.
safety-referral-behaviour = 🧑‍🏫 A bite that hurt a person or another dog is best worked on with a professional: first a vet check to rule out pain, then a veterinary behaviourist or a certified behaviour consultant (IAABC, CCPDT). Until then, avoid the situations where it happened, and if needed teach a muzzle slowly, with treats.

safety-aversive-why = 💛 Thanks for telling me honestly. Punishment — hitting, shouting, shock, choke or prong collars — may stop a behaviour for the moment, but it suppresses warnings such as growling and raises fear and aggression (American Veterinary Society of Animal Behavior, 2021). Teaching with rewards works faster and is safer.
safety-aversive-why-asked = 💛 Good that you asked first. Punishment — hitting, shouting, shock, choke or prong collars, a spray bottle — may stop a behaviour for the moment, but it suppresses warnings such as growling and raises fear and aggression (American Veterinary Society of Animal Behavior, 2021). Teaching with rewards works faster and is safer.
safety-aversive-alt-hitting = 👉 Try this instead: when it happens, calmly lead your dog out of the situation, and reward with a treat the moment it does what you want (sit, look at you).
safety-aversive-alt-shouting = 👉 Try this instead: rather than raising your voice, call your dog's name cheerfully, and reward with a treat when it comes to you. Praise the quiet moments too.
safety-aversive-alt-force = 👉 Try this instead: give space instead of pinning. Make a place where your dog can settle (a mat or a crate), and reward it for going there.
safety-aversive-alt-mouth = 👉 Try this instead: when teeth touch skin, stop the game at once and go still for a few seconds, then offer a toy or a chew to bite instead. If the biting comes when you touch or handle your dog, stop, and pair short touches with treats, slowly.
safety-aversive-alt-shock = 👉 Try this instead: find out why your dog barks or lunges (fear, excitement, boredom), keep more distance from what sets it off, and reward calm looking.
safety-aversive-alt-prong = 👉 Try this instead: switch to a front-clip harness and reward your dog every time the lead is loose; when it goes tight, stop and wait.
safety-aversive-alt-choke = 👉 Try this instead: switch to a harness that does not tighten, and reward often when your dog walks beside you; when the lead goes tight, stop and wait.
safety-aversive-alt-leash = 👉 Try this instead: instead of jerking the lead, stand still, and reward the moment your dog looks back at you. A front-clip harness helps.
safety-aversive-alt-spray = 👉 Try this instead: rather than startling your dog, teach it what to do instead (go to its mat, pick up a toy), and reward that straight away.
safety-aversive-alt-confine = 👉 Try this instead: keep the crate or a room a safe, happy place, never a punishment. When the behaviour starts, calmly lead your dog away from what sets it off, give it something to do instead (a chew, its mat), and reward that.
safety-aversive-alt-nose = 👉 Try this instead: clean accidents quietly with an enzyme cleaner, take your dog out right after sleeping and eating, and praise it on the spot when it goes outside.
safety-aversive-alt-pulling = 👉 Try this instead: for pulling, use a front-clip harness and reward your dog every time the lead is loose; when it goes tight, stop and wait, and walk on once it slackens.
## The alternative to holding the mouth shut when the dog barks (stop 52; ASPCA, "Barking": find what sets it off, reward quiet).
safety-aversive-alt-barking = 👉 Try this instead: rather than holding the mouth, find out what your dog barks at (a sound, people passing, being left alone). Keep more distance from it, and reward with a treat the moment your dog looks at it quietly or looks at you, before the barking starts. If the barking starts, calmly lead your dog away.
## The alternative when holding the mouth is for another behaviour than barking or mouthing (stop 52): the general one, as for hitting.
safety-aversive-alt-general = { safety-aversive-alt-hitting }
## A new sign told right after an emergency ("shes shaking and her heart is racing" after chocolate; owner trial 31: a new report with a training plan): added to its report, go now.
aftercare-sign-added = 🆘 I've added that to the { $kind ->
        [toxin] poisoning report
        [foreign_body] report of what was swallowed
       *[other] report you just sent
    }. New signs like these mean it's urgent: go to a vet or an emergency vet now, and call ahead on the way.
