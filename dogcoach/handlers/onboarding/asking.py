"""Asking: a question's message with its progress, its ticks and its buttons (done, don't know, skip,
back), the review card and the list of answers to edit shown, and the understanding context each of
these steps gives the reading of the next message.
"""

from __future__ import annotations

import dataclasses

from dogcoach.domain.channel import NUMBERS_SHOWN
from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import META_QUESTION, META_TYPED_PICKS, Reply
from dogcoach.handlers.card import profile_card
from dogcoach.handlers.onboarding.constants import (
    ASKED_AFTER_REPORT,
    ASKED_ASIDE,
    BACK,
    CONFIRM,
    DONE,
    EDIT,
    EDIT_PICK,
    FLOW,
    NAME_HINT,
    NAME_HINT_BUTTONS,
    NAME_PAIR,
    NAME_PAIR_BUTTONS,
    REVIEW,
    SKIP,
    START,
    STILL_OPEN_OPTIONS,
    TICKED_KEY,
    UNKNOWN,
    UNLIKELY_KEY,
    UNLIKELY_NO,
)
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import Translator
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import DECLINE, Context, Expect, Option
from dogcoach.services.understanding import Kind as Understood

# Short words closing a multi-choice question once something is ticked ("ㅇㅋ", "ok next")
MULTI_FINISH = "understanding-multi-finish"


def nav_buttons(state: ConversationState, q: Question) -> list[tuple[str, str]]:
    """The buttons shown under question `q` besides its options, as (id, label's message id):
    done, don't know, skip, back."""
    buttons: list[tuple[str, str]] = []
    if q.key == "name" and state.data.get(NAME_HINT):
        buttons += NAME_HINT_BUTTONS
    if q.key == "name" and state.data.get(NAME_PAIR):
        buttons += NAME_PAIR_BUTTONS
    if q.kind is Kind.MULTI:
        buttons.append((DONE, "nav-done"))
    if q.unknowable:
        buttons.append((UNKNOWN, "nav-unknown"))
    if q.optional:
        buttons.append((SKIP, "nav-skip"))
    if state.data.get("mode") == "edit" or index_of(q.key) > 0:
        buttons.append((BACK, "nav-back"))
    return buttons


def back_option() -> Option:
    """Back, typed whole by its label or aliases ("back", "이전"), inside a sentence only by a
    phrase that asks to go back (`understanding-concept-nav-back`: "can we go back", "이전 질문
    다시요"): the word alone is the dog's "back leg" or "when i got back" (stop 47: "he's limping on
    his back leg" at the children moved the survey a question back)."""
    return Option(BACK, "nav-back", numbered=False, concepts=("nav-back",))


def edit_pick_context() -> Context:
    """The list of answers to edit: each field by its label, its `.short` and its short names
    (`understanding-field-*`: "건강", "walks"), on any page of a channel that pages the list (owner
    trial: only the first page's short labels worked on Kakao), and back."""
    fields = tuple(
        Option(f"{EDIT}:{q.key}", f"survey-field-{q.key}", words=(f"understanding-field-{q.key}",))
        for q in QUESTIONS
    )
    return Context(Expect.CHOICE, (*fields, back_option()))


def context(turn: Turn) -> Context:
    """What the survey has open: its question with the buttons under it, the review, or the
    list of answers to edit."""
    step = turn.state.step or QUESTIONS[0].key
    if step == REVIEW:
        # typed agreement ("ㅇㅇ맞아", "yep looks good", "👍") confirms; never "correct" inside
        # "that's not correct"
        options = (
            Option(CONFIRM, "survey-confirm", in_sentence=False),
            Option(EDIT, "survey-edit", in_sentence=False),
        )
        return Context(Expect.CHOICE, options)
    if step == EDIT_PICK:
        return edit_pick_context()
    q = BY_KEY[step]
    nav = tuple(
        back_option() if button == BACK else Option(button, msg_id, numbered=False)
        for button, msg_id in nav_buttons(turn.state, q)
    )
    if BACK not in {o.id for o in nav}:
        # "이전", "go back" at the first question, shown no Back button: still the command, never
        # the dog's name (owner trial 13: a dog called "뒤로가기"); `_go_back` says it is the first
        nav += (back_option(),)
    if q.kind is Kind.MULTI and turn.state.data.get("picks"):
        # ticked already: "ㅇㅋ", "ㄱㄱ", "다음", "ok next" close the question (owner trial 31)
        nav = tuple(
            dataclasses.replace(o, words=(*o.words, MULTI_FINISH)) if o.id == DONE else o for o in nav
        )
    told = turn.state.data.get(UNLIKELY_KEY)
    if isinstance(told, list) and told and told[0] == q.key:  # "nevermind" at "30 years? send it again"
        nav += (Option(UNLIKELY_NO, "survey-unlikely-no", numbered=False, words=(DECLINE,)),)
    return survey_context(q, nav=nav, numbered=turn.surface in NUMBERS_SHOWN)


async def ask(turn: Turn, q: Question, dog: Dog | None, *, again: bool = False) -> None:
    """Question `q`, after the owner's answer to it; `again`: asked again after something else
    (a view, a report, thanks), which ticked nothing to say."""
    typed = turn.incoming.choice is None and not again
    u = turn.understanding
    # ticks typed in a report (the router saved it): the line says both (English owner trial 30)
    reported = typed and u is not None and u.kind is Understood.CHOICE and (u.incident or u.safety)
    turn.reply(question_reply(turn.t, turn.state, q, dog, typed=typed, reported=reported))


