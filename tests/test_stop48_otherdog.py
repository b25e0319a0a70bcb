# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, helper "otherdog": owner trial 33, the owner's other dog told of mid-survey; each
reproduced through a real channel first, in Korean and English, what was kept read back from the
store, the model calls counted.

1. A correction naming the owner's OTHER dog mid-survey: "두부 나이 1살로 해주세요" at the
   household with 두부 profiled: "not the household's answer, heard as the age — not noted", 두부
   unchanged. With 두부 only announced ("두부 얘기도 할게요"): read as how long owned ("1 year, but
   not '두부'"); "actually bramble is 2 not 1" after "i'll tell you about bramble too": stored as
   the SURVEYED dog's age (Rex 2 years). Now: the profiled dog's age corrected; the announced
   dog's age kept for it; the surveyed dog never changed, never the model.
2. Another dog's age told at a later question ("bramble is only 5 months btw", "두부는
   한살이에요" at the household): "send a number from 1 to 20" / "heard as the age", lost. Now
   kept with that dog (offered after this survey, as the first-contact two dogs are), and stored
   with its name when its survey starts, its age question not asked.
3. "이름을 보리로 바꿔도 되나요?", "이름 보리로 바꿀 수 있어요?" at the household or the breed: a
   question for the coach model (stored as a report), the name unchanged. Now the rename, as stop
   47 made "아 이름 콩이주니어로 바꿔도 돼요?" at the sex: the object particle ("이름을") and the
   polite question forms (바꿀 수 있어요, 바꾸고 싶어요, 가능할까요…) read; English already did.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
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


async def _kakao_dogs(kakao: Server, key: str) -> dict[str, dict[str, Any]]:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name or "": dict(d.answers) for d in await s.list_dogs(user.id)}


async def _tg_dogs(tg: Harness, chat: int) -> dict[str, dict[str, Any]]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return {d.name or "": dict(d.answers) for d in await s.list_dogs(user.id)}


# -- 1. a correction naming the owner's other dog, profiled ----------------------------------------

# (lang, the other dog, its age typed at its survey, months, typed at the household, months after)
PROFILED = (
    ("ko", "두부", "5개월", 5, "두부 나이 1살로 해주세요", 12),
    ("ko", "두부", "5개월", 5, "두부는 한살이에요", 12),
    ("en", "Bramble", "1", 12, "actually bramble is 2 not 1", 24),
    ("en", "Bramble", "1", 12, "bramble is only 5 months btw", 5),
)


async def _kakao_second_dog_at(kakao: Server, lang: str, other: str, age: str, key: str) -> KakaoUser:
    """A Kakao owner whose dog `other` has a profile (its name and age), surveying a second dog
    (콩이, Rex) at question `key`."""
    user: KakaoUser = kakao.user(lang=lang)
    for text in ("/start", other, age, "/cancel", "/newdog", *answers_before(lang, key)):
        await user.send(text)
    assert asked(lang, key) in user.text, user.texts[-3:]
    return user


@pytest.mark.parametrize(("lang", "other", "age", "before", "typed", "after"), PROFILED)
async def test_the_other_profiled_dogs_age_is_corrected_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    other: str,
    age: str,
    before: int,
    typed: str,
    after: int,
) -> None:
    user = await _kakao_second_dog_at(kakao, lang, other, age, "household")
    surveyed = (await _kakao_dogs(kakao, user.key))[NAME[lang]]["age_months"]
    await user.send(typed)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[other]["age_months"] == after, (dogs, user.texts[-3:])
    assert dogs[NAME[lang]]["age_months"] == surveyed, dogs  # the surveyed dog unchanged
    assert "household" not in dogs[NAME[lang]]
    assert user.text.rstrip().endswith(asked(lang, "household")), user.texts[-3:]
    assert _model_calls(fake_ollama) == 0
    assert await kakao_reports(kakao, user.key) == []


async def test_the_other_profiled_dogs_age_is_corrected_on_telegram(tg: Harness) -> None:
    for chat, (lang, other, age, _before, typed, after) in enumerate(PROFILED[:1] + PROFILED[3:], 48101):
        await tg.say(chat, "/start", language_code=lang)
        for text in (other, age, "/cancel", "/newdog", *answers_before(lang, "household")):
            await tg.say(chat, text)
        await tg.say(chat, typed)
        dogs = await _tg_dogs(tg, chat)
        assert dogs[other]["age_months"] == after, (dogs, tg.sent(chat)[-3:])
        assert dogs[NAME[lang]]["age_months"] == 36, dogs
        assert asked(lang, "household") in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 1b. a correction naming the dog announced, not yet added --------------------------------------

ANNOUNCED = (
    ("ko", "두부 얘기도 할게요", "두부 나이 1살로 해주세요", "두부", 12),
    ("en", "i'll tell you about bramble too", "actually bramble is 2 not 1", "Bramble", 24),
    ("en", "i'll tell you about bramble too", "oh and bramble is 5 months old", "Bramble", 5),
)


SHOWN = {("ko", 12): "1살", ("ko", 5): "5개월", ("en", 24): "2 years", ("en", 5): "5 months"}


def _kept(lang: str, name: str, months: int) -> str:
    value = SHOWN[lang, months]
    return t(
        lang, "newdog-after-survey-kept", name=name, field=t(lang, "survey-field-age_months"), value=value
    )


@pytest.mark.parametrize(("lang", "announce", "typed", "other", "months"), ANNOUNCED)
async def test_the_announced_dogs_age_is_kept_for_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, announce: str, typed: str, other: str, months: int
) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    await user.send(announce)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["age_months"] == 36, (answers, user.texts[-3:])  # the surveyed dog's, unchanged
    assert "owned_months" not in answers, answers
    assert _kept(lang, other, months) in user.text, user.texts[-3:]
    assert user.text.rstrip().endswith(asked(lang, "owned_months")), user.texts[-3:]
    assert _model_calls(fake_ollama) == 0


