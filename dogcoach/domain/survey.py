"""The onboarding survey, as data: grounded in C-BARQ and professional intake forms.

Each question names its Fluent ids by convention: `survey-q-<key>` asks it, `survey-err-<key>`
re-asks after a wrong answer (with an example), `survey-opt-<key>-<value>` labels an option,
except concerns, whose options are the analysis categories (`category-<name>`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    AGE = "age"  # a dog's age, stored in months: "3살", "3 years old"
    DURATION = "duration"  # a span of time, stored in months: "2년", "1년 6개월" (not an age)
    CHOICE = "choice"
    MULTI = "multi"
    COUNT = "count"
    HOURS = "hours"
    MINUTES = "minutes"


# The analysis categories: C-BARQ's subscales (Hsu & Serpell 2003) and the commonest behaviour
# reasons owners give for relinquishing a dog.
CATEGORIES: tuple[str, ...] = (
    "barking", "separation", "leash_reactivity", "resource_guarding", "house_soiling", "jumping",
    "destructive_chewing", "aggression_people", "aggression_dogs", "fear", "mouthing", "pulling",
    "chasing", "attention_seeking", "handling_sensitivity", "other",
)  # fmt: skip


@dataclass(frozen=True)
class Question:
    key: str
    kind: Kind
    options: tuple[str, ...] = ()
    optional: bool = False
    minimum: float = 0
    maximum: float = 0
    # Past this a number answer is possible but rare (8 hours of exercise a day): confirmed before
    # it is stored, never taken on its own (owner trial: "하루8시간정도" was 480 minutes). 0: none.
    likely: float = 0
    exclusive: str | None = None  # multi-choice option that clears the others ("none")
    free_option: str | None = None  # a text question's one-tap answer ("mixed / don't know")
    unknowable: bool = False  # an owner may not know (a rescue's age, origin): "don't know" offered
    # a text question that takes "none": "없어요", "none, he's healthy" is stored as this value
    # (shown as its `survey-opt-` label), never as the words typed
    none_option: str | None = None

    def option_msg(self, value: str) -> str:
        if self.key == "concerns" and value != "none":
            return f"category-{value}"
        return f"survey-opt-{self.key}-{value}"


# Kinds stored in whole months. Days and weeks are understood ("45일", "2 weeks", "yesterday"); a
# span under one month is stored as 0 and shown as "less than a month" (`value-age`), never as
# "0 months" and never rounded up to a month the owner did not say.
MONTHS_KINDS = frozenset({Kind.AGE, Kind.DURATION})


# A child, at the children question, is younger than this (the question says "under 12").
CHILD_MAX_YEARS = 12

QUESTIONS: tuple[Question, ...] = (
    Question("name", Kind.TEXT, minimum=1, maximum=30),
    Question("age_months", Kind.AGE, minimum=0, maximum=360, likely=264, unknowable=True),
    Question(
        "sex",
        Kind.CHOICE,
        ("male_intact", "male_neutered", "female_intact", "female_spayed"),
        unknowable=True,
    ),
    Question("breed", Kind.TEXT, minimum=1, maximum=60, free_option="mixed"),
    Question("size", Kind.CHOICE, ("small", "medium", "large"), unknowable=True),
    Question(
        "origin", Kind.CHOICE, ("breeder", "pet_shop", "shelter", "friend_family", "other"), unknowable=True
    ),
    # "don't know" offered: a dog taken over from family, or fostered first (stop 60 trial: the
    # terminal offered no way past it but typing the words)
    Question("owned_months", Kind.DURATION, minimum=0, maximum=360, likely=264, unknowable=True),
    Question("household", Kind.COUNT, minimum=1, maximum=20, likely=10),
    Question("children", Kind.CHOICE, ("yes", "no")),
    Question("other_pets", Kind.MULTI, ("dog", "cat", "other", "none"), exclusive="none"),
    Question("alone_hours", Kind.HOURS, minimum=0, maximum=24, likely=16),
    Question("exercise_minutes", Kind.MINUTES, minimum=0, maximum=1440, likely=240),
    Question("concerns", Kind.MULTI, (*CATEGORIES, "none"), exclusive="none"),
    Question(
        "worst_reaction", Kind.CHOICE, ("none", "growl", "snap", "bite", "bite_injury"), exclusive="none"
    ),
    Question("health", Kind.TEXT, optional=True, minimum=1, maximum=500, none_option="none"),
)

BY_KEY: dict[str, Question] = {q.key: q for q in QUESTIONS}


def index_of(key: str) -> int:
    return next(i for i, q in enumerate(QUESTIONS) if q.key == key)
