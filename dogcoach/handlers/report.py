"""Free text outside a flow is a behaviour report: saved first, whatever happens next.

The report is stored `pending` in the turn's transaction and checked for red flags and aversive
methods (`safety.screen`, answered first, in this turn); the analysis service picks it up once the
turn has committed, and the user is answered at once with "analysing…" (see `results.acknowledge`).
"""

from __future__ import annotations

from dogcoach.handlers import onboarding, profile, removed, safety
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.results.render import report_language, speak_report_language
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog, Report
from dogcoach.services.understanding import BITTEN_NOTED, bitten_only

# The behaviour a report repeats is quoted this long at most.
QUOTED_CHARS = 60


async def handle(turn: Turn, *, tip: bool = True, repeats: Report | None = None) -> None:
    """Save the turn's text as a report and queue it; `tip` False: no "tell me about your dog"
    line (the survey is open, or offered in its own words). A report that tells the behaviour
    just analysed happened again, naming none ("또 그랬어요", `Understanding.again`), repeats
    `repeats` (the report the follow-up asked about), else the owner's newest incident."""
    u = turn.understanding
    if u is not None and u.again and repeats is None:
        repeats = await turn.session.latest_incident(turn.user.id)
    await save(turn, turn.text, tip=tip, repeats=repeats if u is not None and u.again else None)
    if u is not None and u.asked:
        # "Coco barked at the bin men this morning. Is that normal for a mix?": the report is
        # analysed whole; the question beside it is said to be seen, never dropped silently (batch 76)
        turn.say("report-question-noted", question=u.asked)