async def test_the_announced_dogs_age_is_kept_for_it_on_telegram(tg: Harness) -> None:
    for chat, (lang, announce, typed, other, months) in enumerate(ANNOUNCED[:2], 48111):
        await tg_at(tg, chat, lang, "owned_months")
        await tg.say(chat, announce)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers["age_months"] == 36 and "owned_months" not in answers, (answers, tg.sent(chat)[-3:])
        assert _kept(lang, other, months) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-3:]


# -- 2. another dog's age told at a later question, kept for its survey --------------------------

TOLD = (
    ("ko", "두부는 한살이에요", "두부", 12, "네"),
    ("ko", "아 그리고 두부는 5개월이에요", "두부", 5, "네"),
    ("en", "bramble is only 5 months btw", "Bramble", 5, "yes"),
    ("en", "oh and Bramble is 2 years old", "Bramble", 24, "yes"),
)


@pytest.mark.parametrize(("lang", "typed", "other", "months", "yes"), TOLD)
async def test_another_dogs_age_is_kept_for_its_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, other: str, months: int, yes: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "household" not in answers and answers["age_months"] == 36, (answers, user.texts[-3:])
    assert _kept(lang, other, months) in user.text, user.texts[-3:]
    assert user.text.rstrip().endswith(asked(lang, "household")), user.texts[-3:]
    await user.send("/cancel")  # stopped: the dog offered, its age with it
    assert t(lang, "newdog-offer-named", name=other) in user.text, user.texts[-3:]
    await user.tap("profile:newdog")
    assert t(lang, "survey-q-name-hint", name=other) in user.text, user.texts[-3:]
    await user.send(yes)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[other].get("age_months") == months, (dogs, user.texts[-3:])
    assert t(lang, "survey-q-sex", name=other) in user.text, user.texts[-3:]  # the age not asked
    assert t(lang, "survey-q-age_months", name=other) not in user.text
    assert _model_calls(fake_ollama) == 0


async def test_another_dogs_age_is_kept_for_its_survey_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, other, months, yes) in enumerate(TOLD[::2], 48121):
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, typed)
        assert _kept(lang, other, months) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-3:]
        await tg.say(chat, "/cancel")
        await tg.say(chat, yes)  # the offer taken in words
        await tg.say(chat, yes)  # the name offered taken
        dogs = await _tg_dogs(tg, chat)
        assert dogs[other].get("age_months") == months, (dogs, tg.sent(chat)[-3:])
        assert t(lang, "survey-q-sex", name=other) in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize(
    ("text", "surveyed"),
    [
        ("딸은 7살이에요", "콩이"),
        ("큰애는 7살이에요", "콩이"),
        ("첫째는 5살", "콩이"),
        ("콩이는 3살이에요", "콩이"),
        ("얘는 3살", "콩이"),
        ("저희는 2명", "콩이"),
        ("아 나이는 1살 반이요", "콩이"),
        ("his age is 3 years", "Rex"),
        ("my son is 8 years", "Rex"),
        ("hes 5 months", "Rex"),
        ("Rex is 3 years", "Rex"),
        ("bramble is 2", "Rex"),
        ("she is 5 months", "Rex"),
        ("weve had her 2 years", "Rex"),
    ],
)
def test_no_other_dogs_age_where_none_is_told(text: str, surveyed: str) -> None:
    """A person's age, the surveyed dog's own, a pronoun, a bare number: no other dog."""
    assert Understander(Messages()).other_dog_age(text, surveyed) is None


# -- 3. a rename asked as a question at any later question --------------------------------------

RENAMED = (
    ("ko", "household", "이름을 보리로 바꿔도 되나요?", "보리"),
    ("ko", "household", "이름 보리로 바꿀 수 있어요?", "보리"),
    ("ko", "breed", "이름을 보리로 바꿔주세요", "보리"),
    ("ko", "concerns", "이름 보리로 바꾸고 싶어요", "보리"),
    ("ko", "health", "이름을 보리로 해주세요", "보리"),
    ("en", "household", "can i change her name to Pepper?", "Pepper"),
    ("en", "breed", "is it ok to change his name to Pepper", "Pepper"),
    ("en", "health", "can I call her Pepper instead?", "Pepper"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "name"), RENAMED)
async def test_a_rename_asked_at_any_question_renames_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, name: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts[-3:]
    assert await kakao_reports(kakao, user.key) == [], user.texts[-3:]
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == name and key not in answers, (answers, user.texts[-3:])
    assert t(lang, f"survey-q-{key}", name=name) in user.text, user.texts[-3:]


async def test_a_rename_asked_at_any_question_renames_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, name) in enumerate(RENAMED[:2] + RENAMED[5:6], 48131):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers["name"] == name and key not in answers, (answers, tg.sent(chat)[-3:])
        assert await tg_reports(tg, chat) == [], tg.sent(chat)[-3:]


@pytest.mark.parametrize("key", ["household", "health", "breed"])
def test_the_name_talked_of_without_a_change_is_no_rename(key: str) -> None:
    """ "이름을 모르겠어요", "이름을 잘 지었죠?": no new name told."""
    from dogcoach.domain.survey import BY_KEY
    from dogcoach.handlers.parsing import survey_context

    u = Understander(Messages())
    for text in ("이름을 모르겠어요", "이름을 잘 지었죠?", "이름을 뭐로 바꿀까요?"):
        assert not u.understand(text, survey_context(BY_KEY[key])).rename, text
