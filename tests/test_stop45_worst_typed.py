# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial 30, words typed at survey questions, each reproduced through a real channel
(Kakao skill webhook, Telegram over HTTP), Korean and English, read back from the store.

1. "more" typed at the name question named the dog "More" on Kakao (Kakao users type "more" or
   "더보기" to see more). At every free-text or number question (name, breed, health, the hours
   alone) it is no answer: nothing stored, the question again.
2. "Thank you dear" at a multi-choice question got '"Thank you dear" isn't one of the options': a
   word of address beside thanks, okay or laughter is small talk, answered kindly, the question
   again, nothing ticked.
3. "Hardly ever, maybe an hour when I go to the shops" at the hours alone got 'I understood 1 hour,
   but not "when go shops"': the clause of when is the situation; about 1 hour is stored. So is
   "장보러 갈 때 한 시간 정도요".
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
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

# -- 1. "more" ------------------------------------------------------------------------------------

MORE = [
    ("en", "name", "more"),
    ("en", "name", "More"),
    ("ko", "name", "더보기"),
    ("ko", "name", "더 보기"),
    ("en", "breed", "more"),
    ("ko", "breed", "더보기"),
    ("en", "health", "more"),
    ("ko", "health", "더 보기"),
    ("en", "alone_hours", "show more"),
]


async def _kakao_answers_or_none(kakao: Server, key: str) -> dict[str, object]:
    """The newest dog's answers, or {} when no dog was created yet (the name question)."""
    try:
        return await kakao_answers(kakao, key)
    except AssertionError:
        return {}


@pytest.mark.parametrize(("lang", "key", "typed"), MORE)
async def test_more_is_no_answer_on_kakao(kakao: Server, lang: str, key: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, key) in user.text, (typed, user.text)
    answers = await _kakao_answers_or_none(kakao, user.key)
    assert key not in answers, answers
    assert all(typed not in str(v) for v in answers.values()), answers
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "key", "typed"), MORE[:1] + MORE[2:3] + MORE[4:5])
async def test_more_is_no_answer_on_telegram(tg: Harness, lang: str, key: str, typed: str) -> None:
    chat = 45500 + MORE.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert asked(lang, key) in tg.last_text(chat), (typed, tg.last_text(chat))
    user = await tg.user(chat)
    if user is not None and key != "name":
        assert key not in await tg_answers(tg, chat)


# -- 2. thanks with a word of address at a choice question --------------------------------------

THANKS = [
    ("en", "concerns", "Thank you dear"),
    ("en", "worst_reaction", "thanks hun"),
    ("en", "sex", "ok love"),
    ("ko", "concerns", "고마워요 선생님"),
    ("ko", "worst_reaction", "감사해요 코치님"),
]


def _refused(lang: str, key: str) -> str:
    """The line a choice question answers something that picks none of its options with."""
    return t(lang, f"survey-err-{key}", name=NAME[lang])


@pytest.mark.parametrize(("lang", "key", "typed"), THANKS)
async def test_thanks_with_a_word_of_address_is_small_talk_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    if key == "concerns":  # as in the trial: one ticked first
        await user.send(t(lang, "category-barking"))
    await user.send(typed)
    assert typed not in user.text, user.text  # never quoted as "not one of the options"
    assert _refused(lang, key) not in user.text, user.text
    assert t(lang, "survey-unclear-ticked", typed=typed) not in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    assert key not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "key", "typed"), THANKS[:1] + THANKS[3:4])
async def test_thanks_with_a_word_of_address_is_small_talk_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 45600 + THANKS.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, t(lang, "category-barking"))
    await tg.say(chat, typed)
    said = "\n".join(tg.sent(chat)[-3:])
    assert typed not in said, said
    assert _refused(lang, key) not in said, said
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)
    assert key not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == []


# -- 3. a clause of when beside the hours ---------------------------------------------------------

WHEN = [
    ("en", "alone_hours", "Hardly ever, maybe an hour when I go to the shops", 1.0),
    ("en", "alone_hours", "about an hour while I'm at the gym", 1.0),
    ("ko", "alone_hours", "장보러 갈 때 한 시간 정도요", 1.0),
    ("en", "exercise_minutes", "30 min when it's not raining", 30),
    ("ko", "exercise_minutes", "비 안 올 때 30분 정도", 30),
]


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), WHEN)
async def test_a_clause_of_when_beside_the_answer_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, user.text, answers)
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), WHEN[:1] + WHEN[2:3])
async def test_a_clause_of_when_beside_the_answer_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, stored: float
) -> None:
    chat = 45700 + WHEN.index((lang, key, typed, stored))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get(key) == stored, (typed, tg.last_text(chat))
