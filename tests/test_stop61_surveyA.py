# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 61, helper surveyA61: survey answers read wrong in owner trial 61, by kind, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API),
Korean and English.

1. A native-number range of hours ("두세시간") after "하루 종일 … 않습니다" at the sex question:
   stored as about 10 hours; it is 2-3 hours (2.5, approximate).
2. "네" alone (a yes) typed after the hours alone was marked don't-know: read as 4 hours.
3. A dog walker (daycare, a sitter) beside the hours alone: read as another pet (a dog), the hours
   dropped.
14. The spay told in the formal form ("수술은 하였습니다", "중성화 했습니다"): only the sex read.
17. Guarding things ("물건 지킴", "장난감 지킴") at the concerns: resource guarding.
18. A baby in the household ("me my wife and our baby"): a person; the count's re-ask spoke of
    "its unit".
22. A middle/high-school child at the children under 12 ("아들은 중학생이에요"): no.
30. A rough age then the exact one ("1살 조금 넘었어요 14개월?"): the exact one.
31. The re-ask of a quantity quotes the words left over whole, as typed ("순해요", not "순").
Also: a number with only its why or a hedge beside it ("9시간이요ㅠㅠ 직장때문에 어쩔수없어요",
"about 3 years old i think") is that number.

First run at b5d32e7c (a worktree there, this file copied in): 24 failed, 10 passed — 16 of the
Kakao rows (the sex's formal spay, the older children, the hours with "하루 종일 … 않습니다", the dog
walker, the why beside the number, the rough-then-exact age, "our baby"), the Telegram sweep, 4
guarding tests, the count's re-ask, the quoted words and the trial's "네" (4 hours stored). The
plain yes sweeps passed there: the trial's order (the hours re-asked first) is needed. Not fixed:
Korean "아기" alone at the household (owners call the dog 아기: "울 애기 3살이에용" is an age).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DONE = {"ko": "완료", "en": "done"}

# (lang, question, typed, key stored, value stored)
TOLD = (
    ("ko", "sex", "하루 종일 혼자 있지는 않습니다 두세시간 정도입니다", "alone_hours", 2.5),
    ("ko", "alone_hours", "하루 종일 혼자 있지는 않습니다 두세시간 정도입니다", "alone_hours", 2.5),
    ("en", "alone_hours", "not all day, two or three hours", "alone_hours", 2.5),
    ("en", "alone_hours", "she's alone like 9hrs but a dog walker comes at lunch", "alone_hours", 9),
    ("ko", "alone_hours", "9시간 정도요 점심에 도그워커가 와요", "alone_hours", 9),
    ("en", "alone_hours", "about 8 hours, she goes to doggy daycare twice a week", "alone_hours", 8),
    ("ko", "alone_hours", "9시간이요ㅠㅠ 직장때문에 어쩔수없어요", "alone_hours", 9),
    ("en", "alone_hours", "9 hours :( because of work, can't help it", "alone_hours", 9),
    ("en", "alone_hours", "9 hours because of work, can't help it", "alone_hours", 9),
    ("en", "age_months", "about 3 years old i think", "age_months", 36),
    ("ko", "age_months", "3살 정도인 것 같아요", "age_months", 36),
    ("ko", "age_months", "1살 조금 넘었어요 14개월?", "age_months", 14),
    ("en", "age_months", "a bit over 1, 14 months?", "age_months", 14),
    ("en", "household", "me my wife and our baby", "household", 3),
    ("ko", "sex", "암컷이고 수술은 하였습니다", "sex", "female_spayed"),
    ("ko", "sex", "수컷이고 중성화 했습니다", "sex", "male_neutered"),
    ("ko", "sex", "여아이고 중성화 수술 하였어요", "sex", "female_spayed"),
    ("ko", "children", "아들은 중학생이에요", "children", "no"),
    ("ko", "children", "딸이 고등학생이에요", "children", "no"),
    ("en", "children", "my son is in high school", "children", "no"),
    ("en", "children", "we have a teenager", "children", "no"),
    ("ko", "children", "딸이 초등학생이에요", "children", "yes"),
    ("en", "children", "my daughter is a toddler", "children", "yes"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "value"), TOLD)
async def test_an_answer_told_in_a_sentence_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: str, value: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    got = answers.get(stored)
    if isinstance(value, str):
        assert got == value, (typed, answers, user.text)
    else:
        assert got == pytest.approx(value), (typed, answers, user.text)
    assert "dog" not in (answers.get("other_pets") or []), (typed, answers)


async def test_an_answer_told_in_a_sentence_is_stored_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, key, typed, stored, value) in enumerate(TOLD, 611100):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        got = answers.get(stored)
        ok = got == value if isinstance(value, str) else got == pytest.approx(value)
        if not ok or "dog" in (answers.get("other_pets") or []):
            bad.append((typed, got, answers.get("other_pets"), said))
    assert not bad, bad