async def save(
    turn: Turn, text: str, *, tip: bool = True, screened: bool = False, repeats: Report | None = None
) -> None:
    """Save `text` as a report of the dog it is about (the one of the owner's dogs it names, else
    the active dog), answer what safety calls for (unless `screened` already, when the text first
    came), say which dog when it is not the active one, answer "analysing…" and queue it.

    `repeats`: the report whose behaviour `text` says happened again ("she just did it again"):
    decided, the new report is that report's text and then the owner's words, under its dog, so
    the analysis reads what "it" was and the records show the behaviour once more (issue 11: the
    words were glued onto the old report as its answer); the old report is left as it was."""
    if repeats is not None:
        dog = await turn.session.get_dog(repeats.dog_id) if repeats.dog_id is not None else None
        # what it repeats (with the detail told about it), without the same words said again: a
        # repeat of "또 그랬어요" does not carry it twice
        told = "\n".join(line for line in repeats.text.strip().splitlines() if line.strip() != text.strip())
        said, named, text = text, False, f"{told}\n{text}"
    else:
        said, told = text, ""
        dog, named = await dog_of(turn, text)
        surveyed = await _dog_surveyed(turn, text)
        if surveyed is not None:  # "she barks every night" at Bori's age question: Bori's
            dog = surveyed
    offered = _offered_named(turn, text) if not named and dog is not None else ""
    gone = ""  # a dog the owner removed, named (stop 57): said so, kept here for now, offered again
    if not offered and not named and dog is not None:
        gone = await removed.named(turn, text, alone=False)
        offered = gone or await _unregistered_named(turn, text, dog)
    if (
        offered
        and dog is not None
        and turn.services.understander.dog_subject(text, [dog.name or "", offered]) == 0
    ):
        # "코코가 보리 밥그릇 근처가면 으르렁대요" with 보리 not registered (stop 50 owner trial:
        # "filed under 코코 for now, moved to 보리's once she is added"): 코코 does it, her report
        offered = ""
    # about a dog not registered (stop 64 owner trial: "두부가 … 다른 개를 물었어요 피가 났어요"
    # filed under 콩이, its red flag in 콩이's vet summary, /history and /week): kept with no dog,
    # analysed, its card shown, counted for none of the owner's dogs; the report keeps the words
    # naming that dog, and adding it moves the report to it (`onboarding.storing._reports_moved_to`)
    apart = bool(offered) and not gone and dog is not None
    filed = None if apart else dog
    report = await turn.session.add_report(
        turn.user.id, filed.id if filed else None, text, report_language(text, turn.locale)
    )
    if repeats is None and onboarding.adding_unnamed(turn.state) and not await _names_a_dog(turn, text):
        # at a further dog's name question, no dog row yet: filed under the active dog for now,
        # moved to the new dog once its name makes it (`onboarding.storing`, `TOLD_UNNAMED`)
        kept = turn.state.data.get(onboarding.TOLD_UNNAMED)
        turn.state.data[onboarding.TOLD_UNNAMED] = [*(kept if isinstance(kept, list) else []), report.id]
    speak_report_language(turn, report)  # everything said about it, in the language it was typed in
    if not screened:
        # a repeat: the owner's new words, then its first report's words for red flags only (what
        # the owner did then was answered then; owner trial 10: the punishment note again)
        await safety.screen(turn, said, report=report, dog=filed)
        if told:
            await safety.screen(turn, told, report=report, dog=filed, methods=False)
    if turn.incoming.caption and said.strip() == turn.text:
        # a photo's caption kept as the report (stop 63 trial: nothing said of the photo): the
        # words are read, the photo is not, in one line
        turn.say("report-photo-unread")
    if repeats is not None:
        turn.say("report-again", text=_first_line(repeats.text))
    together = await _together(turn, text) if repeats is None else []
    if together and dog is not None:
        await filed_once(turn, dog, together)
    elif named and dog is not None and await _called_by_pronoun(turn, text, dog):
        active = await turn.active_dog()
        turn.say("report-filed-pronoun", name=dog.name or "", other=active.name if active else "")
    elif named and dog is not None:
        turn.say("report-filed-under", name=dog.name or turn.t("value-none"))
    elif dog is not None and turn.services.understander.both_dogs(text):
        await filed_once(turn, dog)
    if repeats is None and bitten_only(turn.messages, text):
        await _bitten_kept(turn, report)
    elif turn.services.on_report is not None:
        await turn.services.on_report(turn, report)
        return
    elif (queue := turn.services.analysis) is None:
        # no analysis configured (a bare engine): the report is kept for later
        turn.say("report-saved", name=dog.name if dog else "none")
    else:
        acknowledge(turn, report, queue)
    if dog is None and tip and (gone := await removed.named(turn, text, alone=False)):
        # the owner's only dog removed, then told of (stop 57): kept with no dog, said so; added
        # again, the first dog takes the reports kept with none
        profile.offer_new_dog(turn, "report-kept-removed", typed=gone, offer="yes")
        turn.state.data[profile.OFFERED_NAME] = gone
    elif dog is None and tip:
        turn.say("report-no-dog")
    if offered and dog is not None and turn.state.flow == onboarding.FLOW:
        # mid-survey ("Milo peed on the rug" during Bella's survey, English trial 5: filed under
        # Bella without a word): where it went; adding the dog is offered when the survey is done
        if not isinstance(turn.state.data.get(onboarding.NEWDOG_AFTER), str):
            turn.state.data[onboarding.NEWDOG_AFTER] = offered
        if gone:
            turn.say("report-filed-removed", typed=offered, name=dog.name or "", offer="no")
        else:
            turn.say("report-filed-unregistered-later", typed=offered, name=dog.name or "")
    elif offered and dog is not None:
        # "초코가 산책할때 …" right after adding 초코 was offered (Korean trial K2: filed under 코코
        # without a word, the offer dropped): where it went, and the offer again; a dog not
        # registered named in a report ("Milo peed on the rug", "Bella and Milo fought"; English
        # trial 5) the same
        if gone:
            profile.offer_new_dog(
                turn, "report-filed-removed", typed=offered, name=dog.name or "", offer="yes"
            )
        else:
            profile.offer_new_dog(turn, "report-filed-unregistered", typed=offered, name=dog.name or "")
        turn.state.data[profile.OFFERED_NAME] = offered


async def _bitten_kept(turn: Turn, report: Report) -> None:
    """A report that only tells the dog was bitten by another dog (`understanding.bitten_only`;
    stop 53): decided, kept in the records (/history, /week, the hand-over's red flags) with the
    dog-bitten card `safety.screen` showed, never sent to the model and no follow-up question:
    the analysis is about the dog's own behaviour, and here the dog was the victim. One line says
    so and asks how the dog reacted (fear afterwards, reactivity on later walks), which told is
    a report, analysed. The report is finished with `BITTEN_NOTED` as its analysis and counts as
    seen, so nothing is queued or delivered for it (as a question the vet note answers)."""
    report.status = "done"
    report.analysis = {BITTEN_NOTED: True}
    await turn.session.update_report(report)
    await turn.session.claim_delivery(report.id)
    turn.say("report-bitten-noted")


