# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53, helper survey53: survey answers typed naturally, misread (blind held-out batches and a
trial), each reproduced through a real channel first (Kakao skill webhook, Telegram over the fake
Bot API; ko and en), what was stored read back from the store (corpus batches 452 and 453).

1. A correction inside the answer to the open question ("아 2살 아니고 3살이요 헷갈렸네" at the age:
   a correction for a dog named "헷갈렸"; "oops 2 years, i mean 3", "아니 9시간이요", "no 9 hours":
   re-asked): the last value told is the answer at every quantity question (`lex-slip` read past
   and a correction word, `lex-retract-bare`, `quantity._retracted`). Before: 13 of 22 on Kakao.
2. "about an hour. wait no exactly an hour, two 30 min walks", "an hour, two 30 min walks",
   "1시간이요 30분씩 두번" at the exercise were 180 minutes; "two 30 min walks, an hour" not
   understood: a breakdown summing to the total told is the total (`quantity._total_first`,
   `_evaluate`'s parts); "1시간 30분씩 두번" (an hour and a half, twice) is still 180.
3. "거의 안둬요 재택이라" at the hours alone was re-asked: about none (`lex-rarely-left`).
4. A follow-on about the incident waiting at a question of options ("oh and it was a big dog, like
   a husky", "그 개가 엄청 컸어요", "the other dog was off leash" at the origin: "please pick an
   option"): detail for that report, the question asked again
   (`understanding-detail-follow-on`, `-other-party`, `-follow-on-lead`; reason `follow-on`).
   Before: 4 of 4 on Kakao and the Telegram run failed.
5. An earlier one-choice answer contradicted at a later question the answer is no use to
   ("펫샵이요" at the household after "유기견이라 …" kept the shelter at the age: "a number from 1 to
   20", the change dropped): the answer changed and said from what it was
   (`survey-review-corrected`: "데려온 곳을 고쳤어요: 보호소 / 구조 → 펫숍"), the open question
   asked again (`late_choices.earlier_choice_changed`, before the re-ask). Before: 3 of 4 on Kakao (the question right
   after the origin was already read) and the Telegram run failed.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1, 2, 3. an amount corrected, broken down or hardly any, inside the answer -----------------

# (lang, question, typed, stored)
AMOUNTS: tuple[tuple[str, str, str, float], ...] = (
    ("ko", "age_months", "아 2살 아니고 3살이요 헷갈렸네", 36),
    ("ko", "age_months", "3살이요 헷갈렸네요", 36),
    ("en", "age_months", "4 no wait 5 years", 60),
    ("en", "age_months", "oops 2 years, i mean 3", 36),
    ("ko", "owned_months", "2년 아니 3년이요 헷갈렸어요", 36),
    ("en", "owned_months", "a year, no sorry, 2 years", 24),
    ("ko", "household", "3명 아니 4명이요", 4),
    ("ko", "alone_hours", "아니 9시간이요", 9),
    ("en", "alone_hours", "no 9 hours", 9),
    ("en", "alone_hours", "8 hours, wait no 9", 9),
    ("ko", "alone_hours", "거의 안둬요 재택이라", 0),
    ("ko", "alone_hours", "거의 안 둬요", 0),
    ("ko", "alone_hours", "거의 혼자 안 있어요", 0),
    ("en", "alone_hours", "rarely, i work from home", 0),
    ("en", "alone_hours", "almost never alone", 0),
    ("en", "exercise_minutes", "about an hour. wait no exactly an hour, two 30 min walks", 60),
    ("en", "exercise_minutes", "an hour, two 30 min walks", 60),
    ("ko", "exercise_minutes", "1시간이요 30분씩 두번", 60),
    ("en", "exercise_minutes", "two 30 min walks, an hour", 60),
    ("ko", "exercise_minutes", "30분씩 두 번 한시간이요", 60),
    ("ko", "exercise_minutes", "30분 아니 40분이요", 40),
    ("en", "exercise_minutes", "40 min no wait 50", 50),
)
NEXT = {
    "age_months": "sex",
    "owned_months": "household",
    "household": "children",
    "alone_hours": "exercise_minutes",
    "exercise_minutes": "concerns",
}


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), AMOUNTS)
async def test_an_amount_told_naturally_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, NEXT[key]) in user.text, user.texts  # the survey went on


async def test_an_amount_told_naturally_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(AMOUNTS, 53001):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, NEXT[key]) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 4. a follow-on detail about the incident waiting, at a question of options ------------------

