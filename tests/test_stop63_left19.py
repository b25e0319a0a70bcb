# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63, helper left19: held-out 19's survey answers misread, by kind, reproduced through a real
channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English, with our own variants beside the held-out's words (corpus batches 716-718).

1. One reaction told with the stronger one denied ("only growls, never snapped", "으르렁만 하고
   문 적은 없어요" at the worst reaction): both read, which one asked. The one not denied.
2. A wound told as torn or stitched at the worst reaction ("보리 귀가 찢어져서 병원 갔었어요",
   "her ear got torn, she needed stitches"): half an option, asked to complete. The bite with injury.
3. An age range with a hearsay ending ("12~13살로 추정한대요", "vet thinks 12-13 years"): "I
   understood 156" and asked again. The range's middle, 150 months.
4. "혼자삼" (혼자 살아요, "삼" its ending) at the household: "I understood 1", asked again. One.
5. The name offered agreed to with "yep that's <name>": the words kept as the name. The yes.
6. Asking to wait with where the owner is, typed together ("잠만지하철", "sec on the subway") at
   the name: stored as the dog's name. The wait, the name still asked.

First run at 2264f718 (main's tip, this file copied in): see the commit message.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_dog_offer_and_name import FIRST, _name_offered
from tests.test_dog_words import _kakao_dogs, _tg_dogs
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop63_h18b import _kept
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (fixture)

# (lang, question, typed, the question after it, what the survey keeps)
ANSWERS: list[tuple[str, str, str, str, Any]] = [
    ("en", "worst_reaction", "only growls, never snapped", "health", "growl"),
    ("ko", "worst_reaction", "으르렁만 하고 입질한 적은 없어요", "health", "growl"),
    ("ko", "worst_reaction", "보리 귀가 찢어져서 병원 갔었어요", "health", "bite_injury"),
    ("en", "worst_reaction", "her ear got torn, she needed stitches", "health", "bite_injury"),
    ("ko", "age_months", "12~13살로 추정한대요", "sex", 150),
    ("en", "age_months", "the vet thinks 12-13 years", "sex", 150),
    ("ko", "age_months", "3살로 추정된대요", "sex", 36),
    ("ko", "household", "혼자삼", "children", 1),
    ("en", "household", "just me, live alone", "children", 1),
]


@pytest.mark.parametrize(("lang", "key", "typed", "nxt", "kept"), ANSWERS)
async def test_survey_answers_held_out_19_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, nxt: str, kept: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, nxt) in user.text, (typed, user.text)
    assert _kept(await kakao_answers(kakao, user.key), key) == kept, typed


async def test_survey_answers_held_out_19_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, nxt, kept) in enumerate(ANSWERS, start=16901):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert asked(lang, nxt) in tg.last_text(chat), (typed, tg.last_text(chat))
        assert _kept(await tg_answers(tg, chat), key) == kept, typed


CONFIRMED = {"ko": "응 맞아 {name}", "en": "yep that's {name}"}


async def test_the_name_offered_agreed_to_in_words_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        first, name, _unnamed = FIRST[lang]
        user = kakao.user(lang=lang)
        await user.send(first)
        await user.tap("survey:start")
        assert _name_offered(lang, name, user.text), user.text
        await user.send(CONFIRMED[lang].format(name=name))
        assert t(lang, "survey-q-age_months", name=name) in user.text, user.text
        assert await _kakao_dogs(kakao, user.key) == [name]


async def test_the_name_offered_agreed_to_in_words_on_telegram(tg: Harness) -> None:
    for chat, lang in ((16951, "ko"), (16952, "en")):
        first, name, _unnamed = FIRST[lang]
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, first)
        if not any(_name_offered(lang, name, text) for text in tg.sent(chat)):
            await tg.say(chat, "네" if lang == "ko" else "yes")  # the survey offered first
        assert any(_name_offered(lang, name, text) for text in tg.sent(chat)), tg.sent(chat)
        await tg.say(chat, CONFIRMED[lang].format(name=name))
        asked_age = t(lang, "survey-q-age_months", name=name)
        assert any(asked_age in text for text in tg.sent(chat)), tg.sent(chat)
        assert await _tg_dogs(tg, chat) == [name]


WAITS = {"ko": "잠만지하철", "en": "sec on the subway"}


async def test_the_wait_with_where_the_owner_is_at_the_name_on_kakao(kakao: Server) -> None:
    for lang, typed in WAITS.items():
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert await _kakao_dogs(kakao, user.key) == [], (typed, user.text)


async def test_the_wait_with_where_the_owner_is_at_the_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(WAITS.items(), start=16961):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        assert await _tg_dogs(tg, chat) == [], (typed, tg.last_text(chat))
