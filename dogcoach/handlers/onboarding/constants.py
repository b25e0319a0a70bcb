"""The survey's shared vocabulary: the flow's name and its steps besides the questions, the button
ids, the keys the survey keeps in the conversation state, the sentinels a reader returns, and
`Invalid`, the signal that an answer does not fit. It imports nothing of the survey, so every other
module takes names from it directly.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import Kind
from dogcoach.services.understanding.survey import NAME_SENTENCE, NAME_TOLD_LAST

FLOW = "onboarding"


# No name read at the name question, yet what the message tells of later questions is kept
# ("펫샵에서 데려왔어요", "남자애고 땅콩 뗐어요"; owner trial 12).
NAME_READ_PAST = frozenset({NAME_SENTENCE, "not-a-name", "name", NAME_TOLD_LAST})


REVIEW = "review"


EDIT_PICK = "edit_pick"


BACK = "survey:back"


SKIP = "survey:skip"


DONE = "survey:done"


UNKNOWN = "survey:unknown"


CONFIRM = "survey:confirm"


EDIT = "survey:edit"


CONTINUE = "survey:continue"


START = "survey:start"


# The button that adds a dog (`profile.NEW_DOG`, answered there), offered when a survey finishes.
ADD_DOG = "profile:newdog"


# Another dog mentioned during the survey ("둘째도 있어요"): offered once the survey is confirmed.
NEWDOG_AFTER = "newdog_after"
# Reports told at a further dog's name question, before its dog row exists (ids): filed under the
# active dog for now, moved to the new dog when its name makes it (stop 52, helper glue52).
TOLD_UNNAMED = "told_unnamed"


# Facts told of that dog during this survey ("bramble is only 5 months btw" at the household; stop
# 48, owner trial 33: lost): {"name": its name, "answers": {key: value}, "approximate": {key: [low,
# high]}}, carried to the offer (`ADD_DOG_OFFERED_FACTS`) and kept for its survey, not asked there.
NEWDOG_AFTER_FACTS = "newdog_after_facts"


# Adding a dog was just put off with no name ("add a dog" mid-survey): a bare name typed as the next
# message, at a free-text question too, is that dog's name (batch 73: "Bean" stored as the breed).
NEWDOG_PUT_OFF = "newdog_put_off"


# The question about the other pets, where another dog may be told with its name.
OTHER_PETS = "other_pets"
# Its option for another dog: never ticked from words left over from a count ("3살 강아지예요":
# the dog asked about; `told_along._pets_told_along`).
OTHER_DOG = "dog"


# That offer's "not now" button, and the state key that keeps it open for typed answers
# (`profile.NEWDOG_NO`, `profile.OFFERED`, `profile.OFFER_TURNS`: profile builds on this module).
ADD_DOG_NO = "profile:newdog-no"


ADD_DOG_OFFERED = "newdog_offered"


# The name of the dog that offer was made for ("보리로 바꿔줘", "아 콩이 말고 보리요"): its survey's
# name question offers it (`profile.OFFERED_NAME`).
ADD_DOG_OFFERED_NAME = "newdog_offered_name"


# The facts told of the dog that offer was made for (`NEWDOG_AFTER_FACTS`), kept for its survey.
ADD_DOG_OFFERED_FACTS = "newdog_offered_facts"


ADD_DOG_OFFER_TURNS = 3


# A name the owner already gave ("우리 콩이가 밤마다 짖어요" first, "보리로 바꿔줘" with one dog): the
# name question offers it ("콩이 맞죠?") with a yes button and an "another name" one; typed
# "네" / "yes" take it, "아니요" / "no" ask the plain question, a name typed is the answer.
NAME_HINT = "name_hint"


NAME_YES = "survey:name-hint:yes"


NAME_OTHER = "survey:name-hint:other"


NAME_HINT_BUTTONS = ((NAME_YES, "survey-name-hint-yes"), (NAME_OTHER, "survey-name-hint-other"))


# Two names joined alone at the name question ("Salt and Pepper"): one dog's name or two dogs?
# (owner trial 10: read as two dogs) — asked with two buttons, [first, second, whole] kept.
NAME_PAIR = "name_pair"


NAME_ONE = "survey:name-pair:one"


NAME_TWO = "survey:name-pair:two"


NAME_PAIR_BUTTONS = ((NAME_ONE, "survey-name-pair-one"), (NAME_TWO, "survey-name-pair-two"))


# Multi-choice ticks not yet finished with "done", kept per question while the owner goes back.
TICKS_KEY = "ticks"


# Parts of a one-choice answer told over several messages ("여아", then "중성화 아직"), per question.
PARTS_KEY = "parts"


# Half of an earlier one-choice answer typed at a later question ("숫컷" at the breed) opens that
# earlier question to be completed: {"at": its key, "back": the question typed at, "mode": the mode
# before}. A message there that completes nothing is read at "back" (`_leaves_completion`).
COMPLETING_KEY = "completing"


# Answers of later questions told at the name, before the dog's row exists ("남아 중성화함" at the
# name): stored with the name when it comes (`_save`).
EARLY_KEY = "early"


# A command word mistyped at the name question ("시잒"), kept: the same word sent again is the name.
NAME_TYPO_KEY = "name_typo"


# A breed typed alone at the name ("푸들"), kept as the breed: the same word sent again is the name.
NAME_BREED_KEY = "name_breed"


# Later questions answered whole in an earlier answer ("3 years, spayed female" at the age: the
# sex too): stored then, not asked in their turn.
AHEAD_KEY = "ahead"
# Answers told before the survey started, with no dog yet (`told_ahead.keep_before_survey`; owner
# trial 30): kept through whatever the bot opens meanwhile (a result's question), until the survey.
TOLD_BEFORE = (EARLY_KEY, AHEAD_KEY)


# The number question just answered "don't know" ("idk" at the hours alone): a number the next
# question cannot take, sent right after, is that question's answer after all (owner trial 12:
# "like 3 or 4" was asked back as 3.5 minutes or hours of exercise). Kept for one message.
UNKNOWN_JUST_KEY = "unknown_just"


# The question asked again in the turn that kept a report typed at it (`reprompt`): a result
# pushed later does not ask it once more until the owner writes (`open_question`).
ASKED_AFTER_REPORT = "asked_after_report"

# The question asked again in full after a reply about something else (`Turn.aside`: a view, the
# help, thanks, a question to the coach, a check-in's answer) and not answered since: after the
# next such reply, one line names the question and where the survey is paused, the question's own
# buttons and the one that continues it under it, instead of the question again
# (`asking.show_still_open`; English owner trial 30: the concerns question's 19 options after every
# reply, for days; stop 52: every question, a name or a number too, and after a report saved).
ASKED_ASIDE = "asked_aside"
# The one-line reminder of a paused survey (`asking.show_still_open`: "question 13 of 15 is still
# waiting") or of a profile waiting for its OK (`asking.show_review_reminder`), said after a reply
# about something else: which step it was said for and when (`reminders`). Said once, it is not
# said again after the next replies (stop 51, owner trial: "…프로필이 확인을 기다리고 있어요"
# seven times in a row), only once `REMIND_AGAIN` has passed, on another day, or after a result.
REMINDED = "reminded"
REMINDED_AT = "reminded_at"
# Only a question that lists its options is said in that one line: one with fewer (children, size)
# or none (the age, the hours) is itself as short as the line, and asked again as it is.
STILL_OPEN_OPTIONS = 4


# The options of a yes-or-no question: a late "yes" or "no" is never taken for it (it answers
# the open question's own topic: "있어요" at the other pets).
YES_NO = frozenset({"yes", "no"})


# A restart under way (`start_over`): the questions answered again, the others keeping their answer.
RESTART_KEY = "restart"


# Set once the owner ticks something at the open multi-choice question (typed or tapped), not by
# ticks loaded from a stored answer: the exclusive option typed after it ("없어요", "nope") means
# "no more" and finishes with the ticks; typed first it is the answer itself.
TICKED_KEY = "ticked"
# The options one word pointed at together and was asked about ("공격성": toward people / toward
# dogs, "Which do you mean?"), by question: the next message that tells them apart ("사람한테요",
# "other dogs", "둘 다") ticks them (owner trial 17: "no option fits", the answer lost).
WHICH_KEY = "which"
# A multi-choice question stays open until "done", whether its options are tapped or typed: a
# typed option ("고양이", "개, 고양이", "고양이 한마리 있어요") is added to the ticks already made
# (never toggled off) and the ticks are shown again, as a tap shows them; only the exclusive
# option ("없음" / "none") typed with nothing ticked finishes it (nothing could join it). One rule
# on every channel: a typed answer that closed the question lost the ticks tapped before it and read the
# next typed option as an answer to the next question (trial 2, finding 4). A typed tick says so in
# a line; after it "없어요" / "that's it" finish, and an answer to the next question keeps the ticks
# and answers it (`_answered_next`): the next message is never lost (fresh trial).


class Invalid(Exception):
    """An answer that does not fit: carries the Fluent id of the re-ask (and its arguments)."""

    def __init__(self, msg_id: str, **args: Any) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id
        self.args_ = args


_PENDING: Any = object()


_UNKNOWN: Any = object()


# The questions answered with a number and its unit.
QUANTITY_KINDS = frozenset({Kind.AGE, Kind.DURATION, Kind.COUNT, Kind.HOURS, Kind.MINUTES})


# The children question's option for "yes, children live here".
YES = "yes"


# The state's note of a rare number told once (`Question.likely`): [question key, value].
UNLIKELY_KEY = "unlikely"


# "nevermind", "아니요" while that number waits (typed only, no button): not noted, asked again.
UNLIKELY_NO = "survey:unlikely-no"


# Kept on the dog when how long it was owned was told as "since he was a puppy": that answer is
# the age less `HOME_AGE_MONTHS`, so it follows the age when the age is changed (fourth trial: the
# age corrected from 2 to 3, the profile still said 22-24 months).
SINCE_PUPPY_KEY = "owned_since_puppy"
