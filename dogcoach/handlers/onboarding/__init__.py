"""The onboarding survey: one question at a time, resumable, editable.

The dog row is the single home of the answers: it is created when the name is given and updated
on every valid answer, so `/cancel`, a restart or a week of silence loses nothing. The state only
says where the user is: the question, the dog, and whether this is the first pass ("new") or an
edit from the review card ("edit").

The survey is split in modules of one job each (their docstrings say which): `constants`,
`quantities`, `entry`, `asking`, `answering`, `naming`, `late_choices`, `late_facts`, `late_numbers`,
`told_ahead`, `told_along`, `health_concerns`, `reading`, `picking`, `reasks`, `review`, `storing`.
This package re-exports the names the rest of DogCoach uses.
"""

from __future__ import annotations

from dogcoach.handlers.onboarding.asking import (
    back_option,
    context,
    edit_pick_context,
    open_question,
    show_edit_pick,
    show_review,
)
from dogcoach.handlers.onboarding.constants import (
    ADD_DOG,
    ADD_DOG_NO,
    ADD_DOG_OFFER_TURNS,
    ADD_DOG_OFFERED,
    ADD_DOG_OFFERED_FACTS,
    ADD_DOG_OFFERED_NAME,
    BACK,
    CONFIRM,
    CONTINUE,
    DONE,
    EDIT,
    EDIT_PICK,
    FLOW,
    NAME_HINT_BUTTONS,
    NEWDOG_AFTER,
    NEWDOG_AFTER_FACTS,
    NEWDOG_PUT_OFF,
    SKIP,
    START,
    TOLD_BEFORE,
    TOLD_UNNAMED,
)
from dogcoach.handlers.onboarding.entry import (
    adding_unnamed,
    ask_in_full,
    at_first_question,
    at_history_question,
    at_review,
    continue_dog,
    dog_in_progress,
    edit_command,
    first_report_name,
    handle,
    handle_idle_choice,
    keep_first_dog,
    named_dog,
    reprompt,
    restarted,
    say_left,
    say_name,
    start_new_dog,
    start_over,
    survey_dog,
)
from dogcoach.handlers.onboarding.health_concerns import health_in_report
from dogcoach.handlers.onboarding.naming import (
    dogs_told_at_name,
    go_on_after_name,
    hint_name,
    name_told_idle,
    named_by_report,
)
from dogcoach.handlers.onboarding.quantities import age_from, start_months, year_month
from dogcoach.handlers.onboarding.review import (
    field_corrected_at_review,
    fields_corrected_at_review,
    offer_waiting_dog,
    renamed_at_review,
    start_told_at_review,
)
from dogcoach.handlers.onboarding.storing import answered_by_correction, correct, keep_note, say_changed
from dogcoach.handlers.onboarding.told_ahead import (
    keep_age_told,
    keep_before_survey,
    told_before_survey,
)
from dogcoach.handlers.onboarding.told_along import sex_in_sentence
from dogcoach.handlers.onboarding.waiting_dog import keep_for_waiting

__all__ = [
    "ADD_DOG",
    "ADD_DOG_NO",
    "ADD_DOG_OFFERED",
    "ADD_DOG_OFFERED_FACTS",
    "ADD_DOG_OFFERED_NAME",
    "ADD_DOG_OFFER_TURNS",
    "BACK",
    "CONFIRM",
    "CONTINUE",
    "DONE",
    "EDIT",
    "EDIT_PICK",
    "FLOW",
    "NAME_HINT_BUTTONS",
    "NEWDOG_AFTER",
    "NEWDOG_AFTER_FACTS",
    "NEWDOG_PUT_OFF",
    "SKIP",
    "START",
    "TOLD_BEFORE",
    "TOLD_UNNAMED",
    "adding_unnamed",
    "age_from",
    "answered_by_correction",
    "ask_in_full",
    "at_first_question",
    "at_history_question",
    "at_review",
    "back_option",
    "context",
    "continue_dog",
    "correct",
    "dog_in_progress",
    "dogs_told_at_name",
    "edit_command",
    "edit_pick_context",
    "field_corrected_at_review",
    "fields_corrected_at_review",
    "first_report_name",
    "go_on_after_name",
    "handle",
    "handle_idle_choice",
    "health_in_report",
    "hint_name",
    "keep_age_told",
    "keep_before_survey",
    "keep_first_dog",
    "keep_for_waiting",
    "keep_note",
    "name_told_idle",
    "named_by_report",
    "named_dog",
    "offer_waiting_dog",
    "open_question",
    "renamed_at_review",
    "reprompt",
    "restarted",
    "say_changed",
    "say_left",
    "say_name",
    "sex_in_sentence",
    "show_edit_pick",
    "show_review",
    "start_months",
    "start_new_dog",
    "start_over",
    "start_told_at_review",
    "survey_dog",
    "told_before_survey",
    "year_month",
]
