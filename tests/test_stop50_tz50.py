# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, tz50 (English owner trial): dates shown in Seoul time to English owners, each fault
reproduced through a real channel first (Kakao over the skill's HTTP, Telegram over the fake Bot
API), in Korean and English, what was stored read back (corpus batch 425).

1. Nothing let an owner set their time zone ("my timezone is London", "I'm in New York", "EST",
   "UTC-5", "/timezone", "한국 시간으로 해줘": noise, the coach model or "not sure what you mean").
   Now the zone is kept (`users.timezone`, a vocabulary of places and zone names in the locale
   files, offsets read as `Etc/GMT` zones) and said back with the time there now; a place it does
   not know gets examples, nothing stored; "/timezone" alone says the zone in use and how to change it.
2. /history showed the bot's zone (`DOGCOACH_TIMEZONE`) whatever the owner's: now the owner's.
3. /help did not say the zone could be set: now it lists it, on both channels.
4. An English owner with no zone of their own (Telegram tells none) was promised a check-in's date
   or time in Seoul's zone with nothing saying so: the first time (a plan's check-in, a check-in
   time set) one line says which zone and how to change it, once (`users.zone_told`); Korean
   owners on the bot's zone, and owners who set a zone, get none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Report
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import _telegram_plan

# (language, typed, the zone kept)
NAMED = (
    ("en", "my timezone is London", "Europe/London"),
    ("en", "I'm in New York", "America/New_York"),
    ("en", "im in the uk", "Europe/London"),
    ("en", "EST", "America/New_York"),
    ("en", "GMT+1", "Etc/GMT-1"),
    ("en", "UTC-5", "Etc/GMT+5"),
    ("en", "/timezone Los Angeles", "America/Los_Angeles"),
    ("en", "set my time zone to sydney please", "Australia/Sydney"),
    ("ko", "한국 시간으로 해줘", "Asia/Seoul"),
    ("ko", "런던에 살아요", "Europe/London"),
    ("ko", "시간대 뉴욕으로 바꿔줘", "America/New_York"),
)  # fmt: skip
UNKNOWN = (("en", "my timezone is Narnia"), ("en", "/timezone Mars"), ("ko", "시간대 나니아로 해줘"))


async def _kakao_zone(server: Server, key: str) -> str | None:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user(Channel.KAKAO, key)
        assert user is not None
        return await s.user_timezone(user.id)


async def _tg_zone(tg: Harness, chat: int) -> str | None:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return await s.user_timezone(user.id)


def _zone_said(text: str, zone: str) -> bool:
    """The reply names the zone kept: its name, or its offset for an `Etc/GMT` zone."""
    if zone.startswith("Etc/GMT"):
        sign = "-" if zone[7] == "+" else "+"
        return f"UTC{sign}{zone[8:]}" in text
    return zone.replace("_", " ") in text


# -- 1. the zone set in words or by the command ----------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "zone"), NAMED)
async def test_a_zone_named_is_kept_on_kakao(kakao: Server, lang: str, text: str, zone: str) -> None:
    owner = await kakao_owner(kakao, lang)
    reports = len(await _kakao_reports(kakao, owner.key))
    await owner.send(text)
    assert await _kakao_zone(kakao, owner.key) == zone, owner.texts
    head = t(lang, "timezone-set", zone="\x00", time="\x00").split("\x00")[0]
    assert owner.texts[0].startswith(head) and _zone_said(owner.texts[0], zone), owner.texts
    assert len(await _kakao_reports(kakao, owner.key)) == reports  # nothing kept as a report


@pytest.mark.parametrize(("lang", "text", "zone"), NAMED[:4] + NAMED[5:6] + NAMED[8:10])
async def test_a_zone_named_is_kept_on_telegram(tg: Harness, lang: str, text: str, zone: str) -> None:
    chat = 5001
    await tg_owner(tg, chat, lang)
    await tg.say(chat, text)
    assert await _tg_zone(tg, chat) == zone, tg.last_text(chat)
    assert _zone_said(tg.last_text(chat), zone), tg.last_text(chat)
    assert await _tg_reports(tg, chat) == []


@pytest.mark.parametrize(("lang", "text"), UNKNOWN)
async def test_an_unknown_zone_gets_examples_on_kakao(kakao: Server, lang: str, text: str) -> None:
    owner = await kakao_owner(kakao, lang)
    await owner.send(text)
    assert owner.texts[0] == t(lang, "timezone-unknown"), owner.texts
    assert await _kakao_zone(kakao, owner.key) is None


async def test_an_unknown_zone_gets_examples_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 5002, "en")
    await tg.say(5002, "my timezone is Narnia")
    assert tg.last_text(5002) == t("en", "timezone-unknown")
    assert await _tg_zone(tg, 5002) is None


@pytest.mark.parametrize(("lang", "words"), [("en", "/timezone"), ("en", "time zone"), ("ko", "시간대")])
async def test_the_command_alone_says_the_zone_in_use_on_kakao(kakao: Server, lang: str, words: str) -> None:
    owner = await kakao_owner(kakao, lang)
    await owner.send(words)
    assert "Asia/Seoul (UTC+9)" in owner.texts[0], owner.texts
    head = t(lang, "timezone-default", zone="\x00", time="\x00").split("\x00")[0]
    assert owner.texts[0].startswith(head), owner.texts
    await owner.send("UTC-5" if lang == "en" else "런던에 살아요")
    await owner.send(words)
    head = t(lang, "timezone-current", zone="\x00", time="\x00").split("\x00")[0]
    assert owner.texts[0].startswith(head) and "Asia/Seoul" not in owner.texts[0], owner.texts