REPORT = {
    "ko": "어제 산책하다가 다른 개한테 달려들면서 짖었어요",
    "en": "yesterday on our walk he lunged and barked at another dog",
}
SIZE = {"ko": "소형", "en": "small"}
# (lang, typed) at the origin, the report told at the size a moment before
FOLLOW_ON: tuple[tuple[str, str], ...] = (
    ("en", "oh and it was a big dog, like a husky"),
    ("en", "the other dog was off leash"),
    ("ko", "그 개가 엄청 컸어요"),
    ("ko", "아 그리고 그때 상대 개가 목줄을 안 했어요"),
)


@pytest.mark.parametrize(("lang", "typed"), FOLLOW_ON)
async def test_a_follow_on_detail_goes_to_the_report_waiting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "size")
    await user.send(REPORT[lang])
    await user.send(SIZE[lang])
    assert asked(lang, "origin") in user.text, user.texts
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "origin" not in answers, (typed, answers, user.texts)
    assert asked(lang, "origin") in user.text, user.texts  # the question again
    assert t(lang, "survey-err-origin") not in user.text, user.texts
    reports = [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question]
    assert any(typed in r and REPORT[lang] in r for r in reports), (reports, user.texts)


async def test_a_follow_on_detail_goes_to_the_report_waiting_on_telegram(
    tg: Harness,
) -> None:
    for chat, (lang, typed) in enumerate(FOLLOW_ON, 53101):
        await tg_at(tg, chat, lang, "size")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, SIZE[lang])
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "origin" not in answers, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, "origin") in tg.last_text(chat), tg.sent(chat)[-3:]
        reports = [r.text for r in await _tg_reports(tg, chat) if not r.is_question]
        assert any(typed in r and REPORT[lang] in r for r in reports), (reports, tg.sent(chat)[-3:])


# -- 5. an earlier choice contradicted at a later question ---------------------------------------

SHELTER_AT_AGE = "유기견이라 정확히는 모르는데 7~8살 정도?"
KO_AFTER_AGE = (("sex", "여아 중성화"), ("breed", "푸들"), ("size", "소형"), ("owned_months", "2년"))
# (lang, the question open, typed, origin before, origin after)
CONTRADICTED: tuple[tuple[str, str, str, str, str], ...] = (
    ("ko", "household", "펫샵이요", "shelter", "pet_shop"),
    ("ko", "owned_months", "펫샵에서 데려왔어요", "shelter", "pet_shop"),
    ("en", "household", "from a pet shop actually", "breeder", "pet_shop"),
    ("en", "alone_hours", "pet shop", "breeder", "pet_shop"),
)


async def _kakao_origin_told(kakao: Server, lang: str, key: str) -> Any:
    """A Kakao user at `key`: in Korean the shelter told with the age (kept ahead, the origin
    never asked), in English the origin answered in its turn."""
    if lang == "en":
        return await kakao_at(kakao, lang, key)
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(SHELTER_AT_AGE)
    for at, text in KO_AFTER_AGE:
        if at == key:
            break
        await user.send(text)
    assert asked(lang, key) in user.text, user.texts
    return user


@pytest.mark.parametrize(("lang", "key", "typed", "before", "after"), CONTRADICTED)
async def test_an_earlier_choice_contradicted_is_changed_and_said_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, before: str, after: str
) -> None:
    user = await _kakao_origin_told(kakao, lang, key)
    assert (await kakao_answers(kakao, user.key)).get("origin") == before
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("origin") == after, (typed, answers, user.texts)
    assert key not in answers, (typed, answers)
    said = t(
        lang,
        "survey-review-corrected",
        field=t(lang, "survey-field-origin"),
        previous=t(lang, f"survey-opt-origin-{before}"),
        value=t(lang, f"survey-opt-origin-{after}"),
    )
    if "actually" in typed:  # a correction word: the correction's own line ("Updated …: Pet shop")
        assert t(lang, f"survey-opt-origin-{after}") in user.text, user.texts
    else:
        assert said in user.text, user.texts  # the change said from what it was
    assert asked(lang, key) in user.text, user.texts


async def test_an_earlier_choice_contradicted_is_changed_and_said_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, before, after) in enumerate(CONTRADICTED, 53201):
        if lang == "en":
            await tg_at(tg, chat, lang, key)
        else:
            await tg_at(tg, chat, lang, "age_months")
            await tg.say(chat, SHELTER_AT_AGE)
            for at, text in KO_AFTER_AGE:
                if at == key:
                    break
                await tg.say(chat, text)
        assert (await tg_answers(tg, chat)).get("origin") == before, tg.sent(chat)[-3:]
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("origin") == after, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
