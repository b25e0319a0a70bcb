# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56, helper values56: values the verification trial saw stored wrong, each reproduced
through a real channel first (Kakao skill webhook, Telegram over the fake Bot API; ko and en), the
stored value read back from the store (corpus batches 531-534).

1. "nope no kids", "nah no kids" at "children under 12?" stored YES (the safety advice reads it):
   the "no" of "no kids" was read as taking back the "nope" before it, and "kids" alone is yes.
   The cue with the words after it picking the option named before is the same answer said again
   (`taken_back._said_again`).
2. "3 times a week, since last summer" at the result's "how often, and since when?" changed how
   long the dog was owned to 3 years; it is the follow-up's answer, the profile untouched.
3. "hes about 2 and a half i think, maybe 3, the shelter wasnt sure" stored 24 months (cut at the
   "and" of "2 and a half": `_number_joined`); "an hour walk in the morning and fetch at night so
   1.5h maybe" stored 150 minutes (the parts and the total added): the amount after "so", "그래서"
   (`lex-sum-after`) is the total.
4. "매일그래ㅠㅠ" at the breed, a report waiting, stored as the breed "매일그래": how often, typed
   with no space, is no breed (detail for the report, as its spaced twin already was).
5. "말티즈" at the age asked "is the name 말티즈?" (`_name_told_next`): a breed named is never the
   name told again; and "펫샵에서데려왔어요ㅠㅠ" at the name question became the name: one Korean
   word ending as a sentence does is no name (`_sentence_as_name`).
6. "3살이야", "두살이야" at the age were not understood: "이야", "야" are endings read past
   (`lex-filler`). "2년됐어요" there stays the age, as the corpus reads "3개월 됐어요" there.
7. "구조견이라 이름을 새로 지어줬어요 두부예요" at the name: no name taken. The name after words
   saying it was given anew is the name (`understanding-name-renamed`); "남아 중성화" there said
   both "noted" and "I'll ask that later": noted, the name asked (`survey-name-other-answer-kept`).

Before the fixes 27 of these 32 tests failed (already passing: "아니요 애 없어요", "아뇨 ㅎㅎ 애는
없어요", "lab" at the age on Kakao, the Korean "일주일에 세번정도 여름부터요", the English renaming
and the English sex at the name).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import check_values, tg_result_shown, tg_settings, tg_typed
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import NAME as NAMES
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)

NEXT = {
    "age_months": "sex",
    "children": "other_pets",
    "exercise_minutes": "concerns",
}

# (lang, question, typed, the answers expected after it: key -> value; "~key": approximate or not)
CASES: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    # 1. a no said twice at the children: no
    ("en", "children", "nope no kids", {"children": "no"}),
    ("en", "children", "nah no kids", {"children": "no"}),
    ("en", "children", "no no kids", {"children": "no"}),
    ("en", "children", "nope, no children", {"children": "no"}),
    ("ko", "children", "아니요 애 없어요", {"children": "no"}),
    ("ko", "children", "아뇨 ㅎㅎ 애는 없어요", {"children": "no"}),
    # 3. a number with "and a half"; a total said after its parts
    ("en", "age_months", "hes about 2 and a half i think, maybe 3, the shelter wasnt sure",
     {"age_months": 30, "~age_months": True}),
    ("en", "exercise_minutes", "an hour walk in the morning and fetch at night so 1.5h maybe",
     {"exercise_minutes": 90}),
    ("ko", "exercise_minutes", "아침에 한시간 산책하고 저녁에 공놀이 그래서 한시간반 정도",
     {"exercise_minutes": 90}),
    # 6. the plain-speech ending
    ("ko", "age_months", "3살이야", {"age_months": 36}),
    ("ko", "age_months", "두살이야", {"age_months": 24}),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "key", "typed", "expected"), CASES)
async def test_a_value_typed_is_stored_as_said_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, expected: dict[str, Any]
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert not check_values(answers, expected), (typed, answers, user.texts[-2:])
    assert asked(lang, NEXT[key]) in user.text, user.texts[-2:]  # the survey went on
    assert not await _kakao_reports(kakao, user.key), user.texts[-2:]


async def test_a_value_typed_is_stored_as_said_on_telegram(tg: Harness) -> None:
    wrong = []
    for chat, (lang, key, typed, expected) in enumerate(CASES, 56001):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        if check_values(answers, expected) or asked(lang, NEXT[key]) not in tg.last_text(chat):
            wrong.append((typed, answers, tg.sent(chat)[-2:]))
    assert not wrong, wrong


# -- 2. how often and since when, at the result's follow-up: not how long owned -------------------

SINCE = {
    "en": ("3 times a week, since last summer", "like 3x a week since summer"),
    "ko": ("일주일에 세번정도 여름부터요",),
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, s) for lang, said in SINCE.items() for s in said])
async def test_how_often_since_when_is_the_followups_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    owned = (await kakao_answers(kakao, user.key))["owned_months"]
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["owned_months"] == owned, user.texts[-2:]
    reports = await _kakao_reports(kakao, user.key)
    assert len(reports) == 1 and typed in reports[0].text, (reports, user.texts[-2:])


