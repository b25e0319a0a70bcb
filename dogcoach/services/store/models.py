"""Rows as the rest of the code sees them, independent of the backend."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

# Survey answers kept in typed columns because they are queried; everything else is JSON.
DOG_TYPED_FIELDS: tuple[str, ...] = ("name", "age_months", "sex", "breed", "size")


@dataclass(slots=True)
class User:
    id: int
    channel: str
    external_id: str
    locale: str | None
    locale_hint: str | None
    name: str | None
    is_admin: bool
    active_dog_id: int | None
    blocked_at: datetime | None
    created_at: datetime
    last_seen_at: datetime


@dataclass(slots=True)
class Visit:
    """A known user's turn begins (`UserQueries.visit`): the user as now stored, their conversation
    state, and whether finished results they have not seen were waiting when it began."""

    user: User
    state: ConversationState
    undelivered: bool


# The answers' key of a dog's names before a rename (`Dog.former_names`).
FORMER_NAMES_KEY = "former_names"


@dataclass(slots=True)
class Dog:
    id: int
    user_id: int
    answers: dict[str, Any]
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def name(self) -> str:
        return str(self.answers.get("name") or "")

    @property
    def former_names(self) -> tuple[str, ...]:
        """The names the dog had before a rename, newest last (stop 34: "rex" after rex → rexy)."""
        kept = self.answers.get(FORMER_NAMES_KEY)
        return tuple(str(n) for n in kept if n) if isinstance(kept, list) else ()

    def rename(self, name: str) -> None:
        """`name` as the dog's name, the one before kept among `former_names`."""
        was = self.name
        if was and was.casefold() != name.casefold():
            self.answers[FORMER_NAMES_KEY] = [
                *(n for n in self.former_names if n.casefold() != name.casefold()),
                was,
            ]
        self.answers["name"] = name


@dataclass(slots=True)
class ConversationState:
    """Where a user is in a flow. `data` holds the flow's own working values."""

    flow: str | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def idle(self) -> bool:
        return self.flow is None


@dataclass(slots=True)
class Report:
    id: int
    user_id: int
    dog_id: int | None
    text: str
    language: str
    status: str
    analysis: dict[str, Any] | None
    model: str | None
    prompt_tokens: int | None
    eval_tokens: int | None
    latency_ms: float | None
    attempts: int
    error: str | None
    created_at: datetime
    updated_at: datetime
    # Version 2: when the result reached the user (None = not yet, shown on their next turn),
    # follow-up answers appended, Ollama's own durations, and the raw answer of a failed analysis.
    delivered_at: datetime | None = None
    followups: int = 0
    total_duration_ms: float | None = None
    load_duration_ms: float | None = None
    prompt_eval_duration_ms: float | None = None
    eval_duration_ms: float | None = None
    raw_output: str | None = None
    # Version 8: a behaviour report (an incident) or a question to the coach (`QUESTION`), whose
    # `analysis` holds the coach's answer; questions never count as incidents.
    kind: str = "report"

    @property
    def finished(self) -> bool:
        return self.status != "pending"

    @property
    def is_question(self) -> bool:
        return self.kind == QUESTION


REPORT_STATUSES: tuple[str, ...] = ("pending", "done", "failed")
# What a row of `reports` is: an incident the owner reported, or a question they asked.
INCIDENT = "report"
QUESTION = "question"
REPORT_KINDS: tuple[str, ...] = (INCIDENT, QUESTION)


@dataclass(slots=True)
class RedFlagRecord:
    """A red flag the safety check raised on one message: `kind` and `urgency` as the safety
    service names them (`bite_injury`, `now`, ...), `evidence` the words that raised it."""

    id: int
    user_id: int
    dog_id: int | None
    report_id: int | None
    kind: str
    urgency: str
    evidence: list[str]
    raised_at: datetime


# The kinds of `notes` rows (the table checks them).
FEEDBACK = "feedback"


@dataclass(slots=True)
class NoteRow:
    """What an owner told that is no report, question or answer, kept (issue 11): `kind`
    `feedback` is feedback on advice told before any plan existed; `report_id` the owner's newest
    report or question then (the advice it most likely answers)."""

    id: int
    user_id: int
    dog_id: int | None
    report_id: int | None
    kind: str
    text: str
    created_at: datetime


@dataclass(slots=True)
class PlanRow:
    """The one change being tried for one behaviour of one dog (`plans`); `dog_id` None for a
    report made before the survey. Status: active | adjust | referred | replaced."""

    id: int
    user_id: int
    dog_id: int | None
    category: str
    next_step: str
    report_id: int | None
    status: str
    started_at: datetime
    checkin_due_at: datetime
    updated_at: datetime
    # adopt, or override: it took an active plan's place because of a red flag.
    adoption: str = "adopt"


@dataclass(slots=True)
class CheckinRow:
    """One "how did it go?" (`checkins`): pending -> sending (claimed) -> sent | undelivered |
    blocked | skipped, then answered (`outcome`: better | same | worse | not_tried, `note`)."""

    id: int
    plan_id: int
    user_id: int
    dog_id: int | None
    category: str
    due_at: datetime
    status: str
    attempts: int
    sent_at: datetime | None
    outcome: str | None
    note: str | None
    answered_at: datetime | None
    error: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CheckinTarget:
    """A claimed check-in with what sending it needs: its plan's step and its owner."""

    checkin: CheckinRow
    next_step: str
    user: User
    timezone: str | None
    opted_out: bool
    # The local time of day the owner chose for check-ins (`users.checkin_minute`); None: none.
    preferred: time | None = None
