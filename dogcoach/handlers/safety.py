"""Safety first: every report and question is checked for red flags and aversive methods in the
turn it arrives, before anything is queued for the model, and answered in that same turn.

The answer (`SafetyCheck.render`: what to do now, who to see, or why punishment backfires and what
to do instead) comes before the acknowledgement, so it is read first, and it needs no model: it
is there with the model down too. Each red flag raised is recorded (`red_flags`) with the report
or question it was found in, for the owner's record and the hand-over summary. The analysis or
the answer follows as usual.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from dogcoach.domain.types import META_SAFETY, Reply
from dogcoach.handlers.results.render import report_language, translator
from dogcoach.handlers.turn import Turn
from dogcoach.services.coaching.models import PlanStatus
from dogcoach.services.i18n import Translator
from dogcoach.services.safety import FlagKind, SafetyCheck
from dogcoach.services.store import Dog, Report
from dogcoach.services.understanding import INCIDENT_HISTORY, Kind

# The survey's worst reaction ("the strongest reaction … ever shown toward a person or another
# dog"), mildest first as the question lists it (`domain.survey`), and the option a red flag of a
# report shows (stop 55): a bite that drew blood, a bite, a snap at a person. A child bitten with
# no wound said is a bite. A puppy's nip (`FlagKind.PUPPY_NIP`) is mouthing, no reaction toward
# anyone; the owner's dog bitten is no reaction of its own.
WORST = "worst_reaction"
WORST_ORDER: tuple[str, ...] = ("none", "growl", "snap", "bite", "bite_injury")
WORST_TOLD: dict[FlagKind, str] = {
    FlagKind.BITE_INJURY: "bite_injury",
    FlagKind.CHILD_BITTEN: "bite",
    FlagKind.BITE_PERSON: "bite",
    FlagKind.SNAP_PERSON: "snap",
}
# The dog's answers list the questions answered "don't know" under this key (`handlers.card`).
UNKNOWN_ANSWERS = "unknown"


async def screen(
    turn: Turn, text: str, *, report: Report | None, dog: Dog | None, methods: bool = True
) -> SafetyCheck:
    """Check `text` (what the owner just wrote: a report, a question, an addition to a report);
    answer what it calls for and record its red flags against `report` (None: not saved yet).
    The answer is in the language of what they wrote, as everything about a report is.

    `methods` False: the aversive methods in `text` are not answered (a behaviour repeated, "he did
    it AGAIN", copies the words of its first report, where what the owner did was answered; owner
    trial 10: the punishment note shown again). An answer the turn shows already is not shown twice.

    The medicine note (`SafetyCheck.medicine`) answers a question only ("how many mg of trazodone",
    stop 49); a report that names a medicine is analysed as it is, but a human painkiller is
    warned against told or asked (`SafetyCheck.told`, stop 50). Returns what was answered, so a
    question the note answers is not sent to the model (`handlers.question`)."""
    age = dog.answers.get("age_months") if dog is not None else None
    months = int(age) if isinstance(age, int | float) and not isinstance(age, bool) else None
    check = turn.services.safety.check(text, age_months=months, children=await _children(turn, dog))
    if not methods:
        check = dataclasses.replace(check, aversive=())
    # asked ("분무기 뿌려도 돼요?", "what do i do if he has a seizure?"), not told: the owner is not
    # thanked for admitting a punishment, and nothing happened that puts the training on hold
    asked = turn.understanding is not None and turn.understanding.kind is Kind.QUESTION
    if not asked:
        check = check.told  # a medicine named in a report: no note, but a human painkiller's
    if turn.understanding is not None and turn.understanding.reason == INCIDENT_HISTORY:
        # "shes never done that before" right after a bite's result (English owner trial, stop 50:
        # "Health first — a sudden change in behaviour…"): the incident's history, no change
        flags = tuple(f for f in check.flags if f.kind is not FlagKind.SUDDEN_CHANGE)
        check = dataclasses.replace(check, flags=flags)
    if not check:
        return check
    for flag in check.flags:
        await turn.session.add_red_flag(
            turn.user.id,
            dog.id if dog is not None else None,
            report.id if report is not None else None,
            flag.kind,
            flag.urgency,
            flag.evidence,
        )
    if check.emergency and not asked:
        await hold_training(
            turn, report.dog_id if report is not None else dog.id if dog is not None else None
        )
    t = (
        translator(turn.messages, report)
        if report is not None
        else Translator(turn.messages, report_language(text, turn.locale))
    )
    said = check.render(t, asked=asked)
    note = _bite_note(turn, check, text, dog)
    if note is not None:
        person = next(f.message_id for f in check.flags if f.kind is FlagKind.BITE_PERSON)
        said = said.replace(t(person), t(note))
    raised = None if asked else await _raise_worst(turn, t, check, report=report, dog=dog)
    if raised is not None:
        said += "\n\n" + raised
    if any(r.text == said for r in turn.replies):
        return check  # the same note in one turn once (a repeat and its first report's words)
    turn.reply(Reply(said, meta={META_SAFETY: [str(f.kind) for f in check.flags]}))
    return check


async def _children(turn: Turn, dog: Dog | None) -> bool:
    """The profile says a child under 12 lives with the dog (the survey's children question): a
    young sibling named in a bite ("동생 손 물었어요") is a child (owner trial 33). The dog of a
    survey open now counts too: a bite told while a second dog is surveyed is read against the
    active (first) dog, whose answer may be older or "no", while the household's child was just
    told for the new one (stop 49, owner trial 34: "남동생 8살" then "동생 손 물었어요 피났어요" got
    the adult card)."""
    if dog is not None and dog.answers.get("children") == "yes":
        return True
    surveyed = turn.state.data.get("dog_id")
    if not isinstance(surveyed, int) or (dog is not None and surveyed == dog.id):
        return False
    other = await turn.session.get_dog(surveyed)
    return other is not None and other.user_id == turn.user.id and other.answers.get("children") == "yes"


# The concerns that name whom the dog is aggressive toward (`survey.CATEGORIES`).
TOWARD_PEOPLE, TOWARD_DOGS = "aggression_people", "aggression_dogs"
BITE_NOTE_DOGS, BITE_NOTE_UNKNOWN = "safety-note-bite-dog", "safety-note-bite-unknown"


def _bite_note(turn: Turn, check: SafetyCheck, text: str, dog: Dog | None) -> str | None:
    """At the worst-reaction question, a bite that names nobody ("bite", the option's own word):
    the note for whom the dog's concerns say it is aggressive toward, dogs only (`BITE_NOTE_DOGS`)
    or nobody said (`BITE_NOTE_UNKNOWN`); None keeps the person's note (concerns toward people, or
    a person named). Stop 63: "bite" of a dog aggressive toward dogs only got "A bite on a person
    matters…"."""
    if turn.state.step != WORST or not any(f.kind is FlagKind.BITE_PERSON for f in check.flags):
        return None
    if turn.services.safety.person_named(text):
        return None
    concerns = (dog.answers.get("concerns") if dog is not None else None) or ()
    if TOWARD_PEOPLE in concerns:
        return None
    return BITE_NOTE_DOGS if TOWARD_DOGS in concerns else BITE_NOTE_UNKNOWN


async def hold_training(turn: Turn, dog_id: int | None) -> None:
    """A medical emergency told for the dog (`SafetyCheck.emergency`), however it came (a report,
    an answer to a result's question, a survey answer, a check-in's note): its training waits for
    the vet. Each plan being tried is set "referred" (a professional first: what a check-in
    answered after a red flag decides, `coaching.plans.advise`) and its pending check-ins skipped,
    so no "how did the step go?" comes days later (stop 45: "he just ate grapes" at "how often?"
    kept the barking plan its result had just made, and its check-in). A new report after the
    vet starts a plan again. One only asked about ("what do i do if he has a seizure?") holds
    nothing (`screen`). `dog_id` None: the owner's reports with no dog."""
    for plan in await turn.session.list_plans(turn.user.id, dog_id):
        if plan.dog_id == dog_id and plan.status == PlanStatus.ACTIVE:
            await turn.session.set_plan_status(plan.id, PlanStatus.REFERRED)
            await turn.session.skip_plan_checkins(plan.id, "emergency")


def emergency(turn: Turn, text: str) -> bool:
    """`text` tells a medical emergency (`SafetyCheck.emergency`): at a survey question it is a
    report, never the answer (stop 44: "지금 발작해요 어떡해요" kept as the health note)."""
    return turn.services.safety.check(text).emergency


# How long after a red flag good news is read against it ("he's fine now I think" an hour after a
# seizure): the urgent flags ask for a vet within a day, so a day.
ALARM_WINDOW = dt.timedelta(hours=24)
# The urgencies whose advice good news must not seem to cancel (`SafetyCheck.urgency`).
URGENT = frozenset({"now", "within_24h"})


async def alarm_recent(turn: Turn) -> bool:
    """The owner's latest report or question raised a red flag asking for help now or within a
    day, in the last `ALARM_WINDOW` (owner trial 23: "he's fine now I think" after a seizure got
    "wonderful progress! 🎉", as if the vet advice were void). Only the latest: news after another
    report since, or about another dog's plan, is news again (owner trial 24: a day of vet
    reminders after any flag)."""
    latest = await turn.session.list_reports(turn.user.id, limit=1)
    if not latest:
        return False
    since = dt.datetime.now(dt.UTC) - ALARM_WINDOW
    flags = await turn.session.user_red_flags(turn.user.id)
    return any(f.report_id == latest[0].id and f.urgency in URGENT and f.raised_at >= since for f in flags)


async def repeat_urgent(turn: Turn, t: Translator | None = None) -> None:
    """The latest report's urgent safety advice shown again, nothing recorded (its flags were,
    when it came): for "what do I do??" right after it (owner trial 29: with the model busy or
    down the question only waited in line, the first aid above it scrolled away). Nothing shown
    when no urgent flag was raised by the latest report in the last `ALARM_WINDOW`.

    Said in `t`, by default the language the owner asks in (stop 56: after switching to English,
    "what should i do now" got the first aid again in the Korean of the report)."""
    if not await alarm_recent(turn):
        return
    [latest] = await turn.session.list_reports(turn.user.id, limit=1)
    dog = await turn.active_dog()
    check = turn.services.safety.check(latest.text, children=await _children(turn, dog))
    check = dataclasses.replace(check, aversive=())
    if check.flags:
        said = check.render(t or Translator(turn.messages, report_language(turn.text, turn.locale)))
        turn.reply(Reply(said, meta={META_SAFETY: [str(f.kind) for f in check.flags]}))


async def _raise_worst(
    turn: Turn, t: Translator, check: SafetyCheck, *, report: Report | None, dog: Dog | None
) -> str | None:
    """The profile's worst reaction raised to what a report just told, and the line that says so
    (None when nothing changed). Stop 55, verification trial: the survey said "none", the owner
    then reported a bite that drew blood, and the profile still said "none" (the hand-over summary
    and every later analysis read it). Only upward: a snap told after a bite changes nothing, the
    survey's answer is kept until something worse is told. Only a dog whose survey answered the
    question (a value, or "don't know"): an open survey asks it itself."""
    told = [WORST_TOLD[k] for k in check.kinds if k in WORST_TOLD]
    if dog is None or not told or (report is not None and report.dog_id not in (None, dog.id)):
        return None
    worst = max(told, key=WORST_ORDER.index)
    listed = list(dog.answers.get(UNKNOWN_ANSWERS) or [])
    before = dog.answers.get(WORST)
    if before is None and WORST not in listed:
        return None  # not answered yet
    if before in WORST_ORDER and WORST_ORDER.index(before) >= WORST_ORDER.index(worst):
        return None
    was = t(f"survey-opt-{WORST}-{before}") if before in WORST_ORDER else t("value-unknown")
    dog.answers[WORST] = worst
    dog.answers[UNKNOWN_ANSWERS] = [k for k in listed if k != WORST]
    await turn.session.save_dog(dog)
    return t(
        "safety-worst-raised",
        name=dog.name,
        field=t(f"survey-field-{WORST}"),
        before=was,
        after=t(f"survey-opt-{WORST}-{worst}"),
    )
