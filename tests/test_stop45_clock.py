# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 45: the time of day check-ins come at (`/checkintime`, owner trial 28's question), as
owners type it. Reproduced through the real channels first (Kakao's skill webhook with its Event
API, Telegram over HTTP on 127.0.0.1), in Korean and English, the stored time read back:

1. "밤 12시" was stored as noon: a night word makes 12 midnight (00:00), "자정" / "midnight" is
   00:00 and "정오" / "noon" 12:00, with no number; "밤 2시" stays 02:00.
2. A bare hour ("8시", "at 8", "8") was stored as 08:00 unasked: an hour 1-11 with no part of the
   day is either of two times, asked with two taps ("오전 8시" / "오후 8시", "8 am" / "8 pm"),
   nothing stored until one is picked or a part of the day typed ("오후요", "pm"); the same for a
   sentence ("알림 8시에 보내줘", "remind me at 8"). "8:30pm", "20시", "half past 8 in the
   evening" (was 20:00) are whole times.
3. Kakao without the Event API cannot send a check-in first: it is asked at the owner's next
   message, so a time could never be kept, and "🔔 check-ins will come around 8 pm" was a promise
   nobody kept. There the time is not offered (no button), and asked for, said so, nothing stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.handlers.coaching.checkins import clock_text
from tests.fakes.kakao_event_api import FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import kakao_pushing, t
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.test_trial28_checkin_time import COMMAND, stored_time

SAID = {
    ("ko", 0, 0): "오전 12시",
    ("ko", 2, 0): "오전 2시",
    ("ko", 8, 0): "오전 8시",
    ("ko", 8, 30): "오전 8시 반",
    ("ko", 12, 0): "오후 12시",
    ("ko", 20, 0): "오후 8시",
    ("ko", 20, 30): "오후 8시 반",
    ("en", 0, 0): "12 am",
    ("en", 2, 0): "2 am",
    ("en", 8, 0): "8 am",
    ("en", 8, 30): "8:30 am",
    ("en", 12, 0): "12 pm",
    ("en", 20, 0): "8 pm",
    ("en", 20, 30): "8:30 pm",
}


def said(lang: str, at: dt.time) -> str:
    return SAID[(lang, at.hour, at.minute)]


def set_line(lang: str, at: dt.time) -> str:
    return t(lang, "coaching-checkin-time-set", time=said(lang, at))


def which_line(lang: str, morning: dt.time, evening: dt.time) -> str:
    return t(lang, "coaching-checkin-time-which", morning=said(lang, morning), evening=said(lang, evening))


@asynccontextmanager
async def pushing_kakao(fake_ollama: FakeOllama, tmp_path: Path) -> AsyncIterator[Server]:
    """A Kakao skill server that can send check-ins first (its Event API configured, faked)."""
    with FakeKakaoEventApi() as api:
        async with serve(kakao_pushing(tmp_path, fake_ollama, api)) as srv:
            yield srv


async def kakao_asked(srv: Server, lang: str) -> KakaoUser:
    """A Kakao owner at the question of the time."""
    owner = srv.user(lang=lang)
    await owner.send("/help")
    await owner.send(COMMAND[lang])
    assert owner.texts[-1] == t(lang, "coaching-checkin-time-ask")
    return owner


