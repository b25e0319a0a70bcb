"""What the understanding service takes (a message and what is open) and what it returns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Kind(StrEnum):
    """What a message is."""

    COMMAND = "command"  # slash command or the plain words of one ("help", "history", their Korean words)
    CHOICE = "choice"  # picks offered options: a typed label, number, letter, several at once
    ANSWER = "answer"  # an answer to the open question (survey or follow-up)
    REPORT = "report"  # something the dog did, in a situation
    QUESTION = "question"  # a question to the coach
    SMALL_TALK = "small_talk"  # thanks, greetings, laughter, reactions, emoji only
    MEDIA = "media"  # a photo, video, sticker or a bare link: nothing to read
    NOISE = "noise"  # digits or punctuation only, keyboard mash, too short to mean anything
    CORRECTION = (
        "correction"  # a survey answer corrected later: "아 잘못 말했어요 3살이에요", "I meant 12 kg"
    )


class Expect(StrEnum):
    """What the conversation has open when the message arrives.

    The survey's question kinds keep the values of `domain.survey.Kind`, so the survey can
    pass `Expect(question.kind.value)`; the name question is `NAME`.
    """

    NOTHING = "nothing"  # idle
    FIRST_CONTACT = "first_contact"  # the first message of a new user
    NAME = "name"
    TEXT = "text"
    AGE = "age"
    DURATION = "duration"  # how long (months), read like an age: "2년", "1년 6개월"
    HOURS = "hours"
    MINUTES = "minutes"
    COUNT = "count"
    CHOICE = "choice"
    MULTI = "multi"
    FOLLOWUP = "followup"  # the analysis asked about the antecedent, consequence or frequency
    PENDING = "pending"  # idle, but a report of this owner still waits for its result: detail may follow
    NOTE = "note"  # "anything to add?" (a check-in's note): whatever is typed is the note


QUANTITIES = frozenset({Expect.AGE, Expect.DURATION, Expect.HOURS, Expect.MINUTES, Expect.COUNT})
SURVEY = frozenset({Expect.NAME, Expect.TEXT, Expect.CHOICE, Expect.MULTI} | QUANTITIES)
# Survey questions that read a behaviour as their own answer: the concerns (its options are the
# behaviours) and the worst reaction (its options are reactions).
BEHAVIOUR_QUESTIONS = frozenset({"concerns", "worst_reaction"})


# The words that cancel a confirmation typed whole ("nevermind", "아냐 됐어", "그냥 둘래요"): each
# confirmation's "no" option takes them as its own (`Option.words`; English trial 2).
DECLINE = "understanding-decline"


@dataclass(frozen=True, slots=True)
class Option:
    """An option the open question offers.

    `id` is what comes back in `Understanding.picks`; `msg_id` is the Fluent id of its label (the
    label and its `.aliases`, in every locale, are what an owner may type). `numbered` options can
    be picked by position ("2", "2 beon", "b"), counted among numbered options only. `concepts` names
    `understanding-concept-*` entries that together mean this option inside a sentence
    ("a boy, and neutered" → male + neutered). `kg` is the weight band it stands for, its ends
    included or not as its label says (`Band`).
    `in_sentence`: its labels are looked for inside a longer sentence too; not for a confirmation,
    where "that's not correct" holds the confirm option's "correct". `words`: vocabulary entries
    whose phrases name this option as its label does, typed whole (the edit list's fields by their
    short names: "건강", "walks", `understanding-field-*`). `ordered`: see the field.
    """

    id: str
    msg_id: str
    numbered: bool = True
    concepts: tuple[str, ...] = ()
    kg: Band | None = None
    in_sentence: bool = True
    words: tuple[str, ...] = ()
    # Shown in order but with no number beside it (Kakao's quick replies, Telegram's buttons):
    # a position said as one ("두 번째", "2번", "the 2nd", "second") picks it, a bare or hedged
    # number ("2", "maybe 2": the age, acceptance trial) does not. Counted among `ordered` options.
    ordered: bool = False


def by_words(options: tuple[Option, ...]) -> tuple[Option, ...]:
    """`options` picked by their words only, never by a position ("1", "하나", "b"): for reading a
    message at another question than the one shown, whose list is not on screen."""
    return tuple(replace(o, numbered=False, ordered=False) for o in options)


@dataclass(frozen=True, slots=True)
class Band:
    """A band of values as an option's label states it: "under 10 kg" is [0, 10), "10–25 kg" is
    [10, 25] (both ends said), "over 25 kg" is (25, ∞) (owner trial: "25kg" was stored as "over
    25 kg")."""

    low: float
    high: float
    low_in: bool = True
    high_in: bool = False

    def holds(self, value: float) -> bool:
        above = value >= self.low if self.low_in else value > self.low
        below = value <= self.high if self.high_in else value < self.high
        return above and below


@dataclass(frozen=True, slots=True)
class Context:
    """What is open. `options` are the choices the bot has just offered (buttons included);
    `exclusive` is the multi-choice option that clears the others ("none"); `topic` is the
    follow-up question's subject: antecedent, consequence or frequency; `verbatim` marks a
    free-text question whose answer is a note kept as typed (health), not a short answer stripped
    of its polite ending (a breed); `flags` are the red-flag kinds the open report raised already
    (a follow-up question, or the report waiting with `detail`): a message raising another one
    tells a new incident, and after a poisoning how much was eaten is its detail; `detail`: at a
    survey question, the owner's newest report can take detail (its result not shown yet, or
    shown a moment ago): a message that reads as detail about it and does not answer the question
    is `Understanding.detail`; `seen`: with `Expect.PENDING` (or `detail`), that report's result
    was shown already (a moment ago): a behaviour told again is a report of its own, only what
    the follow-up asks (how often, since when, before, after) without a behaviour is detail;
    `question`: the survey question's key (`domain.survey`): a correction naming another
    question ("아 나이 잘못 썼어요 3살이에요" at the breed) is a correction, not this answer;
    `about`: at a check-in, the category of the behaviour it follows up: another behaviour told
    as new in the answer ("이제 낑낑대요") is a report as well; `none`: a free-text question
    that takes "none" (the health), the value its answer is when the owner says there is nothing
    to tell ("없어요", "없어요 건강해요", "no, all good")."""

    expect: Expect = Expect.NOTHING
    options: tuple[Option, ...] = ()
    exclusive: str | None = None
    topic: str | None = None
    verbatim: bool = False
    flags: frozenset[str] = frozenset()
    detail: bool = False
    seen: bool = False
    question: str | None = None
    about: str | None = None
    none: str | None = None


# -- answers ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Value(Generic[T]):
    """The answer, understood whole."""

    value: T


@dataclass(frozen=True, slots=True)
class Approximate:
    """A number given as a range ("2~3 years": low 24, high 36, value 30 months) or hedged
    ("about 9 hours": low = high = value)."""

    value: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class DontKnow:
    """The owner does not know ("idk", "not sure", in either language) or asked to skip (`skip`);
    `unnamed`: at the name question, the dog has no name yet ("we haven't decided yet")."""

    skip: bool = False
    unnamed: bool = False


@dataclass(frozen=True, slots=True)
class SincePuppy:
    """At how long the owner has had the dog: "since she was a puppy", "아기 때부터요" — as long
    as the dog's age, less the age a puppy comes home; the flow knows the age, the words do not.
    `at_months`: the age it came home when told ("since he was 8 weeks", "2개월 때부터"; owner
    trial 26: 8 weeks stored as how long owned), in months; None for "a puppy"."""

    at_months: float | None = None


@dataclass(frozen=True, slots=True)
class Since:
    """At how long the owner has had the dog, a start instead of a span: "작년부터요", "작년 여름부터요",
    "since last year", "since March 2023". What the words say, never a date made up: `year` (a
    year typed), `years_ago` (올해 0, 작년 1, 재작년 2), `months_ago` (이번 달 0, 지난달 1), `month`
    (1–12), `season` (spring, summer, fall, winter). The flow, which has the clock, counts the span
    from it (approximate: a year said alone is any month of it)."""

    year: int | None = None
    years_ago: int | None = None
    months_ago: int | None = None
    month: int | None = None
    season: str | None = None
    # "last christmas", "지난 크리스마스" (stop 47): the latest such month before this one, the
    # year counted by the flow from the clock (this year's or, not yet past, last year's)
    last: bool = False


@dataclass(frozen=True, slots=True)
class Unclear(Generic[T]):
    """Not an answer as it stands. `understood` is what could be read (a number, an option's
    concepts), `rest` the words that could not: the caller re-asks saying what it understood. At a
    choice question `understood == ()` says the words name no option at all ("done", "next"):
    the re-ask lists the options."""

    understood: T | None = None
    rest: tuple[str, ...] = ()


Answer = Value[Any] | Approximate | DontKnow | SincePuppy | Since | Unclear[Any]


def amount(answer: object) -> float | None:
    """The number an answer holds, None when it holds none: a `Value` carries a number, an
    option, a text or a new name (`Understanding.rename`), so a number question's reader takes
    its number only through here (stop 63 owner trial: the correction "wait no, Pepper Jr" at the
    age reached `float()` as "No Jr", and every channel answered with its error)."""
    if isinstance(answer, Approximate):
        return answer.value
    if (
        isinstance(answer, Value)
        and isinstance(answer.value, int | float)
        and not isinstance(answer.value, bool)
    ):
        return float(answer.value)
    return None


@dataclass(frozen=True, slots=True)
class Understanding:
    """What one message is.

    - `kind`, and `text`: the canonical text it was decided on.
    - COMMAND: `command` is the router's command name ("help", "tips"…; an unknown slash
      command keeps its name; "" for command words that name no command, idle: "change food"),
      `argument` what followed ("off", "en", the raw text, a dog's name for `removedog` and
      `switchdog`, a survey question's key for `edit`).
    - CHOICE: `picks`, the ids of the options picked, in the order typed; `unpicks`, at a
      multi-choice question, the ids said instead of them ("산책 말고 분리불안이요", "not leash
      pulling, I meant separation"): the caller unticks them.
    - ANSWER: `answer` (survey questions and the follow-up's "don't know"); a follow-up answer
      is `Value(text)`.
    - SMALL_TALK: `talk`, which kind (thanks, greeting, bye, agree, laughter, reaction, sad,
      emoji; praise: affection for the dog in a short message that tells no behaviour; news:
      good news about the dog, told alike).
    - `alternative`: the message may as well be this other kind; the caller should ask (the
      follow-up case: an answer to it or a new incident).
    - `reason`: the rule that decided, for logs and tests.
    - `safety`: a CHOICE or ANSWER that also carries a red flag or an aversive method (the
      worst reaction "bit once and it bled", a health note "limping", a check-in note): the
      caller keeps it as the answer *and* as a report, screened first (issue 13: an incident).
    - `incident`: a CHOICE that also tells a dated incident ("yesterday he growled at a guest"
      at the worst reaction): the caller keeps the answer *and* the incident as a report.
    - `detail`: an ANSWER that is detail about the owner's newest report (`Expect.PENDING`, or a
      survey question with `Context.detail`), not an answer to the open question: the caller adds
      it to that report (`answer` is `Value(text)`).
    - CORRECTION: `argument` is the corrected value as typed, the correction's own words taken
      out ("3살이에요", "12 kg"); `about` the survey question keys its words name ("나이",
      "years old", "weight"): the caller reads the value with the survey's answer readers;
      `dog` a word typed beside the value that may name a dog ("콩이 나이 3살로 고쳐줘": 콩이),
      "" when none: the caller corrects that dog, or says it knows no dog of that name. An
      `edit` COMMAND names its dog alike ("콩이 나이 고쳐줘": 콩이).
    - `label`: a NOISE that only names behaviours ("짖음", "separation anxiety", "barking,
      jumping"): no incident to analyse; idle, the caller asks for one time it happened.
    - `rename`: an ANSWER at a later survey question (a number or a free text) that says the
      dog's name ("his name is Max", "이름은 콩이예요"): `answer` is the name, for the name question.
    - `again`: a REPORT that tells the behaviour just analysed happened again, naming none ("또
      그랬어요", "she just did it again", right after a result): the caller files it as a new
      report of that behaviour, with the report it repeats.
    - `asked`: a REPORT with a question asked in a sentence of its own beside it ("Coco barked at
      the bin men this morning. Is that normal for a mix?"): that sentence; the caller analyses
      the report and says the question was seen (batch 76: it was dropped silently).
    - `split`: an ANSWER to a result's follow-up question (`answer`: its part) followed by a new
      incident after a word that adds one ("every day, mostly evenings… oh and he peed on the rug
      again"): that incident; the caller adds the answer to the report and saves `split` as a
      report of its own (English owner trial 31: the whole message was one new report). At a
      check-in, a CHOICE with `incident` carries the incident told after a "but" ("괜찮아졌어요
      근데 오늘 … 달려들었어요"; stop 47): the caller saves it, not the whole message, as the report.
    - `added`: an ANSWER at a survey question while a report waits (`Context.detail`) that tells
      detail of that report before the answer ("한달째 매일 그래요ㅠ 이름은 호두", "every day for
      a month now :( his name is Milo"): those words; the caller adds them to the report and
      keeps the answer (stop 47: the name was taken and "한달째 매일" lost).
    - `answered`: a QUESTION at a survey question asked beside its answer ("7시간? 너무 긴가요?",
      "브리더요 근데 브리더랑 펫샵 차이가 뭐에요?"; stop 49: the answer lost): the answer's words;
      the caller answers the question and stores those words as the survey's answer. With
      nothing open, a profile answer corrected in a part of its own beside the question ("also
      she's 3" of "also she's 3, is that old?"; stop 54): the caller answers the question and
      corrects the answer as if those words were typed alone.
    - `unmatched`: a CHOICE at a multi-choice question listing several things, some of which no
      option names ("밤에 우는거랑 배변실수요", "nipping, herding" at the concerns; stop 49 owner
      trial: only house soiling, only nipping ticked, the rest dropped silently): those parts, as
      typed; the caller ticks what matched and says the rest back in one line.
    """

    kind: Kind
    text: str
    command: str | None = None
    argument: str = ""
    picks: tuple[str, ...] = ()
    unpicks: tuple[str, ...] = ()
    answer: Answer | None = None
    talk: str | None = None
    alternative: Kind | None = None
    reason: str = ""
    safety: bool = False
    incident: bool = False
    detail: bool = False
    rename: bool = False
    label: bool = False
    about: tuple[str, ...] = ()
    dog: str = ""
    again: bool = False
    asked: str = ""
    split: str = ""
    added: str = ""
    answered: str = ""
    unmatched: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.alternative is not None
