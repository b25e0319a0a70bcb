# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47 (firstdogs), two dogs told at first contact and mid-survey, each reproduced through a
real channel first, Korean and English, what was kept read back.

1. "ㅎㅇ 저희집 강아지 두마리에요 콩이랑 두부" as a brand-new user's first message: "무슨 뜻인지 잘
   모르겠어요". The welcome, 콩이's survey with the name taken, 두부 offered after the survey.
2. "두부 얘기도 할게요", "i'll tell you about bramble too" mid-survey: read as an answer ("함께
   지내신 기간을 알아듣지 못했어요"). The other dog comes after the survey, said, the question again.
3. "hes 6, bramble is the pup, 5 months": Bramble's 5 months lost when he is added.
4. "i said 2 but its 3" at the household: read as "said before", asked again. 3 stored.
5. "weve had her 2 years not 6 months" with nothing open: dog='weve'. Pronouns are no dog names.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Context, Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. two dogs named in the first message -------------------------------------------------------

FIRST_CONTACT = (
    ("ko", "ㅎㅇ 저희집 강아지 두마리에요 콩이랑 두부", "콩이", "두부"),
    ("ko", "안녕하세요 강아지 두마리 키워요 초코랑 보리", "초코", "보리"),
    ("en", "hi! i have two dogs, alfie and bramble", "Alfie", "Bramble"),
    ("en", "hello, we have 2 dogs Milo and Daisy", "Milo", "Daisy"),
)


@pytest.mark.parametrize(("lang", "typed", "first", "second"), FIRST_CONTACT)
async def test_two_dogs_named_at_first_contact_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, first: str, second: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers == {"name": first}, (answers, user.texts[-3:])
    assert t(lang, "survey-name-two", name=first, other=second) in user.text, user.texts[-3:]
    assert t(lang, "survey-q-age_months", name=first) in user.text, user.texts[-3:]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed", "first", "second"), [FIRST_CONTACT[0], FIRST_CONTACT[2]])
async def test_two_dogs_named_at_first_contact_on_telegram(
    tg: Harness, lang: str, typed: str, first: str, second: str
) -> None:
    chat = 47401 if lang == "en" else 47402
    await tg.say(chat, typed, language_code=lang)
    assert (await tg_answers(tg, chat)) == {"name": first}, tg.sent(chat)[-3:]
    said = " ".join(tg.sent(chat)[-3:])
    assert t(lang, "survey-name-two", name=first, other=second) in said, tg.sent(chat)[-3:]
    assert t(lang, "survey-q-age_months", name=first) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 2. the other dog announced mid-survey ---------------------------------------------------------

ANNOUNCED = (
    ("ko", "owned_months", "두부 얘기도 할게요", "두부"),
    ("ko", "household", "두부 얘기도 해도 돼요?", "두부"),
    ("en", "owned_months", "i'll tell you about bramble too", "Bramble"),
    ("en", "household", "can i tell you about my other dog bramble too", "Bramble"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "other"), ANNOUNCED)
async def test_the_other_dog_announced_mid_survey_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, other: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert key not in await kakao_answers(kakao, user.key)
    assert t(lang, "newdog-after-survey-named", name=other) in user.text, user.texts[-3:]
    assert user.text.rstrip().endswith(asked(lang, key)), user.texts[-3:]


@pytest.mark.parametrize(("lang", "key", "typed", "other"), [ANNOUNCED[0], ANNOUNCED[2]])
async def test_the_other_dog_announced_mid_survey_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, other: str
) -> None:
    chat = 47411 if lang == "en" else 47412
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert key not in await tg_answers(tg, chat)
    said = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "newdog-after-survey-named", name=other) in said, tg.sent(chat)[-3:]
    assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 4. "i said X but Y" corrects the number -------------------------------------------------------

SAID_BUT = (
    ("ko", "2명이라고 했는데 3명이에요", 3),
    ("en", "i said 2 but its 3", 3),
    ("en", "sorry i said 2 but it's actually 4", 4),
)


@pytest.mark.parametrize(("lang", "typed", "count"), SAID_BUT)
async def test_said_x_but_y_is_the_count_on_kakao(kakao: Server, lang: str, typed: str, count: int) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == count, (answers, user.texts[-3:])


@pytest.mark.parametrize(("lang", "typed", "count"), SAID_BUT[:2])
async def test_said_x_but_y_is_the_count_on_telegram(tg: Harness, lang: str, typed: str, count: int) -> None:
    chat = 47421 if lang == "en" else 47422
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("household") == count, tg.sent(chat)[-3:]


# -- 5. pronouns are never dog names ---------------------------------------------------------------

PRONOUNS = (
    "weve had her 2 years not 6 months",
    "hes 3 not 2",
    "shes been with us 2 years",
    "theyre both 3",
    "ive had her 2 years",
    "얘는 3살이에요",
    "걔는 2년 같이 살았어요",
)


@pytest.mark.parametrize("typed", PRONOUNS)
def test_a_pronoun_is_no_dog_name(typed: str) -> None:
    u = Understander(Messages())
    read = u.understand(typed, Context())
    assert not read.dog, read
