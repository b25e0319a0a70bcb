# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""An acceptance trial's survey faults (issue 11, corpus batch 56), each reproduced through a real
channel first, then kept.

B1: at the review card, "change the name to Daisy Mae", "이름 보리 말고 보라로 바꿔주세요", "이름을 보라로
바꿔줘" asked the name question again, the value given lost; B2: "이름 보리 아니고 보라예요" (no edit
verb) was the review reminder. A question named with its value is answered with it, the card shown
again (`handlers/answer_retold`).
B3: a start told with "ago" ("we got her 2 years ago", "2년 전에 데려왔어요", "작년에 보호소에서
데려왔어요") at the origin was lost (origin kept, the start asked next), alone there it was "the age
or another answer?", at the age it was stored as the age. It is how long owned, stored ahead.
B4: health told early beside the origin ("보호소에서 왔고 슬개골 약간 안좋아요") was all the health note
and the origin asked again: the health part is the note, the rest answers the open question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls, t
from tests.test_survey_answers_misread import (
    ANSWERS,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- B1, B2: a question named with its new value ------------------------------------------------

RENAMED = [
    ("en", "change the name to Daisy Mae", "Daisy Mae"),
    ("en", "the name is not Rex, it's Bora", "Bora"),
    ("ko", "이름 콩이 말고 보라로 바꿔주세요", "보라"),
    ("ko", "이름을 보라로 바꿔줘", "보라"),
    ("ko", "이름 콩이 아니고 보라예요", "보라"),
]


@pytest.mark.parametrize(("lang", "typed", "name"), RENAMED)
async def test_a_name_told_with_its_value_at_the_review_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    user = await kakao_at_review(kakao, lang)
    calls = _calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["name"] == name, user.texts[-2:]
    assert REVIEW[lang] in user.text, user.texts[-2:]  # the card again, to confirm
    assert not user.text.endswith(t(lang, "survey-q-name")), user.texts[-2:]
    assert _calls(fake_ollama) == calls


@pytest.mark.parametrize(
    ("lang", "typed", "key", "value"),
    [("en", "change breed to maltese", "breed", "maltese"), ("ko", "나이를 5살로 바꿔줘", "age_months", 60)],
)
async def test_another_answer_told_with_its_value_at_the_review_on_telegram(
    tg: Harness, lang: str, typed: str, key: str, value: object
) -> None:
    chat = 5601 if lang == "en" else 5602
    await tg.say(chat, "/start", language_code=lang)
    for _key, text in ANSWERS[lang]:
        await tg.say(chat, text)
    assert REVIEW[lang] in tg.last_text(chat)
    await tg.say(chat, typed)
    assert str((await tg_answers(tg, chat))[key]).casefold() == str(value), tg.last_text(chat)
    assert REVIEW[lang] in tg.last_text(chat)


@pytest.mark.parametrize(("lang", "typed", "name"), [RENAMED[0], RENAMED[4]])
async def test_a_name_told_with_its_value_mid_survey_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["name"] == name, user.texts[-2:]
    assert user.text.endswith(t(lang, "survey-q-household", name=name)), user.texts[-2:]


def test_a_name_told_with_its_value_at_the_review_in_the_terminal(tmp_path: Path) -> None:
    lines = [text for _key, text in ANSWERS["en"]]
    out = _chat(tmp_path, [*lines, "change the name to Daisy Mae", "1"], "--lang", "en", "--user", "dm")
    assert "• Name: Daisy Mae" in out, out[-800:]
    assert t("en", "survey-finished", name="Daisy Mae") in out, out[-800:]


# -- B3: a start told with "ago" ----------------------------------------------------------------

AGO = [
    ("ko", "origin", "보호소에서 2년 전에 데려왔어요", 24, "shelter"),
    ("ko", "origin", "작년에 보호소에서 데려왔어요", 18, "shelter"),
    ("en", "origin", "shelter, we got her 2 years ago", 24, "shelter"),
    ("en", "origin", "we got her 3 months ago from a breeder", 3, "breeder"),
    ("ko", "origin", "2년 전에 데려왔어요", 24, None),
    ("en", "origin", "we got her 2 years ago", 24, None),
    ("ko", "age_months", "2년 전에 데려왔어요", 24, None),
    ("en", "age_months", "we got her 2 years ago", 24, None),
]


@pytest.mark.parametrize(("lang", "key", "typed", "owned", "origin"), AGO)
async def test_a_start_told_with_ago_is_how_long_owned_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, owned: int, origin: str | None
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("owned_months") == owned, (answers, user.texts[-2:])
    assert answers.get("origin") == origin, answers
    assert "age_months" not in answers or answers["age_months"] == 36, answers  # never the age
    if origin is None:
        assert user.text.endswith(asked(lang, key)), user.texts[-2:]  # its own question again


async def test_a_start_told_with_ago_at_the_origin_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 5603, "en", "origin")
    await tg.say(5603, "shelter, we got her 2 years ago")
    answers = await tg_answers(tg, 5603)
    assert answers.get("owned_months") == 24 and answers.get("origin") == "shelter", answers
    assert asked("en", "household") in tg.last_text(5603)  # how long owned not asked


# -- B4: only the health part is the health note --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "key", "typed", "note", "stored"),
    [
        ("ko", "origin", "보호소에서 왔고 슬개골 약간 안좋아요", "슬개골 약간 안좋아요", "shelter"),
        ("en", "origin", "shelter, and he has bad hips", "he has bad hips", "shelter"),
        ("ko", "breed", "푸들인데 슬개골이 안좋아요", "슬개골이 안좋아요", "푸들"),
        ("en", "size", "small, she has allergies", "she has allergies", "small"),
    ],
)
async def test_health_told_early_keeps_only_its_part_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, note: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") == note, (answers, user.texts[-2:])
    assert answers.get(key) == stored, (answers, user.texts[-2:])
    assert not user.text.endswith(asked(lang, key)), user.texts[-2:]