def question_reply(
    t: Translator,
    state: ConversationState,
    q: Question,
    dog: Dog | None,
    *,
    typed: bool = False,
    reported: bool = False,
) -> Reply:
    """Question `q` as asked in `state` (its progress line, the ticks so far, its buttons);
    `typed`: the owner typed their last answer (a multi-choice question then says so);
    `reported`: in a behaviour report, kept as one (said in the same line as the ticks)."""
    name = dog.name if dog else ""
    edit = state.data.get("mode") == "edit"
    hint = state.data.get(NAME_HINT) if q.key == "name" else None
    asked = t("survey-q-name-hint", name=str(hint)) if hint else t(f"survey-q-{q.key}", name=name)
    pair = state.data.get(NAME_PAIR) if q.key == "name" else None
    if isinstance(pair, list) and len(pair) == 3:  # "Salt and Pepper — one dog or two?"
        asked = t("survey-q-name-pair", name=str(pair[2]))
    progress = t("survey-progress", n=index_of(q.key) + 1, total=len(QUESTIONS))
    text = asked if edit else progress + "\n" + asked

    picks = set(state.data.get("picks", []))
    choices = [t.choice(f"survey:{q.key}:{v}", q.option_msg(v), selected=v in picks) for v in q.options]
    if q.free_option:
        choices.append(t.choice(f"survey:{q.key}:{q.free_option}", q.option_msg(q.free_option)))
    choices += [t.choice(button, msg_id) for button, msg_id in nav_buttons(state, q)]
    free_text = q.kind not in (Kind.CHOICE, Kind.MULTI)
    meta: dict[str, object] = {META_QUESTION: q.key}
    if q.kind is Kind.MULTI and typed and state.data.get("picks") and state.data.get(TICKED_KEY):
        meta[META_TYPED_PICKS] = True
        # a typed pick keeps the question open: said in a line, on every channel (Telegram showed
        # the same question again without a word, and the owner's next answer was refused)
        ticked = [t(q.option_msg(v)) for v in q.options if v in picks]
        line = "survey-report-ticked" if reported else "survey-picks-typed"
        text = t(line, picks=", ".join(ticked), count=len(ticked)) + "\n\n" + text
    return Reply(text, tuple(choices), multi=q.kind is Kind.MULTI, free_text=free_text, meta=meta)


def open_question(t: Translator, state: ConversationState, dog: Dog | None) -> Reply | None:
    """The survey question open in `state`, asked again; None when no question is open (outside
    the survey, or at its review). For a reply pushed outside a turn (an analysis result) that
    would otherwise leave the question out of view."""
    if state.flow != FLOW or state.step not in BY_KEY:
        return None
    if state.data.get(ASKED_AFTER_REPORT) == state.step:
        # asked again right below "I've saved what you told me" and not answered since (owner
        # trial 9: the question three times, once per result and follow-up): once is enough
        return None
    q = BY_KEY[state.step]
    if state.data.get(ASKED_ASIDE) == state.step and len(q.options) >= STILL_OPEN_OPTIONS:
        # its list shown again after a reply about something else, or said to be still open, and
        # not answered since: not once more under a coach's answer pushed later (English owner
        # trial 30: the 19 concerns under every answer)
        return None
    return question_reply(t, state, q, dog)


def show_review(turn: Turn, dog: Dog) -> None:
    text = profile_card(turn, dog, reviewing=True) + "\n\n" + turn.t("survey-review", name=dog.name)
    choices = (turn.choice(CONFIRM, "survey-confirm"), turn.choice(EDIT, "survey-edit"))
    turn.reply(Reply(text, choices, meta={META_QUESTION: REVIEW}))


def show_review_reminder(turn: Turn, dog: Dog) -> None:
    """The review asked again in one line with its buttons, after a reply about something else
    (a report, thanks, history, help) or an answer that is neither: the whole card followed every
    later reply on Kakao and the terminal while the review stayed open (fresh trial)."""
    choices = (turn.choice(CONFIRM, "survey-confirm"), turn.choice(EDIT, "survey-edit"))
    turn.reply(Reply(turn.t("survey-review-again", name=dog.name), choices, meta={META_QUESTION: REVIEW}))


def show_still_open(turn: Turn, q: Question, dog: Dog | None) -> None:
    """The open question `q` in one line naming it, after a second reply about something else in
    a row (English owner trial 30: the concerns question's 19 options after every reply, for
    days; stop 52: any question, asked in full after every reply): its own buttons still under it,
    so a channel that shows buttons (Kakao's quick replies) can answer it with a tap, and the
    button that asks it again in full."""
    n, total = index_of(q.key) + 1, len(QUESTIONS)
    field = turn.t(f"survey-field-{q.key}")
    if dog is not None and dog.name:
        text = turn.t("survey-still-open", name=dog.name, n=n, total=total, field=field)
    else:
        text = turn.t("survey-still-open-unnamed", n=n, total=total, field=field)
    asked = question_reply(turn.t, turn.state, q, dog)
    choices = (*asked.choices, turn.choice(START, "profile-continue"))
    turn.reply(dataclasses.replace(asked, text=text, choices=choices))


def show_edit_pick(turn: Turn) -> None:
    choices = [turn.choice(f"{EDIT}:{q.key}", f"survey-field-{q.key}") for q in QUESTIONS]
    choices.append(turn.choice(BACK, "nav-back"))
    turn.reply(Reply(turn.t("survey-edit-which"), tuple(choices), meta={META_QUESTION: EDIT_PICK}))
