# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12: "…딸이 옆에 지나가니까 구름이가 으르렁 하더니 손을 물었어…" (a child named before a
bite of a hand nobody is said to own) got only the shouting advice, none for a bitten child. The
child's safety text now comes first, through Kakao and Telegram; a hand said to be the owner's
("제 손을", "bit my hand") raises no child flag."""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

CHILD = {
    "ko": "어제 저녁에 딸이 옆에 지나가니까 구름이가 으르렁 하더니 손을 물었어요 ㅠㅠ",
    "en": "last night my daughter walked past and he growled and bit her hand",
}
OWNER = {
    "ko": "어제 딸이 지나가는데 짖길래 말리다가 제 손을 물었어요",
    "en": "last night my son walked by and she bit my hand",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_child_named_before_a_bitten_hand_gets_the_child_safety_text_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(CHILD[lang])
    assert t(lang, "safety-child_bitten") in user.text, user.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_owners_hand_bitten_raises_no_child_flag_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 120600 + (lang == "en")
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, "/cancel")
    await tg.say(chat, OWNER[lang])
    assert not any(t(lang, "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    await tg.say(chat, CHILD[lang])
    assert any(t(lang, "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
