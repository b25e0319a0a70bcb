# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, owner trial 33 ("review2", corpus batches 341-342), each reproduced through a real
channel first (Kakao's skill webhook, Telegram over HTTP), in Korean and English, what was stored
read back, model calls counted.

1. Typed agreement at the review card ("이대로 맞나요?") in any spacing or slang: "ㅇㅋ 이제맞아요",
   "이제맞아요" were asked of the coach model (the dog left unconfirmed), "굿" thanked.
2. A correction at the review opened by "잠만" ("wait a sec"): "잠이라는 강아지는 등록돼 있지 않아서"
   (a dog named 잠); two corrections in one message ("애기없어요!! 그리고 혼자있는시간 9시간이에요ㅠ")
   both apply.
3. "tank is the problem child", "애기때부터 키웠으니까 2년넘음" (the dog as a puppy) stored children = yes:
   kin words and idioms name no child at home.
4. "wait can i go back and change the kids thing, my son is actually 13" at a later question went
   to the model: a correction of the children answer (13: no child under 12), never the model.
5. "skip" at a question gone back to that already has an answer wiped it to "don't know": the
   answer is kept.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    kakao_dog_confirmed,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. typed agreement at the review --------------------------------------------------------------

AGREE = [
    ("ko", "ㅇㅋ 이제맞아요"), ("ko", "이제맞아요"), ("ko", "굿"), ("ko", "넵넵"), ("ko", "ㅇㅇ 맞음"),
    ("ko", "다 맞아요"), ("ko", "완벽해요"), ("ko", "네네 이제 다 맞아요ㅎㅎ"), ("en", "yep all good"),
    ("en", "looks right"), ("en", "perfect"), ("en", "thats it"), ("en", "yep all good now"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "typed"), AGREE)
async def test_typed_agreement_in_any_spacing_confirms_the_review_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert t(lang, "survey-finished", name=NAME[lang]) in user.text, (typed, user.texts)
    assert await kakao_dog_confirmed(kakao, user.key), typed
    assert _model_calls(fake_ollama) == 0, user.texts


async def test_typed_agreement_in_any_spacing_confirms_the_review_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(AGREE, 48201):
        await tg.say(chat, "/start", language_code=lang)
        for _key, text in ANSWERS[lang]:
            await tg.say(chat, text)
        assert REVIEW[lang] in tg.last_text(chat)
        await tg.say(chat, typed)
        assert t(lang, "survey-finished", name=NAME[lang]) in tg.last_text(chat), (typed, tg.sent(chat))


# -- 2. corrections at the review ------------------------------------------------------------------

# (lang, typed at the review, {field: value after})
FIXES: list[tuple[str, str, dict[str, Any]]] = [
    ("ko", "아 잠만 나이 틀렸어요 병원에서 다섯살쯤이래요", {"age_months": 60}),
    ("ko", "애기없어요!! 그리고 혼자있는시간 9시간이에요ㅠ", {"children": "no", "alone_hours": 9}),
    ("en", "wait the age is wrong, the vet says shes about 5", {"age_months": 60}),
    ("en", "no kids actually. also shes alone 9 hours", {"children": "no", "alone_hours": 9}),
]

# A review where the children answer is yes, so that "no kids" changes it.
KIDS = {"ko": "네 있어요", "en": "yes"}


async def _kakao_review_with_kids(kakao: Server, lang: str) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for key, text in ANSWERS[lang]:
        await user.send(KIDS[lang] if key == "children" else text)
    assert REVIEW[lang] in user.text, user.texts
    return user


@pytest.mark.parametrize(("lang", "typed", "fixed"), FIXES)
async def test_corrections_at_the_review_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, fixed: dict[str, Any]
) -> None:
    user = await _kakao_review_with_kids(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    for field, value in fixed.items():
        assert answers.get(field) == value, (field, answers, user.texts)
    assert "잠" not in user.text.split("강아지")[0] or lang == "en", user.texts
    assert _model_calls(fake_ollama) == 0, user.texts


async def test_corrections_at_the_review_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, fixed) in enumerate(FIXES, 48301):
        await tg.say(chat, "/start", language_code=lang)
        for key, text in ANSWERS[lang]:
            await tg.say(chat, KIDS[lang] if key == "children" else text)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        for field, value in fixed.items():
            assert answers.get(field) == value, (field, answers, tg.sent(chat)[-3:])


# -- 4. the children corrected at a later question -------------------------------------------------

LATER_KIDS = [
    ("en", "wait can i go back and change the kids thing, my son is actually 13"),
    ("ko", "아 잠깐 애들 얘기 고칠게요 아들이 사실 13살이에요"),
]


@pytest.mark.parametrize(("lang", "typed"), LATER_KIDS)
async def test_the_children_corrected_at_a_later_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for key, text in ANSWERS[lang]:
        if key == "worst_reaction":
            break
        await user.send(KIDS[lang] if key == "children" else text)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert answers.get("children") == "no" or asked(lang, "children") in user.texts[-1], (answers, user.texts)


# -- 5. skip at a question gone back to keeps its answer -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "origin", "skip"),
    [("en", "got him off facebook marketplace", "skip"), ("ko", "당근에서 데려왔어요", "건너뛰기")],
)
async def test_skip_after_going_back_keeps_the_answer_on_kakao(
    kakao: Server, lang: str, origin: str, skip: str
) -> None:
    user = await kakao_at(kakao, lang, "origin")
    await user.send(origin)
    kept = (await kakao_answers(kakao, user.key)).get("origin")
    assert kept not in (None, "unknown"), (kept, user.texts)
    await user.send("back" if lang == "en" else "이전")
    assert asked(lang, "origin") in user.text, user.texts
    await user.send(skip)
    assert (await kakao_answers(kakao, user.key)).get("origin") == kept, user.texts


async def test_skip_after_going_back_keeps_the_answer_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 48401, "en", "origin")
    await tg.say(48401, "got him off facebook marketplace")
    kept = (await tg_answers(tg, 48401)).get("origin")
    await tg.say(48401, "back")
    await tg.say(48401, "skip")
    assert (await tg_answers(tg, 48401)).get("origin") == kept, tg.sent(48401)[-3:]


# -- 3. kin words and idioms that name no child at home --------------------------------------------

KIN = [
    ("en", "name", "so i got 2 dogs, tank and lulu. tank is the problem child lol"),
    ("ko", "owned_months", "애기때부터 키웠으니까 2년넘음"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), KIN)
async def test_kin_words_store_no_children_on_kakao(kakao: Server, lang: str, key: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    if key != "name":
        answers = await kakao_answers(kakao, user.key)
        assert "children" not in answers, (answers, user.texts)


async def test_kin_words_store_no_children_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 48501, "ko", "owned_months")
    await tg.say(48501, KIN[1][2])
    answers = await tg_answers(tg, 48501)
    assert "children" not in answers, (answers, tg.sent(48501)[-3:])
