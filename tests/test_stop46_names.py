# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, owner trial 31: the dog's name read wrong, each reproduced through a real channel
first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), what was stored read
back from the store, and no model call where none is due.

1. A name with the sentence it came in: "이름은 해피고 나이는 네살이에요 ㅎㅎ" named "해피고 나이는"
   (its age dropped); the quotative kept ("호두라고요" → 호두라, "콩이라고요" → 콩이라, "보리라니깐",
   "아니 이름이 콩이라고예"), dialect ("야는 콩이라 카는데예" → 야); "his name is biscuit hes 10 wks"
   named "Biscuit Hes", 10 years old; a UK kiss kept in the name ("Poppy x").
2. The name corrected at a later question ("아 잠깐 이름 호두에요 호두라 아니고" at the sex, glued
   onto the last report; "아 이름이 이상하게 들어갔네 보리야 보리" at the age stored children=yes;
   the name typed again alone, "콩이", not understood as an age): the name fixed and the open
   question asked again, never an answer to it, never detail of a report.
3. "한달째 매일 그래요ㅠ 이름은 호두" at the name question: no name, sent to the model. 호두.
4. Two dogs named at once in English ("theres two, Alfie and Bramble": no name caught).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


def _q(lang: str, key: str, name: str) -> str:
    return t(lang, f"survey-q-{key}", name=name)


# -- 1. the name read out of the sentence it came in ----------------------------------------------

# (lang, typed at the name question, the name, the age in months told with it or None)
NAMED: tuple[tuple[str, str, str, int | None], ...] = (
    ("ko", "이름은 해피고 나이는 네살이에요 ㅎㅎ", "해피", 48),
    ("ko", "이름은 해피고 나이는 4살이에요", "해피", 48),
    ("ko", "호두라고요", "호두", None),
    ("ko", "이름은 콩이라고요", "콩이", None),
    ("ko", "보리라니깐", "보리", None),
    ("ko", "보리라니까요", "보리", None),
    ("ko", "야는 콩이라 카는데예", "콩이", None),
    ("ko", "아니 이름이 콩이라고예", "콩이", None),
    ("ko", "사라", "사라", None),
    ("ko", "사라라고요", "사라", None),
    ("en", "his name is biscuit hes 10 wks", "Biscuit", 2.31),  # weeks kept (stop 47)
    ("en", "her name is Poppy shes 2", "Poppy", 24),
    ("en", "Poppy x", "Poppy", None),
    ("en", "its Poppy xx", "Poppy", None),
)


@pytest.mark.parametrize(("lang", "typed", "name", "age"), NAMED)
async def test_the_name_without_its_sentence_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str, age: int | None
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (typed, answers, user.text)
    if age is not None:
        assert answers.get("age_months") == age, (typed, answers)
        assert _q(lang, "sex", name) in user.text, (typed, user.text)
    else:
        assert _q(lang, "age_months", name) in user.text, (typed, user.text)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("ko", "호두라고요", "호두"),
        ("en", "his name is biscuit hes 10 wks", "Biscuit"),
        ("en", "Poppy x", "Poppy"),
    ],
)
async def test_the_name_without_its_sentence_on_telegram(
    tg: Harness, lang: str, typed: str, name: str
) -> None:
    chat = 46100 + len(typed)
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("name") == name, tg.sent(chat)[-2:]


# -- 2. the name corrected at a later question -----------------------------------------------------

# (lang, the name first told, the question open, typed there, the name after)
CORRECTED: tuple[tuple[str, str, str, str, str], ...] = (
    ("ko", "호두라", "sex", "아 잠깐 이름 호두에요 호두라 아니고", "호두"),
    ("ko", "보리라", "age_months", "아 이름이 이상하게 들어갔네 보리야 보리", "보리"),
    ("ko", "콩이라", "age_months", "콩이", "콩이"),
    ("ko", "콩이라", "sex", "콩이요", "콩이"),
    ("en", "Popyy", "age_months", "its just Poppy not Popyy lol typo", "Poppy"),
    ("en", "Popyy", "sex", "just Poppy", "Poppy"),
    ("en", "Biscuit Hes", "sex", "its Biscuit not Biscuit Hes", "Biscuit"),
    ("ko", "보리라", "sex", "아 잠깐 이름 보리에요 보리라 아니고", "보리"),
)


@pytest.mark.parametrize(("lang", "first", "key", "typed", "name"), CORRECTED)
async def test_the_name_corrected_at_a_later_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, first: str, key: str, typed: str, name: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await _answer_name_as(kakao, user, lang, first, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (typed, answers, user.text)
    assert _q(lang, key, name) in user.text, (typed, user.text)
    assert key not in answers and "children" not in answers, (typed, answers)
    assert _model_calls(fake_ollama) == 0


async def _answer_name_as(server: Server, user: Any, lang: str, first: str, key: str) -> None:
    """The name question answered so that `first` is stored as the name, then the survey on to
    question `key` (the age, or the sex after a typed age)."""
    await user.send(first)
    answers = await kakao_answers(server, user.key)
    assert answers.get("name") == first, answers  # the fault's stored name, set as the trial had it
    if key == "sex":
        await user.send("3살" if lang == "ko" else "3")
    assert _q(lang, key, first) in user.text, user.text


async def test_a_name_correction_with_a_report_waiting_is_no_detail_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    """ "아 잠깐 이름 호두에요 호두라 아니고" at the sex question with a report waiting: glued onto
    it and analysed again; the name stayed 호두라."""
    chat = 46201
    fake_ollama.behaviour.delay = 30.0
    await tg_at(tg, chat, "ko", "sex")
    await tg.say(chat, "우리 콩이가 손님 오면 계속 짖어요")
    await tg.say(chat, "아 잠깐 이름 호두에요 콩이 아니고")
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == "호두", (answers, tg.sent(chat)[-3:])
    assert _q("ko", "sex", "호두") in tg.last_text(chat), tg.last_text(chat)
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        reports = [r.text for r in await s.list_reports(user.id)]
    assert reports and all("호두에요" not in r for r in reports), reports


# -- 3. a name after detail of a report --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("ko", "한달째 매일 그래요ㅠ 이름은 호두", "호두"),
        ("en", "its been a month every day. his name is Biscuit", "Biscuit"),
    ],
)
async def test_the_name_after_detail_is_taken_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.text)
    assert _q(lang, "age_months", name) in user.text, user.text
    assert _model_calls(fake_ollama) == 0


# -- 4. two dogs named at once -------------------------------------------------------------------------


TWO_NAMED = (
    ("en", "theres two, Alfie and Bramble", "Alfie", "Bramble"),
    ("ko", "둘이에요 초코랑 보리", "초코", "보리"),
)


@pytest.mark.parametrize(("lang", "typed", "first", "second"), TWO_NAMED)
async def test_two_dogs_named_at_the_name_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, first: str, second: str
) -> None:
    """ "theres two, Alfie and Bramble": "I didn't catch a name". The first is this dog's, the
    second offered once this survey is done, as "둘이에요 초코랑 보리" always was."""
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    assert t(lang, "survey-name-two", name=first, other=second) in user.text, user.text
    assert (await kakao_answers(kakao, user.key)).get("name") == first
    assert _q(lang, "age_months", first) in user.text, user.text
    assert _model_calls(fake_ollama) == 0
