"""What an inbound message means, decided before any flow acts on it (issue 11).

    understander = Understander(messages)          # once per process
    u = understander.understand(text, Context(Expect.AGE), media=False)
    u.kind, u.command, u.picks, u.answer, u.alternative

`canonical(text)` is the one form of a message that everything stores and compares; survey
answers can also be read alone through `understander.answers` (name, text, age, hours, minutes,
count, choice).
"""

from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.classify import (
    ACTIVE_DOG,
    ALL_DOGS,
    BITTEN_NOTED,
    COMMANDS,
    FIRST_BITE,
    INCIDENT_HISTORY,
    PERIOD,
    REMOVAL_ASKED,
    RESTART,
    SENT_WHEN,
    TIP_NOW,
    Understander,
    bitten_only,
    first_step,
    tells,
    vet_first,
    warmed,
)
from dogcoach.services.understanding.clock import CLOCK, ClockRead, hhmm, parse_hhmm
from dogcoach.services.understanding.commands import DOG_VIEWS, ZONE_COUNTRY, ZONE_COUNTRY_ARG, ZONE_UNKNOWN
from dogcoach.services.understanding.followup import BARE_NUMBER, BARE_PEOPLE, BARE_SPAN
from dogcoach.services.understanding.model import (
    DECLINE,
    Answer,
    Approximate,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Since,
    SincePuppy,
    Unclear,
    Understanding,
    Value,
    amount,
    by_words,
)
from dogcoach.services.understanding.reports import EVENT_UNNAMED
from dogcoach.services.understanding.text import Folded

__all__ = [
    "ACTIVE_DOG",
    "ALL_DOGS",
    "BARE_NUMBER",
    "BARE_PEOPLE",
    "BARE_SPAN",
    "BITTEN_NOTED",
    "CLOCK",
    "COMMANDS",
    "DECLINE",
    "DOG_VIEWS",
    "EVENT_UNNAMED",
    "FIRST_BITE",
    "INCIDENT_HISTORY",
    "PERIOD",
    "REMOVAL_ASKED",
    "RESTART",
    "SENT_WHEN",
    "TIP_NOW",
    "ZONE_COUNTRY",
    "ZONE_COUNTRY_ARG",
    "ZONE_UNKNOWN",
    "Answer",
    "Approximate",
    "ClockRead",
    "Context",
    "DontKnow",
    "Expect",
    "Folded",
    "Kind",
    "Option",
    "Since",
    "SincePuppy",
    "Unclear",
    "Understander",
    "Understanding",
    "Value",
    "amount",
    "bitten_only",
    "by_words",
    "canonical",
    "first_step",
    "hhmm",
    "parse_hhmm",
    "tells",
    "vet_first",
    "warmed",
]
