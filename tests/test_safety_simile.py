# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A simile is no red flag (fresh owner trial): "발작하듯 짖었어" ("barked as if having a seizure")
got the seizure emergency. A medical word used to say how a plain behaviour looked ("~하듯",
"~것처럼", "마치", "like a seizure", "as if") raises nothing; a real "발작했어요", "경련해요", "he
had a seizure", and a sign only compared to one where the dog itself may be ill ("발작처럼
보였어요", "it looked like a seizure", "shakes like he's having a fit") still raise it. Through
Kakao and Telegram; the word-level cases are in tests/test_safety_corpus.py."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

SIMILES = {
    "ko": (
        "발작하듯 짖었어",
        "손님 오면 마치 경련하는 것처럼 뛰어다녀요",
        "초콜릿 먹은 것처럼 흥분해서 짖어요",
    ),
    "en": (
        "he barked like he was having a seizure at the mailman",
        "she jumps around as if having a fit when I get home",
    ),
}
REAL = {
    "ko": ("어제 발작했어요", "경련해요", "발작처럼 보였어요"),
    "en": ("he had a seizure last night", "it looked like a seizure"),
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def test_a_simile_raises_no_seizure_emergency_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, texts in SIMILES.items():
        for text in texts:
            user = kakao.user(lang=lang)
            await user.send("/start")
            await user.send("/cancel")
            await user.send(text)
            assert t(lang, "safety-seizure") not in user.text, (text, user.text)
            assert t(lang, "safety-toxin") not in user.text, (text, user.text)
            assert t(lang, "safety-header-now") not in user.text, (text, user.text)
            async with open_store(kakao.settings.database_url) as store:
                assert [r.text for r in await owner_reports(store, "kakao", user.key)] == [text]


async def test_a_real_seizure_still_raises_it_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    chat = 15600
    for lang, texts in REAL.items():
        for text in texts:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, text, language_code=lang)
            assert any(t(lang, "safety-seizure") in m for m in tg.sent(chat)), (text, tg.sent(chat))
    for lang, texts in SIMILES.items():
        for text in texts:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, text, language_code=lang)
            assert not any(t(lang, "safety-seizure") in m for m in tg.sent(chat)), (text, tg.sent(chat))
