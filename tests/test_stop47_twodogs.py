# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47 (owner trials 30-31), several dogs, pets and people told in one survey answer, each
reproduced through a real channel first, in Korean and English, what was kept read back.

1. "hes 6, bramble is the pup, 5 months" at the age question was asked again ("I heard two ages
   (hes 6 years, the 5 years)"): a pronoun standing for the dog (`understanding-age-pronoun`) is
   the dog asked about, each age read with its own unit, and the other dog named (Bramble, as
   팥이 of "콩이는 3살 팥이는 1살") is offered once the survey is done.
2. "저랑 남편 둘이고 고양이도 있어요", "me and my wife, plus a cat" at the household: "I
   understood 2 people, but not 'cat'", the cat lost. The count is the answer and the pets the
   words left over tell are kept for the other pets' question (said in a line, not asked).
3. "초코 엄마예요", "im biscuits mum", "I'm Biscuit's mom" at the name question: a greeting, or
   the dog named "Im Biscuits Mum" (and "Came from: Friend / family" from the "mum"). The owner
   named by the dog: the dog's name. Idle it stays a greeting.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Context, Kind, Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_command_words import _two_dogs_kakao, _two_dogs_tg
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. two dogs' ages at the age question -------------------------------------------------------

# (lang, typed at the age question, months stored, the other dog offered after the survey)
TWO_AGES = (
    ("ko", "콩이는 3살 팥이는 1살", 36, "팥이"),
    ("ko", "얘는 6살이고 팥이는 5개월이에요", 72, "팥이"),
    ("en", "hes 6, bramble is the pup, 5 months", 72, "Bramble"),
    ("en", "Rex is 3 and Daisy is 1", 36, "Daisy"),
)


@pytest.mark.parametrize(("lang", "typed", "months", "other"), TWO_AGES)
async def test_the_other_dogs_age_is_kept_apart_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, months: int, other: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == months, (answers, user.texts[-3:])
    assert t(lang, "newdog-after-survey-named", name=other) in user.text, user.texts[-3:]
    assert asked(lang, "sex") in user.text, user.texts[-3:]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed", "months", "other"), TWO_AGES[1:3])
async def test_the_other_dogs_age_is_kept_apart_on_telegram(
    tg: Harness, lang: str, typed: str, months: int, other: str
) -> None:
    chat = 47301 if lang == "en" else 47302
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("age_months") == months, tg.sent(chat)[-3:]
    said = " ".join(tg.sent(chat)[-3:])
    assert t(lang, "newdog-after-survey-named", name=other) in said, tg.sent(chat)[-3:]


@pytest.mark.parametrize(("lang", "typed"), [("ko", "밀로 3살 데이지 1살"), ("en", "Milo 3, Daisy 1")])
async def test_two_other_names_still_ask_again_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert "age_months" not in await kakao_answers(kakao, user.key)
    assert user.text.rstrip().endswith(asked(lang, "age_months")), user.text


# -- 2. a pet told with the household count ------------------------------------------------------

PETS_AT_HOUSEHOLD = (
    ("ko", "저랑 남편 둘이고 고양이도 있어요"),
    ("en", "me and my wife, plus a cat"),
)


def _cat_kept(lang: str) -> str:
    return t(
        lang,
        "survey-answered-ahead",
        field=t(lang, "survey-field-other_pets"),
        value=t(lang, "survey-opt-other_pets-cat"),
    )


@pytest.mark.parametrize(("lang", "typed"), PETS_AT_HOUSEHOLD)
async def test_a_cat_told_with_the_household_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 2, (answers, user.texts[-3:])
    assert answers.get("other_pets") == ["cat"], (answers, user.texts[-3:])
    assert _cat_kept(lang) in user.text, user.texts[-3:]
    assert asked(lang, "children") in user.text, user.texts[-3:]
    await user.send({"ko": "아니요", "en": "no"}[lang])
    assert asked(lang, "alone_hours") in user.text, user.texts[-3:]  # the other pets not asked
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed"), PETS_AT_HOUSEHOLD)
async def test_a_cat_told_with_the_household_is_kept_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 47311 if lang == "en" else 47312
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("household") == 2, (answers, tg.sent(chat)[-3:])
    assert answers.get("other_pets") == ["cat"], (answers, tg.sent(chat)[-3:])
    assert asked(lang, "children") in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "2명이고 강아지는 얘 하나예요"), ("ko", "3살 강아지예요")]
)
async def test_the_dog_itself_is_no_other_pet_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    """The surveyed dog told beside a count is no other dog ticked ahead."""
    key = "household" if "명" in typed else "age_months"
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert "other_pets" not in await kakao_answers(kakao, user.key), user.texts[-3:]


# -- 3. the owner named by the dog at the name question -----------------------------------------

OWNER_OF = (
    ("ko", "초코 엄마예요", "초코"),
    ("ko", "초코엄마예요", "초코"),
    ("ko", "저는 초코 아빠입니다", "초코"),
    ("en", "im biscuits mum", "Biscuit"),
    ("en", "I'm Biscuit's mom", "Biscuit"),
    ("en", "biscuit's dad here", "Biscuit"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), OWNER_OF)
async def test_the_owner_named_by_the_dog_names_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers == {"name": name}, (answers, user.texts[-3:])
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.texts[-3:]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed", "name"), [OWNER_OF[0], OWNER_OF[3]])
async def test_the_owner_named_by_the_dog_names_it_on_telegram(
    tg: Harness, lang: str, typed: str, name: str
) -> None:
    chat = 47321 if lang == "en" else 47322
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)) == {"name": name}, tg.sent(chat)[-3:]
    assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize("typed", ["초코 엄마예요", "im biscuits mum", "biscuit's mom here"])
def test_the_owner_named_by_the_dog_idle_is_a_greeting(typed: str) -> None:
    u = Understander(Messages())
    read = u.understand(typed, Context())
    assert (read.kind, read.talk) == (Kind.SMALL_TALK, "greeting"), read


# -- 1b. a dog named at the list of dogs with words around its name ---------------------------

PICKED_WITH_WORDS = (
    ("en", "Rex", "Bramble", "switch dog", "just bramble obvs"),
    ("ko", "보리", "초코", "강아지 바꾸기", "당연히 초코죠"),
    ("ko", "보리", "초코", "강아지 바꾸기", "그냥 초코요"),
)


@pytest.mark.parametrize(("lang", "first", "second", "ask", "typed"), PICKED_WITH_WORDS)
async def test_a_dog_named_with_words_around_it_is_picked_on_kakao(
    kakao: Server, lang: str, first: str, second: str, ask: str, typed: str
) -> None:
    """ "just bramble obvs" at "Which dog would you like to talk about?": not understood."""
    user = kakao.user(lang=lang)
    await _two_dogs_kakao(user, first, second)
    await user.send(ask)
    assert t(lang, "profile-pick-dog") in user.text, user.text
    await user.send(typed)
    assert t(lang, "profile-switched", name=second) in user.text, user.texts[-3:]


async def test_a_dog_named_with_words_around_it_is_picked_on_telegram(tg: Harness) -> None:
    for chat, (lang, first, second, ask, typed) in enumerate(PICKED_WITH_WORDS[:2], 47331):
        await _two_dogs_tg(tg, chat, lang, first, second)
        await tg.say(chat, ask)
        await tg.say(chat, typed)
        assert t(lang, "profile-switched", name=second) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-3:]
