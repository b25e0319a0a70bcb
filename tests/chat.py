"""A test driver for the engine: send text, tap buttons by id or label, read the replies."""

from __future__ import annotations

from dogcoach.bot.engine import Engine
from dogcoach.domain.types import Incoming, Reply, UserRef


class Chat:
    def __init__(
        self, engine: Engine, user: str = "u1", *, channel: str = "console", hint: str | None = None
    ) -> None:
        self.engine = engine
        self.user = UserRef(channel, user)
        self.hint = hint
        self.replies: list[Reply] = []

    async def send(self, text: str | None) -> list[Reply]:
        self.replies = await self.engine.handle(Incoming(self.user, text=text, locale_hint=self.hint))
        return self.replies

    async def tap(self, choice_id: str) -> list[Reply]:
        offered = {c.id for r in self.replies for c in r.choices}
        assert choice_id in offered, f"{choice_id} not offered; offered: {sorted(offered)}"
        self.replies = await self.engine.handle(Incoming(self.user, choice=choice_id, locale_hint=self.hint))
        return self.replies

    async def tap_label(self, label: str) -> list[Reply]:
        for reply in self.replies:
            for choice in reply.choices:
                if choice.label == label:
                    return await self.tap(choice.id)
        raise AssertionError(f"no button {label!r} in {[c.label for r in self.replies for c in r.choices]}")

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def question(self) -> str | None:
        """The survey question the last reply asks, if any."""
        value = self.last.meta.get("question")
        return str(value) if value is not None else None
