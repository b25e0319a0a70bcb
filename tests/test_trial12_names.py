# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12's messages at the name question, each reproduced through a real channel.

1. "우리애기 이름은 두부에요" stored children under 12 = yes and lost 두부: a child's word
   before the name's own words ("이름은", "name is") is the dog; the name is read.
2. "펫샵에서 데려왔어요ㅠ", "길에서 주웠어요" kept the origin AND named the dog "펫샵에서
   데려왔어": a sentence is never a name; the origin is kept, said, and the name asked again.
3. "이름이요? 두부" gave "요두부": the question said back before the name is read past.
4. "이름은 보리고 4살 여아에요 중성화함" kept only the sex: the name 보리, the age and the sex.
5. "이제 막 두살 됐어요", "남자애고 땅콩 뗐어요" got "not a name": the age, the sex (with the
   neutering slang) kept ahead, said, and the name asked again.
6. "her name is Bella but we call her bells" named the dog "Bells": the name said as the name wins.
7. "ㄴㄴ 몽실이 맞아요" at the age went to the coach model as a question: an earlier answer
   confirmed is small talk, a short line and the question again.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


def ahead(lang: str, key: str, option: str) -> str:
    value = t(lang, f"survey-opt-{key}-{option}")
    return t(lang, "survey-answered-ahead", field=t(lang, f"survey-field-{key}"), value=value)


def age_asked(lang: str, name: str) -> str:
    return t(lang, "survey-q-age_months", name=name)


async def kakao_answers_or_none(server: Server, key: str) -> dict[str, Any]:
    try:
        return await kakao_answers(server, key)
    except AssertionError:  # no dog row yet: nothing stored for the dog
        return {}


# -- 1. a child's word before the name's own words -----------------------------------------------

