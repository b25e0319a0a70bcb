"""What the user reads about an analysed report: the analysis as one message, and the one
follow-up question its missing information calls for; and, while the model writes, the same
message over the fields written so far with a status line ("still writing…"). A question to the
coach reads the same way with its own message: the answer, the next step, a safety line.

Rendered from the stored report row (not from the model's objects), so the worker, the user's
next turn and a "show result" tap all say the same, in any process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from dogcoach.domain.types import (
    META_ANSWER,
    META_PROGRESS,
    META_PROGRESS_STATE,
    META_RESULT,
    Choice,
    Reply,
)
from dogcoach.services.i18n import LOCALES, Messages, Translator
from dogcoach.services.store import Report
from dogcoach.services.understanding import BITTEN_NOTED, FIRST_BITE, first_step, tells, vet_first

if TYPE_CHECKING:  # (the turn is only passed through here)
    from dogcoach.handlers.turn import Turn

# Every `report:` choice is answered whatever flow the user is in (`undelivered.handle_choice`).
PREFIX = "report:"
SHOW_RESULT = "report:result"
FOLLOWUP_PREFIX = "report:followup:"
SKIP_FOLLOWUP = "report:followup:skip"
RETRY = "report:retry:"  # + report id: analyse a failed report again
HISTORY_PAGE = "report:history:"  # + offset: the owner's dog-less reports (and buttons of before)
HISTORY_DOG_PAGE = "report:history:dog:"  # + dog id + ":" + offset: that dog's (`history.page_of`)
OPEN = "report:open:"  # + report id: show a report's analysis (or a question's answer) again

# Asked in this order of usefulness: an ABC analysis needs the antecedent most.
FOLLOWUP_TOPICS: tuple[str, ...] = ("antecedent", "consequence", "frequency")
MAX_FOLLOWUPS = 1
# Topics not asked about when the report's own text already answers them (read with the
# understanding's follow-up cues): the model may still list them as missing (trial: "매일 그래요
# 한달쯤 됐어요" added to the report, then "how often, and since when?"). Only the frequency: its cues
# (매일, 한달, every night, since) say how often or since when wherever they stand, while the cues of
# what came right before or after (때, 보고, when, I) are meant for a short answer to that question
# and are in nearly every report.
TOLD_IN_TEXT: frozenset[str] = frozenset({"frequency"})


_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN_WORD = re.compile(r"(?<![\w\uac00-\ud7a3])[A-Za-z][A-Za-z'’-]*(?![\w\uac00-\ud7a3])")


def report_language(text: str, fallback: str) -> str:
    """The language a report is clearly written in, else `fallback` (the user's language).

    Words are counted, not letters: a Korean sentence with one English word in it is Korean, an
    English sentence with one Korean word in it is English; a tie keeps the user's language (the
    concrete cases are in `tests/test_report_followup.py`). Linear in the text: the words are split
    first (a pattern matching a whole word around a Hangul letter backtracked quadratically, 0.1-0.3 s
    for 4,096 characters without a space; benchmarks/text_checks.py).
    """
    korean = sum(1 for word in text.split() if _HANGUL.search(word))
    english = len(_LATIN_WORD.findall(text))
    if korean > english:
        return "ko"
    if english > korean:
        return "en"
    return fallback


def translator(messages: Messages, report: Report) -> Translator:
    """Everything about a report is said in the report's language (see `report_language`)."""
    return Translator(messages, report.language if report.language in ("ko", "en") else "ko")


def speak_report_language(turn: Turn, report: Report) -> None:
    """The rest of a turn about `report` said in the report's language, the one its analysis is
    in: for a report just typed, the language it was typed in (`report_language`), whatever the
    owner's (owner trial: a Korean owner's English report got "덧붙여 주신 내용을…" and a Korean
    tip around the English analysis). One language for the whole turn, every channel's notices
    too (they render in the turn's language, `Outcome.locale`); the owner's own language is not
    changed, the next turn is in it again."""
    locale = report.language if report.language in LOCALES else turn.locale
    if locale != turn.locale:
        turn.t = Translator(turn.messages, locale)


# How much of a report a quote shows when it must say which report it is about.
QUOTE_CHARS = 40


def quote(t: Translator, text: str) -> str:
    """A report named by its beginning ("“손님 오면 현관에서 계속 짖어요”"): said where two reports'
    acknowledgements or follow-up questions would otherwise read alike (trial 3, F5)."""
    flat = " ".join(text.split())
    clipped = flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1].rstrip() + "…"
    return t("analysis-about", text=clipped)


def show_result_choice(t: Translator) -> Choice:
    return Choice(SHOW_RESULT, t("analysis-show-result"))


def followup_topic(report: Report, messages: Messages) -> str | None:
    """The one thing to ask about, or None (no analysis, nothing missing that the report does not
    already tell, already asked, or a question to the coach, which has nothing to follow up)."""
    if report.is_question or report.status != "done" or report.followups >= MAX_FOLLOWUPS:
        return None
    if not report.analysis:
        return None
    if vet_first(messages, report.text):
        # a seizure, a poison, choking: the owner is sent to a vet now; "how often does it
        # happen?" under that card reads as if it could wait (stop 44). A sign of illness alone
        # ("어제부터 토를 세번 했어요") is the vet's too, whose frequency the owner often told (stop 47)
        return None
    if first_step(messages, report.text) == FIRST_BITE:
        # a bite that broke the skin (a child's hand, an adult's, another dog): a doctor or a vet
        # first, which the result says; "how often?" under it reads as if it could wait (stop 63,
        # the lead's decision: "he's bleeding" ended with "❓ One question: how often…")
        return None
    missing = set(report.analysis.get("missing") or ())
    return next(
        (
            topic
            for topic in FOLLOWUP_TOPICS
            if topic in missing and not (topic in TOLD_IN_TEXT and tells(messages, report.text, topic))
        ),
        None,
    )


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def analysis_text(
    t: Translator,
    analysis: Mapping[str, Any],
    *,
    partial: bool = False,
    dog: str = "",
    first: str | None = None,
) -> str:
    """The analysis as one message: title, A/B/C, purpose and intensity, summary, next step.

    `partial`: an answer still being written: only the fields present are shown (in the same
    places), so each view reads as the beginning of the final message. `dog`: the dog's name in
    the title (`whose.dog_shown`: an owner of more than one dog), "" for none. `first`: what the
    report needs before any training (`understanding.first_step`: a vet, or a professional after a
    bite that injured someone): the next step is that, as its safety card says, never the model's
    training step (stop 45: "👉 Try next: play a quiet doorbell sound" under a poisoning's card, as
    if training came first; stop 50: the same under a child's bitten face).
    """

    def shown(key: str) -> bool:
        return not partial or key in analysis

    category = t(f"category-{analysis.get('category', 'other')}")
    if not shown("category"):
        title = t("analysis-title-pending")
    elif dog:
        title = t("analysis-title-dog", name=dog, category=category)
    else:
        title = t("analysis-title", category=category)
    lines = [title, ""]
    for key in ("antecedent", "behavior", "consequence"):
        if shown(key):
            lines.append(t(f"analysis-{key}", text=_text(analysis.get(key))))
    if shown("likely_function"):
        function = analysis.get("likely_function", "unclear")
        lines.append(t("analysis-function", function=t(f"analysis-function-{function}")))
    if shown("intensity"):
        lines.append(t("analysis-intensity", level=int(analysis.get("intensity") or 0)))
    summary = analysis.get("summary") or ()
    if summary or not partial:
        lines += [
            "",
            t("analysis-summary"),
            *(t("analysis-summary-line", line=_text(line)) for line in summary),
        ]
    if first is not None and shown("next_step"):
        lines += ["", t("analysis-next-step-bite" if first == FIRST_BITE else "analysis-next-step-emergency")]
    elif shown("next_step"):
        lines += ["", t("analysis-next-step", text=_text(analysis.get("next_step")))]
    if analysis.get("safety_flag"):
        lines += ["", t("analysis-safety")]
    return "\n".join(_tidy(lines))


def answer_text(t: Translator, answer: Mapping[str, Any], *, partial: bool = False) -> str:
    """The coach's answer to a question as one message: the safety line when the model raised its
    flag (above the advice), the answer's sentences one a line, the next step.

    `partial`: an answer still being written; only what is present is shown, in the same places
    (each sentence on its own line, so every view is the beginning of the final message)."""
    lines = [t("coach-answer-title"), ""]
    if answer.get("safety_flag"):
        lines += [t("coach-safety"), ""]
    lines += [_text(line) for line in answer.get("answer") or () if _text(line)]
    if not partial or "next_step" in answer:
        lines += ["", t("coach-next-step", text=_text(answer.get("next_step")))]
    return "\n".join(_tidy(lines))


