"""The ideas that name each survey option inside a sentence (the understanding service reads them;
the flows build their questions' options with them: `handlers/parsing.survey_context`)."""

from __future__ import annotations

from collections.abc import Mapping

from dogcoach.domain.survey import CATEGORIES
from dogcoach.services.understanding.choices import ALTERNATIVE

# Options that a sentence names by two ideas at once ("he's a boy and neutered" = male + neutered;
# "he bit, no injury" = bite + no injury).
OPTION_CONCEPTS: Mapping[tuple[str, str], tuple[str, ...]] = {
    ("sex", "male_intact"): ("male", "intact"),
    ("sex", "male_neutered"): ("male", "neutered"),
    ("sex", "female_intact"): ("female", "intact"),
    ("sex", "female_spayed"): ("female", "neutered"),
    ("worst_reaction", "bite"): ("bite", "no_injury"),
    # a snap that drew blood ("he snapped at my dad and it bled", stop 49) touched: a bite that hurt
    ("worst_reaction", "bite_injury"): (f"bite{ALTERNATIVE}snap_contact", "injury"),
    # Hiding or running off ("숨어요", "she hides") is no growl, snap or bite: the strongest
    # reaction is none of them (owner trial: analysed as a report, the question asked again).
    ("worst_reaction", "none"): ("flight",),
    ("other_pets", "other"): ("other_animal",),
    # Where the dog came from, "Other", inside a sentence by its places ("당근에서요", "online"),
    # never by the word "other" ("barking at other dogs" was "Came from: Other", final trial).
    ("origin", "other"): ("origin_other",),
    # The concerns inside a sentence by their behaviours ("barking at other dogs", "짖는거랑
    # 물어뜯는거요"): never by the word "other" of "other dogs" (fresh trial: "aggression to other
    # dogs" ticked "Something else"); aggression by whom it is shown to.
    # A bite ("bites people", "사람을 물어요") is aggression toward whom it is aimed at, mouthing
    # when aimed at nobody ("jumping and biting"; owner trial: "bites people" ticked mouthing).
    **{
        ("concerns", c): (f"concern_{c}",)
        for c in CATEGORIES
        if c not in ("mouthing", "aggression_people", "aggression_dogs")
    },
    ("concerns", "mouthing"): (f"concern_mouthing{ALTERNATIVE}concern_bite",),
    ("concerns", "aggression_people"): (
        f"concern_aggression{ALTERNATIVE}concern_bite",
        "concern_toward_people",
    ),
    ("concerns", "aggression_dogs"): (f"concern_aggression{ALTERNATIVE}concern_bite", "concern_toward_dogs"),
}