async def tg_asked(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/help", language_code=lang)
    await tg.say(chat, "/checkintime", language_code=lang)
    await eventually(lambda: t(lang, "coaching-checkin-time-ask") in tg.sent(chat))


# -- 1. a night word, midnight, noon --------------------------------------------------------------

WHOLE = [
    ("ko", "밤 12시", dt.time(0)),
    ("ko", "저녁 12시요", dt.time(0)),
    ("ko", "자정", dt.time(0)),
    ("ko", "정오", dt.time(12)),
    ("ko", "낮 12시", dt.time(12)),
    ("ko", "밤 2시", dt.time(2)),
    ("ko", "20시", dt.time(20)),
    ("ko", "저녁 8시 반", dt.time(20, 30)),
    ("en", "12 at night", dt.time(0)),
    ("en", "midnight", dt.time(0)),
    ("en", "noon", dt.time(12)),
    ("en", "8:30pm", dt.time(20, 30)),
    ("en", "half past 8 in the evening", dt.time(20, 30)),
    ("en", "20:00", dt.time(20)),
]


@pytest.mark.parametrize(("lang", "text", "at"), WHOLE)
async def test_kakao_a_whole_time_is_stored_as_meant(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, at: dt.time
) -> None:
    async with pushing_kakao(fake_ollama, tmp_path) as srv:
        owner = await kakao_asked(srv, lang)
        await owner.send(text)
        assert owner.texts[0] == set_line(lang, at), owner.texts
        assert await stored_time(srv.app.state.runtime.store, Channel.KAKAO, owner.key) == at


@pytest.mark.parametrize(
    ("lang", "text", "at"),
    [w for w in WHOLE if w[1] in ("밤 12시", "자정", "정오", "midnight", "half past 8 in the evening")],
)
async def test_telegram_a_whole_time_is_stored_as_meant(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    at: dt.time,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    chat = 4501
    async with harness(fake_telegram, settings) as tg:
        await tg_asked(tg, chat, lang)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: set_line(lang, at) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) == at


# -- 2. a bare hour: morning or evening asked -----------------------------------------------------

BARE = [
    ("ko", "8시", dt.time(8), "오후요"),
    ("ko", "8", dt.time(8), "저녁"),
    ("ko", "8시 반", dt.time(8, 30), "오전"),
    ("en", "at 8", dt.time(8), "pm"),
    ("en", "8 o'clock", dt.time(8), "in the evening"),
    ("en", "8:30", dt.time(8, 30), "morning"),
]


def _evening(at: dt.time) -> dt.time:
    return dt.time(at.hour + 12, at.minute)


@pytest.mark.parametrize(("lang", "text", "morning", "part"), BARE)
async def test_kakao_a_bare_hour_is_asked_and_nothing_stored_until_picked(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, morning: dt.time, part: str
) -> None:
    evening = _evening(morning)
    async with pushing_kakao(fake_ollama, tmp_path) as srv:
        store = srv.app.state.runtime.store
        owner = await kakao_asked(srv, lang)
        await owner.send(text)
        assert owner.texts == [which_line(lang, morning, evening)], owner.texts
        ids = [f"checkin:time:{at.hour:02d}:{at.minute:02d}" for at in (morning, evening)]
        assert owner.choice_ids[:2] == ids
        labels = [q["label"] for q in owner.last["template"]["quickReplies"][:2]]
        assert labels == [said(lang, morning), said(lang, evening)]
        assert await stored_time(store, Channel.KAKAO, owner.key) is None
        await owner.send(part)  # a part of the day typed alone picks one of the two
        chosen = evening if part in ("오후요", "저녁", "pm", "in the evening") else morning
        assert owner.texts[0] == set_line(lang, chosen), owner.texts
        assert await stored_time(store, Channel.KAKAO, owner.key) == chosen


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_telegram_a_bare_hour_is_asked_and_a_tap_sets_it(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    chat = 4502
    async with harness(fake_telegram, settings) as tg:
        await tg_asked(tg, chat, lang)
        await tg.say(chat, "8시" if lang == "ko" else "at 8", language_code=lang)
        await eventually(lambda: which_line(lang, dt.time(8), dt.time(20)) in tg.sent(chat))
        bot_message = tg.fake.last_bot_message(chat)
        assert bot_message is not None
        labels = [b["text"] for row in bot_message["reply_markup"]["inline_keyboard"] for b in row]
        assert labels == [said(lang, dt.time(8)), said(lang, dt.time(20))]
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) is None
        await tg.tap(chat, said(lang, dt.time(20)), language_code=lang)
        await eventually(lambda: set_line(lang, dt.time(20)) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) == dt.time(20)


SENTENCES = [("ko", "알림 8시에 보내줘"), ("en", "remind me at 8")]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
async def test_kakao_a_sentence_with_a_bare_hour_asks_which(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with pushing_kakao(fake_ollama, tmp_path) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send("/help")
        await owner.send(text)
        assert owner.texts == [which_line(lang, dt.time(8), dt.time(20))], owner.texts
        assert await stored_time(store, Channel.KAKAO, owner.key) is None
        await owner.tap("checkin:time:20:00")
        assert owner.texts[0] == set_line(lang, dt.time(20))
        assert await stored_time(store, Channel.KAKAO, owner.key) == dt.time(20)


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
async def test_telegram_a_sentence_with_a_bare_hour_asks_which(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    chat = 4503
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, "/help", language_code=lang)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: which_line(lang, dt.time(8), dt.time(20)) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) is None
        await tg.say(chat, "오전이요" if lang == "ko" else "am", language_code=lang)
        await eventually(lambda: set_line(lang, dt.time(8)) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) == dt.time(8)


# -- 3. Kakao without its Event API ---------------------------------------------------------------


def _choices(owner: KakaoUser) -> list[str]:
    """The choice ids of the last answer's quick replies (those that carry one)."""
    quick = owner.last.get("template", {}).get("quickReplies", [])
    return [str(q["extra"]["choice"]) for q in quick if "choice" in q.get("extra", {})]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_kakao_without_push_says_no_time_can_be_kept(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send("/help")
        await owner.send("/checkins")
        assert "checkin:time:ask" not in _choices(owner)  # no "change the time" offered
        timed = "알림은 저녁 8시쯤 보내주세요" if lang == "ko" else "remind me at 8pm"
        eight = clock_text(lambda msg_id, **args: t(lang, msg_id, **args), dt.time(20, 0))  # type: ignore[arg-type]
        heard = t(lang, "coaching-checkin-time-no-push-heard", time=eight)
        for text, said in ((COMMAND[lang], t(lang, "coaching-checkin-time-no-push")), (timed, heard)):
            await owner.send(text)
            # with a time said, that time is said back with why it cannot be kept (stop 61)
            assert owner.texts[0] == said, owner.texts
            assert not any(c.startswith("checkin:time:") for c in _choices(owner))
        assert await stored_time(store, Channel.KAKAO, owner.key) is None
