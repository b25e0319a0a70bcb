"""An owner with a plan whose check-in is due, on each channel, for the check-in tests.

- `kakao_due`: Kakao without the Event API (nothing can push): the check-in due and never shown,
  its row still `pending`; `shown=True` first sends "hi" so it is asked with its quick replies.
- `tests.test_trial10_checkins._kakao_pushed` (Kakao through the Event API) and
  `_telegram_plan` + `tests.test_checkins_channels.push_checkin` (Telegram) are the pushed ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, t, wait_for_rows
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.timetravel import travel

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
STEP = {"ko": STEP_KO, "en": STEP_EN}
HELLO = {"ko": "안녕하세요", "en": "hi"}


def asked(lang: str) -> str:
    """The check-in's question as the owner reads it."""
    return t(lang, "coaching-checkin-question", text=STEP[lang])


@asynccontextmanager
async def kakao_due(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, *, shown: bool = False
) -> AsyncIterator[tuple[Server, KakaoUser]]:
    """A Kakao owner (no Event API) whose report was analysed three days ago: its check-in due,
    never shown (`shown`: asked at a "hi", its quick replies on screen)."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")  # the result (and its plan) shown: nothing left for later
        await travel(store, DAYS)
        await asyncio.sleep(0.2)  # the scheduler runs, but cannot reach a Kakao owner
        assert (await checkins_of(store, Channel.KAKAO, owner.key))[0].status == "pending"
        if shown:
            await owner.send(HELLO[lang])
            assert owner.texts[-1] == asked(lang), owner.texts
        yield srv, owner
