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
from tests.test_dog_words import _kakao_dogs, _tg_dogs
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop63_h18b import (
    answered_on_kakao,
    answered_on_telegram,
    name_agreed_on_kakao,
    name_agreed_on_telegram,
)
from tests.test_survey_answers_misread import kakao_at, tg_at
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
    await answered_on_kakao(kakao, lang, key, typed, nxt, kept)


async def test_survey_answers_held_out_19_on_telegram(tg: Harness) -> None:
    await answered_on_telegram(tg, ANSWERS, 16901)


CONFIRMED = {"ko": "응 맞아 {name}", "en": "yep that's {name}"}


async def test_the_name_offered_agreed_to_in_words_on_kakao(kakao: Server) -> None:
    await name_agreed_on_kakao(kakao, CONFIRMED)


async def test_the_name_offered_agreed_to_in_words_on_telegram(tg: Harness) -> None:
    await name_agreed_on_telegram(tg, CONFIRMED, (16951, 16952))


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
