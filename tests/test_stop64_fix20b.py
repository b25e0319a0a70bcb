# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper fix20b: held-out 20's (a puppy's first month, a family on one account) survey
answers said in words and not understood, by kind, reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English, with our
own variants beside the held-out's words (corpus batches 763-765).

1. None said twice ("혼자 있는 시간 없어요 항상 누군가 있어요" at the hours alone, "없어요 산책
   안해요" at the exercise): about none, or not understood and asked again; each half alone is
   exactly none (tuned row "항상 누가 있어요" =0), so together they are too.
2. No told with what there is instead ("아니요 어른만 있어요" at the children): read as both yes
   and no and asked again. "어른만 있어요" / "only adults" is the no.
3. Nothing yet with the puppy's youth as why ("never, she's just a puppy" at the strongest
   reaction): not understood. It is none, as "아직 어려서 그런 거 없어요".
4. The vet to see the hurt leg later ("내일 병원 가서 다리 한번 보여볼게요", "I'll have the vet
   look at her leg tomorrow"): stored as a survey text answer, or noise. It is going to the vet.
Guards: a yes with children, the Korean none with youth (the limp told with the vet stays a
report: corpus batch 765).

First run at c69f41fe (main's tip, this file and the corpus rows in): 5 failed (the Korean
children and exercise rows and both English strongest-reaction rows on Kakao, and Telegram);
the vet tests, added after: 4 failed (Kakao and Telegram, ko and en).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins_channels import t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop63_h18b import answered_on_kakao, answered_on_telegram
from tests.test_telegram_e2e import TURN_BOUND, Harness, tg  # noqa: F401  (fixture)

# (lang, question, typed, the question after it, what the survey keeps)
ANSWERS: list[tuple[str, str, str, str, Any]] = [
    ("ko", "alone_hours", "혼자 있는 시간 없어요 항상 누군가 있어요", "exercise_minutes", 0),
    ("en", "alone_hours", "no time alone, someone is always home with her", "exercise_minutes", 0),
    ("ko", "children", "아니요 어른만 있어요", "other_pets", "no"),
    ("en", "children", "no, only adults", "other_pets", "no"),
    ("ko", "exercise_minutes", "없어요 산책 안해요", "concerns", 0),
    ("en", "worst_reaction", "never, she's just a puppy", "health", "none"),
    ("en", "worst_reaction", "no, he's still a puppy", "health", "none"),
    ("ko", "worst_reaction", "아직 어려서 그런 거 없어요", "health", "none"),
    ("ko", "children", "네 애들 있어요", "other_pets", "yes"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "nxt", "kept"), ANSWERS)
async def test_held_out_20_survey_answers_in_words_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, nxt: str, kept: Any
) -> None:
    await answered_on_kakao(kakao, lang, key, typed, nxt, kept)


async def test_held_out_20_survey_answers_in_words_on_telegram(tg: Harness) -> None:
    await answered_on_telegram(tg, ANSWERS, 16401)


# -- 4. the vet to see the hurt leg later -----------------------------------------------------------

VET_LATER = {
    "ko": ("내일 병원 가서 다리 한번 보여볼게요", "내일 병원에서 다리 보여볼게요"),
    "en": ("I'll have the vet look at her leg tomorrow", "we will have a vet look at it tomorrow"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_vet_to_see_it_later_is_the_vet_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    for typed in VET_LATER[lang]:
        await user.send(typed)
        assert user.texts[0] == t(lang, "talk-to-vet"), (typed, user.texts)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_vet_to_see_it_later_is_the_vet_first_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16431 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    for typed in VET_LATER[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        await tg.hook.idle(TURN_BOUND)
        assert t(lang, "talk-to-vet") in tg.sent(chat)[before:], (typed, tg.sent(chat)[before:])
    assert await _tg_reports(tg, chat) == []