async def _names_a_dog(turn: Turn, text: str) -> bool:
    """`text` names one of the owner's dogs (any of them, the active one too)."""
    dogs = await turn.session.list_dogs(turn.user.id)
    return bool(turn.services.understander.dogs_named(text, names_as_typed(turn, text, dogs)))


async def _dog_surveyed(turn: Turn, text: str) -> Dog | None:
    """The further dog whose survey is open (/newdog, its name given), when `text` names none of
    the owner's dogs: the owner is telling about the dog asked about (stop 52, helper glue52:
    "she barks every night" at Bori's questions was filed under Rex, the active dog, because a
    further dog is made active only once confirmed). None outside such a survey, or when a dog is
    named ("Rex barked again" there is Rex's, as `dog_of` reads it)."""
    if turn.state.flow != onboarding.FLOW or not turn.state.data.get("another"):
        return None
    dog_id = turn.state.data.get("dog_id")
    if not isinstance(dog_id, int) or await _names_a_dog(turn, text):
        return None
    return await turn.session.get_dog(dog_id)


async def _called_by_pronoun(turn: Turn, text: str, dog: Dog) -> bool:
    """`dog` is the one `text` called by its pronoun and named no dog (`by_pronoun`)."""
    dogs = await turn.session.list_dogs(turn.user.id)
    if turn.services.understander.dogs_named(text, names_as_typed(turn, text, dogs)):
        return False
    called = by_pronoun(turn, text, dogs, await turn.active_dog())
    return called is not None and called.id == dog.id


def _offered_named(turn: Turn, text: str) -> str:
    """The name of the dog adding was offered for (`profile.OFFERED_NAME`, the offer still open)
    when `text` names it ("초코가 …", "Choco lunges…"); "" otherwise."""
    offered = str(turn.state.data.get(profile.OFFERED_NAME) or "")
    if not offered or not turn.state.data.get(profile.OFFERED):
        return ""
    return offered if turn.services.understander.dogs_named(text, [offered]) else ""


async def _unregistered_named(turn: Turn, text: str, dog: Dog) -> str:
    """The name of a dog not registered that `text` is about, as typed: the dog waiting to be added
    after the survey ("add my other dog Milo", then "Milo peed on the rug"; `NEWDOG_AFTER`), one
    adding was offered for before (`profile.mentioned`: "두부는 …", any particle), or one the words
    name (`Understander.dog_not_registered`: "Bella and Milo fought over food");
    "" for none."""
    understander = turn.services.understander
    waiting = turn.state.data.get(onboarding.NEWDOG_AFTER)
    if isinstance(waiting, str) and waiting and understander.dogs_named(text, [waiting]):
        return waiting
    dogs = await turn.session.list_dogs(turn.user.id)
    names = [d.name or "" for d in dogs]
    registered = {n.casefold() for n in names if n}
    told = [n for n in profile.mentioned(turn) if n.casefold() not in registered]
    found = understander.dogs_named(text, told)
    if found:  # "두부는 어제 쇼파 다 뜯어놨어" after 두부's offer closed (owner trial 25)
        return told[found[0]]
    former = [n for d in dogs for n in d.former_names]  # "rex" after rex → rexy is no new dog (stop 34)
    return understander.dog_not_registered(text, [*names, dog.name or "", *former])


async def dog_of(turn: Turn, text: str) -> tuple[Dog | None, bool]:
    """The dog `text` is about: another of the owner's dogs when it names that one alone
    ("보리가 산책할 때…" with 초코 active) or as the subject among several ("보리가 초코 밥을
    뺏어먹어요"; owner trial 10), else the active dog; and whether it was named so."""
    active = await turn.active_dog()
    dogs = await turn.session.list_dogs(turn.user.id)
    if len(dogs) < 2:
        return active, False
    names = names_as_typed(turn, text, dogs)
    slipped = turn.services.understander.dog_after_slip(text, names)
    if slipped is not None:  # "…sorry, not rocky, luna", "…아 아니다 반대예요 쿠키가…" (stop 62)
        dog = dogs[slipped]
        return dog, active is None or dog.id != active.id
    together = [dogs[i] for i in turn.services.understander.dogs_together(text, names)]
    if together:  # "max and bella both bark": the active one of the two, else the first
        dog = next((d for d in together if active is not None and d.id == active.id), together[0])
        return dog, active is None or dog.id != active.id
    if turn.services.understander.both_dogs(text):
        # "둘다 그래요 초코도 똑같이 짖어요", "Both of them lost it at the mailman, Rocky started
        # and Penny joined in" (held-out 11: filed under the one named): about both, kept once
        return active, False
    found = turn.services.understander.dogs_named(text, names)
    if len(found) > 1:  # "콩이가 두부 밥을 뺏어먹어요", "Rex keeps stealing Max's food": the subject's
        subject = turn.services.understander.dog_subject(text, names)
        found = (subject,) if subject is not None else found
    if len(found) == 1 and turn.services.understander.named_as_target(text, names):
        # "she growls at clyde…", "맥스한테 짖어요": the dog named is the one growled at (owner
        # trial 17: filed under Clyde); the other of two dogs when that one is active, else the active
        named = dogs[found[0]]
        others = [d for d in dogs if d.id != named.id]
        if active is not None and named.id == active.id and len(others) == 1:
            return others[0], True
        return active, False
    if not found and (called := by_pronoun(turn, text, dogs, active)) is not None:
        return called, True  # "hes been limping" with Luna active and Rex the male (stop 50)
    if len(found) != 1 or (active is not None and dogs[found[0]].id == active.id):
        return active, False
    return dogs[found[0]], True


