# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial 2 (issue 11 and issue 12's "safety comes before the model", corpus batch
59); each finding reproduced through a real channel first, then kept.

S1: "rex cries when i leave for work" got "Health first — vet within 24 hours". Crying, whining,
yelping when left alone is separation distress; the same cry with a touch, a move or a body part
("yelps when I touch his back", "만지면 깨갱거려요") stays a sign of pain.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_kind_words import _kakao_reports, _tg_reports
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- S1: a cry when left is distress, a cry when touched is pain ----------------------------------

DISTRESS = {
    "en": (
        "rex cries when i leave for work",
        "he yelps when I leave",
        "she screams when left alone in her crate",
    ),
    "ko": ("보리 cries when i leave for work 출근할때마다 낑낑거려요", "혼자 있으면 깽깽거려요"),
}
PAIN = {
    "en": ("he yelps when I touch his back", "rex cries when i pick him up"),
    "ko": ("만지면 깨갱거려요", "계단 오를 때 깨갱해요"),
}
DOG = {"en": "Rex", "ko": "보리"}


def _health_first(lang: str) -> str:
    return t(lang, "safety-header-within_24h")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_cry_when_left_is_no_health_alarm_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    for text in DISTRESS[lang]:
        await user.send(text)
        assert _health_first(lang) not in user.text, (text, user.texts)
    for text in PAIN[lang]:
        await user.send(text)
        assert _health_first(lang) in user.text, (text, user.texts)
    assert await _kakao_reports(kakao, user.key)  # a behaviour report all the same


@pytest.mark.parametrize(("chat", "lang"), [(59001, "en"), (59002, "ko")])
async def test_a_cry_when_left_is_no_health_alarm_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    for text in ("/start", DOG[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    for text in DISTRESS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        assert not any(_health_first(lang) in m for m in tg.sent(chat)[before:]), (
            text,
            tg.sent(chat)[before:],
        )
    for text in PAIN[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        assert any(_health_first(lang) in m for m in tg.sent(chat)[before:]), (text, tg.sent(chat)[before:])
    assert await _tg_reports(tg, chat)  # a behaviour report all the same
