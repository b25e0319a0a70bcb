"""Terminal chat over the same engine: choices shown numbered, files written to disk.

Analysis results arrive later than their turn: `deliver` is this channel's outbox sender, which
prints them as they come (the CLI registers it before starting the analysis service).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from pathlib import Path
from typing import TextIO

from dogcoach.bot.engine import Engine
from dogcoach.bot.types import Choice, Incoming, Reply, UserRef
from dogcoach.services.i18n import resolve_locale
from dogcoach.services.store import User

CHANNEL = "console"


class ConsoleChat:
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
        self.user = UserRef(CHANNEL, user)
        self.locale_hint = locale_hint
        self.stdin = stdin
        self.stdout = stdout
        self.files_dir = files_dir
        self._choices: tuple[Choice, ...] = ()
        self._keys: list[str] = []

    async def run(self) -> None:
        """Resume (or begin) with /start, then read lines until end of input."""
        self._write(self._t("console-hint"))
        await self._send(Incoming(self.user, text="/start", locale_hint=self.locale_hint))
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = await self._readline()
            if not line:
                self._write("")
                return
            text = line.strip()
            if text:
                await self._send(self._incoming(text))

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

    async def deliver(self, user: User, replies: list[Reply]) -> bool:
        """Outbox sender: print a late message (an analysis result) if it is for this terminal."""
        if user.channel != CHANNEL or user.external_id != self.user.external_id:
            return False
        self._write("")
        for reply in replies:
            self._show(reply)
        self.stdout.write("> ")
        self.stdout.flush()
        return True

    def _incoming(self, text: str) -> Incoming:
        key = text.lower()
        if key in self._keys:
            return Incoming(
                self.user, choice=self._choices[self._keys.index(key)].id, locale_hint=self.locale_hint
            )
        return Incoming(self.user, text=text, locale_hint=self.locale_hint)

    async def _send(self, incoming: Incoming) -> None:
        for reply in await self.engine.handle(incoming):
            self._show(reply)

    def _show(self, reply: Reply) -> None:
        self._write(reply.text)
        for attachment in (reply.document, reply.image):
            if attachment is not None:
                path = self.files_dir / attachment.filename.replace(
                    "dogcoach-", f"dogcoach-{self.user.external_id}-", 1
                )
                path.write_bytes(attachment.data)
                self._write(self._t("console-file-saved", path=str(path)))
        if reply.choices:
            # Letters where a typed number may be the answer ("3" people), numbers elsewhere.
            self._choices = reply.choices
            self._keys = [
                chr(ord("a") + i) if reply.free_text else str(i + 1) for i in range(len(reply.choices))
            ]
            for key, choice in zip(self._keys, reply.choices, strict=True):
                mark = "✓ " if choice.selected else ""
                self._write(f"  {key}) {mark}{choice.label}")
        self._write("")

    def _t(self, msg_id: str, **args: object) -> str:
        locale = resolve_locale(None, self.locale_hint, self.engine.default_locale)
        return self.engine.messages.format(locale, msg_id, **args)

    def _write(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()
