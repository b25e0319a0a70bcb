# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 59, helper survey59: quantities told naturally at the survey's number questions (held-out 13
and 14), each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram
through the fake Bot API), Korean and English, the value read back from the dog's answers and the
next question checked.

1. The age in international years ("만으로 네 살 하고 삼 개월 입니다"): "만으로" left over, asked again.
2. The exercise with "하고 있다" ("아침 저녁으로 삼십 분씩 산책시키고 있습니다"): "시키고 있습니" left
   over, asked again.
3. The hours alone as the time the owner leaves and comes back ("아침 여덟 시에 나가서 저녁 다섯 시에
   들어와요", "i leave at 8am and get back around 5pm"): asked again; now the hours between
   (`SurveyReading._away_between`), only when nothing else is said.
4. The household's total after the story ("아기 태어나서 이제 4명이에요", "me, my partner and my son
   who just moved back, so 3"): asked again.
5. How long owned with the same time of year ("일년됬어요 작년 이맘때 데려왔어요"): "이맘때 데려왔" read
   as the age it came home (a year old), how long owned counted from the age.

First run at 0dfa6ccb (main): see each group's comment.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, question, typed, value stored, the question asked next)
TOLD = (
    ("ko", "age_months", "만으로 네 살 하고 삼 개월 입니다", 51, "sex"),
    ("en", "age_months", "4 years and 3 months", 51, "sex"),  # control: passed at main
    ("ko", "exercise_minutes", "아침 저녁으로 삼십 분씩 산책시키고 있습니다", 60, "concerns"),
    ("en", "exercise_minutes", "30 mins twice a day", 60, "concerns"),  # control: passed at main
    ("ko", "alone_hours", "아침 여덟 시에 나가서 저녁 다섯 시에 들어와요", 9, "exercise_minutes"),
    ("ko", "alone_hours", "8시에 출근해서 7시에 퇴근해요", 11, "exercise_minutes"),
    ("en", "alone_hours", "i leave at 8am and get back around 5pm", 9, "exercise_minutes"),
    ("en", "alone_hours", "i leave around 8:30 and come home at 5", 8.5, "exercise_minutes"),
    # the baby told answers the children question too (`understanding-new-baby`): it is skipped
    ("ko", "household", "아기 태어나서 이제 4명이에요", 4, "other_pets"),
    ("en", "household", "me, my partner and my son who just moved back, so 3", 3, "children"),
    ("en", "household", "my daughter was just born so 4 now", 4, "children"),
    ("ko", "owned_months", "일년됬어요 작년 이맘때 데려왔어요", 12, "household"),
    ("en", "owned_months", "1 year, got her this time last year", 12, "household"),  # control
)


# First run at 0dfa6ccb: the 9 Korean and new English rows failed (asked again, or 0 months owned
# for 일년됬어요), the 4 controls passed.
@pytest.mark.parametrize(("lang", "key", "typed", "value", "nxt"), TOLD)
async def test_a_quantity_told_naturally_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: float, nxt: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(value), (typed, answers, user.text)
    assert asked(lang, nxt) in user.text, user.text


# First run at 0dfa6ccb: failed (as on Kakao).
async def test_a_quantity_told_naturally_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, value, nxt) in enumerate(TOLD, 591100):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == pytest.approx(value), (typed, answers, said)
        assert asked(lang, nxt) in said, said


# a time missing or something else said beside the times: nothing invented, asked again
NOT_WHOLE = (
    ("ko", "아침 8시에 나가서 저녁에 들어와요"),
    ("ko", "8시에 나가서 5시에 들어와요 중간에 엄마가 와요"),
    ("en", "i leave at 8am and get back whenever"),
    ("en", "i leave at 8am and get back around 5pm but my mom comes at noon"),
)


# guards: passed at 0dfa6ccb and after the fix
@pytest.mark.parametrize(("lang", "typed"), NOT_WHOLE)
async def test_leaving_and_coming_back_not_whole_is_asked_again_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "alone_hours" not in answers, (typed, answers, user.text)
    assert asked(lang, "exercise_minutes") not in user.text, user.text


async def test_leaving_and_coming_back_not_whole_is_asked_again_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(NOT_WHOLE, 591200):
        await tg_at(tg, chat, lang, "alone_hours")
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert "alone_hours" not in answers, (typed, answers, said)
        assert asked(lang, "exercise_minutes") not in said, said
