"""Replies as a Kakao skill answer body, remembered per user (in the store, `memory.Memory`) so the
channel's own buttons ("more", "more options") can show what one answer could not fit, whichever
replica the next request reaches; files, which Kakao cannot carry, offered as short-lived links."""

from __future__ import annotations

import dataclasses
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dogcoach.domain.types import (
    META_QUESTION,
    META_SURVEY_UNFINISHED,
    META_TYPED_PICKS,
    Attachment,
    Choice,
    Reply,
)
from dogcoach.handlers import onboarding
from dogcoach.services.i18n import Translator
from dogcoach.services.store import StoreSession

from .memory import Memory, Seen, View
from .models import MAX_QUICK_REPLIES
from .render import render

log = logging.getLogger(__name__)

# Choices kept on every page of a long option list: the survey's navigation.
PINNED_CHOICES = frozenset({onboarding.DONE, onboarding.SKIP, onboarding.BACK})
FILES_PATH = "/kakao/files/"
# Offers that must outlive the answer they came with: Kakao shows one row of quick replies, the
# answer's last, so the survey offered after a first report would be lost behind "show result",
# a result's buttons or a callback's, and adding a dog offered behind the question asked again
# after it (a survey's, a result's follow-up, a check-in's: owner trials), so the offer joins the
# row that is shown. The survey's start never joins a survey question's row (it is open).
CARRIED_CHOICES = frozenset({onboarding.START, onboarding.ADD_DOG, onboarding.ADD_DOG_NO})
# The menu offered wherever no question is open: words the core understands as commands.
MENU = ("kakao-menu-help", "kakao-menu-history", "kakao-menu-week", "kakao-menu-profile")
# First in the menu after a reply that left the survey unfinished: the words that continue it.
RESUME = "kakao-menu-resume"


@dataclass(frozen=True, slots=True)
class Answer:
    """A skill response body and what to do once it has been sent."""

    body: dict[str, Any]
    after_send: Callable[[], None] | None = None


@dataclass(frozen=True, slots=True)
class Screen:
    """Whose answer is rendered, in which language, at which page of a long option list;
    `remember` False for an answer that must not replace the remembered view ("too long");
    `seen` what the user's turn started from (`Memory.load`): the view the answer follows;
    `menu` False where the menu words would lead nowhere (the owner's data was just erased);
    `resume` the owner's survey is paused, not finished: its words lead the menu."""

    user_key: str
    t: Translator
    page: int = 0
    remember: bool = True
    seen: Seen | None = None
    menu: bool = True
    resume: bool = False


@dataclass(frozen=True, slots=True)
class Shown:
    """A rendered answer: the skill response body, the view it leaves (None: not to be kept) and
    the files it offers as links (token, file), to be kept by `Screens.keep`."""

    body: dict[str, Any]
    view: View | None
    files: tuple[tuple[str, Attachment], ...] = ()


