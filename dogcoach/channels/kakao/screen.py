"""Replies as a Kakao skill answer body, remembered per user so the channel's own buttons ("more",
"more options") can show what one answer could not fit; files, which Kakao cannot carry, offered
as short-lived links."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dogcoach.domain.types import META_QUESTION, Attachment, Reply
from dogcoach.handlers import onboarding
from dogcoach.services.i18n import Translator

from .memory import Memory, View
from .render import render

# Choices kept on every page of a long option list: the survey's navigation.
PINNED_CHOICES = frozenset({onboarding.DONE, onboarding.SKIP, onboarding.BACK})
FILES_PATH = "/kakao/files/"
# Offers that must outlive the answer they came with: Kakao shows one row of quick replies, the
# answer's last, so the survey offered after a first report would be lost behind "show result",
# a result's buttons or a callback's (the offer joins the row that is shown).
CARRIED_CHOICES = frozenset({onboarding.START})
# The menu offered wherever no question is open: words the core understands as commands.
MENU = ("kakao-menu-help", "kakao-menu-history", "kakao-menu-week", "kakao-menu-profile")


@dataclass(frozen=True, slots=True)
class Answer:
    """A skill response body and what to do once it has been sent."""

    body: dict[str, Any]
    after_send: Callable[[], None] | None = None


@dataclass(frozen=True, slots=True)
class Screen:
    """Whose answer is rendered, in which language, at which page of a long option list;
    `remember` False for an answer that must not replace the remembered view ("too long")."""

    user_key: str
    t: Translator
    page: int = 0
    remember: bool = True


class Screens:
    def __init__(self, memory: Memory, public_base_url: str | None) -> None:
        self.memory = memory
        self.public_base_url = public_base_url

    def render(self, screen: Screen, replies: Sequence[Reply]) -> dict[str, Any]:
        """The skill answer body; the view is remembered for "more" and choice pages."""
        key, t, page = screen.user_key, screen.t, screen.page
        replies = _carry_offers([self._with_document(key, r, t) for r in replies])
        choices = next((r.choices for r in reversed(replies) if r.choices), ())
        multi = next((r.multi for r in reversed(replies) if r.choices), False)
        previous = self.memory.views.get(key)
        if (
            page == 0
            and multi
            and previous is not None
            and previous.multi
            and [c.id for c in previous.choices] == [c.id for c in choices]
        ):
            page = previous.page  # a multi-choice toggle stays on the page the user is on
            if len(replies) == 1:  # the toggle's answer: the picks so far, not the question again
                replies = [dataclasses.replace(replies[0], text=_picks_line(t, replies[0]))]
        asking = bool(choices) or any(META_QUESTION in r.meta for r in replies)
        rendered = render(
            replies,
            more_label=t("kakao-more"),
            more_options_label=t("kakao-more-options"),
            page=page,
            pinned_choice_ids=PINNED_CHOICES & {c.id for c in choices},
            image_url=lambda attachment: self.offer_file(key, attachment),
            menu=() if asking else [t(m) for m in MENU],
        )
        if screen.remember:
            self.memory.views.put(
                key,
                View(
                    locale=t.locale,
                    overflow=tuple(rendered.overflow),
                    choices=rendered.choices,
                    multi=rendered.multi,
                    page=rendered.page,
                    page_count=rendered.page_count,
                ),
            )
        return rendered.body

    def _with_document(self, user_key: str, reply: Reply, t: Translator) -> Reply:
        """Kakao cannot carry files: offer a short-lived download link instead (or say so)."""
        if reply.document is None:
            return reply
        url = self.offer_file(user_key, reply.document)
        note = t("kakao-file-link", value=url) if url else t("kakao-file-unavailable")
        return dataclasses.replace(reply, text=f"{reply.text}\n\n{note}", document=None)

    def offer_file(self, user_key: str, attachment: Attachment) -> str | None:
        """A short-lived download link for the user's file (None without PUBLIC_BASE_URL); it dies
        with the user's `/delete` (`Memory.forget`)."""
        if self.public_base_url is None:
            return None
        token = secrets.token_urlsafe(24)
        self.memory.offer_file(token, user_key, attachment)
        return f"{self.public_base_url}{FILES_PATH}{token}"


def _carry_offers(replies: list[Reply]) -> list[Reply]:
    """`replies` with a `CARRIED_CHOICES` button of an earlier reply joined to the row shown (the
    last reply's with choices), unless a question is open there (its options only)."""
    shown = next((i for i in range(len(replies) - 1, -1, -1) if replies[i].choices), None)
    if shown is None or replies[shown].multi or META_QUESTION in replies[shown].meta:
        return replies
    row = {c.id for c in replies[shown].choices}
    carried = [c for r in replies[:shown] for c in r.choices if c.id in CARRIED_CHOICES and c.id not in row]
    if not carried:
        return replies
    joined = dataclasses.replace(replies[shown], choices=(*replies[shown].choices, *carried))
    return [*replies[:shown], joined, *replies[shown + 1 :]]


def _picks_line(t: Translator, question: Reply) -> str:
    """A multi-choice tap answered briefly: what is ticked so far and how to finish."""
    picked = [c.label for c in question.choices if c.selected]
    if not picked:
        return t("kakao-picks-none")
    return t("kakao-picks", picks=", ".join(picked), count=len(picked))