# -- B5: every question's re-ask says what was understood -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "key", "typed", "options"),
    [
        ("en", "origin", "pet shop or a breeder, not sure", ("breeder", "pet_shop")),
        ("en", "worst_reaction", "growls and snaps", ("growl", "snap")),
        ("ko", "worst_reaction", "으르렁이랑 입질", ("growl", "snap")),
    ],
)
async def test_several_options_at_a_one_choice_question_ask_which_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, options: tuple[str, ...]
) -> None:
    """ "pet shop or a breeder, not sure" showed the concepts' message ids ("understanding-concept-
    breeder, …"); "growls and snaps" at the strongest reaction was a report for the model."""
    user = await kakao_at(kakao, lang, key)
    calls = _calls(fake_ollama)
    await user.send(typed)
    labels = " / ".join(t(lang, f"survey-opt-{key}-{o}") for o in options)
    assert t(lang, "survey-unclear-options", options=labels) in user.texts[-2:], user.texts[-2:]
    assert "understanding-" not in user.text
    assert user.text.endswith(asked(lang, key)), user.texts[-2:]
    assert _calls(fake_ollama) == calls
    assert (await kakao_answers(kakao, user.key)).get(key) is None


async def test_parts_of_the_day_are_summed_not_re_asked_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Stop 44 (owner trial 29): "아침 30분 저녁 30분 정도 산책하고 공놀이" was asked again ("understood 1
    hour, not 아침 저녁"); the parts of the day are the day's sum, about 60 minutes."""
    user = await kakao_at(kakao, "ko", "exercise_minutes")
    await user.send("아침 30분 저녁 30분 정도 산책하고 공놀이")
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == 60, user.texts


@pytest.mark.parametrize(
    ("lang", "key", "typed", "value", "rest"),
    [
        ("ko", "household", "저랑 남편이랑 가끔 엄마", "3명", "가끔"),
        ("ko", "owned_months", "2년 좀 넘었나? 잘 기억이 안나요", "2년", "넘었나 잘 기억이 안나"),
    ],
)
async def test_a_number_re_ask_quotes_the_words_typed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, value: str, rest: str
) -> None:
    """The words not understood were shown cut by letters ("끔" of "가끔", "녁" of "저녁"), and a
    hedged span with "잘 기억이 안나요" went to the coach model as a question."""
    user = await kakao_at(kakao, lang, key)
    calls = _calls(fake_ollama)
    await user.send(typed)
    # the household's count has its own re-ask (stop 61: no unit to send for people)
    unclear = "survey-unclear-count" if key == "household" else "survey-unclear-number"
    assert t(lang, unclear, value=value, rest=rest) in user.texts[-2:], user.texts[-2:]
    assert _calls(fake_ollama) == calls


@pytest.mark.parametrize(
    ("lang", "key", "typed", "value"),
    [
        ("ko", "household", "3명 아니 4명", 4),
        ("en", "household", "3 no wait 4", 4),
        ("ko", "age_months", "3살 아니 4살", 48),
        ("en", "breed", "lab i think but maybe a mix", "lab mix"),
    ],
)
async def test_a_value_said_wrong_then_right_is_the_right_one_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: object
) -> None:
    """ "3명 아니 4명" stored 7 people and "아니" as "no children"; "lab i think but maybe a mix"
    stored "lab·but mix"."""
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == value, (answers, user.texts[-2:])
    assert "children" not in answers, answers


@pytest.mark.parametrize(
    ("lang", "typed", "owned"), [("en", "we got her 3 years ago", 36), ("ko", "1년 전에 데려왔어요", 12)]
)
async def test_a_start_told_with_ago_at_the_review_on_kakao(
    kakao: Server, lang: str, typed: str, owned: int
) -> None:
    """At the review card it was the reminder ("waiting for your OK"), nothing changed."""
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["owned_months"] == owned, user.texts[-2:]
    assert REVIEW[lang] in user.text, user.texts[-2:]
