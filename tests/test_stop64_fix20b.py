# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper fix20b: held-out 20's (a puppy's first month, a family on one account) survey
answers said in words and not understood, by kind, reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English, with our
own variants beside the held-out's words (corpus batches 763-764).

1. None said twice ("혼자 있는 시간 없어요 항상 누군가 있어요" at the hours alone, "없어요 산책
   안해요" at the exercise): about none, or not understood and asked again; each half alone is
   exactly none (tuned row "항상 누가 있어요" =0), so together they are too.
2. No told with what there is instead ("아니요 어른만 있어요" at the children): read as both yes
   and no and asked again. "어른만 있어요" / "only adults" is the no.
3. Nothing yet with the puppy's youth as why ("never, she's just a puppy" at the strongest
   reaction): not understood. It is none, as "아직 어려서 그런 거 없어요".
Guards: a yes with children, the Korean none with youth.

First run at c69f41fe (main's tip, this file and the corpus rows in): 5 failed (the Korean
children and exercise rows and both English strongest-reaction rows on Kakao, and Telegram).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop63_h18b import answered_on_kakao, answered_on_telegram
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (fixture)

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
