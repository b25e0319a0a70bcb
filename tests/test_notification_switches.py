# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Notifications named without a kind (fresh owner trial): "알림 꺼줘" turned off tips only and
"stop the reminders" check-ins only, and the owner was not told the other kind still comes. A
request about notifications, alarms or reminders in general switches every message the bot sends by
itself — tips and announcements, and check-ins — and the reply says exactly what was switched and
how to switch it back; "팁 그만", "stop check-ins" still switch only their own kind."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

GENERAL_OFF = {
    "ko": ("알림 꺼줘", "알람 꺼주세요", "알림 그만 보내"),
    "en": ("stop the reminders", "turn off notifications", "no more alarms please"),
}
GENERAL_ON = {"ko": "알림 켜기", "en": "notifications on"}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def _switches(store: Store, channel: str, external_id: str) -> tuple[bool, bool]:
    """(tips off, check-ins off) of one owner."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        return await s.tips_opt_out(user.id), await s.checkins_opt_out(user.id)


async def test_notifications_off_turns_off_tips_and_checkins_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, texts in GENERAL_OFF.items():
        for text in texts:
            user = kakao.user(lang=lang)
            await user.send("/start")
            await user.send("/cancel")
            await user.send(text)
            assert user.text == t(lang, "notifications-off-done"), (text, user.text)
            async with open_store(kakao.settings.database_url) as store:
                assert await _switches(store, "kakao", user.key) == (True, True), text
            await user.send(GENERAL_ON[lang])  # what the reply says to send, works
            assert user.text == t(lang, "notifications-on-done"), user.text
            async with open_store(kakao.settings.database_url) as store:
                assert await _switches(store, "kakao", user.key) == (False, False), text


async def test_one_kind_named_switches_only_it_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    chat = 15700
    for lang, text, expected, switches in (
        ("ko", "팁 그만", "tips-off-done", (True, False)),
        ("en", "stop check-ins", "coaching-checkins-off", (False, True)),
        ("ko", "체크인 알림 꺼줘", "coaching-checkins-off", (False, True)),
        ("en", "stop the reminders", "notifications-off-done", (True, True)),
        ("ko", "알림 꺼줘", "notifications-off-done", (True, True)),
    ):
        chat += 1
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel", language_code=lang)
        await tg.say(chat, text, language_code=lang)
        assert tg.last_text(chat) == t(lang, expected), (text, tg.last_text(chat))
        assert await _switches(tg.rt.store, "telegram", str(chat)) == switches, text


async def test_notifications_off_mid_survey_keeps_the_question_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    await user.send("보리")
    await user.send("알림 꺼줘")
    assert t("ko", "notifications-off-done") in user.text, user.text
    assert t("ko", "survey-q-age_months", name="보리") in user.text, user.text
