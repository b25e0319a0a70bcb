"""`Outcome.survey_paused` is worked out only for a channel that asks (`Engine.run(survey_paused=
True)`: Kakao's menu offers the way back to a paused survey). Telegram and the terminal show no
such menu, so their idle turns no longer read the active dog for it (issue 14: one SELECT on
every idle turn)."""

from __future__ import annotations

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef


async def test_a_paused_survey_is_told_only_to_a_channel_that_asks(sqlite_engine: Engine) -> None:
    user = UserRef(Channel.CONSOLE, "paused-owner")
    for text in ("/start", "초코", "/cancel"):  # named the dog, then left the survey
        await sqlite_engine.run(Incoming(user, text=text, locale_hint="ko"))
    asked = await sqlite_engine.run(Incoming(user, text="고마워요", locale_hint="ko"), survey_paused=True)
    assert asked.survey_paused
    unasked = await sqlite_engine.run(Incoming(user, text="고마워요", locale_hint="ko"))
    assert not unasked.survey_paused
    assert [r.text for r in unasked.replies] == [r.text for r in asked.replies]  # nothing else differs
