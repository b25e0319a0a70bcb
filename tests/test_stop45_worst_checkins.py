"""English owner trial 30, a check-in's "how did it go?" with its four answers, reproduced through
a real channel (Kakao at the owner's next message, Telegram pushed), Korean and English, read back
from the store.

1. "lol idk we kinda forgot" got the "hard to tell?" explanation (the "idk" read as unsure) where
   forgetting is "didn't try", whatever the shrug beside it.
2. Then "nope" was stored as "the same". A bare no ("nope", "아니요") says neither: it is asked
   which (tried and no change, or not tried), never a guess stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import REPORT, STEP, _answered, _telegram_plan
from tests.timetravel import travel

FORGOT = [
    ("en", "lol idk we kinda forgot"),
    ("en", "forgot tbh"),
    ("en", "didn't get to it"),
    ("ko", "깜빡했어요 ㅋㅋ 잘 모르겠어요"),
    ("ko", "못 해봤어요"),
]
BARE_NO = [("en", "nope"), ("en", "nah"), ("ko", "아니요"), ("ko", "아뇨")]


async def _kakao_at_checkin(srv: Server, lang: str) -> KakaoUser:
    """A Kakao owner's report analysed, its check-in asked at the owner's next message."""
    owner = srv.user(lang=lang)
    store = srv.app.state.runtime.store
    await owner.send(REPORT[lang])
    await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
    await owner.send("/help")
    await travel(store, DAYS)
    await owner.send("hi" if lang == "en" else "안녕하세요")
    assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang])
    return owner


@pytest.mark.parametrize(("lang", "text"), FORGOT)
async def test_forgot_is_not_tried_on_kakao(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    lang: str,
    text: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = await _kakao_at_checkin(srv, lang)
        await owner.send(text)
        assert t(lang, "coaching-checkin-unsure") not in owner.text, owner.text
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [outcome for outcome, _ in _answered(rows)] == ["not_tried"], rows


@pytest.mark.parametrize(("lang", "text"), BARE_NO)
async def test_a_bare_no_is_asked_which_on_kakao(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    lang: str,
    text: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = await _kakao_at_checkin(srv, lang)
        await owner.send(text)
        assert t(lang, "coaching-checkin-which-no") in owner.text, owner.text
        question = t(lang, "coaching-checkin-question", text=STEP[lang])
        assert owner.texts[-1] == question, owner.texts
        store = srv.app.state.runtime.store
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [], rows
        assert rows[0].outcome is None


@pytest.mark.parametrize(("lang", "text"), [FORGOT[0], BARE_NO[0], BARE_NO[2]])
async def test_forgot_and_a_bare_no_at_a_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    lang: str,
    text: str,
) -> None:
    chat = 45400
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        if (lang, text) in FORGOT:
            await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert [outcome for outcome, _ in _answered(rows)] == ["not_tried"], rows
        else:
            await eventually(lambda: t(lang, "coaching-checkin-which-no") in "\n".join(tg.sent(chat)[-3:]))
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert _answered(rows) == [], rows