def _tidy(lines: list[str]) -> list[str]:
    """No blank line twice in a row or at the end (a partial view may skip a section)."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


PROGRESS_STATES = ("writing", "rewriting", "interrupted")


def progress_reply(
    messages: Messages,
    report: Report,
    fields: Mapping[str, Any],
    state: str,
    *,
    dog: str = "",
    quoted: bool = False,
) -> Reply:
    """An analysis being written: the fields so far as `analysis_text` shows them, then the
    status line of `state` (one of `PROGRESS_STATES`), so no view can pass for the result.
    `dog`: the name the result's title will carry (`whose.dog_shown`), so each view is the
    beginning of that result (stop 55: with two dogs the view's title had no name, the result's
    had, and the terminal printed the whole analysis a second time under the streamed one).
    `quoted`: it starts with a quote of the report, as its result will (`result_replies`)."""
    t = translator(messages, report)
    meta: dict[str, object] = {META_PROGRESS: report.id, META_PROGRESS_STATE: state}
    if report.is_question:
        meta[META_ANSWER] = True
        status = "coach-interrupted" if state == "interrupted" else f"analysis-{state}"
        return Reply(f"{answer_text(t, fields, partial=True)}\n\n{t(status)}", meta=meta)
    body = analysis_text(t, fields, partial=True, dog=dog, first=first_step(messages, report.text))
    if quoted:
        body = f"{quote(t, report.text)}\n{body}"
    return Reply(f"{body}\n\n{t(f'analysis-{state}')}", meta=meta)


def result_replies(
    messages: Messages,
    report: Report,
    *,
    ask: bool = True,
    plan: str | None = None,
    named: bool = False,
    quoted: bool = False,
    locale: str | None = None,
    dog: str = "",
) -> list[Reply]:
    """A finished report as the user reads it: the analysis (or the apology), then `plan` (what
    becomes of its next step: `handlers.coaching.plans`), then, when `ask` and the analysis lacks
    something, the follow-up question with a skip button (`named`: starting with a quote of the
    report, when another result comes close to it). `quoted`: the analysis itself starts with that
    quote, when it is shown in a turn about another report (owner trial 29: a seizure's result
    under a bite's safety card, which was which unclear).

    `locale`: a stored result shown again ("show result", a /history line) in the owner's
    language now: every fixed label in it, the model's own words as written, and one line saying
    so when they are in the other language (stop 34: after /language the labels stayed in the old
    one). None: the report's language, as when it is first delivered (`translator`). `dog`: the
    dog's name in the analysis' title (`analysis_text`)."""
    again = locale in LOCALES
    t = Translator(messages, locale) if locale is not None and again else translator(messages, report)
    meta: dict[str, object] = {META_RESULT: report.id}
    written = report.language if report.language in LOCALES else t.locale
    note = f"\n\n{t(f'analysis-written-in-{written}')}" if again and written != t.locale else ""
    if report.is_question:
        meta[META_ANSWER] = True
        if report.status != "done" or not report.analysis:
            retry = Choice(f"{RETRY}{report.id}", t("coach-retry"))
            return [Reply(t("coach-failed"), (retry,), meta=meta)]
        return [Reply(answer_text(t, report.analysis) + note, meta=meta)]
    if report.status != "done" or not report.analysis:
        retry = Choice(f"{RETRY}{report.id}", t("analysis-retry"))
        return [Reply(t("analysis-failed"), (retry,), meta=meta)]
    if report.analysis.get(BITTEN_NOTED):
        # the dog bitten by another dog, kept with its card, not analysed (`handlers.report`,
        # stop 53): the card and the line that asks how the dog reacted, again
        return [Reply(f"{t('safety-dog_bitten')}\n\n{t('report-bitten-noted')}", meta=meta)]
    shown = analysis_text(t, report.analysis, dog=dog, first=first_step(messages, report.text)) + note
    replies = [Reply(f"{quote(t, report.text)}\n{shown}" if quoted else shown, meta=meta)]
    if plan:
        replies.append(Reply(plan, meta={META_RESULT: report.id}))
    question = followup_question(t, report, named=named) if ask else None
    if question is not None:
        replies.append(question)
    return replies


def followup_question(t: Translator, report: Report, *, named: bool = False) -> Reply | None:
    """The follow-up question `report` calls for, with its skip button, in `t`'s language; None
    when nothing is missing. Rendered from the topic each time it is asked (never stored text), so
    a question asked again after the owner switched language is asked in the new one. `named`:
    it starts with a quote of the report (another result came close to it: trial 3, F5)."""
    topic = followup_topic(report, t.messages)
    if topic is None:
        return None
    skip = t.choice(SKIP_FOLLOWUP, "analysis-followup-skip")
    text = t(f"analysis-followup-{topic}")
    if named:
        text = f"{quote(t, report.text)}\n{text}"
    return Reply(text, (skip,), free_text=True, meta={META_RESULT: report.id})
