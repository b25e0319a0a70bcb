# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Leftovers of issue 11 found by other engineers (corpus batch 65); each reproduced through a real
channel first, then kept.

L8: "won't eat when I'm gone", "제가 없으면 아무것도 안 먹어요" got "Health first — vet within 24
hours". Not eating only while the owner is away is separation; not eating for days stays a flag.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DOG = {"en": "Rex", "ko": "보리"}

# -- L8: not eating while the owner is away is no red flag ----------------------------------------

AWAY = {
    "en": ("won't eat when I'm gone", "she refuses food when left alone"),
    "ko": ("제가 없으면 아무것도 안 먹어요",),
}
DAYS = {"en": ("hasn't eaten for two days",), "ko": ("이틀째 아무것도 안 먹어요",)}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_not_eating_while_away_is_no_health_alarm_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    alarm = t(lang, "safety-header-within_24h")
    for text in AWAY[lang]:
        await user.send(text)
        assert alarm not in user.text, (text, user.texts)
    for text in DAYS[lang]:
        await user.send(text)
        assert alarm in user.text, (text, user.texts)


@pytest.mark.parametrize(("chat", "lang"), [(65001, "en"), (65002, "ko")])
async def test_not_eating_while_away_is_no_health_alarm_on_telegram(
    tg: Harness, chat: int, lang: str
) -> None:
    for text in ("/start", DOG[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    alarm = t(lang, "safety-header-within_24h")
    for text in AWAY[lang] + DAYS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        said = tg.sent(chat)[before:]
        assert any(alarm in m for m in said) == (text in DAYS[lang]), (text, said)
