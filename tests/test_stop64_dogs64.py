# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 owner trial (dogs64), each fault reproduced through a real channel first (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API), Korean and English, then kept.

1. A report about another dog, not registered, the subject ("두부가 오늘 산책하다가 다른 개를
   물었어요 피가 났어요", "Max (my sister's dog, staying with us) bit Rex's ear and it bled"), was
   filed silently under the one registered dog: its red flag in that dog's vet summary, /history,
   /week, and its worst reaction raised. Kept with no dog, analysed, the card shown, the owner
   told it is not counted for the active dog and offered to add the other; added, it moves there.
   The registered dog biting the named one ("콩이가 두부를 물었어요") stays the registered dog's.
2. "두부도 등록할래", "can I add Max too", "두부도 추가해줘": adding that dog starts, its name taken.
3. The age told at the time-owned question ("3살이에요", "he's 3 years old") was stored as the time
   owned: said to be the age, the question asked again.

4. (not reproduced) pets named at the other-pets question ("고양이 한 마리 있어요 이름은 나비", "a cat
   called Tom"): Cat ticked, stored at "done", on Kakao, as without a name.

First run at eec83592 (main's tip, an export with this file copied in): 14 failed, 8 passed (the
guards: the registered dog biting, the time owned kept, the reverse at the age, "두부도 추가해줘").
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_dog_ids, _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

OWN = {"ko": "콩이", "en": "Rex"}

# -- 1. a report about a dog not registered -------------------------------------------------------

OTHER = {
    "ko": ("두부", "두부가 오늘 산책하다가 다른 개를 물었어요 피가 났어요"),
    "en": ("Max", "Max (my sister's dog, staying with us) bit Rex's ear and it bled"),
}
# the registered dog does it to the named one: hers, as before
AIMED = {
    "ko": "콩이가 두부를 물었어요 피가 났어요",
    "en": "Rex bit Max's ear and it bled",
}
HISTORY = {"ko": "/history", "en": "/history"}


async def _kakao_flags(server: Server, key: str) -> list[int | None]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [f.dog_id for f in await s.user_red_flags(user.id)]


async def _tg_flags(tg: Harness, chat: int) -> list[int | None]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [f.dog_id for f in await s.user_red_flags(user.id)]


def _kept_apart(lang: str, said: str, reports: list[Any], flags: list[int | None], history: str) -> None:
    name, text = OTHER[lang]
    assert t(lang, "report-filed-unregistered", typed=name, name=OWN[lang]) in said, said
    assert [r.dog_id for r in reports if r.text == text] == [None], reports
    assert flags and all(f is None for f in flags), flags
    assert text not in history, history
    worst = t(lang, "safety-worst-raised", name=OWN[lang], field="", before="", after="")[:6]
    assert worst not in said, said


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_about_a_dog_not_registered_is_kept_apart_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(OTHER[lang][1])
    said = user.text
    await asyncio.sleep(0.3)
    await user.send(HISTORY[lang])
    _kept_apart(
        lang, said, await _kakao_reports(kakao, user.key), await _kakao_flags(kakao, user.key), user.text
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_about_a_dog_not_registered_is_kept_apart_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64100 if lang == "ko" else 64101
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, OTHER[lang][1])
    said = "\n".join(tg.sent(chat)[before:])
    await asyncio.sleep(0.3)
    before = len(tg.sent(chat))
    await tg.say(chat, HISTORY[lang])
    history = "\n".join(tg.sent(chat)[before:])
    _kept_apart(lang, said, await _tg_reports(tg, chat), await _tg_flags(tg, chat), history)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_registered_dog_biting_the_named_one_stays_hers_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(AIMED[lang])
    ids = await _kakao_dog_ids(kakao, user.key)
    reports = await _kakao_reports(kakao, user.key)
    assert [r.dog_id for r in reports if r.text == AIMED[lang]] == [ids[OWN[lang]]], (reports, user.text)


# A subject that ends as a kind of dog or a child does ("큰개가", "동네개가", "첫애가"; the lead's
# review of the Korean first-subject rule, where these were read as unregistered dogs' names) is no
# name: the report stays the registered dog's. "개똥이가" ends otherwise and is still a name.
KIND_NOT_NAME = ("큰개가 작은개를 물어요", "동네개가 지나가면 미친듯이 짖어요", "첫애가 만지면 으르렁거려요")


@pytest.mark.parametrize("said", KIND_NOT_NAME)
async def test_a_kind_of_dog_opening_a_report_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, said: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(said)
    ids = await _kakao_dog_ids(kakao, user.key)
    reports = await _kakao_reports(kakao, user.key)
    assert [r.dog_id for r in reports if r.text == said] == [ids[OWN["ko"]]], (reports, user.text)


# -- 2. adding another dog asked in words, with its name -----------------------------------------

ADD = {
    "ko": ("두부도 등록할래", "두부도 추가해줘"),
    "en": ("can I add Max too", "can I add Max too?"),
}


async def _name_confirmed(said: str, send: Callable[[str], Awaitable[Any]], lang: str, name: str) -> None:
    """Adding started with `name`: taken, or (a Korean name typed first, as "우유 등록할게요" always
    was) offered at the name question and agreed to."""
    if t(lang, "survey-q-age_months", name=name) in said:
        return
    assert t(lang, "survey-q-name-hint", name=name) in said, said
    await send({"ko": "네", "en": "yes"}[lang])


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", [0, 1])
async def test_adding_a_named_dog_in_words_starts_its_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, which: int
) -> None:
    """The dog's report kept apart first: adding it asks its age by name, and the report moves to it."""
    name, text = OTHER[lang]
    user = await kakao_owner(kakao, lang)
    await user.send(text)
    await asyncio.sleep(0.3)
    await user.send(ADD[lang][which])
    await _name_confirmed(user.text, user.send, lang, name)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text
    await user.send({"ko": "3살", "en": "3"}[lang])
    ids = await _kakao_dog_ids(kakao, user.key)
    reports = await _kakao_reports(kakao, user.key)
    assert [r.dog_id for r in reports if r.text == text] == [ids[name]], (ids, reports)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_adding_a_named_dog_in_words_starts_its_survey_on_telegram(tg: Harness, lang: str) -> None:
    for chat, typed in enumerate(ADD[lang], 64110 if lang == "ko" else 64120):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        await _name_confirmed(
            tg.last_text(chat), lambda text, chat=chat: tg.say(chat, text), lang, OTHER[lang][0]
        )
        assert t(lang, "survey-q-age_months", name=OTHER[lang][0]) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 3. the age told at how long owned -------------------------------------------------------------

# (lang, typed at how long owned: the age in its own words, the age stored after (months))
AGE_AT_OWNED: tuple[tuple[str, str, int], ...] = (
    ("ko", "3살이에요", 36),
    ("en", "he's 3 years old", 36),
    ("ko", "5살이에요", 60),
    ("en", "she is 5 years old", 60),
)
# the time owned itself, or the age the dog came home: this question's answer, as before
OWNED: tuple[tuple[str, str, int], ...] = (
    ("ko", "2년 키웠어요", 24),
    ("en", "we've had him 2 years", 24),
    ("en", "2 years", 24),
)


@pytest.mark.parametrize(("lang", "typed", "age"), AGE_AT_OWNED)
async def test_the_age_told_at_the_time_owned_is_the_age_on_kakao(
    kakao: Server, lang: str, typed: str, age: int
) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "owned_months" not in answers and answers.get("age_months") == age, (answers, user.text)
    assert t(lang, "survey-q-owned_months", name=OWN[lang]) in user.text, user.text


async def test_the_age_told_at_the_time_owned_is_the_age_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, age) in enumerate(AGE_AT_OWNED, 64130):
        await tg_at(tg, chat, lang, "owned_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "owned_months" not in answers and answers.get("age_months") == age, (
            answers,
            tg.sent(chat)[-2:],
        )


@pytest.mark.parametrize(("lang", "typed", "owned"), OWNED)
async def test_the_time_owned_stays_the_time_owned_on_kakao(
    kakao: Server, lang: str, typed: str, owned: int
) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("owned_months") == owned and answers.get("age_months") == 36, (answers, user.text)


@pytest.mark.parametrize(("lang", "typed"), [("ko", "2년 키웠어요"), ("en", "we've had him 2 years")])
async def test_the_time_owned_told_at_the_age_is_kept_there_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """The reverse, which held already: kept as the time owned, the age asked again."""
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("owned_months") == 24 and "age_months" not in answers, (answers, user.text)
    assert t(lang, "survey-q-age_months", name=OWN[lang]) in user.text, user.text