# (lang, typed at the concerns, the concerns stored after "done")
CONCERNS = (
    ("ko", "산책할때 줄당김 ㅠ 그리고 물건 지킴", ["pulling", "resource_guarding"]),
    ("ko", "장난감 지킴이 심해요", ["resource_guarding"]),
    ("ko", "밥그릇 지켜요", ["resource_guarding"]),
    ("en", "pulling on the leash and guarding his toys", ["pulling", "resource_guarding"]),
)


@pytest.mark.parametrize(("lang", "typed", "want"), CONCERNS)
async def test_guarding_things_is_resource_guarding_on_kakao(
    kakao: Server, lang: str, typed: str, want: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert sorted(answers.get("concerns") or []) == sorted(want), (typed, answers, user.text)


async def test_guarding_things_is_resource_guarding_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, want) in enumerate(CONCERNS, 611200):
        await tg_at(tg, chat, lang, "concerns")
        said = await tg_typed(tg, chat, typed)
        await tg_typed(tg, chat, DONE[lang])
        answers = await tg_answers(tg, chat)
        assert sorted(answers.get("concerns") or []) == sorted(want), (typed, answers, said)


YES = {"ko": ("네", "네네", "넵"), "en": ("yes", "yeah")}
UNKNOWN_WORD = {"ko": "모르겠어요", "en": "not sure"}
EXERCISE = {"ko": "1시간", "en": "60"}


async def test_a_yes_is_never_a_number_on_telegram(tg: Harness) -> None:
    chat = 611300
    for lang, yeses in YES.items():
        for yes in yeses:
            chat += 1
            await tg_at(tg, chat, lang, "alone_hours")
            await tg_typed(tg, chat, UNKNOWN_WORD[lang])
            said = await tg_typed(tg, chat, EXERCISE[lang])
            assert asked(lang, "concerns") in said, said
            said = await tg_typed(tg, chat, yes)
            answers = await tg_answers(tg, chat)
            assert answers.get("alone_hours") in (None, "unknown"), (yes, answers, said)


async def test_a_yes_after_the_hours_unknown_is_no_number_as_in_the_trial_on_telegram(
    tg: Harness,
) -> None:
    """Owner trial 61's order: the exercise told ahead at the hours alone, the hours not
    understood, "모르겠어요", then "네" at the concerns."""
    chat = 611390
    await tg_at(tg, chat, "ko", "alone_hours")
    await tg_typed(tg, chat, "산책은 아침에 20분 저녁에 40분")
    await tg_typed(tg, chat, "없어요 순해요")
    said = await tg_typed(tg, chat, "모르겠어요")
    assert asked("ko", "concerns") in said, said
    said = await tg_typed(tg, chat, "네")
    answers = await tg_answers(tg, chat)
    assert answers.get("alone_hours") in (None, "unknown"), (answers, said)


async def test_a_yes_is_never_a_number_on_kakao(kakao: Server) -> None:
    for lang, yeses in YES.items():
        for yes in yeses:
            user = await kakao_at(kakao, lang, "alone_hours")
            await user.send(UNKNOWN_WORD[lang])
            await user.send(EXERCISE[lang])
            await user.send(yes)
            answers = await kakao_answers(kakao, user.key)
            assert answers.get("alone_hours") in (None, "unknown"), (yes, answers, user.text)
            user = await kakao_at(kakao, lang, "household")
            await user.send(yes)
            answers = await kakao_answers(kakao, user.key)
            assert answers.get("household") is None, (yes, answers, user.text)


# (lang, question, typed, the words quoted back whole)
REST = (
    ("ko", "alone_hours", "없어요 순해요", "순해요"),
    ("ko", "alone_hours", "4시간 순해요", "순해요"),
    ("ko", "exercise_minutes", "30분 신나해요", "신나해요"),
    ("en", "alone_hours", "4 hours she's lovely", "lovely"),
)


async def test_the_words_left_over_are_quoted_whole_on_kakao_and_telegram(kakao: Server, tg: Harness) -> None:
    for chat, (lang, key, typed, rest) in enumerate(REST, 611400):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert f'{rest}"' in user.text, (typed, user.text)
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        assert f'{rest}"' in said, (typed, said)


COUNT_REST = (("ko", "2명 뭐랄까"), ("en", "2 or so whatever"))


async def test_the_count_reask_speaks_of_people_not_a_unit(kakao: Server, tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(COUNT_REST, 611500):
        user = await kakao_at(kakao, lang, "household")
        await user.send(typed)
        await tg_at(tg, chat, lang, "household")
        said = await tg_typed(tg, chat, typed)
        for text in (user.text, said):
            assert asked(lang, "household") in text, text  # asked again
            assert "unit" not in text and "단위" not in text, text
