"""The labelled corpus (tests/corpus/*.tsv, see its README) run through the understanding service.

Prints accuracy per kind and per state, and counts the two errors that matter most apart:
- **lost**: a report understood as anything that would not keep and analyse it (an answer, small
  talk, noise, a command…); an ambiguous result that offers "new report" is not lost;
- **leaked**: something that is not a report understood as one, so it would reach the model.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from dogcoach.bot.router import SURVEY_OFFER
from dogcoach.domain.survey import BY_KEY
from dogcoach.domain.survey import Kind as QuestionKind
from dogcoach.handlers.coaching.checkins import outcome_options
from dogcoach.handlers.onboarding import DONE, NAME_HINT_BUTTONS, SKIP, back_option, edit_pick_context
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.profile import OFFER_OPTIONS
from dogcoach.handlers.results.render import SKIP_FOLLOWUP
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import (
    Approximate,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Since,
    SincePuppy,
    Unclear,
    Understander,
    Understanding,
    Value,
)

CORPUS = Path(__file__).parent / "corpus"
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    state: str
    expected: str
    fault: bool
    text: str
    media: bool

    @property
    def typed(self) -> str:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), self.text)
        if text.startswith("nfd:"):
            return unicodedata.normalize("NFD", text[4:])
        return text

    @property
    def expected_kind(self) -> str:
        return self.expected.partition(ANSWERED)[0].split(":", 1)[0]

    def __str__(self) -> str:
        return f"{self.file}:{self.line} [{self.state}] {self.text!r} → {self.expected}"


def load(name: str) -> list[Case]:
    cases = []
    for n, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        state, expected, tag, text = line.split("\t", 3)
        media = text.startswith("media:")
        cases.append(Case(name, n, state, expected, tag == "fault", text[6:] if media else text, media))
    return cases


TUNED = load("messages.tsv")
HELD_OUT = load("heldout.tsv")


# `survey:<key>+pending`: that survey question is open and the owner's last report waits for its
# result (or was shown a moment ago): detail about it is `detail`, an answer to the question `answer`.
PENDING_SUFFIX = "+pending"
# `survey:<key>+recent`: that question open and the last report's result shown a moment ago.
RECENT_SUFFIX = "+recent"
# A result's question shown in the turn that offered adding a dog ("아 콩이 말고 보리요": 보리 is not
# registered; Kakao shows the result at that turn): the offer's yes and no are taken there too.
OFFER_SUFFIX = "+newdog-offer"
# The survey offered after a first report ("yeah sure lets do it" takes it): its two options.
SURVEY_OFFER_SUFFIX = "+survey-offer"
# `survey:<key>+poisoned`: as `+pending`, the report waiting raised a poisoning (batch 186): how
# much was eaten ("maybe 4 or 5") is detail even where it would answer the question.
POISONED_SUFFIX = "+poisoned"
# `survey:<key>+bite-reported`: as `+pending`, the report a moment ago raised a bite with a wound
# (batch 287): the same bite told again at the question is its answer, no second report.
BITTEN_SUFFIX = "+bite-reported"
# `survey:<key>+buttons`: that question's options shown with no number beside them (Kakao's quick
# replies, Telegram's buttons; stop 63): a bare number picks none ("1": `answer:!`, the option at
# it named in the re-ask), a position said as one ("2번", "option 2") does.
BUTTONS_SUFFIX = "+buttons"


def context_for(state: str) -> Context:
    if state == "idle":
        return Context()
    if state == "first":
        return Context(Expect.FIRST_CONTACT)
    if state == "pending":  # idle, a report's result not shown yet: detail about it may follow
        return Context(Expect.PENDING)
    if state == "recent":  # idle, a report's result shown a moment ago: detail may still follow
        return Context(Expect.PENDING, seen=True)
    if state == "checkin":  # a check-in's "how did it go?" (check-in 1): its four answers
        return Context(Expect.CHOICE, outcome_options(1))
    if state.startswith("checkin:"):  # the same, following up this behaviour ("checkin:barking")
        return Context(Expect.CHOICE, outcome_options(1), about=state.partition(":")[2])
    if state == "note":  # a check-in's "anything to add?"
        return Context(
            Expect.NOTE, (Option("checkin:note:skip", "coaching-checkin-note-skip", numbered=False),)
        )
    if state.startswith("note:"):  # the same, following up this behaviour ("note:barking", batch 438)
        skip = Option("checkin:note:skip", "coaching-checkin-note-skip", numbered=False)
        return Context(Expect.NOTE, (skip,), about=state.partition(":")[2])
    if state == "newdog-offer":  # idle, adding a dog offered ("add another dog?"): its yes and no
        return Context(Expect.NOTHING, OFFER_OPTIONS)
    if state.endswith(SURVEY_OFFER_SUFFIX):  # the survey offered after a first report
        found = context_for(state.removesuffix(SURVEY_OFFER_SUFFIX))
        return dataclasses.replace(found, options=found.options + SURVEY_OFFER)
    if state.endswith(OFFER_SUFFIX):  # a result's question shown with adding a dog offered
        found = context_for(state.removesuffix(OFFER_SUFFIX))
        return dataclasses.replace(found, options=found.options + OFFER_OPTIONS)
    if state == "survey:edit":  # the list of answers to edit (the profile card's "edit an answer")
        return edit_pick_context()
    if state == "survey:name+hint":  # the name question offering the name the owner gave first
        hint = tuple(Option(button, msg_id, numbered=False) for button, msg_id in NAME_HINT_BUTTONS)
        return survey_context(BY_KEY["name"], hint)
    if state.endswith(RECENT_SUFFIX):  # a survey question, and a report's result shown a moment ago:
        # no follow-up question is open: only how often it happens is still detail (batch 57, 70)
        found = context_for(state.removesuffix(RECENT_SUFFIX))
        return dataclasses.replace(found, detail=True, seen=True)
    if state.endswith(BITTEN_SUFFIX):
        found = context_for(state.removesuffix(BITTEN_SUFFIX))
        return dataclasses.replace(found, detail=True, flags=frozenset({"bite_injury", "bite_person"}))
    if state.endswith(POISONED_SUFFIX):
        found = context_for(state.removesuffix(POISONED_SUFFIX))
        return dataclasses.replace(found, detail=True, flags=frozenset({"toxin"}))
    if state.endswith(BUTTONS_SUFFIX):  # a survey question shown with buttons: no numbers beside them
        found = context_for(state.removesuffix(BUTTONS_SUFFIX))
        shown = tuple(
            dataclasses.replace(o, numbered=False, ordered=True) if o.numbered else o for o in found.options
        )
        return dataclasses.replace(found, options=shown)
    if state.endswith(PENDING_SUFFIX):  # a survey question, and a report waiting: detail may follow
        return dataclasses.replace(context_for(state.removesuffix(PENDING_SUFFIX)), detail=True)
    area, _, key = state.partition(":")
    if area == "followup":
        skip = Option(SKIP_FOLLOWUP, "analysis-followup-skip", numbered=False)
        return Context(Expect.FOLLOWUP, (skip,), topic=key)
    q = BY_KEY[key]
    nav: list[Option] = []
    if q.kind is QuestionKind.MULTI:
        nav.append(Option(DONE, "nav-done", numbered=False))
    if q.optional:
        nav.append(Option(SKIP, "nav-skip", numbered=False))
    # the first question too: no Back button is shown there, but "이전", "go back" are still the
    # command, never the name (owner trial 13; `onboarding.context`); the app's own Back option,
    # read inside a sentence only by a phrase that asks to go back (stop 60: the harness's own
    # Back read "her back end" as the button, which the app never did)
    nav.append(back_option())
    return survey_context(q, nav)


def _close(a: float | None, b: str) -> bool:
    return a is not None and abs(a - float(b)) < 0.01


# `<expected>&answered=<words>`: the message also carries the open survey question's answer, those
# words (`Understanding.answered`: the survey stores them as typed alone); `&answered=-`: none
# (stop 53: "근데 견종이 행동에 영향이 있나요" at the breed was a question, as its row said, but
# carried "근데" as the breed, which the survey stored; no row could say so before).
ANSWERED = "&answered="


def matches(u: Understanding, expected: str) -> bool:
    expected, beside, words = expected.partition(ANSWERED)
    if beside and u.answered != ("" if words == "-" else words):
        return False
    kind, _, detail = expected.partition(":")
    if kind == "detail":  # detail about the report waiting, added to it
        return u.kind is Kind.ANSWER and u.detail
    if u.detail and (kind != "answer" or detail):
        return False  # detail is a bare `answer` (idle) or `detail`, never an answer to a question
    if kind == "ambiguous":
        return u.ambiguous
    if u.ambiguous:
        return False
    if kind == "command":  # "@<dog>": the dog named (batch 73); argument "-": none (a status)
        detail, at, dog = detail.partition("@")
        name, _, argument = detail.partition(":")
        if at and (u.dog or "").casefold() != dog.casefold():
            return False
        if argument == "-":
            return u.kind is Kind.COMMAND and u.command == name and not u.argument
        return u.kind is Kind.COMMAND and u.command == name and (not argument or u.argument == argument)
    if kind == "choice":  # "+report": kept as a report too (`incident`); "+only": not
        picks, _, also = detail.partition("+")
        if also and u.incident != (also == "report"):
            return False
        return u.kind is Kind.CHOICE and set(u.picks) == set(picks.split(","))
    if kind == "answer":  # "+report": kept as a report too (`incident`; at the health note, a
        # history question, `safety` alone is screened, not reported); "+only": not (batch 286);
        # "+detail": words before it added to the report waiting (`added`; batch 314), else none
        detail, _, also = detail.partition("+")
        # a report that holds the answer ("8시간인데 그동안 계속 짖어요": REPORT with its `answer`,
        # the survey stores it and the report is kept) is the same answer kept as a report too
        # (held-out 5: "4시간정도인데 그때마다 문긁고 울어요ㅠ", `answer:~4+report`, counted leaked)
        held = also == "report" and u.kind is Kind.REPORT and u.answer is not None
        # at a result's question, the incident after the answer is its own report (`split`,
        # "every day… oh and he peed on the rug again"): kept as a report too (held-out 13)
        incident = u.incident or bool(u.split)
        if not held and (
            u.kind is not Kind.ANSWER or (also in ("report", "only") and incident != (also == "report"))
        ):
            return False
        if bool(u.added) != (also == "detail"):
            return False
        a = u.answer
        if not detail:
            return isinstance(a, Value)
        mark, value = detail[0], detail[1:]
        if mark == "=":
            if not isinstance(a, Value):
                return False
            return _close(a.value, value) if isinstance(a.value, int | float) else a.value == value
        if mark == "~":
            return isinstance(a, Approximate) and _close(a.value, value)
        if mark == "?":
            return isinstance(a, DontKnow)
        if mark == "^":  # "^2": since it was 2 months old (batch 181), "^": since a puppy
            return isinstance(a, SincePuppy) and (not value or _close(a.at_months, value))
        if mark == "@":  # a start ("작년 여름부터요"): its words, as field=value pairs
            if not isinstance(a, Since):
                return False
            said = dict(pair.split("=", 1) for pair in value.split(",") if pair)
            return all(str(getattr(a, field)) == v for field, v in said.items())
        if mark == "!":
            return isinstance(a, Unclear) and (not value or _close(a.understood, value))
        raise ValueError(expected)
    if kind == "small_talk" and detail:  # "small_talk:plan": that reply (batch 39: the plan, not the okay)
        return u.kind is Kind.SMALL_TALK and u.talk == detail
    return u.kind.value == kind


@pytest.fixture(scope="module")
def understander(messages: Messages) -> Understander:
    return Understander(messages)


def lost(case: Case, u: Understanding) -> bool:
    """A report row read as anything the router does not keep and analyse. An answer that is a
    report too (`incident`: the note and a report of its own, `bot.router`'s "a report too") is
    kept (held-out 5: a bite with blood at a check-in's note, reported with its safety card, was
    counted lost); it is still a miss where the row says `report`."""
    if u.kind in (Kind.ANSWER, Kind.CHOICE) and u.incident and not case.state.startswith("followup"):
        return False  # a check-in's outcome with the incident told after its "but" (held-out 9), too
    if case.expected.partition(ANSWERED)[0].endswith("+report"):
        # an answer or a check-in's outcome with a new incident beside it: the incident is lost
        # when it is not kept (held-out 12: "좋아졌어요 근데 이번엔 망고가 고양이한테 으르렁대기
        # 시작했어요" at a check-in took the outcome alone, the growling at the cat dropped)
        return u.kind is not Kind.REPORT and not u.incident and not u.split
    if u.split:  # the incident told after a result's answer, saved as its own report
        return False
    return case.expected_kind == "report" and u.kind is not Kind.REPORT and u.alternative is not Kind.REPORT


def typed_as_read(understander: Understander, case: Case) -> str:
    """The row's text as the router reads it (stop 56, `router._names_set_apart`): the owner's dogs
    named by the row (a report's after its slash, a view's after its `@`) set apart where typed
    glued ("보리기록보여줘", "show me lunas history"); as typed for every other row and in the survey
    (the router leaves its answers as typed)."""
    kind, _, detail = case.expected.partition(":")
    if case.state.startswith("survey"):
        return case.typed
    if kind == "report" and detail.startswith("@"):
        names = detail[1:].partition("/")[2].split(",")
    elif kind == "command" and "@" in detail:
        names = [detail.partition("@")[2]]
    else:
        return case.typed
    return understander.names_set_apart(case.typed, [n for n in names if n])


def filed_under(understander: Understander, case: Case) -> bool:
    """A report row with the dog it is filed under (batch 131, `report:@Max/Max,몽이`: the owner's
    dogs after the slash): the dog `handlers.report.dog_of` picks among them, read as it reads it
    (the one meant after a dog named and taken back; two joined, else the one named, else the subject of several; a dog named only as the one
    aimed at is none); `@-` for none picked (the active dog, or the other of two). True for every other row."""
    kind, _, detail = case.expected.partition(":")
    if kind != "report" or not detail.startswith("@"):
        return True
    want, _, dogs = detail[1:].partition("/")
    names = dogs.split(",")
    typed = typed_as_read(understander, case)
    slipped = understander.dog_after_slip(typed, names)
    if slipped is not None:  # the dog named then taken back in the same message (stop 62)
        return names[slipped] == want
    if understander.dogs_together(typed, names) or understander.both_dogs(typed):
        return want == "-"  # two joined, or both said ("둘다 그래요 초코도 똑같이 짖어요", stop 55)
    found = understander.dogs_named(typed, names)
    if len(found) > 1:
        subject = understander.dog_subject(typed, names)
        found = (subject,) if subject is not None else found
    if len(found) == 1 and understander.named_as_target(typed, names):
        return want == "-"  # the dog named is the one the behaviour is aimed at (batch 140)
    return (names[found[0]] if len(found) == 1 else "-") == want


def leaked(case: Case, u: Understanding) -> bool:
    if case.expected.endswith("+report"):  # an answer that is a report too: analysed either way
        return False
    return case.expected_kind not in ("report", "ambiguous") and u.kind is Kind.REPORT and not u.ambiguous


def run(understander: Understander, cases: list[Case], title: str) -> dict[str, object]:
    by_kind: dict[str, Counter[bool]] = defaultdict(Counter)
    by_state: dict[str, Counter[bool]] = defaultdict(Counter)
    failures: list[str] = []
    lost_cases: list[str] = []
    leaked_cases: list[str] = []
    faults_failed: list[str] = []
    unsaid: list[str] = []  # carrying an answer its row does not name (`&answered=`)
    for case in cases:
        u = understander.understand(
            typed_as_read(understander, case), context_for(case.state), media=case.media
        )
        ok = matches(u, case.expected) and filed_under(understander, case)
        by_kind[case.expected_kind][ok] += 1
        by_state[
            case.state.split(":")[0] if not case.state.startswith("survey") else _survey_group(case.state)
        ][ok] += 1
        if not ok:
            got = f"{u.kind.value}{'/' + u.alternative.value if u.alternative else ''} {u.command or ''}{u.picks or ''}{u.answer or ''} ({u.reason})"
            failures.append(f"{case}  GOT {got}")
            if case.fault:
                faults_failed.append(str(case))
        if u.answered and ANSWERED not in case.expected:
            unsaid.append(f"{case}  ANSWERED {u.answered!r}")
        if lost(case, u):
            lost_cases.append(str(case))
        if leaked(case, u):
            leaked_cases.append(str(case))
    total = len(cases)
    correct = sum(c[True] for c in by_kind.values())
    print(f"\n== {title}: {correct}/{total} = {correct / total:.1%}")
    for name, table in (("kind", by_kind), ("state", by_state)):
        for key, c in sorted(table.items()):
            n = c[True] + c[False]
            print(f"  {name:5} {key:16} {c[True]:3}/{n:<3} {c[True] / n:6.1%}")
    print(f"  lost reports: {len(lost_cases)}   leaked to the model: {len(leaked_cases)}")
    for f in failures:
        print("  MISS", f)
    return {
        "accuracy": correct / total,
        "lost": lost_cases,
        "leaked": leaked_cases,
        "faults_failed": faults_failed,
        "failures": failures,
        "unsaid": unsaid,
    }


def _survey_group(state: str) -> str:
    if state.endswith((PENDING_SUFFIX, RECENT_SUFFIX, POISONED_SUFFIX, BITTEN_SUFFIX)):
        return "survey-pending"
    if state.startswith("survey:name"):  # "survey:name+hint" too
        return "survey-name"
    if state == "survey:edit":  # the list of answers to edit: a choice
        return "survey-choice"
    kind = BY_KEY[state.split(":", 1)[1].removesuffix(BUTTONS_SUFFIX)].kind  # shown with buttons too
    if kind in (QuestionKind.CHOICE, QuestionKind.MULTI):
        return f"survey-{kind.value}"
    if kind is QuestionKind.TEXT:
        return "survey-text"
    return "survey-number"


def test_corpus_is_big_enough_and_covers_every_state() -> None:
    assert len(TUNED) + len(HELD_OUT) >= 200
    states = {c.state.split(":")[0] for c in TUNED}
    assert {"idle", "first", "survey", "followup"} <= states
    kinds = {c.expected_kind for c in TUNED}
    assert kinds >= {
        "report",
        "question",
        "small_talk",
        "noise",
        "media",
        "command",
        "choice",
        "answer",
        "ambiguous",
    }
    assert sum(c.fault for c in TUNED) >= 15


def test_tuned_corpus(understander: Understander) -> None:
    """Every tuned row is a decision kept as a test, so every one must hold. (It was a 95 % floor
    with only the `fault` rows strict: merging two branches once misread a row of one of them,
    "도우말" at the name question, and the run still passed.)"""
    result = run(understander, TUNED, "tuned corpus")
    assert result["unsaid"] == []
    assert result["faults_failed"] == []
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["failures"] == []


def test_held_out_corpus(understander: Understander) -> None:
    """Written with the first tuned batch and not tuned on (one bug it revealed, a frequency word
    inside "today", was fixed). Its first run scored 119/121 (98.3 %). A second held-out batch,
    written later, scored 87/98 (88.8 %) on its first run and was then tuned on, so it moved to
    messages.tsv: expect fresh messages to land nearer that. The floor keeps room for new cases;
    losing a report or sending a non-report to the model is never allowed."""
    result = run(understander, HELD_OUT, "held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.96  # type: ignore[operator]


HELD_OUT_2 = load("heldout2.tsv")


def test_second_held_out_corpus(understander: Understander) -> None:
    """Written 2026-11-30 before that round's fixes, from no trial's findings, and not tuned on:
    its first run is the honest figure for fresh messages (docs/understanding.md). Losing a report
    or sending a non-report to the model is never allowed; the floor leaves room for misses."""
    result = run(understander, HELD_OUT_2, "second held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.85  # type: ignore[operator]


HELD_OUT_3 = load("heldout3.tsv")


def test_third_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-02 by the lead before that round's fixes, from no trial's findings, and not
    tuned on. Its first run: 77/85 (90.6 %), 2 reports lost as noise, none sent to the model; two
    labels were then judged wrong ("평일엔 거의 10시간", "barely ever, maybe an hour" are about 10
    and 1 hour, stored as approximate, not exact) and changed, and the lost reports' kind was
    fixed through the tuned corpus (batch 105). Losing a report or sending a non-report to the
    model is never allowed; the floor leaves room for misses."""
    result = run(understander, HELD_OUT_3, "third held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.85  # type: ignore[operator]


HELD_OUT_4 = load("heldout4.tsv")


def test_fourth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-05 by the lead before that round's fixes, from no trial's findings, and not
    tuned on. Its first run: 86/96 (89.6 %), no report lost, two non-reports taken as reports (a
    question ending "괜찮은건가요", the owner's own reaction told as detail of a waiting report);
    five labels were then judged wrong by the project's own rules ("쯤", "정도" keep a number
    approximate; teenagers are no child under 12) and changed. Losing a report or sending a
    non-report to the model is never allowed; the floor leaves room for misses."""
    result = run(understander, HELD_OUT_4, "fourth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.85  # type: ignore[operator]


HELD_OUT_5 = load("heldout5.tsv")


def test_fifth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-05 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on. Its first run: 91/105 as written, 92/105 (87.6 %)
    once its own "8 weeks" label was put in months, as the README counts them; 4 reports lost
    (a why-question telling what happened today or just now, twice; "it happened again just now
    when the postman came" after a result; a bite with blood at a check-in's note, which the
    channels already reported for its safety flag), 1 non-report taken as one (an amount hedged
    with "정도" inside a report, a label `answer:~4+report`: the corpus now reads a report holding
    its answer as that); the kinds were fixed through the tuned corpus (batches 362-364). Three
    labels were then judged wrong and changed: "terrier mix" is kept as the breed's text, not the
    bare mixed option; "길에서 구조했어요" is the "Shelter / rescue" option; "change the breed" at
    the edit list is the edit command, which opens the breed question on Kakao as the option does.
    Losing a report or sending a non-report to the model is never allowed; the floor leaves room
    for misses."""
    result = run(understander, HELD_OUT_5, "fifth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.85  # type: ignore[operator]


HELD_OUT_6 = load("heldout6.tsv")


def test_sixth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-05 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on. Its first run: 116/133 (87.2 %) as written,
    119/133 once three labels were put in the corpus's own forms (the dog switched to is the
    command's argument; "믹스" is the breed's `choice:mixed`; a trailing "?" hedges no number);
    no report lost, 1 non-report taken as one ("아 그리고 아까 짖은거 밤 11시쯤이었어요" with a
    report waiting: its detail, read as a new dated report). The kinds were fixed through the
    tuned corpus (batches 403-405): 124/133. Losing a report or sending a non-report to the model
    is never allowed; the floor leaves room for misses."""
    result = run(understander, HELD_OUT_6, "sixth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.85  # type: ignore[operator]


HELD_OUT_7 = load("heldout7.tsv")


def test_seventh_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on. Its first run, as written: 120/140 (85.7 %); 2
    reports lost (a photo sent with "퇴근하고 오니까 쓰레기통 다 뒤집어놨네요" read as media alone;
    "the neighbours dog just bit him on our walk, small cut on his ear" after a result, read as
    detail of the last report), 1 non-report taken as one ("제가 소리질렀더니 더 짖었어요", the
    owner's reaction told as detail of the waiting report). Those kinds fixed by the lead (corpus
    batch 446); nine labels then judged wrong, each with a comment: 138/140 (98.6 %), nothing lost
    or leaked; a tenth with batch 447 (the answer beside "does that matter?" is the survey's
    why-reply carrying it): 139/140 (99.3 %). Stop 53 judged the last miss's label wrong ("음
    반반? …" is the mixed reading the tuned corpus pins as a fault case, "반반이요"): 140/140."""
    result = run(understander, HELD_OUT_7, "seventh held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.98  # type: ignore[operator]


HELD_OUT_8 = load("heldout8.tsv")


def test_eighth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on; it leans on week two (a behaviour told again,
    progress, a plan step tried, a vet visit, health in passing, a second dog, corrections,
    impatience). Its first run, as written: 115/139 (82.7 %); 2 reports lost ("새벽 4시에 낑낑대서
    잠을 못잤어요ㅠ 요즘 계속 그래요" in NFD, read as small talk; a video sent with "this is what he
    does when the doorbell rings", read as media alone), 3 non-reports taken as reports (a plan
    step tried, "매트훈련 해봤는데 매트에 안올라가요ㅠ"; "fyi she's on allergy meds since last week";
    "참 그때 남편이 혼냈어요", detail of the waiting report at the household question). Three labels
    then judged wrong on re-reading, each with a comment: 118/139 (84.9 %). The lead fixed two
    leaks' kinds and eight misses' (corpus batch 448) and judged three more labels wrong, each with
    its comment (the still-going behaviour is a report where no plan is tried, which the corpus
    cannot see; the video's words alone are no report; laughter): 128/139 (92.1 %), nothing lost.
    Left: the plan step told as tried with how it went at length (a report, leaked), and ten misses
    named in `docs/understanding.md`. Stop 53's helpers fixed those kinds (batches 450–453, no
    label changed): 139/139."""
    result = run(understander, HELD_OUT_8, "eighth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.99  # type: ignore[operator]


HELD_OUT_9 = load("heldout9.tsv")


def test_ninth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on; "a month in, on Kakao": an owner who never types
    a slash, long messages, two dogs by name, dictated text, the advice quoted back, impatience,
    praise, corrections, Konglish. Its first run, as written: 119/144 (82.6 %); 1 report lost
    ("it went ok but today she snapped at my kid when he hugged her" at a check-in: the outcome
    only), 2 non-reports taken as reports (the bot's advice quoted back with a question: "아까
    '무시하라'고 하셨잖아요 근데 무시하면 더 짖는데 계속 무시해요?", "you said "turn your back when he
    jumps" but that just makes him jump higher?? what do i do"). The lead fixed their kinds and
    eight more (corpus batches 457–458) and judged three labels wrong, each with its comment (the
    lost row is a check-in's outcome with the report kept beside it, the project's convention; a
    correction of the age; the bot's name asked) and a fourth (where the answer is, asked while the
    report waits, is its status, batch 459); with batch 460: 139/144 (96.5 %), nothing lost or
    leaked."""
    result = run(understander, HELD_OUT_9, "ninth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.96  # type: ignore[operator]


HELD_OUT_10 = load("heldout10.tsv")


def test_tenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on; "the first evening, the survey answered as people
    really answer" (answers inside long sentences, two at once, with a question back or a story,
    don't know, corrections, reports and commands typed at survey questions). Its first run, as
    written: 104/143 (72.7 %), the lowest first run of any blind batch: the survey's answers are
    where the classifier is weakest; 1 report lost (howling told at the hours alone, "혼자 두면
    계속 하울링해서 옆집에서 뭐라고 했어요ㅠ": the noise hint), 1 non-report taken as a report (the
    cats told at the other pets with how they get on: "고양이 두마리 있어요 ㅋㅋ 걔네가 얘를
    싫어해요"). Fifteen labels judged wrong after it, each with its comment (ten to the tuned
    corpus's conventions, five answered words without the sentence's period): 116/143. Fixed by
    kind (helpers choices54 and amounts54, corpus batches 472–479; the lead's 471 and 485): 142/143
    (99.3 %), nothing lost or leaked; left: "그리고 오늘은 소파에도 쌌어요" at a result's "how often?",
    a new report where the row says ask (a new time, "today", is read as a new incident)."""
    result = run(understander, HELD_OUT_10, "tenth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.99  # type: ignore[operator]


HELD_OUT_11 = load("heldout11.tsv")


def test_eleventh_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on; "returning owners with two dogs and something
    open" (follow-ups, check-ins, a report waiting or just shown, or nothing; each owner's two
    dogs named). Its first run, as written: 95/148 (64.2 %), the lowest of the blind batches (26
    labels were in no form the corpus reads: a check-in's outcome named without its button id, an
    age corrected as an edit command, the result asked for while waiting as impatience); with
    those labels put in the corpus's forms, each with its comment: 121/148 (81.8 %), 2 reports
    lost ("Max just did it again right now lol", "meanwhile Bella knocked over the trash can 🙄"
    while a report waited), 5 non-reports taken as reports ("it worked!! … instead of barking …",
    "솔직히 해피가 좀 무서워요", "Rocky's been so good this week…", a photo pointed at while a
    report waited, "he was also shaking after"). Fixed by kind (the lead's batch 507, helper
    followups55's 503–506, asides55's; the lead's 508): 142/148 (95.9 %), nothing lost or leaked;
    left: a breed corrected by name ("oh Luna is a beagle mix not a lab", "키위 견종 말티즈아니고
    말티푸예요"), the outcome taken back at a check-in's note, three
    small-talk replies ("기능이 뭐예요" read as help, laughter, a baby visiting)."""
    result = run(understander, HELD_OUT_11, "eleventh held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.95  # type: ignore[operator]


HELD_OUT_12 = load("heldout12.tsv")


def test_twelfth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 by a helper before that round's fixes, from no trial's findings and
    without reading the rules, and not tuned on; "the days after the analysis: the owner talks
    back to the coach" (follow-up answers that deny the analysis's guess, reactions to a result,
    detail told after it, check-ins answered in words, idle asides). Its first run, as written:
    110/149 (73.8 %), 4 non-reports sent to the model (the owner's own reading of the function
    after a result, detail while a report waited, a photo of what was torn up, a habit with "is
    that ok?"); eight labels put in the corpus's forms, each with its comment: 113/149, and 1
    report lost once the corpus counted an incident dropped beside a check-in's outcome ("좋아졌어요
    근데 이번엔 망고가 고양이한테 으르렁대기 시작했어요"). Fixed by kind (helpers back56, loop56,
    talk56, facts56, names56, values56; batches 509–534): 136/149; four labels then put in the
    corpus's forms after the merges, each with its comment: 140/149 (94.0 %), nothing lost or
    leaked. Left: asking what the follow-up question means in a sentence of its own words (three
    rows), a don't-know-which incident or answer (two), "the same-ish, maybe a tiny bit better?",
    thanks at the note in a quoted form, vaccines told in passing (read as an age's correction
    that changes nothing), the sex changed by a request with its value (the edit list opened)."""
    result = run(understander, HELD_OUT_12, "twelfth held-out corpus")
    assert result["lost"] == []
    assert result["leaked"] == []
    assert result["accuracy"] >= 0.93  # type: ignore[operator]


HELD_OUT_13 = load("heldout13.tsv")


def test_thirteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 (stop 57) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "several things in one message, as voice
    typing and older owners write them" (run-on dictation, punctuation said aloud, formal Korean,
    dictation typos, an answer with a question or a new incident after it, thanks signed like a
    letter). Its first run, as written: 101/156 (64.7 %), 6 reports lost (a long polite first
    message read as noise, incidents told after a result's answer or a check-in's outcome), 3
    non-reports sent to the model; one label put in the corpus's form (a don't-know answer and an
    incident after it at a result's question), with its comment: 5 lost. Fixed by kind (helpers
    voice57, followup57, multi57, misc57; the lead's batch 570), and three `&answered=` labels put
    in the corpus's form (no closing period): 129/156 (82.7 %), 1 report lost (an incident told
    on a weekday beside a check-in's outcome, "It is a little better. However on Sunday she
    growled at my neighbour…"), 3 non-reports taken as reports; helper checkin57's fixes of the
    check-in rows (136/156, nothing lost) were reverted after the full run with its note-prompt
    change, which broke asking the step at the note (stop 44). Stop 58 (helpers checkin58, the
    check-in rows redone without closing the note after a step asked; held13, a waiting report's
    scene, the owner's act at "right after?", thanks after the name, a mix with no pedigree):
    141/156 (90.4 %), nothing lost, nothing leaked. Stop 59 (helpers follow59, a follow-up's
    answer with a question or an incident after it, a waiting report's detail; survey59, 만 나이,
    the hours between leaving and coming back, 30 minutes morning and evening, "the same time
    last year"; cmd59, the week asked for at length): 151/156 (96.8 %), nothing lost or leaked."""
    result = run(understander, HELD_OUT_13, "thirteenth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0  # type: ignore[operator]


HELD_OUT_14 = load("heldout14.tsv")


def test_fourteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-06 (stop 58) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "weeks two to four, owners who came back"
    (the plan or a result asked in words, how a step went and something new in one message,
    profile news, a second dog, a tip reacted to, Konglish and the other language, venting). Its
    first run, as written, at 02a85b14 (stop 57's tip): 126/157 (80.3 %), 2 reports lost (a new
    incident after a follow-up's answer: "…and just now she snapped at my hand…", "…근데 오늘은
    콩이도 같이 따라 짖었어요"), 4 non-reports taken as reports (a step that worked with a good day
    after it, a question in Konglish, detail after a result, a question after "that makes sense").
    After the lead's batches 591-592 (an incident after "but today" in a result's answer; a
    behaviour asked about with a sound word's verb suffix or "but what if") and held13's (detail
    of the moment after a result): 130/157 (82.8 %), nothing lost, 2 non-reports taken as reports
    (the step that worked told with a good day; "자원 guarding" asked in Konglish). Stop 59: three
    labels put in the corpus's forms, each with why (skipping a result's question in words is
    `answer:?`, as in held-out 7, 8 and 12; two weeks owned is 0.46 months); after helpers cmd59
    (commands told at length), talk59 (small talk told at length, the two leaks), follow59 and
    survey59: 153/157 (97.5 %), nothing lost or leaked. Stop 62 (noticed62: a bite with no harm
    is the bite option): 157/157."""
    result = run(understander, HELD_OUT_14, "fourteenth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0  # type: ignore[operator]


HELD_OUT_15 = load("heldout15.tsv")


def test_fifteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 59) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "puppies and urgent moments" (a puppy's first
    weeks; a bite, a fight, a swallowed sock or ball, a dog got out, the vet, late at night; with
    thanks, photos, commands in words, survey and follow-up answers as typed, a second dog). Its
    first run, as written, at 0dfa6ccb (stop 58's tip): 158/200 (79.0 %), 4 reports lost (a
    swallowed ball told with "do I need the vet??", a dog that got out, "쉬함", an escape told
    between a greeting and a signature), 6 non-reports sent to the model (a question about what
    to chew, an apology, the vet's all-clear, three details of a waiting report); three labels put
    in the corpus's forms after it, each with why: 161/200. After helper held15's fixes (the lost
    and the leaked, by kind) and the round's others: 172/200 (86.0 %), nothing lost or leaked.
    Stop 60: two more labels put in the corpus's forms ("about 30 mins" approximate, a few days
    owned 0.13 months); after the lead's and helpers frag60, held60, left60's fixes by kind:
    196/200 (98.0 %), nothing lost or leaked. After stop 62's helpers (h17b: a number with who
    helps beside it, the worst of a sequence; h17a: tiredness): 199/200 (99.5 %)."""
    result = run(understander, HELD_OUT_15, "fifteenth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0  # type: ignore[operator]


HELD_OUT_16 = load("heldout16.tsv")


def test_sixteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 60) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "older dogs, rescues and life changes" (a
    senior dog's night pacing and snapping when touched, a rescue's first month: hiding, not
    eating, fear; moving house, a new baby or partner; button labels typed, the menu in words,
    Konglish, NFD, photos; ten owners, one with two dogs). Its first run, as written, at 360c5a59
    (stop 59's tip): 171/217 (78.8 %), 2 reports lost (a rescue hiding under the bed and not
    eating, told with "어떡해" or with no spacing), 5 non-reports sent to the model (the vet's
    dementia diagnosis, a calm night after the advice, a step that does not fit, more accidents at
    a check-in, no walks yet for fear at the exercise question). One label put in the corpus's
    form after it (a switch's argument as typed). After helpers held16 (the lost and the leaked,
    by kind) and survey16 (its survey misses) and the round's others: 196/217 (90.3 %), nothing
    lost or leaked; 195/217 (89.9 %) once "두 분" as two people was taken out after the full run
    (its unit read "45분" as 45 people). Stop 61 (helper misses61): 200/217 (92.2 %), "두 분"
    counted after a native number only, a person's death beside the household, the age now with
    the next birthday, "she turned" correcting the age; row 295 relabelled (commented). After stop
    62's helpers (h17a: detail pointed back at a report, the time zone by country, tiredness):
    211/217 (97.2 %). Stop 63 (helper oldleft63: the name beside another name, another dog's act
    at "right before?", a question with its why): 217/217."""
    result = run(understander, HELD_OUT_16, "sixteenth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0  # type: ignore[operator]


HELD_OUT_17 = load("heldout17.tsv")


def test_seventeenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 61) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "busy owners and the everyday" (a dog walker
    and a daycare, shifts and work trips, the dog with a sitter, check-ins answered late or in one
    word, settings said in words, a second dog added midway and the wrong dog named then
    corrected, a teenager's slang, 하십시오체 and dictation, an English owner in Korea mixing
    Korean words; nine owners). Its first run, as written, at 23c2ae41 (stop 60's tip): 168/216
    (77.8 %), 4 reports lost (a report told second-hand, "초코 또 쉬", slang, "the same thing
    again"), 3 non-reports sent to the model (a detail of the waiting report, a captioned photo,
    an objection). After helper held17fix (the lost and the leaked, by kind) and the round's
    others: 182/216 (84.3 %), nothing lost or leaked. After stop 62's helpers (h17a: feelings,
    news and commands said in words; h17b: survey numbers with an explaining clause; fu62: the dog
    named then taken back, answers at a result's question): 211/216 (97.7 %). Stop 63 (helper
    oldleft63: the name beside another name, another dog's act at "right before?"): 216/216."""
    result = run(understander, HELD_OUT_17, "seventeenth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0  # type: ignore[operator]


HELD_OUT_18 = load("heldout18.tsv")


def test_eighteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 62) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "new puppies and first-time owners" (toilet
    training, mouthing, crying at night, the crate, vaccinations and first walks, chewing, a young
    owner's slang and a mother typing for her son, anxious questions, commands in words, photos,
    survey answers in weeks, words and ranges, the sex with neuter plans, a baby on the way; nine
    owners, two with two puppies). Its first run, as written, at 5699b752 (main's tip): 167/217
    (77.0 %), 4 reports lost (a report ending "왜그럴까요" read as a question, a first walk told in
    하십시오체 read as a correction, "Pip just did it again at breakfast" after a result, the
    puppy hiding after a scolding at the follow-up's consequence), 2 non-reports sent to the model
    (a question with "she's crying right now" while a report waits, how much chocolate was eaten at
    a poisoning's survey question). After helper held18fix: 175/217 (80.6 %), nothing lost or
    leaked (the lost and the leaked by kind, then the sex with a neutering plan); row 151's
    "question" relabelled a report (commented: by the tuned corpus's conventions a status ask is
    the result command and a behaviour told as happening right now its own report)."""
    result = run(understander, HELD_OUT_18, "eighteenth held-out corpus")
    # stop 64, left1819 (batches 735-739): rows 61, 62, 81, 87, 125, 179, 270 fixed by kind;
    # 214/217 (98.6 %), row 264 relabelled a question (commented: a part of the result named and asked
    # what it means, as tuned "what does reward quiet moments mean exactly")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] >= 0.98  # type: ignore[operator]


HELD_OUT_19 = load("heldout19.tsv")


def test_nineteenth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 63) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "older dogs and returning owners" (a senior
    dog's night pacing, incontinence, deafness, stiffness and snapping when touched; owners back
    after weeks away, check-ins answered late, "I forgot what you said"; rescue adults with an
    unknown past; two-dog homes with fights; 하십시오체, no-spacing 반말, English mixing Korean
    words, NFD, photos, emoji-only; survey answers in number words and ranges; poisoning, blood
    and sickness told at odd moments; nine owners, two with two dogs). Its first run, as written,
    at 5d240a6e (main's tip): 187/235 (79.6 %), 5 reports lost (deafness told in 하십시오체, "자다가
    깨워서 만지면 깜짝 놀라서 손을 뭅니다", three no-spacing 반말 reports: night pacing, shaky hind
    legs, "지금또돌기시작함ㅠㅠ" after a result; all read as noise), 3 non-reports sent to the
    model (incontinence's detail while its report waits, "똥오줌이랑밤에돌아다니는거" at the
    concerns, an objection to a result, "그건 아닌것 같아요 원래 예민한 애가 아니에요")."""
    result = run(understander, HELD_OUT_19, "nineteenth held-out corpus")
    # stop 63, held19fix (batches 701-703): the first run's lost rows 29, 30, 52, 54, 67 and
    # leaked rows 36, 75, 259 fixed; 205/235 (87.2 %), six labels put in the corpus's forms
    # (each with a comment)
    # stop 64, left1819 (batches 735-739): rows 39, 64, 69, 90, 91, 164, 266, 282 fixed by kind;
    # 229/235 (97.4 %), rows 156 (a question, as row 264 of the eighteenth) and 175 (the plan, as
    # tuned "감사합니다 해볼게요") relabelled, each with a comment
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] >= 0.97  # type: ignore[operator]


HELD_OUT_20 = load("heldout20.tsv")


def test_twentieth_held_out_corpus(understander: Understander) -> None:
    """Written 2026-12-07 (stop 64) by a helper before that round's fixes, from no trial's findings
    and without reading the rules, and not tuned on; "a puppy's first month, and a family sharing one
    account" (an 8-16-week puppy's toilet accidents, night crying in the crate, nipping, chewing,
    eating poop, biting the leash, zoomies; a teen in 반말 with slang, a mother in 존댓말, a father in
    fragments and a child's misspellings on one account; the family group chat forwarded ("[엄마]
    ..."); dictation without punctuation; English owners in Korea mixing Korean words; survey
    answers in weeks, number words, ranges and corrections; two littermates; NFD, photos,
    emoji-only; a swallowed sock, grapes, chocolate, vomiting, a fall and blood at odd moments).
    Its first run, as written, at eec83592 (main's tip): 230/268 (85.8 %), 4 reports lost (a fall
    with a limp ending "어떡하죠" read as a question, a child's "무러써요" read as noise, "she just
    did it again on the 매트" after a result read as noise, a fall told at the check-in's note
    taken as the note alone), 7 non-reports sent to the model (two details of the waiting report,
    "혼내면 숨어버려요" while a report waits, an objection to a result, a question about eating
    poop, "잠시만요 애기가 울어서" at the size, a check-in's better told as "장난감 무는 일이
    늘었어요"). After fix20a (stop 64; batches 747-748, tests/test_stop64_fix20a.py): 242/268
    (90.3 %), none lost, none leaked; the introduction "저는 지우 엄마예요" no longer removes a dog."""
    result = run(understander, HELD_OUT_20, "twentieth held-out corpus")
    assert len(result["lost"]) == 0  # type: ignore[arg-type]
    assert len(result["leaked"]) == 0  # type: ignore[arg-type]
    assert result["accuracy"] >= 0.94  # type: ignore[operator]
