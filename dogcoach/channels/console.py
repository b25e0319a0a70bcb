"""Terminal chat over the same engine: choices shown numbered, files written to disk.

Analysis results arrive later than their turn: `send` is this channel's outbox sender, which
prints them as they come (the CLI connects it before starting the analysis service).

An analysis is printed as it is written (`progress`): a terminal cannot change what it printed,
so each view prints its status line when the status changes ("still writing…", "rewriting…",
"stopped partway") and then only the lines not printed yet. The result then prints the lines
still missing and "the analysis is complete"; after an interruption, or without views, it
prints the whole result as usual.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from dogcoach.bot.channel import ChannelAdapter
from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import (
    META_ANSWER,
    META_PROGRESS,
    META_PROGRESS_STATE,
    META_RESULT,
    Choice,
    Incoming,
    Reply,
    UserRef,
)
from dogcoach.handlers.results.render import SHOW_RESULT
from dogcoach.handlers.start import RETURNING
from dogcoach.services.i18n import resolve_locale
from dogcoach.services.store import User

INTERRUPTED = "interrupted"
# Words that end the chat, the whole line ("exit", "quit", "종료", "나가기", "bye"): a terminal has no
# close button, and "exit" stopped the survey, "종료" was the dog's name (owner trial).
EXIT_WORDS = "console-exit"
# Words that end the chat only when nothing is open ("끝", "done"): at a question they answer it
# ("끝" closes a multi-choice question, batch 53); idle they were "I don't understand" (trial 4).
IDLE_EXIT_WORDS = "console-exit-idle"
# Buttons the terminal does not show: a result prints here by itself, under the prompt.
PRINTED_ANYWAY = frozenset({SHOW_RESULT})
# Seconds the end of the chat waits for the analyses under way before saying it waits for them.
WAIT_SAID_AFTER = 0.5

log = logging.getLogger(__name__)


@dataclass
class _Written:
    """What was printed of one report's analysis in its current attempt."""

    report: int
    state: str = ""
    lines: set[str] = field(default_factory=set)


def _shown_choices(reply: Reply) -> tuple[Choice, ...]:
    return tuple(c for c in reply.choices if c.id not in PRINTED_ANYWAY)


def _keys_of(replies: Sequence[Reply]) -> dict[int, list[str]]:
    """The key of each choice printed on one screen, by reply (`id`). Letters where a typed
    number may be the answer ("3" people), numbers elsewhere; and one key names one choice on
    the screen: /profile typed at a survey question printed the card's buttons 1) 2) 3) and
    then the question's options 1) 2) 3)…, so "1" was both (stop 53). The last list (the open
    question, printed last) keeps its numbers; the lists above it are lettered, and where the
    last list is lettered too, the letters run on through the screen in print order."""
    lists = [r for r in replies if _shown_choices(r)]
    if not lists:
        return {}
    last = lists[-1]
    letters = (chr(ord("a") + i) for i in itertools.count())
    keys: dict[int, list[str]] = {}
    for reply in lists:
        count = len(_shown_choices(reply))
        if reply is last and not reply.free_text:
            keys[id(reply)] = [str(i + 1) for i in range(count)]
        else:
            keys[id(reply)] = [next(letters) for _ in range(count)]
    return keys


