# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""An aversive method asked about is not confessed (fresh owner trial): "분무기 뿌려도 돼요?" / "is a
spray bottle ok?" got a reply opening "Thanks for telling me honestly", the words for an owner who
says they used a punishment. Asked, the reply opens as for a question; told ("분무기로 물을
뿌렸어요", "I yelled at him"), it still thanks the owner for their honesty. The why and the
alternative are the same."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

ASKED = {
    "ko": ("분무기 뿌려도 돼요?", "혼내도 되나요?"),
    "en": ("is a spray bottle ok?", "should I use a shock collar?"),
}
TOLD = {"ko": ("분무기로 물을 뿌렸어요",), "en": ("I yelled at him",)}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def test_an_aversive_method_asked_about_is_not_thanked_for_honesty_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, texts in ASKED.items():
        for text in texts:
            user = kakao.user(lang=lang)
            await user.send("/start")
            await user.send("/cancel")
            await user.send(text)
            assert t(lang, "safety-aversive-why") not in user.text, (text, user.text)
            assert t(lang, "safety-aversive-why-asked") in user.text, (text, user.text)


async def test_an_aversive_method_told_still_is_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    chat = 15800
    for lang, texts in TOLD.items():
        for text in texts:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, text, language_code=lang)
            assert any(t(lang, "safety-aversive-why") in m for m in tg.sent(chat)), (text, tg.sent(chat))
    for lang, texts in ASKED.items():
        for text in texts:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, text, language_code=lang)
            assert not any(t(lang, "safety-aversive-why") in m for m in tg.sent(chat)), (text, tg.sent(chat))
