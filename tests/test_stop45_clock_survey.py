# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 45, the survey (corpus batches 241-242; the flow's part has no corpus row), each reproduced
through a real channel first (Kakao's skill webhook, Telegram over HTTP on 127.0.0.1), in Korean
and English, what was stored read back:

1. Skip words at the breed ("skip", "건너뛰기", "패스", "몰라요 넘어갈게요") were stored as "mixed",
   the "mixed / don't know" option: a skip is a skip there as at every other question (the breed
   not known, nothing made up); a mix said beside a don't-know ("잘 모르겠어요 믹스 같아요") stays
   the mix. The same kind elsewhere: "i'd rather skip" was stored as the breed or the health note,
   "skip this one" as a year at the age.
2. An earlier choice answer corrected by its option word at a later question ("수컷이요 잘못
   말한거에요" at the origin, "oh wait he's male, I said female by mistake"): the origin asked
   again as a bad answer, or the sex asked again for "the rest". That answer is corrected, the
   half not said kept as stored (a spayed female said to be male is a neutered male), said in the
   correction's line, and the open question asked again; "I said X" and "X라고 잘못 말했어요" mark
   X as the old value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dogcoach.handlers.card import UNKNOWN_KEY
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)

# -- 1. skip words ---------------------------------------------------------------------------------

BREED_SKIPS = [
    ("ko", "건너뛰기"),
    ("ko", "패스"),
    ("ko", "몰라요 넘어갈게요"),
    ("en", "skip"),
    ("en", "i'd rather skip"),
]


def _last_says(tg: Harness, chat: int, text: str) -> Callable[[], bool]:
    """Whether the bot's last message to `chat` holds `text` (for `eventually`)."""
    return lambda: text in tg.last_text(chat)


def _sent(tg: Harness, chat: int, text: str) -> Callable[[], bool]:
    """Whether the bot sent `text` to `chat` (for `eventually`)."""
    return lambda: text in tg.sent(chat)


def _skipped(answers: dict[str, Any], key: str) -> bool:
    return answers.get(key) is None and key in (answers.get(UNKNOWN_KEY) or [])


@pytest.mark.parametrize(("lang", "word"), BREED_SKIPS)
async def test_skip_at_the_breed_stores_no_breed_on_kakao(kakao: Server, lang: str, word: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(word)
    assert asked(lang, "size") in user.text, user.texts
    answers = await kakao_answers(kakao, user.key)
    assert _skipped(answers, "breed"), answers


async def test_skip_at_the_breed_stores_no_breed_on_telegram(tg: Harness) -> None:
    for chat, (lang, word) in enumerate(BREED_SKIPS, start=4510):
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, word, language_code=lang)
        await eventually(_last_says(tg, chat, asked(lang, "size")))
        answers = await tg_answers(tg, chat)
        assert _skipped(answers, "breed"), (word, answers)


async def test_a_mix_beside_dont_know_stays_the_mix_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "breed")
    await user.send("잘 모르겠어요 믹스 같아요")
    assert (await kakao_answers(kakao, user.key)).get("breed") == "mixed"


SKIPS_ELSEWHERE = [
    ("en", "health", "i'd rather skip"),
    ("en", "health", "skip this one"),
    ("ko", "health", "이건 패스할게요"),
    ("en", "age_months", "skip this one"),
]


@pytest.mark.parametrize(("lang", "key", "word"), SKIPS_ELSEWHERE)
async def test_skip_words_are_never_stored_as_the_answer_on_kakao(
    kakao: Server, lang: str, key: str, word: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(word)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) in (None, "none"), answers  # skipped, or "none" kept: never the words
    assert asked(lang, key) not in user.texts[-1], user.texts  # moved on


# -- 2. an earlier choice corrected by its option word ---------------------------------------------

CORRECTED = [
    ("ko", "origin", "수컷이요 잘못 말한거에요", "sex", "male_neutered"),
    ("ko", "household", "암컷이라고 잘못 말했어요 수컷이에요", "sex", "male_neutered"),
    ("ko", "household", "대형이에요 잘못 말했어요", "size", "large"),
    ("en", "origin", "oh wait he's male, I said female by mistake", "sex", "male_neutered"),
    ("en", "household", "I said female by mistake, he is male", "sex", "male_neutered"),
    ("en", "household", "actually he's large, I said small by mistake", "size", "large"),
]


def corrected_line(lang: str, field: str, value: str) -> str:
    return t(
        lang,
        "correction-done",
        name=NAME[lang],
        field=t(lang, f"survey-field-{field}"),
        value=t(lang, f"survey-opt-{field}-{value}"),
    )


@pytest.mark.parametrize(("lang", "key", "text", "field", "value"), CORRECTED)
async def test_an_earlier_choice_corrected_at_a_later_question_on_kakao(
    kakao: Server, lang: str, key: str, text: str, field: str, value: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(text)
    assert user.texts[0] == corrected_line(lang, field, value), user.texts
    assert asked(lang, key) in user.texts[-1], user.texts  # the open question again
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(field) == value, answers
    assert key not in answers, answers


async def test_an_earlier_choice_corrected_at_a_later_question_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, text, field, value) in enumerate(CORRECTED, start=4520):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, text, language_code=lang)
        line = corrected_line(lang, field, value)
        await eventually(_sent(tg, chat, line))
        await eventually(_last_says(tg, chat, asked(lang, key)))
        answers = await tg_answers(tg, chat)
        assert answers.get(field) == value, (text, answers)


CHILDREN = [("en", "actually we have kids, I said no by mistake"), ("ko", "아이 있어요 잘못 말했어요")]


@pytest.mark.parametrize(("lang", "text"), CHILDREN)
async def test_the_children_corrected_beside_the_old_answer_on_kakao(
    kakao: Server, lang: str, text: str
) -> None:
    """ "I said no by mistake" beside "we have kids" made two answers of the children ("yes" and
    "no") and the hours alone were asked again as a bad number: the old one said is left out."""
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(text)
    field = t(lang, "survey-field-children")
    line = t(
        lang,
        "survey-review-corrected",
        field=field,
        previous=t(lang, "survey-opt-children-no"),
        value=t(lang, "survey-opt-children-yes"),
    )
    assert user.texts[0] == line, user.texts
    assert asked(lang, "alone_hours") in user.texts[-1], user.texts
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes"
