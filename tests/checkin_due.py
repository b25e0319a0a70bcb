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
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.test_telegram_e2e import eventually
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


async def pushed_answer_kept_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    """A Telegram owner answers the pushed check-in with `text`: the outcome `outcome` and the
    words kept as its note, "anything to add?" asked, no new report and no model call."""
    from tests.test_dog_words import _model_calls, _tg_reports
    from tests.test_trial10_checkins import _answered, _telegram_plan

    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, text)], tg.sent(chat)[-3:]
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls
