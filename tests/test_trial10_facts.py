# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 10: profile facts typed outside the survey, and dog words (issue 11, corpus batch
96). Each reproduced through a real channel first (Kakao and Telegram), both languages, then
fixed for its kind.

1. "3살이에요", "말티즈예요", "12kg이에요", "she's 3", "he's a beagle", "she weighs 12kg" typed
   after a result or with nothing open, by an owner whose dog has a profile, got "send yes to
   start the survey": the dog's answer, stored, said in one line (`correction-done`). Not for a
   report ("3살 아이를 물었어요"); a dog the owner has not registered ("우리 여름이는 3살", glued
   onto the report at "how often?") is offered to be added, nothing stored.
2. "we also have Luna the cat" was read as adding a dog called Luna: DogCoach coaches dogs,
   said in one line, nothing stored.
3. "Salt and Pepper" at the name question was two dogs: asked "one dog or two?" with two
   buttons; "콩이랑 두부" named the dog 콩: 콩이, as the owner calls it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import kakao_dog_answers
from tests.test_after_result import REPORT, t
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial10_after import ONE_DOG, _nothing_glued, _one_dog_at_frequency

# what is typed, the answer it sets, the value stored
FACTS: dict[str, tuple[tuple[str, str, object], ...]] = {
    "ko": (
        ("3살이에요", "age_months", 36),
        ("말티즈예요", "breed", "말티즈"),
        ("12kg이에요", "size", "medium"),
    ),
    "en": (
        ("she's 3", "age_months", 36),
        ("he's a beagle", "breed", "beagle"),
        ("she weighs 12kg", "size", "medium"),
    ),
}


def _done(lang: str, name: str, key: str) -> str:
    """The stored line from the dog's name on: "고쳤어요" or, for a first answer, "적어 뒀어요" (stop 44)."""
    field = t(lang, f"survey-field-{key}")
    line = t(lang, "correction-done", name=name, field=field, value="X").split("X")[0]
    return line[line.index(name) :]


def _same(stored: object, value: object) -> bool:
    return str(stored).casefold() == str(value).casefold()


# -- 1. a profile fact typed after a result, or with nothing open ----------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_profile_fact_after_a_result_updates_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    name = ONE_DOG[lang][0]
    for typed, key, value in FACTS[lang]:
        await user.send(typed)
        assert t(lang, "talk-profile") not in user.text, (typed, user.text)
        assert _done(lang, name, key) in user.text, (typed, user.text)
        assert _same((await kakao_dog_answers(kakao, user.key))[key], value), typed
    await _nothing_glued(kakao, user, fake_ollama, lang, calls)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_profile_fact_with_nothing_open_updates_the_dog_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    name, age = ONE_DOG[lang]
    for text in ("/start", name, age, "/cancel"):
        await user.send(text)
    for typed, key, value in FACTS[lang]:
        await user.send(typed)
        assert t(lang, "talk-profile") not in user.text, (typed, user.text)
        assert _done(lang, name, key) in user.text, (typed, user.text)
        assert _same((await kakao_dog_answers(kakao, user.key))[key], value), typed


async def test_a_profile_fact_after_a_result_updates_the_dog_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((96101, "en"), (96102, "ko")):
            fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
            name, age = ONE_DOG[lang]
            for text in ("/start", name, age, "/cancel", REPORT[lang]):
                await tg.say(chat, text, language_code=lang)
            asked = t(lang, "analysis-followup-frequency")
            await eventually(lambda chat=chat, asked=asked: tg.last_text(chat).endswith(asked))
            for typed, key, value in FACTS[lang]:
                await tg.say(chat, typed)
                await eventually(
                    lambda chat=chat, key=key, lang=lang, name=name: any(
                        _done(lang, name, key) in line for line in tg.sent(chat)[-3:]
                    )
                )
                user = await tg.user(chat)
                assert user is not None
                async with tg.rt.store.session() as s:
                    dogs = await s.list_dogs(user.id)
                assert _same(dogs[0].answers[key], value), typed
            assert not any(t(lang, "talk-profile") in line for line in tg.sent(chat))