async def test_the_command_alone_says_the_zone_in_use_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 5003, "en")
    await tg.say(5003, "/timezone")
    assert "Asia/Seoul (UTC+9)" in tg.last_text(5003)
    await tg.say(5003, "I'm in New York")
    await tg.say(5003, "/timezone")
    assert "America/New York (UTC-" in tg.last_text(5003), tg.last_text(5003)


# -- 2. /history in the owner's zone ---------------------------------------------------------------


def _when(lang: str, report: Report, zone: str) -> str:
    local = report.created_at.astimezone(ZoneInfo(zone))
    return t(lang, "history-when", month=local.month, day=local.day, hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")  # fmt: skip


REPORT = {"en": "Rex barked at the mailman for ten minutes this morning", "ko": "콩이가 아침에 택배 기사님한테 10분 동안 짖었어요"}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_history_is_in_the_owners_zone_on_kakao(kakao: Server, lang: str) -> None:
    owner = await kakao_owner(kakao, lang)
    await owner.send(REPORT[lang])
    await owner.send("im in the uk")
    await owner.send("/history")
    (report,) = await _kakao_reports(kakao, owner.key)
    shown = "\n".join(owner.texts)
    assert _when(lang, report, "Europe/London") in shown, shown
    assert _when(lang, report, "Asia/Seoul") not in shown, shown


async def test_history_is_in_the_owners_zone_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 5004, "en")
    await tg.say(5004, REPORT["en"])
    await tg.say(5004, "/history")
    (report,) = await _tg_reports(tg, 5004)
    assert _when("en", report, "Asia/Seoul") in tg.last_text(5004)  # unset: the bot's zone
    await tg.say(5004, "UTC-5")
    await tg.say(5004, "/history")
    assert _when("en", report, "Etc/GMT+5") in tg.last_text(5004), tg.last_text(5004)
    assert _when("en", report, "Asia/Seoul") not in tg.last_text(5004)


# -- 3. /help says so -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_help_lists_the_time_zone(kakao: Server, tg: Harness, lang: str) -> None:
    owner = await kakao_owner(kakao, lang)
    await owner.send("/help")
    assert "timezone" in t(lang, "help-text") and owner.texts[0].count("\n") > 5
    word = "timezone" if lang == "en" else t(lang, "understanding-command-timezone")  # typed as it reads
    assert any(word in x for x in owner.texts), owner.texts
    await tg_owner(tg, 5005, lang)
    await tg.say(5005, "/help")
    assert "/timezone" in tg.last_text(5005), tg.last_text(5005)


def test_offsets_are_real_zones() -> None:
    """`Etc/GMT+5` is five hours behind UTC (the sign flipped): "UTC-5" is 5 hours behind."""
    noon = dt.datetime(2026, 12, 5, 12, tzinfo=dt.UTC)
    assert noon.astimezone(ZoneInfo("Etc/GMT+5")).hour == 7


# -- 4. which zone the times are in, said once to an English owner ---------------------------------

TIME = {"en": "remind me at 8pm", "ko": "알림은 저녁 8시쯤 보내주세요"}


def _told(lang: str) -> str:
    return t(lang, "timezone-told", zone="Asia/Seoul")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_zone_is_said_once_when_a_checkin_is_promised_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """A London owner on Telegram (no zone told by the platform) was promised "Dec 9", Seoul's
    date, with nothing saying so: the plan's check-in line now says which zone, once, in English;
    a Korean owner on the bot's zone gets no such line."""
    chat = 5101
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        plan = next(x for x in tg.sent(chat) if x.startswith("📌"))
        assert (_told(lang) in plan) == (lang == "en"), plan
        seen = len(tg.sent(chat))
        await tg.say(chat, TIME[lang])
        assert not any(_told(lang) in x for x in tg.sent(chat)[seen:]), tg.sent(chat)[seen:]  # once


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_zone_is_said_once_when_a_checkin_time_is_set_on_telegram(tg: Harness, lang: str) -> None:
    """(A Kakao channel that cannot message first sets no time: there is no time to say a zone of.)"""
    chat = 5102
    await tg_owner(tg, chat, lang)
    await tg.say(chat, TIME[lang])
    assert (_told(lang) in tg.sent(chat)) == (lang == "en"), tg.sent(chat)[-3:]
    seen = len(tg.sent(chat))
    await tg.say(chat, TIME[lang])
    assert _told(lang) not in tg.sent(chat)[seen:], tg.sent(chat)[seen:]


async def test_an_owner_with_a_zone_is_not_told_the_bots(tg: Harness) -> None:
    await tg_owner(tg, 5103, "en")
    await tg.say(5103, "I'm in New York")
    await tg.say(5103, TIME["en"])
    assert _told("en") not in tg.sent(5103), tg.sent(5103)[-3:]
