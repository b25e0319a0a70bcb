"""Channel-neutral conversation types.

Adapters turn platform payloads into `Incoming` and render `Reply` lists back; flows see only
these types, which is what lets one survey and one report flow serve every channel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dogcoach.domain.channel import Channel

# `Reply.meta` keys, one constant each. Channels act on them; they never reach the user.
# The acknowledgement of a report being analysed ("analysing…"): the report's id. A channel that
# cannot push later waits for the result, or shows "typing…" until it arrives.
META_REPORT = "analysis_report_id"
# A reply that carries (or asks about) a finished analysis: the report's id.
META_RESULT = "analysis_result_id"
# An analysis still being written (never final): the report's id. A channel that shows progress
# replaces it with the next one, and finally with the result (the `META_RESULT` of that report).
# Its last line is its status, whose kind `META_PROGRESS_STATE` names.
META_PROGRESS = "analysis_progress_id"
# With `META_PROGRESS`: "writing", "rewriting" (the corrective retry, which starts the answer
# again) or "interrupted" (the stream stopped; the report waits to be analysed again).
META_PROGRESS_STATE = "analysis_progress_state"
# On the acknowledgement: where the report stands in the analysis line, a dict with `place`
# (1: analysed now) and `wait_seconds` (estimated seconds until the result). A channel that
# cannot push a result later decides from it whether waiting for the result is worth it.
META_QUEUE = "analysis_queue"
# A reply about a question to the coach rather than a behaviour report (its acknowledgement, the
# answer being written, the answer): True. A channel that names what it shows says "answer".
META_ANSWER = "coach_answer"
# The acknowledgement of text added to a report (a follow-up answer, or detail sent before the
# result was shown): True. A channel that rewords the acknowledgement says it was added.
META_ADDED = "analysis_added"
# With `META_ADDED`: what was added is how much the dog ate, told after a poisoning or a swallowed
# thing; the red-flag kind ("toxin", "foreign_body"). A channel that rewords the acknowledgement
# says the amount was noted on that report (stop 45: the generic "added to your report" line).
META_AMOUNT = "analysis_amount"
# The safety reply to a report or a question (what to do now, the referral, or why punishment
# backfires): the kinds of red flag raised (possibly none, for the aversive-method guard alone).
# It must be seen in the turn itself: a channel never holds it back for a later answer.
META_SAFETY = "safety_flags"
# An acknowledgement's quote of the report it is about ("“손님 오면 현관에서…”"): the line, rendered.
# When one answer acknowledges two reports each starts with its quote (trial 3, F5); a channel
# that rewords an acknowledgement keeps the quote where the text starts with it.
META_ABOUT = "analysis_about"
# "Still working" about a report already acknowledged (asked for its result, typed or tapped):
# True. A channel that cannot push says the time left now, not "saved" or "added" again.
META_STILL = "analysis_still_working"
# "I've saved what you said and will analyse it separately" (a report typed where a question is
# open): True. Moot where the result is shown in the same answer, so such a channel drops it.
META_KEPT_ASIDE = "report_kept_aside"
# A survey question (or its review/edit step): the question's key.
META_QUESTION = "question"
# A reply that refuses a tap (a button no longer valid): True. Channels that mark a tapped message
# as answered do not mark it then.
META_TAP_REFUSED = "tap_refused"
# On a multi-choice question asked again: its ticks changed by typed options, not a tap (Kakao
# then says how to finish in words, not "tap").
META_TYPED_PICKS = "typed_picks"
# A reply leaving a survey unfinished (paused, answers kept): True. Kakao offers the words that
# continue it among its menu quick replies (new-owner trial 3: no way back but typing "시작").
META_SURVEY_UNFINISHED = "survey_unfinished"


@dataclass(frozen=True, slots=True)
class UserRef:
    """Who wrote: the channel and the platform's own id for the user."""

    channel: Channel
    external_id: str


@dataclass(frozen=True, slots=True)
class Incoming:
    """One user turn.

    `choice` is the stable id of a tapped option (never its label); `text` is what the user typed.
    A turn carries one of them, or both when a platform echoes the label of a tapped button.
    `locale_hint` is the platform's language hint (Telegram `language_code`, Kakao `lang`),
    consulted only when the user has no stored choice; without one the owner's typing decides
    (`handlers.language.follow_typed`), else `fallback_locale`, the channel's own language when
    it has one (KakaoTalk: Korean), else the server's default. `payload` is the raw platform body, kept in
    the transcript. `media` says the platform sent a photo, video, sticker, voice note or file
    (its `text`, if any, is a link to it): there is nothing to read, so nothing is stored.
    `caption` says `text` was written under a photo or file the channel passes as text
    (Telegram): read as typed, but understood as nothing the owner hears the media is unseen.
    `update_id` is the platform's id of the delivery, where it re-delivers (Telegram): recorded
    in the turn's own transaction, so a re-delivery of a committed turn is recognised and one of
    a turn that did not commit is taken. `files`: the channel can hand the owner a file this turn
    (KakaoTalk only with a download link, `PUBLIC_BASE_URL`): without, what needs one (the
    summary PDF, the export) is not offered in the help. `pushed_unseen`: a question was pushed to
    the chat after the message arrived, before its turn ran (Telegram: a result's follow-up sent
    while the turn waited for the chat): the owner typed without having seen it.
    """

    user: UserRef
    text: str | None = None
    choice: str | None = None
    locale_hint: str | None = None
    fallback_locale: str | None = None
    display_name: str | None = None
    payload: dict[str, Any] | None = None
    media: bool = False
    caption: bool = False
    update_id: str | None = None
    files: bool = True
    pushed_unseen: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    """An option offered to the user. `id` is stable across languages and releases.

    `short` is a label written to fit a narrow button (the `.short` attribute of the label's
    Fluent message; Kakao's quick replies show 14 characters), None when `label` is short already.
    """

    id: str
    label: str
    selected: bool = False
    short: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file or picture sent along with a reply.

    `alt` is a sentence in the owner's language that says what a picture shows, for a screen reader
    and where the picture cannot be shown (Kakao's `simpleImage.altText`); never a file name.
    """

    filename: str
    data: bytes
    mime_type: str
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to show.

    `multi` marks a multi-choice question: tapping an option toggles it (its `selected` flag shows
    the current picks) and a separate choice finishes it. `free_text` says a typed answer (a name,
    a number) is expected beside the choices, so a channel must not read typed digits as picks.
    `image` is shown inline where the channel can; `document` is sent as a file where it can.
    """

    text: str
    choices: tuple[Choice, ...] = ()
    multi: bool = False
    free_text: bool = False
    image: Attachment | None = None
    document: Attachment | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The transcript form of this reply (binary parts described, not copied)."""
        out: dict[str, Any] = {"text": self.text}
        if self.choices:
            out["choices"] = [
                {"id": c.id, "label": c.label, **({"selected": True} if c.selected else {})}
                for c in self.choices
            ]
        if self.multi:
            out["multi"] = True
        for kind, att in (("image", self.image), ("document", self.document)):
            if att is not None:
                out[kind] = {"filename": att.filename, "mime_type": att.mime_type, "bytes": len(att.data)}
        return out
