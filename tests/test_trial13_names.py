# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 13's messages about the dog's name, each reproduced through a real channel.

1. "이전", "뒤로가기", "back", "go back" at the name question (gone back to from the age, or the
   first question) were stored as the name and the survey moved on: the Back command is read there
   too; at the first question it says so and asks it again, nothing stored.
2. Sentences kept as the name: "둘이에요 코코랑 밤이" named "둘이" (one dog at a time, as "we have
   two, Coco and Bam" is); "그냥 강아지라고 불러요" named "그냥 강아지" (a word for any dog: asked
   again); "이름이 뭐였더라 ㅋㅋ" at the breed renamed the dog "뭐였더라", and "what was his name
   again lol" at the sex went to the model: a question about the name is answered with it, no
   model call, and the open question asked again.
3. A name correction with a Korean ending refused ("아 이름 잘못썼어요 쪼꼬에요" → "쪼꼬에요라는
   강아지는…", "이름 쪼꼬예요" → "pick an option"), "call him Chuck actually" dropped: the name
   corrected, one line from what to what, the open question again.
4. "이름 모카로 바꿔줘" said "모카의 이름: 모카": the rename says old → new.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

FIRST = {"ko": "survey-back-first", "en": "survey-back-first"}


async def kakao_answers_or_none(server: Server, key: str) -> dict[str, Any]:
    try:
        return await kakao_answers(server, key)
    except AssertionError:  # no dog row yet: nothing stored for the dog
        return {}


# -- 1. back at the name question ------------------------------------------------------------------

BACK_WORDS = {
    "ko": ["이전", "뒤로가기", "뒤로 가기", "이전 질문", "뒤로"],
    "en": ["back", "go back", "previous", "previous question", "Back"],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_back_at_the_name_gone_back_to_is_no_name_on_kakao(kakao: Server, lang: str) -> None:
    for typed in BACK_WORDS[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(BACK_WORDS[lang][0])  # from the age back to the name
        assert t(lang, "survey-q-name") in user.text, user.text
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("name") == NAME[lang], (typed, answers)
        assert t(lang, "survey-back-first") in user.text, (typed, user.text)
        assert t(lang, "survey-q-name") in user.text, (typed, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_back_at_the_first_question_stores_nothing_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(BACK_WORDS[lang][1])
    assert "name" not in await kakao_answers_or_none(kakao, user.key), user.text
    assert t(lang, "survey-back-first") in user.text, user.text
    assert t(lang, "survey-q-name") in user.text, user.text
    await user.send(NAME[lang])  # the name next is still the name
    assert (await kakao_answers(kakao, user.key))["name"] == NAME[lang]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_back_at_the_name_is_no_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 130100 if lang == "ko" else 130101
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, BACK_WORDS[lang][0])
    await tg.say(chat, BACK_WORDS[lang][1])
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == NAME[lang], answers
    texts = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "survey-back-first") in texts, tg.sent(chat)[-2:]
    assert t(lang, "survey-q-name") in tg.last_text(chat), tg.last_text(chat)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_back_at_the_name_is_no_name_in_the_terminal(tmp_path: Path, lang: str) -> None:
    back, again = BACK_WORDS[lang][0], BACK_WORDS[lang][1]
    out = _chat(tmp_path, [NAME[lang], back, again, "/profile"], "--lang", lang)
    assert t(lang, "survey-back-first") in out, out
    assert t(lang, "survey-q-age_months", name=again.title()) not in out, out
    assert t(lang, "survey-q-age_months", name=again) not in out, out


# -- 2. sentences at the name question, questions about the name ---------------------------------


async def test_two_dogs_told_in_korean_one_at_a_time_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send("둘이에요 코코랑 밤이")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "코코", answers
    assert t("ko", "survey-name-two", name="코코", other="밤이") in user.text, user.text


async def test_two_dogs_told_in_korean_one_at_a_time_on_telegram(tg: Harness) -> None:
    chat = 130200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "둘이에요 코코랑 밤이")
    assert (await tg_answers(tg, chat)).get("name") == "코코"


async def test_just_called_dog_is_no_name_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send("그냥 강아지라고 불러요")
    assert "name" not in await kakao_answers_or_none(kakao, user.key), user.text
    assert t("ko", "survey-name-generic", typed="강아지") in user.text, user.text
    assert t("ko", "survey-q-name") in user.text, user.text


async def test_just_called_dog_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 130201
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "그냥 강아지라고 불러요")
    assert t("ko", "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "그냥 콩이라고 불러요")  # a name so called: the filler is no part of it
    assert (await tg_answers(tg, chat)).get("name") == "콩이"


NAME_ASKED = {
    "ko": [("breed", "이름이 뭐였더라 ㅋㅋ"), ("sex", "이름이 뭐였죠?"), ("breed", "얘 이름 뭐라고 했더라")],
    "en": [("sex", "what was his name again lol"), ("breed", "what did I name her again?")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_asked_is_said_and_never_a_rename_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for key, typed in NAME_ASKED[lang]:
        user = await kakao_at(kakao, lang, key)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == NAME[lang] and key not in answers, (typed, answers)
        assert t(lang, "survey-name-recalled", name=NAME[lang]) in user.text, (typed, user.text)
        assert asked(lang, key) in user.text, (typed, user.text)
        assert _model_calls(fake_ollama) == calls, typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_asked_is_said_on_telegram(tg: Harness, fake_ollama: FakeOllama, lang: str) -> None:
    chat = 130300 if lang == "ko" else 130301
    key, typed = NAME_ASKED[lang][0]
    await tg_at(tg, chat, lang, key)
    calls = _model_calls(fake_ollama)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == NAME[lang]
    texts = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "survey-name-recalled", name=NAME[lang]) in texts, tg.sent(chat)[-2:]
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)
    assert _model_calls(fake_ollama) == calls


# -- 3. a name corrected with a Korean ending, or "call him X" -------------------------------------

CORRECTED = {
    "ko": [
        ("sex", "아 이름 잘못썼어요 쪼꼬에요", "쪼꼬"),
        ("sex", "이름 쪼꼬예요", "쪼꼬"),
        ("breed", "이름 잘못 썼어요 쪼꼬예요", "쪼꼬"),
    ],
    "en": [("sex", "call him Chuck actually", "Chuck"), ("breed", "actually call her Chuck", "Chuck")],
}


def renamed(lang: str, old: str, new: str) -> str:
    return t(lang, "survey-renamed-from", old=old, new=new)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_corrected_with_an_ending_on_kakao(kakao: Server, lang: str) -> None:
    for key, typed, new in CORRECTED[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == new and key not in answers, (typed, answers, user.text)
        assert renamed(lang, NAME[lang], new) in user.text, (typed, user.text)
        assert t(lang, f"survey-q-{key}", name=new) in user.text, (typed, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_corrected_with_an_ending_on_telegram(tg: Harness, lang: str) -> None:
    chat = 130400 if lang == "ko" else 130401
    key, typed, new = CORRECTED[lang][0]
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == new
    texts = " ".join(tg.sent(chat)[-2:])
    assert renamed(lang, NAME[lang], new) in texts, tg.sent(chat)[-2:]


async def test_a_name_corrected_with_an_ending_after_the_survey_on_kakao_and_telegram(
    kakao: Server, tg: Harness
) -> None:
    """The same after the survey (it named no dog "쪼꼬에요" and changed nothing)."""
    typed = "아 이름 잘못썼어요 쪼꼬에요"
    user = kakao.user(lang="ko")
    await user.send("/start")
    for answer in answers_before("ko", "review"):
        await user.send(answer)
    await user.send("네")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["name"] == "쪼꼬", user.text
    assert renamed("ko", NAME["ko"], "쪼꼬") in user.text, user.text
    chat = 130402
    await tg.say(chat, "/start", language_code="ko")
    for answer in answers_before("ko", "review"):
        await tg.say(chat, answer)
    await tg.say(chat, "네")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == "쪼꼬"


# -- 4. a rename says old → new ----------------------------------------------------------------------

RENAME = {"ko": ("이름 모카로 바꿔줘", "모카"), "en": ("change the name to Mocha", "Mocha")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_at_a_question_says_old_and_new_on_kakao(kakao: Server, lang: str) -> None:
    typed, new = RENAME[lang]
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == new, (answers, user.text)
    assert renamed(lang, NAME[lang], new) in user.text, user.text


DONE_WORDS = {"ko": ("네", "이름 바꾸고싶어요"), "en": ("yes", "change the name")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_the_survey_says_old_and_new_on_telegram(tg: Harness, lang: str) -> None:
    chat = 130500 if lang == "ko" else 130501
    typed, new = RENAME[lang]
    await tg.say(chat, "/start", language_code=lang)
    for answer in answers_before(lang, "review"):
        await tg.say(chat, answer)
    confirm, edit = DONE_WORDS[lang]
    await tg.say(chat, confirm)
    await tg.say(chat, edit)  # the name question, as an edit (owner trial 13)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == new
    texts = " ".join(tg.sent(chat)[-3:])
    assert renamed(lang, NAME[lang], new) in texts, tg.sent(chat)[-3:]
