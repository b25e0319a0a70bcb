# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 30 (stop 46): "알림은 언제 보내요?", "when do you send messages?" answered about
check-ins only — nothing of the daily tip an admin sets (`DAILY_TIP_ENABLED`, `DAILY_TIP_TIME`),
nor whether this owner's tips are on. The reply says both, as set for the owner: tips off, or
every day around the tip's time, or now and then (no daily tip), or not sent first on a channel
that cannot (Kakao without its Event API: asked for in words); and the check-ins' status and
time. Reproduced through Telegram (the fake Bot API and the webhook) and the Kakao skill over
HTTP, in Korean and English, the switches read back from the store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.reading import clock_said
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import harness, settings_for

WHEN = {
    "ko": ("알림은 언제 보내요?", "팁은 언제 와요?", "알림 몇 시에 와요?"),
    "en": ("when do you send messages?", "what time are the tips sent?", "when do reminders come?"),
}
CASES = [(lang, asked) for lang in ("ko", "en") for asked in WHEN[lang]]
TIP_ZONE = "Asia/Seoul"


def _tip_time() -> dt.time:
    """Twelve hours from now, whole hours: the daily tip is not due while the test runs."""
    now = dt.datetime.now(ZoneInfo(TIP_ZONE))
    return dt.time((now.hour + 12) % 24, 0)


@pytest.mark.parametrize(("lang", "asked"), CASES)
async def test_when_messages_come_tells_the_daily_tip_and_the_check_ins_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, asked: str
) -> None:
    at = _tip_time()
    settings = settings_for(
        fake_telegram,
        f"sqlite:///{tmp_path / 'tg.db'}",
        OLLAMA_HOST=fake_ollama.url,
        DAILY_TIP_ENABLED="true",
        DAILY_TIP_TIME=at.strftime("%H:%M"),
        DAILY_TIP_TIMEZONE=TIP_ZONE,
        DOGCOACH_TIMEZONE=TIP_ZONE,
    )
    chat = 46201 if lang == "ko" else 46202
    async with harness(fake_telegram, settings) as tg:
        await tg_owner(tg, chat, lang)
        before = len(tg.sent(chat))
        await tg.say(chat, asked)
        new = tg.sent(chat)[before:]
        assert t(lang, "tips-when-daily", time=clock_said(lang, at)) in new, new
        assert t(lang, "coaching-checkins-status-on") in new, new
        # the check-in time set: said beside the tip's
        await tg.say(chat, "저녁 8시로 알림 보내줘" if lang == "ko" else "remind me at 8pm")
        before = len(tg.sent(chat))
        await tg.say(chat, asked)
        new = tg.sent(chat)[before:]
        assert t(lang, "tips-when-daily", time=clock_said(lang, at)) in new, new
        assert t(lang, "coaching-checkins-status-on-at", time=clock_said(lang, dt.time(20, 0))) in new, new
        assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("chat", "lang"), [(46211, "ko"), (46212, "en")])
async def test_when_messages_come_with_tips_off_and_no_daily_tip_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await tg_owner(tg, chat, lang)
        await tg.say(chat, WHEN[lang][0])
        assert t(lang, "tips-when-sometimes") in tg.sent(chat)[-2:], tg.sent(chat)[-3:]
        await tg.say(chat, "팁 끄기" if lang == "ko" else "tips off")
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            assert await s.tips_opt_out(user.id)
        await tg.say(chat, WHEN[lang][1])
        new = tg.sent(chat)[-2:]
        assert t(lang, "tips-when-off") in new, new
        assert t(lang, "coaching-checkins-status-on") in new, new


@pytest.mark.parametrize(("lang", "asked"), CASES)
async def test_when_messages_come_on_kakao_says_neither_is_sent_first(
    kakao: Server, lang: str, asked: str
) -> None:
    """Kakao without its Event API messages nobody first: the tips asked for in words, the
    check-ins asked at the owner's next message."""
    user = await kakao_owner(kakao, lang)
    await user.send(asked)
    assert t(lang, "tips-when-no-push") in user.texts, user.texts
    assert t(lang, "coaching-checkin-time-no-push") in user.texts, user.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_time_to_set_is_still_asked_without_when_on_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Path, lang: str
) -> None:
    """The neighbour: "알림 시간", "notification time" ask the check-in time to set, as before."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}")
    chat = 46221 if lang == "ko" else 46222
    async with harness(fake_telegram, settings) as tg:
        await tg_owner(tg, chat, lang)
        await tg.say(chat, "알림 시간" if lang == "ko" else "notification time")
        assert t(lang, "coaching-checkin-time-ask") in tg.last_text(chat), tg.sent(chat)[-2:]
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            assert await s.checkin_time(user.id) is None
        assert user.channel == Channel.TELEGRAM