class Screens:
    def __init__(self, memory: Memory, public_base_url: str | None) -> None:
        self.memory = memory
        self.public_base_url = public_base_url

    async def show(
        self, screen: Screen, replies: Sequence[Reply], *, wait: float | None = None
    ) -> dict[str, Any]:
        """Render and keep (`render`, then `keep`): the body to answer with."""
        shown = self.render(screen, replies)
        await self.keep(screen, shown, wait=wait)
        return shown.body

    async def keep(self, screen: Screen, shown: Shown, *, wait: float | None = None) -> None:
        """Store the view and the offered files of a rendered answer, for whichever replica gets
        the user's next request ("more", the next page, the download link)."""
        await self.memory.remember(screen.user_key, shown.view, shown.files, seen=screen.seen, wait=wait)

    async def keep_in(self, session: StoreSession, screen: Screen, shown: Shown) -> None:
        """`keep` in a session the caller holds (the turn's own transaction)."""
        await self.memory.remember_in(session, screen.user_key, shown.view, shown.files, seen=screen.seen)

    def render(self, screen: Screen, replies: Sequence[Reply]) -> Shown:
        """The skill answer body and what to keep of it for "more" and choice pages (pure: nothing
        is stored until `keep`)."""
        t, page = screen.t, screen.page
        files: list[tuple[str, Attachment]] = []
        replies = _carry_offers([self._with_document(r, t, files) for r in replies])
        choices = next((r.choices for r in reversed(replies) if r.choices), ())
        multi = next((r.multi for r in reversed(replies) if r.choices), False)
        previous = screen.seen.view if screen.seen is not None else None
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
            image_url=lambda attachment: self._offer_file(attachment, files),
            menu=() if asking or not screen.menu else [t(m) for m in _menu(replies, screen.resume)],
        )
        view = (
            View(
                locale=t.locale,
                overflow=tuple(rendered.overflow),
                choices=rendered.choices,
                multi=rendered.multi,
                page=rendered.page,
                page_count=rendered.page_count,
            )
            if screen.remember
            else None
        )
        return Shown(rendered.body, view, tuple(files))

    def _with_document(self, reply: Reply, t: Translator, files: list[tuple[str, Attachment]]) -> Reply:
        """Kakao cannot carry files: offer a short-lived download link instead (or say so)."""
        if reply.document is None:
            return reply
        url = self._offer_file(reply.document, files)
        if url is None:  # no link to give: the text announcing the file would promise nothing
            # the owner is told what to send instead; the operator, what to configure
            log.warning(
                "PUBLIC_BASE_URL is not set: %s cannot be offered as a download link on Kakao",
                reply.document.filename,
            )
            return dataclasses.replace(reply, text=t("kakao-file-unavailable"), document=None)
        return dataclasses.replace(
            reply, text=f"{reply.text}\n\n{t('kakao-file-link', value=url)}", document=None
        )

    def _offer_file(self, attachment: Attachment, files: list[tuple[str, Attachment]]) -> str | None:
        """A short-lived download link for the user's file (None without PUBLIC_BASE_URL): an
        unguessable token, kept with the answer's view (`keep`); it dies with the user's `/delete`."""
        if self.public_base_url is None:
            return None
        token = secrets.token_urlsafe(24)
        files.append((token, attachment))
        return f"{self.public_base_url}{FILES_PATH}{token}"


def _carry_offers(replies: list[Reply]) -> list[Reply]:
    """`replies` with the `CARRIED_CHOICES` buttons of earlier replies joined to the row shown
    (the last reply's with choices) when they fit in it beside a "more" button, a multi-choice
    question's row aside (it stays the same from tick to tick, and pages)."""
    shown = next((i for i in range(len(replies) - 1, -1, -1) if replies[i].choices), None)
    if shown is None or replies[shown].multi:
        return replies
    survey = META_QUESTION in replies[shown].meta
    row = {c.id for c in replies[shown].choices}
    carried: list[Choice] = []
    for c in (c for r in replies[:shown] for c in r.choices):
        if c.id in CARRIED_CHOICES and c.id not in row and not (survey and c.id == onboarding.START):
            row.add(c.id)
            carried.append(c)
    if not carried or len(row) > MAX_QUICK_REPLIES - 1:
        return replies
    joined = dataclasses.replace(replies[shown], choices=(*replies[shown].choices, *carried))
    return [*replies[:shown], joined, *replies[shown + 1 :]]


def _picks_line(t: Translator, question: Reply) -> str:
    """A multi-choice tap answered briefly: what is ticked so far and how to finish."""
    picked = [c.label for c in question.choices if c.selected]
    if not picked:
        return t("kakao-picks-none")
    msg_id = "kakao-picks-typed" if question.meta.get(META_TYPED_PICKS) else "kakao-picks"
    return t(msg_id, picks=", ".join(picked), count=len(picked))


def _menu(replies: Sequence[Reply], resume: bool = False) -> tuple[str, ...]:
    """The menu words, led by the survey's resume words while the survey is paused (`resume`) or
    after a reply that paused it, until it is finished."""
    unfinished = resume or any(r.meta.get(META_SURVEY_UNFINISHED) for r in replies)
    return (RESUME, *MENU) if unfinished else MENU
