# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11's answers typed at survey questions (issue 11), each reproduced through a real
channel in both languages.

1. "1번" at the age was copied as option 1 into every later choice question (sex, size, origin,
   other pets stored and never asked); "2번" at how long the owner has had the dog corrected where
   the dog came from. An option's number typed at a question without numbered options is said
   and the question asked again; it never fills nor corrects another question.
2. "애기 없음" / "no kids" at the name became the dog's name; "초딩 아들 하나 있어요" at the sex
   was read as a male dog. Children told early are the children answer, kept ahead and said, and
   the open question is asked again.
3. "한 세살? 네살쯤" got "I understood 3 years but not '네살'", "abt 7-8 yrs, shelter didnt know"
   "I understood 7 years": a guess told as two, or with nobody knowing for sure, is approximate
   (the middle), like "2~3살".
4. "두번째", "첫번째거요", "마지막꺼", "the first one", "the last one" at a choice question were
   asked again: an ordinal word picks that option, "last" the last one offered.
5. "hmm like 4 months?" at the breed went to the coach model; "으르렁 정도?" at the age was
   analysed as a report. A hedged answer with "?" that fits another question is no question and
   no report: nothing reaches the model, the open question is asked again.
6. "시잒" (시작 mistyped) became the dog's name at first run in the terminal, and the real name
   typed next was lost at the age question. A command word a letter off is no name at the name
   question: said, asked again; the same word sent again is the name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.survey import BY_KEY, index_of
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

POSITIONS = {"ko": ("1번", "2번이요", "두번째"), "en": ("option 2", "number 1", "1st")}


def position_said(lang: str, typed: str) -> str:
    return t(lang, "survey-position-no-options", typed=typed)