# Not a fact of the dog: a report, and a dog the owner has not registered (adding it offered).
NOT_FACTS = {
    "ko": ("3살 아이를 물었어요", "우리 여름이는 3살", "여름이"),
    "en": ("she bit a 3 year old kid", "our Summer is 3 years old", "Summer"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_or_another_dogs_age_is_no_fact_of_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    report, other_age, other = NOT_FACTS[lang]
    user = kakao.user(lang=lang)
    name, age = ONE_DOG[lang]
    for text in ("/start", name, age, "/cancel"):
        await user.send(text)
    before = await kakao_dog_answers(kakao, user.key)
    await user.send(report)
    assert _done(lang, name, "age_months") not in user.text, user.text
    assert (await kakao_dog_answers(kakao, user.key))["age_months"] == before["age_months"]
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(other_age)  # at the result's "how often?": neither glued on nor this dog's age
    assert t(lang, "newdog-offer-named", name=other) in user.text, user.text
    assert _done(lang, name, "age_months") not in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert (await kakao_dog_answers(kakao, user.key))["age_months"] == before["age_months"]


# Another dog's breed: adding that dog offered, nothing stored on the owner's dog; the owner's own
# dog named with its age: stored.
OTHER_BREED = {"ko": ("여름이는 말티즈예요", "여름이"), "en": ("Summer is a beagle", "Summer")}
OWN_AGE = {"ko": "두부는 5살이에요", "en": "Dubu is 5 years old"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_dogs_breed_offers_adding_it_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    name, age = ONE_DOG[lang]
    for text in ("/start", name, age, "/cancel"):
        await user.send(text)
    typed, other = OTHER_BREED[lang]
    await user.send(typed)
    assert t(lang, "newdog-offer-named", name=other) in user.text, user.text
    assert _done(lang, name, "breed") not in user.text, user.text
    assert "breed" not in await kakao_dog_answers(kakao, user.key)
    await user.send(OWN_AGE[lang])
    assert _done(lang, name, "age_months") in user.text, user.text
    assert (await kakao_dog_answers(kakao, user.key))["age_months"] == 60


# -- 2. another animal told with its name -------------------------------------------------------------

CAT = {"ko": "우리집에 고양이 나비도 있어요", "en": "we also have Luna the cat"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_animal_with_a_name_is_no_dog_to_add_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user: KakaoUser = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(CAT[lang])
    # the owner has a dog: the cat is its other-pets answer, said (stop 35, owner trial 16: "I
    # only coach dogs", nothing stored), no dog called Luna added
    assert t(lang, "survey-field-other_pets") in user.text, user.text
    assert (await kakao_dog_answers(kakao, user.key)).get("other_pets") == ["cat"], user.text
    assert t(lang, "newdog-intro") not in user.text, user.text
    await _nothing_glued(kakao, user, fake_ollama, lang, calls)


async def test_another_animal_with_a_name_is_no_dog_to_add_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((96201, "en"), (96202, "ko")):
            name, age = ONE_DOG[lang]
            for text in ("/start", name, age, "/cancel"):
                await tg.say(chat, text, language_code=lang)
            await tg.say(chat, CAT[lang])
            field = t(lang, "survey-field-other_pets")  # its other-pets answer (stop 35)
            assert any(field in sent for sent in tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
            user = await tg.user(chat)
            assert user is not None
            async with tg.rt.store.session() as s:
                assert len(await s.list_dogs(user.id)) == 1


# -- 3. a name with "and" at the name question ----------------------------------------------------------

PAIR = "Salt and Pepper"
ONE = {"ko": "한 마리요", "en": "one dog"}
ONE_TYPED_KO = "한 마리요"


async def test_a_name_with_and_is_asked_one_dog_or_two_on_kakao(kakao: Server) -> None:
    """In English (a Kakao owner's language follows what they type: the Korean question is asked
    on Telegram, below)."""
    from tests.test_survey_answers_misread import kakao_answers

    lang = "en"
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(PAIR)
    assert t(lang, "survey-q-name-pair", name=PAIR) in user.text, user.text
    assert t(lang, "survey-name-two", name="Salt", other="Pepper") not in user.text, user.text
    await user.send(ONE[lang])
    assert (await kakao_answers(kakao, user.key))["name"] == PAIR
    assert t(lang, "survey-q-age_months", name=PAIR) in user.text, user.text


async def test_two_korean_names_keep_their_ending_on_kakao(kakao: Server) -> None:
    """ "콩이랑 두부" was 콩 + 두부 (이랑 read as the particle): 콩이, as the owner calls it."""
    from tests.test_survey_answers_misread import kakao_answers

    user = kakao.user(lang="ko")
    await user.send("/start")
    await user.send("콩이랑 두부")
    assert t("ko", "survey-name-two", name="콩이", other="두부") in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["name"] == "콩이"


async def test_a_name_with_and_is_asked_one_dog_or_two_on_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}")
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((96301, "en"), (96302, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, PAIR)
            assert t(lang, "survey-q-name-pair", name=PAIR) in tg.last_text(chat), tg.sent(chat)[-2:]
            if lang == "en":  # the button
                await tg.tap(chat, t(lang, "survey-name-pair-two"))
                said = t(lang, "survey-name-two", name="Salt", other="Pepper")
                assert said in tg.sent(chat)[-3:], tg.sent(chat)[-3:]
            else:  # typed
                await tg.say(chat, ONE["ko"])
            user = await tg.user(chat)
            assert user is not None
            async with tg.rt.store.session() as s:
                dogs = await s.list_dogs(user.id)
            assert [d.answers.get("name") for d in dogs] == ["Salt" if lang == "en" else PAIR]