CHILD_WORD_NAMES = {
    "ko": [
        ("우리애기 이름은 두부에요", "두부"),
        ("우리 애기 이름은 두부예요", "두부"),
        ("우리 아기 이름은 두부", "두부"),
        ("울 애기 이름은 두부에요", "두부"),
    ],
    "en": [("our baby's name is Coco", "Coco")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_child_word_before_the_name_is_the_dog_on_kakao(kakao: Server, lang: str) -> None:
    for typed, name in CHILD_WORD_NAMES[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        answers = await kakao_answers_or_none(kakao, user.key)
        assert answers.get("name") == name and "children" not in answers, (typed, answers, user.text)
        assert age_asked(lang, name) in user.text, (typed, user.text)


async def test_a_child_word_before_the_name_is_the_dog_on_telegram(tg: Harness) -> None:
    chat = 120100
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "우리애기 이름은 두부에요")
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == "두부" and "children" not in answers, answers


async def test_children_told_at_the_name_are_still_the_children_on_kakao(kakao: Server) -> None:
    """Control: "애기 없음" (owner trial 11) is still the children's answer, no name."""
    user = await kakao_at(kakao, "ko", "name")
    await user.send("애기 없음")
    assert ahead("ko", "children", "no") in user.text, user.text


# -- 2. a sentence at the name question ----------------------------------------------------------

SENTENCES = {
    "ko": [("펫샵에서 데려왔어요ㅠ", "pet_shop"), ("길에서 주웠어요", "shelter")],
    "en": [("got her from a pet shop", "pet_shop")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_sentence_is_no_name_and_its_origin_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, origin in SENTENCES[lang]:
        user = await kakao_at(kakao, lang, "name")
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert ahead(lang, "origin", origin) in user.text, (typed, user.text)
        assert t(lang, "survey-q-name") in user.text, (typed, user.text)
        assert "name" not in await kakao_answers_or_none(kakao, user.key), typed
        assert _model_calls(fake_ollama) == calls, typed
        await user.send(NAME[lang])  # the name next: the origin told is kept for the dog
        answers = await kakao_answers(kakao, user.key)
        assert (answers["name"], answers.get("origin")) == (NAME[lang], origin), (typed, answers)


async def test_a_sentence_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 120200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "펫샵에서 데려왔어요ㅠ")
    texts = " ".join(tg.sent(chat)[-2:])
    assert ahead("ko", "origin", "pet_shop") in texts, tg.sent(chat)[-2:]
    assert t("ko", "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "두부")
    answers = await tg_answers(tg, chat)
    assert (answers["name"], answers.get("origin")) == ("두부", "pet_shop"), answers


# -- 3. the question said back before the name ---------------------------------------------------

ECHOES = {
    "ko": [("이름이요? 두부", "두부"), ("이름이요? 몽실이", "몽실이")],
    "en": [("name? Max", "Max"), ("my dog's name? Max", "Max")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_question_said_back_is_read_past_on_kakao(kakao: Server, lang: str) -> None:
    for typed, name in ECHOES[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["name"] == name, (typed, user.text)


async def test_the_question_said_back_is_read_past_on_telegram(tg: Harness) -> None:
    chat = 120300
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "이름이요? 몽실이")
    assert (await tg_answers(tg, chat))["name"] == "몽실이"


# -- 4. the name, the age and the sex in one message ---------------------------------------------


async def test_name_age_and_sex_in_one_message_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send("이름은 보리고 4살 여아에요 중성화함")
    answers = await kakao_answers(kakao, user.key)
    told = (answers["name"], answers.get("age_months"), answers.get("sex"))
    assert told == ("보리", 48, "female_spayed"), (answers, user.text)
    assert ahead("ko", "sex", "female_spayed") in user.text, user.text
    assert age_asked("ko", "보리") not in user.text, user.text  # kept: not asked


async def test_name_age_and_sex_in_one_message_on_telegram(tg: Harness) -> None:
    chat = 120400
    await tg_at(tg, chat, "en", "name")
    await tg.say(chat, "her name is Bella, 4 yo spayed female")
    answers = await tg_answers(tg, chat)
    assert (answers["name"], answers.get("age_months"), answers.get("sex")) == ("Bella", 48, "female_spayed")


# -- 5. the age or the sex instead of the name ---------------------------------------------------


async def test_age_or_sex_instead_of_the_name_kept_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send("이제 막 두살 됐어요")
    age_line = t("ko", "survey-answered-ahead", field=t("ko", "survey-field-age_months"), value="2살")
    assert age_line in user.text and t("ko", "survey-q-name") in user.text, user.text
    await user.send("남자애고 땅콩 뗐어요")
    assert ahead("ko", "sex", "male_neutered") in user.text, user.text
    assert t("ko", "survey-q-name") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send("두부")
    answers = await kakao_answers(kakao, user.key)
    assert (answers["name"], answers.get("age_months"), answers.get("sex")) == ("두부", 24, "male_neutered")
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("typed", ["남자애고 불알 뗐어요", "남아 땅콩 땠어요"])
async def test_neutered_slang_on_telegram(tg: Harness, typed: str) -> None:
    chat = 120500 + len(typed)
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, typed)
    assert ahead("ko", "sex", "male_neutered") in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    await tg.say(chat, "두부")
    assert (await tg_answers(tg, chat)).get("sex") == "male_neutered"


# -- 6. the name said as the name wins over a nickname -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [("her name is Bella but we call her bells", "Bella"), ("his name is Max but we call him maxie", "Max")],
)
async def test_the_formal_name_wins_over_a_nickname_on_telegram(tg: Harness, typed: str, name: str) -> None:
    chat = 120600 + len(typed)
    await tg_at(tg, chat, "en", "name")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == name


async def test_the_formal_name_wins_over_a_nickname_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "name")
    await user.send("her name is Bella but we call her bells")
    assert (await kakao_answers(kakao, user.key))["name"] == "Bella"


# -- 7. an earlier answer confirmed at a later question ------------------------------------------

CONFIRMS = {"ko": "ㄴㄴ {name} 맞아요", "en": "no no, {name} is correct"}


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["age_months", "sex", "breed"])
async def test_the_name_confirmed_later_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    before = await kakao_answers(kakao, user.key)
    calls = _model_calls(fake_ollama)
    await user.send(CONFIRMS[lang].format(name=NAME[lang]))
    assert t(lang, "talk-confirmed") in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    assert _model_calls(fake_ollama) == calls
    assert await kakao_answers(kakao, user.key) == before


async def test_the_name_confirmed_later_is_small_talk_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 120700
    await tg_at(tg, chat, "ko", "age_months")
    calls = _model_calls(fake_ollama)
    await tg.say(chat, "네 콩이 맞아요")
    assert t("ko", "talk-confirmed") in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    assert asked("ko", "age_months") in tg.last_text(chat)
    assert _model_calls(fake_ollama) == calls


async def test_an_age_confirmed_at_the_age_is_the_age_on_kakao(kakao: Server) -> None:
    """Control: "아 두살반 맞아요" at the age answers it."""
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("아 두살반 맞아요")
    assert (await kakao_answers(kakao, user.key)).get("age_months") == 30