def later(answers: dict[str, Any], key: str) -> dict[str, Any]:
    """The answers stored for the questions after `key` (none may be answered by the message)."""
    return {k: v for k, v in answers.items() if k in BY_KEY and index_of(k) > index_of(key)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_choice_at_the_age_fills_no_other_question_on_kakao(kakao: Server, lang: str) -> None:
    for typed in POSITIONS[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        assert position_said(lang, typed) in user.text, (typed, user.text)
        assert asked(lang, "age_months") in user.text, (typed, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert "age_months" not in answers and not later(answers, "age_months"), (typed, answers)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_choice_at_how_long_corrects_nothing_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    before = await kakao_answers(kakao, user.key)
    typed = POSITIONS[lang][0]
    await user.send(typed)
    assert position_said(lang, typed) in user.text, user.text
    assert asked(lang, "owned_months") in user.text, user.text
    after = await kakao_answers(kakao, user.key)
    assert after == before, (before, after)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["name", "breed", "household", "alone_hours"])
async def test_a_number_choice_is_asked_again_at_every_open_question_on_telegram(
    tg: Harness, lang: str, key: str
) -> None:
    chat = 110000 + ["name", "breed", "household", "alone_hours"].index(key) * 10 + (lang == "en")
    await tg_at(tg, chat, lang, key)
    typed = POSITIONS[lang][1]
    await tg.say(chat, typed)
    texts = " ".join(tg.sent(chat)[-2:])
    assert position_said(lang, typed) in texts, tg.sent(chat)[-2:]
    if key == "name":
        assert t(lang, "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
        return
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)
    answers = await tg_answers(tg, chat)
    assert key not in answers and not later(answers, key), answers


CHILDREN_AT = {
    ("ko", "name"): ("애기 없음", "no"),
    ("en", "name"): ("no kids", "no"),
    ("ko", "sex"): ("초딩 아들 하나 있어요", "yes"),
    ("en", "sex"): ("we have a toddler", "yes"),
}


def children_kept(lang: str, value: str) -> str:
    field = t(lang, "survey-field-children")
    return t(lang, "survey-answered-ahead", field=field, value=t(lang, f"survey-opt-children-{value}"))


@pytest.mark.parametrize(("lang", "key"), list(CHILDREN_AT))
async def test_children_told_early_are_the_children_answer_on_kakao(
    kakao: Server, lang: str, key: str
) -> None:
    typed, value = CHILDREN_AT[(lang, key)]
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert children_kept(lang, value) in user.text, user.text
    question = t(lang, "survey-q-name") if key == "name" else asked(lang, key)
    assert question in user.text, user.text
    if key == "name":  # the name typed next is the name; the children question is not asked
        await user.send(NAME[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers["children"] == value and "sex" not in answers, answers
    if key == "name":
        assert answers["name"] == NAME[lang], answers


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_children_told_at_the_name_are_no_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 111000 + (lang == "en")
    typed, value = CHILDREN_AT[(lang, "name")]
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert any(children_kept(lang, value) in x for x in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
    assert t(lang, "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, NAME[lang])
    answers = await tg_answers(tg, chat)
    assert answers["name"] == NAME[lang] and answers["children"] == value, answers


GUESSES = {
    "ko": (("한 세살? 네살쯤", 42, [36, 48]), ("7-8살인데 보호소에서도 모른대요", 90, [84, 96])),
    "en": (("abt 7-8 yrs, shelter didnt know", 90, [84, 96]), ("2 yrs? maybe 3", 30, [24, 36])),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_guessed_age_is_approximate_on_kakao(kakao: Server, lang: str) -> None:
    for typed, months, between in GUESSES[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        assert asked(lang, "sex") in user.text, (typed, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert answers["age_months"] == months, (typed, answers)
        assert answers["approximate"]["age_months"] == between, (typed, answers)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_guessed_age_is_approximate_on_telegram(tg: Harness, lang: str) -> None:
    chat = 112000 + (lang == "en")
    typed, months, between = GUESSES[lang][0]
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, typed)
    assert asked(lang, "sex") in tg.last_text(chat), tg.last_text(chat)
    answers = await tg_answers(tg, chat)
    assert answers["age_months"] == months and answers["approximate"]["age_months"] == between, answers


ORDINALS = {
    "ko": (("sex", "첫번째거요", "male_intact"), ("sex", "마지막꺼", "female_spayed"), ("size", "마지막 거요", "large")),
    "en": (("sex", "the first one", "male_intact"), ("sex", "the last one", "female_spayed"), ("origin", "the second one", "pet_shop")),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_ordinal_word_picks_that_option_on_kakao(kakao: Server, lang: str) -> None:
    for key, typed, value in ORDINALS[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert asked(lang, key) not in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))[key] == value, typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_ordinal_word_picks_that_option_on_telegram(tg: Harness, lang: str) -> None:
    chat = 113000 + (lang == "en")
    key, typed, value = ORDINALS[lang][1]
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert asked(lang, BY_KEY["breed"].key) in tg.last_text(chat), tg.last_text(chat)
    assert (await tg_answers(tg, chat))[key] == value


HEDGED = {
    "ko": (("age_months", "으르렁 정도?"), ("breed", "한 4개월쯤?")),
    "en": (("breed", "hmm like 4 months?"), ("age_months", "growling i guess?")),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_hedged_answer_of_another_question_reaches_no_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for key, typed in HEDGED[lang]:
        user = await kakao_at(kakao, lang, key)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert asked(lang, key) in user.text, (typed, user.text)
        assert await kakao_reports(kakao, user.key) == [], typed
        assert _model_calls(fake_ollama) == calls, typed
        assert key not in await kakao_answers(kakao, user.key), typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_hedged_answer_of_another_question_is_no_report_on_telegram(tg: Harness, lang: str) -> None:
    chat = 114000 + (lang == "en")
    key, typed = HEDGED[lang][0]
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []


def test_a_mistyped_command_is_no_name_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["시잒", "바둑이요", "3살"], "--lang", "ko", "--user", "c04")
    assert t("ko", "survey-name-command-typo", typed="시잒") in out, out
    assert t("ko", "survey-q-age_months", name="바둑이") in out, out
    assert t("ko", "survey-q-sex", name="바둑이") in out, out  # "3살" was the age


async def test_a_mistyped_command_is_no_name_on_kakao(kakao: Server) -> None:
    # two syllables: asked again (a name that close to a command word may still be meant); three
    # or more a jamo off a command word are that command, as "Cancle" is cancel (batch 99)
    for typed, said in (("시잒", "survey-name-command-typo"), ("도우말", "help-survey")):
        user = await kakao_at(kakao, "ko", "name")
        await user.send(typed)
        assert t("ko", said, typed=typed) in "\n".join(user.texts), user.texts
        assert t("ko", "survey-q-name") in user.text, user.text
        await user.send("바둑이")
        assert (await kakao_answers(kakao, user.key))["name"] == "바둑이", typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_mistyped_command_sent_again_is_the_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 115000 + (lang == "en")
    typed = {"ko": "시잒", "en": "Cancle"}[lang]
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert t(lang, "survey-q-age_months", name=typed) not in " ".join(tg.sent(chat)), tg.sent(chat)[-2:]
    if lang == "en":  # the commands' own typo tolerance: "cancel", no name either
        return
    assert t(lang, "survey-q-name") in tg.last_text(chat), tg.sent(chat)[-2:]
    assert t(lang, "survey-name-command-typo", typed=typed) in " ".join(tg.sent(chat)[-2:])
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == typed