def by_pronoun(turn: Turn, text: str, dogs: list[Dog], active: Dog | None) -> Dog | None:
    """The one other dog `text` calls by its pronoun when the active dog is of the other sex
    (`Understander.opening_pronoun_sex`: "hes been limping" with Luna, a female, active and Rex
    the only male; stop 50: filed under Luna). None when the active dog's sex is not known, is
    that sex, or not exactly one other dog is of it (several males: which one is not guessed).
    Korean has no such pronouns ("걔가", "그 아이": the active dog)."""
    sex = turn.services.understander.opening_pronoun_sex(text)
    if not sex or active is None or sex_of(active) in ("", sex):
        return None
    fits = [d for d in dogs if d.id != active.id and sex_of(d) == sex]
    return fits[0] if len(fits) == 1 else None


def sex_of(dog: Dog) -> str:
    """The dog's sex as a pronoun tells it ("male", "female"), "" when not answered."""
    stored = dog.answers.get("sex")
    return stored.split("_")[0] if isinstance(stored, str) else ""


def names_as_typed(turn: Turn, text: str, dogs: list[Dog]) -> list[str]:
    """The dogs' names as `text` calls them: each dog's name now, or a name it had before a rename
    (`Dog.former_names`) when `text` names that one and not the name now, no dog having it now
    (owner trial 16: after 초코 → 쪼꼬, "초코가 보리한테 짖어요" is 쪼꼬's, never the active dog's
    nor a new dog's)."""
    understander = turn.services.understander
    names = [d.name or "" for d in dogs]
    now = {n.casefold() for n in names}
    for i, dog in enumerate(dogs):
        former = [n for n in dog.former_names if n.casefold() not in now]
        if not former or understander.dogs_named(text, [names[i]]):
            continue
        hit = understander.dogs_named(text, former)
        if hit:
            names[i] = former[hit[0]]
    return names


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= QUOTED_CHARS else line[: QUOTED_CHARS - 1].rstrip() + "…"


async def _together(turn: Turn, text: str) -> list[Dog]:
    """The owner's two dogs `text` opens with, joined ("max and bella both bark"); [] for none."""
    dogs = await turn.session.list_dogs(turn.user.id)
    if len(dogs) < 2:
        return []
    return [dogs[i] for i in turn.services.understander.dogs_together(text, names_as_typed(turn, text, dogs))]


async def filed_once(turn: Turn, dog: Dog, together: list[Dog] | None = None) -> None:
    """A report about two dogs at once ("both pull on the leash") with two or more dogs: decided,
    one report under `dog` (the active one) and one analysis, with its profile: a row per dog
    would send the same text to the model twice, and a report has one dog. One line says where
    it went and how to move it ("I meant Bori": `results.retold`). Also for "둘 다 그래요", "they
    both do it" added to a report as its follow-up's answer (`followup.append`). `together`: the
    two dogs the report named joined ("max and bella both bark", owner trial 11): the other is the
    one named, not any other dog. Decided (owner trial 11) to keep one report, not one per dog nor
    a question with buttons: a report has one dog, two rows would ask the model the same thing
    twice, and the owner who told it at once would have to answer before anything is analysed;
    the line says where it went and how to move it."""
    pool = together or await turn.session.list_dogs(turn.user.id)
    others = [d for d in pool if d.id != dog.id and d.name]
    if others:
        turn.say("report-both-dogs", name=dog.name or turn.t("value-none"), other=others[0].name)