class ConsoleChat(ChannelAdapter[str, TextIO, None]):
    channel = Channel.CONSOLE

    def __init__(
        self,
        engine: Engine,
        user: str,
        *,
        locale_hint: str | None,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
        files_dir: Path = Path("."),
    ) -> None:
        self.engine = engine
        self.user = UserRef(Channel.CONSOLE, user)
        self.locale_hint = locale_hint
        self.stdin = stdin
        self.stdout = stdout
        self.files_dir = files_dir
        self._choices: tuple[Choice, ...] = ()
        self._keys: list[str] = []
        self._written: dict[int, _Written] = {}  # report → its analysis printed so far
        self._locale: str | None = None  # the language the last turn ended in
        self._idle = False  # nothing was open after the last turn (`Outcome.idle`)
        self._at_prompt = False
        self._ending = False  # input ended: what still comes prints without a prompt under it
        self._closed = False  # goodbye said: nothing more prints here
        # the report whose analysis printed the last lines, None after anything else: a view
        # whose lines something else broke into is printed again from its top (`progress`)
        self._last: int | None = None

    async def run(
        self,
        *,
        model_down: bool = False,
        pending: Callable[[], int] | None = None,
        drain: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        """Resume (or begin) with /start, then read lines until end of input or an exit word.
        `model_down`: the model was checked and is not reachable, said first (reports are kept
        for later). `pending` (how many analyses are under way) and `drain` (wait for them, True
        when all came): at the end the analyses under way print before goodbye, never after it
        under a prompt (owner trial, piped input: the card and its question came after "Bye!")."""
        # the first turn first: the terminal's own lines are then in the owner's language, the one
        # they chose before (trial: Korean lines above an English conversation under LANG=C)
        outcome = await self.engine.run(
            Incoming(self.user, text=f"/start {RETURNING}", locale_hint=self.locale_hint)
        )
        self._locale = outcome.locale or self._locale
        self._idle = outcome.idle
        self._write(self._t("console-hint"))
        if model_down:
            self._write(self._t("console-model-down"))
        self.render(self.stdout, outcome.replies)
        while True:
            self._prompt()
            line = await self._readline()
            self._at_prompt = False
            if not line:
                self._write("")
                await self._finish(pending, drain, bye=False)
                return
            text = line.strip()
            if text and (
                self.engine.messages.matches(text, EXIT_WORDS)
                or (self._idle and self.engine.messages.matches(text, IDLE_EXIT_WORDS))
            ):
                await self._finish(pending, drain, bye=True)  # the terminal's own word: sent nowhere
                return
            if text:
                try:
                    await self._send(self.to_incoming(text))
                except Exception:
                    # one failing turn is no reason to end the chat (stop 63 owner trial: a name's
                    # correction at the age raised, the terminal printed a traceback and exited
                    # with status 1); logged, said as the other channels say it, the next line read
                    log.exception("console turn failed")
                    self._write(self._t("console-error"))

    async def _finish(
        self, pending: Callable[[], int] | None, drain: Callable[[], Awaitable[bool]] | None, *, bye: bool
    ) -> None:
        """End the chat: wait for the analyses under way (said first, they may take a while), or
        say they come at the next start; then goodbye, the last line. End of input says no goodbye
        (Ctrl-D, or a pipe that ran out: "끝" there answered a question, it closed nothing)."""
        self._ending = True
        if drain is not None and pending is not None and pending():
            waiting = asyncio.ensure_future(drain())
            # said only when it takes a moment: without the model it gives up at once
            if not (await asyncio.wait({waiting}, timeout=WAIT_SAID_AFTER))[0]:
                self._leave_prompt()
                self._write(self._t("console-waiting"))
            if not await waiting:
                self._leave_prompt()
                self._write(self._t("console-left-pending"))
        if bye:
            self._leave_prompt()
            self._write(self._t("console-bye"))
        self._closed = True

    async def _readline(self) -> str:
        """stdin.readline in a daemon thread: asyncio.run joins its executor's threads on Ctrl-C,
        which would wait for Enter; a daemon thread is left blocked and the chat quits at once."""
        loop = asyncio.get_running_loop()
        line: asyncio.Future[str] = loop.create_future()

        def settle(text: str) -> None:
            if not line.cancelled():
                line.set_result(text)

        def read() -> None:
            text = self.stdin.readline()
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile (Ctrl-C)
                loop.call_soon_threadsafe(settle, text)

        threading.Thread(target=read, daemon=True).start()
        return await line

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """Outbox sender: print a late message (an analysis result) if it is for this terminal;
        a result whose analysis was printed as it was written prints only what is missing."""
        if not self._mine(user) or self._closed:
            return False  # after goodbye: kept for the next start
        self._locale = user.locale or self._locale
        self._idle = False  # a late result may open its follow-up: "끝" is then no exit
        result = replies[0].meta.get(META_RESULT) if replies else None
        written = self._written.pop(int(result), None) if result is not None else None
        final = replies[0].text.splitlines() if replies else []
        if (
            written is not None
            and written.state != INTERRUPTED
            and written.lines
            and written.lines <= set(final)
            # nothing printed in between (`progress`), or the whole card was printed already: a
            # question answered meanwhile printed it again, whole (owner trial, English)
            and (self._last == written.report or {line for line in final if line.strip()} <= written.lines)
        ):
            self._leave_prompt()
            for line in final:  # the streamed lines were the beginning of this result
                if line.strip() and line not in written.lines:
                    self._write(line)
            self._write(
                self._t("coach-console-done" if replies[0].meta.get(META_ANSWER) else "console-analysis-done")
            )
            self._write("")
            replies = replies[1:]
        else:
            self._write("")
        self.render(self.stdout, replies)
        self._prompt()
        return True

    async def progress(self, user: User, reply: Reply) -> bool:
        """Outbox progress sender: print what is new in an analysis being written (see module)."""
        report_id = reply.meta.get(META_PROGRESS)
        if not self._mine(user) or report_id is None or self._closed:
            return False
        *body, status = reply.text.splitlines()
        state = str(reply.meta.get(META_PROGRESS_STATE, ""))
        written = self._written.get(int(report_id))
        if written is None:
            written = self._written[int(report_id)] = _Written(int(report_id))
            self._write("")  # a late message starts apart from what came before
        elif self._last != int(report_id) and written.lines:
            # A survey question (or another analysis) printed between this view's lines: its 👉
            # line then came under the question (stop 53). The view starts again under it, whole.
            self._write("")
            written.lines, written.state = set(), ""
        self._leave_prompt()
        self._last = int(report_id)
        if state != written.state:  # a new attempt, or its interruption: say so
            if state != INTERRUPTED:
                written.lines = set()
            written.state = state
            self._write(status)
        for line in body:
            if line.strip() and line not in written.lines:
                written.lines.add(line)
                self._write(line)
        if state == INTERRUPTED:  # the rest may take a while: the owner can type meanwhile
            self._prompt()
        return True

    def _mine(self, user: User) -> bool:
        return user.channel == Channel.CONSOLE and user.external_id == self.user.external_id

    def _prompt(self) -> None:
        if self._ending:  # no more input is read: a prompt would wait for nothing
            return
        self.stdout.write("> ")
        self.stdout.flush()
        self._at_prompt = True

    def _leave_prompt(self) -> None:
        """Start a late message on a line of its own when the prompt is waiting for input."""
        if self._at_prompt:
            self._write("")
            self._at_prompt = False

    def to_incoming(self, text: str) -> Incoming:
        """A typed line; the key of a choice shown last ("a", "2") is a tap on that choice."""
        key = text.lower()
        if key in self._keys:
            return Incoming(
                self.user, choice=self._choices[self._keys.index(key)].id, locale_hint=self.locale_hint
            )
        return Incoming(self.user, text=text, locale_hint=self.locale_hint)

    async def _send(self, incoming: Incoming) -> None:
        outcome = await self.engine.run(incoming)
        if self._last is not None and outcome.replies:
            self._write("")  # apart from the analysis being written above
        if outcome.locale is None and self._locale is not None:
            # Everything erased (/delete): the owner is still at this terminal, in this language;
            # it is the hint of the owner the next line creates (trial: Korean after an English /delete).
            self.locale_hint = self._locale
        self._locale = outcome.locale or self._locale  # a turn may switch it ("English")
        self._idle = outcome.idle
        self.render(self.stdout, outcome.replies)

    def render(self, target: TextIO, replies: Sequence[Reply]) -> None:
        """Print the replies: text, files written to `files_dir`, choices keyed a) b) or 1) 2).
        The keys are those of these replies only: a key of options printed before a later output
        without any would pick a stale question ("1" after /history confirmed a review shown two
        answers earlier, issue 11 trial). One key names one choice on a screen (`_keys_of`)."""
        if replies:
            self._choices, self._keys = (), []
            self._last = None  # whatever these are, they break into a view being written
        keys = _keys_of(replies)
        for reply in replies:
            self._show(target, reply, keys)

    def _show(self, out: TextIO, reply: Reply, keys: dict[int, list[str]]) -> None:
        self._write(reply.text, out)
        for attachment in (reply.document, reply.image):
            if attachment is not None:
                path = self.files_dir / attachment.filename.replace(
                    "dogcoach-", f"dogcoach-{self.user.external_id}-", 1
                )
                try:
                    path.write_bytes(attachment.data)
                except OSError as error:  # a folder in the way, no room, no permission
                    log.error("could not write %s: %s", path, error)  # (the chat logs errors only)
                    self._write(self._t("console-file-failed"), out)
                    continue
                self._write(self._t("console-file-saved", path=str(path)), out)
        choices = _shown_choices(reply)
        if choices:
            self._choices += choices
            self._keys += keys[id(reply)]
            for key, choice in zip(keys[id(reply)], choices, strict=True):
                mark = "✓ " if choice.selected else ""
                self._write(f"  {key}) {mark}{choice.label}", out)
        self._write("", out)

    def _t(self, msg_id: str, **args: object) -> str:
        """The terminal's own lines, in the language the conversation is in (the owner may have
        switched it with "English"), not only the one the terminal started with."""
        locale = resolve_locale(self._locale, self.locale_hint, self.engine.default_locale)
        return self.engine.messages.format(locale, msg_id, **args)

    def _write(self, text: str, out: TextIO | None = None) -> None:
        out = out or self.stdout
        out.write(text + "\n")
        out.flush()
        if out is self.stdout:
            self._at_prompt = False