async def test_how_often_since_when_is_the_followups_answer_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        for chat, (lang, typed) in enumerate(
            [(lang, s) for lang, said in SINCE.items() for s in said], 56101
        ):
            await tg_result_shown(tg, chat, lang, "frequency", BARK[lang])
            owned = (await tg_answers(tg, chat))["owned_months"]
            shown = await tg_typed(tg, chat, typed)
            assert (await tg_answers(tg, chat))["owned_months"] == owned, (typed, shown)
            reports = await _tg_reports(tg, chat)
            assert len(reports) == 1 and typed in reports[0].text, (typed, reports, shown)


# -- 4. how often, typed with no space at the breed while a report waits: no breed --------------


async def test_how_often_unspaced_at_the_breed_is_no_breed_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "breed")
    await user.send("콩이가손님오면현관에서미친듯이짖어요 그러면제가안아서달래줘요")
    await user.send("매일그래ㅠㅠ")
    answers = await kakao_answers(kakao, user.key)
    assert "breed" not in answers, (answers, user.texts[-2:])
    reports = await _kakao_reports(kakao, user.key)
    assert len(reports) == 1 and "매일그래" in reports[0].text, (reports, user.texts[-2:])


async def test_how_often_unspaced_at_the_breed_is_no_breed_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 56201, "ko", "breed")
    await tg.say(56201, "콩이가손님오면현관에서미친듯이짖어요 그러면제가안아서달래줘요")
    await tg.say(56201, "매일그래ㅠㅠ")
    answers = await tg_answers(tg, 56201)
    assert "breed" not in answers, (answers, tg.sent(56201)[-2:])
    reports = await _tg_reports(tg, 56201)
    assert len(reports) == 1 and "매일그래" in reports[0].text, (reports, tg.sent(56201)[-2:])


# -- 5. a breed at the age is no name; a sentence typed as one word is no name ------------------

BREED_AT_AGE = (
    ("ko", "말티즈", "말티즈"),
    ("ko", "푸들", "푸들"),
    ("ko", "말티즈에요", "말티즈"),
    ("en", "lab", "lab"),
)


@pytest.mark.parametrize(("lang", "typed", "breed"), BREED_AT_AGE)
async def test_a_breed_at_the_age_is_no_name_on_kakao(
    kakao: Server, lang: str, typed: str, breed: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("breed") == breed and answers.get("name") != typed, (answers, user.texts[-2:])
    assert asked(lang, "age_months") in user.text, user.texts[-2:]
    await user.send("펫샵에서데려왔어요ㅠㅠ" if lang == "ko" else "got him from a pet shop")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") not in ("펫샵에서데려왔어", "got him from a pet shop"), answers


async def test_a_breed_at_the_age_is_no_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, breed) in enumerate(BREED_AT_AGE, 56301):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("breed") == breed, (typed, answers, tg.sent(chat)[-2:])
        assert asked(lang, "age_months") in tg.last_text(chat), tg.sent(chat)[-2:]


@pytest.mark.parametrize("typed", ["펫샵에서데려왔어요ㅠㅠ", "길에서주웠어요"])
async def test_a_sentence_typed_as_one_word_is_no_name_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("뭉치요")  # the name told again: "is the name 뭉치?" asked
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == ["콩이"], user.texts[-2:]


async def test_a_sentence_typed_as_one_word_is_no_name_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 56401, "ko", "age_months")
    await tg.say(56401, "뭉치요")
    await tg.say(56401, "펫샵에서데려왔어요ㅠㅠ")
    user = await tg.user(56401)
    assert user is not None
    async with tg.rt.store.session() as s:
        names = [d.name for d in await s.list_dogs(user.id)]
    assert names == ["콩이"], tg.sent(56401)[-2:]


# -- 7. the name told after saying it was given anew; the sex told whole at the name -------------

RENAMED = (
    ("ko", "구조견이라 이름을 새로 지어줬어요 두부예요", "두부"),
    ("en", "she's a rescue so we renamed her, it's Tofu now", "Tofu"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), RENAMED)
async def test_the_name_told_after_renaming_is_the_name_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [name], user.texts[-2:]
    assert asked(lang, "age_months").replace(NAMES[lang], name) in user.text, user.texts[-2:]


async def test_the_name_told_after_renaming_is_the_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, name) in enumerate(RENAMED, 56501):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, typed)
        assert asked(lang, "age_months").replace(NAMES[lang], name) in tg.last_text(chat), tg.sent(chat)[-2:]


SEX_AT_NAME = (("ko", "남아 중성화"), ("en", "male neutered"))


@pytest.mark.parametrize(("lang", "typed"), SEX_AT_NAME)
async def test_the_sex_at_the_name_is_said_noted_once_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    noted = t(lang, "survey-answered-ahead", field=t(lang, "survey-field-sex"), value="").split(":")[0]
    later = t(lang, "survey-name-other-answer", field=t(lang, "survey-field-sex"))
    assert not (noted in user.text and later in user.text), user.texts[-3:]
    assert await _kakao_dogs(kakao, user.key) in ([], [None]), user.texts[-3:]  # no dog named so


async def test_the_sex_at_the_name_is_said_noted_once_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(SEX_AT_NAME, 56601):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, typed)
        text = "\n".join(tg.sent(chat)[-3:])
        noted = t(lang, "survey-answered-ahead", field=t(lang, "survey-field-sex"), value="").split(":")[0]
        later = t(lang, "survey-name-other-answer", field=t(lang, "survey-field-sex"))
        assert not (noted in text and later in text), text
