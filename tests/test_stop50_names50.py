# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "names50": the dog's name misread in the English owner trial (and the Korean
equivalents), each reproduced through a real channel first (Kakao over the skill's HTTP, Telegram
through the fake Bot API and the webhook), what was stored read back.

1. Words that interrupt or apologise at the name question were the name: "sorry one sec" stored
   "Sorry One Sec", "oh wait sorry she's actually 6 not 5" (the age told just before as 5) stored
   "Wait Sorry" with the age left at 5, "its bonnie not bella" stored "Bonnie Not Bella". Now
   those words (`understanding-name-interruption`) are no part of a name: alone they are "take your
   time" and the name asked again; before an age said of the dog, that age replaces the one told
   before; the name said to be the wrong one ("not bella", "보니 말고") is left out.
2. "her name's bella. no wait its bonnie, the shelter called her bella" stored Bella: the name
   after a correction word in a later clause now wins, what follows it after a comma is an aside.
3. "his name is mr. biscuits" stored "Mr": a title with its period (`understanding-name-title`)
   no longer ends the clause; the name is "Mr. Biscuits".
4. With the survey offered after a first report, "med" (a medium-sized dog) started the survey
   as the name "Med", question 1 skipped. Now a word that picks an option of another survey
   question or names a mix ("medium size", "mixed", "믹스") is no name and no yes at the offer;
   "med", "lg", "sml" are sizes' words (at the offer "med" is noted as the profile's, as "medium" was).
5. "so i have 2 dogs, luna and rocky, lets start with luna" asked for one dog's name: two names
   told with the one to start with are now read as two names (Luna now, Rocky offered after),
   as "첫째는 망고 둘째는 키위에요" is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_console import _chat
from tests.test_dog_words import _tg_analysed
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, harness, settings_for, tg  # noqa: F401  (`tg`)


async def _kakao_dogs(server: Server, key: str) -> list[dict[str, Any]]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        return [d.answers for d in await s.list_dogs(user.id)] if user is not None else []


async def _tg_dogs(tg: Harness, chat: int) -> list[dict[str, Any]]:
    user = await tg.user(chat)
    if user is None:
        return []
    async with tg.rt.store.session() as s:
        return [d.answers for d in await s.list_dogs(user.id)]


# -- 1. interrupting words, the name said to be wrong ----------------------------------------------

# (lang, typed at the name question, the name then typed, stored)
WAITED: tuple[tuple[str, str, str], ...] = (
    ("en", "sorry one sec", "Bonnie"),
    ("en", "oh wait sorry", "Bonnie"),
    ("en", "hang on sorry", "Bonnie"),
    ("ko", "잠깐만요", "보니"),
    ("ko", "아 죄송 잠시만", "보니"),
    ("ko", "앗 죄송해요 잠깐만요", "보니"),
    ("en", "sorry", "Bonnie"),  # (the dog "Sorry" before)
    ("ko", "보니 아니에요", "벨라"),  # only a name said to be wrong (the dog "보니 아니" before)
)


@pytest.mark.parametrize(("lang", "typed", "name"), WAITED)
async def test_waiting_words_are_no_name_on_kakao(kakao: Server, lang: str, typed: str, name: str) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [], user.texts  # nothing stored as the name
    assert asked(lang, "name") in user.text, user.texts  # the name asked again
    await user.send(name)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.texts)


async def test_waiting_words_are_no_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, name) in enumerate(WAITED, 50101):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        assert await _tg_dogs(tg, chat) == [], tg.sent(chat)[-3:]
        await tg.say(chat, name)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == name, (typed, answers, tg.sent(chat)[-4:])


# (lang, typed at the name question, stored)
NOT_THAT: tuple[tuple[str, str, str], ...] = (
    ("en", "its bonnie not bella", "Bonnie"),
    ("en", "sorry, its Bonnie", "Bonnie"),
    ("en", "oh wait its bonnie", "Bonnie"),
    ("en", "bonnie, not bella", "Bonnie"),
    ("ko", "보니 말고 벨라요", "벨라"),
    ("ko", "보니 아니고 벨라예요", "벨라"),
    ("ko", "아 잠깐만요 벨라예요", "벨라"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), NOT_THAT)
async def test_the_name_said_wrong_is_left_out_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == stored, (typed, answers, user.texts)
    assert t(lang, "survey-q-age_months", name=stored) in user.text, user.texts


async def test_the_name_said_wrong_is_left_out_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(NOT_THAT, 50201):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == stored, (typed, answers, tg.sent(chat)[-3:])


# (lang, the age told first, its correction, the months after, the name then)
AGE_CORRECTED: tuple[tuple[str, str, str, int, str], ...] = (
    ("en", "she turned 5 in march", "oh wait sorry she's actually 6 not 5", 72, "Bonnie"),
    ("en", "she's 5", "sorry she's 6 actually", 72, "Bonnie"),
    ("ko", "5살이에요", "아 죄송해요 6살이에요", 72, "보니"),
)


@pytest.mark.parametrize(("lang", "first", "typed", "months", "name"), AGE_CORRECTED)
async def test_an_age_corrected_at_the_name_is_kept_on_kakao(
    kakao: Server, lang: str, first: str, typed: str, months: int, name: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(first)
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [], user.texts  # no dog named "Wait Sorry"
    assert asked(lang, "name") in user.text, user.texts
    await user.send(name)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.texts)
    assert answers.get("age_months") == months, (answers, user.texts)


async def test_an_age_corrected_at_the_name_is_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, first, typed, months, name) in enumerate(AGE_CORRECTED, 50301):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, first)
        await tg.say(chat, typed)
        assert await _tg_dogs(tg, chat) == [], tg.sent(chat)[-3:]
        await tg.say(chat, name)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == name, (answers, tg.sent(chat)[-4:])
        assert answers.get("age_months") == months, (answers, tg.sent(chat)[-4:])


# -- 2. the name corrected within the message ------------------------------------------------------

RETOLD: tuple[tuple[str, str, str], ...] = (
    ("en", "her name's bella. no wait its bonnie, the shelter called her bella", "Bonnie"),
    ("en", "its bella. no sorry, bonnie! the shelter called her bella", "Bonnie"),
    ("ko", "이름은 벨라요. 아니 보니예요, 보호소에서 벨라라고 불렀어요", "보니"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), RETOLD)
async def test_the_name_corrected_in_the_message_wins_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == stored, (typed, answers, user.texts)


async def test_the_name_corrected_in_the_message_wins_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(RETOLD, 50401):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == stored, (typed, answers, tg.sent(chat)[-3:])


# -- 3. a title with its period ----------------------------------------------------------------------

TITLED: tuple[tuple[str, str, str], ...] = (
    ("en", "his name is mr. biscuits", "Mr. Biscuits"),
    ("en", "Dr. Pepper", "Dr. Pepper"),
    ("en", "mrs. doubtfire lol", "Mrs. Doubtfire"),
    ("en", "its Sgt. Pepper", "Sgt. Pepper"),
    ("ko", "이름은 Dr. 콩이요", "Dr. 콩이"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), TITLED)
async def test_a_title_with_its_period_is_part_of_the_name_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == stored, (typed, answers, user.texts)


async def test_a_title_with_its_period_is_part_of_the_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(TITLED, 50501):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == stored, (typed, answers, tg.sent(chat)[-3:])


# -- 4. another question's answer at the survey's offer ------------------------------------------------

# (lang, the first report, a sex told, a word answering another question)
OFFERED: tuple[tuple[str, str, str, str], ...] = (
    ("en", "he keeps peeing in the house", "m neutered", "med"),
    ("en", "he keeps peeing in the house", "m neutered", "mixed"),
    ("en", "he keeps peeing in the house", "m neutered", "medium size"),
    ("ko", "집에서 자꾸 오줌을 싸요", "남아 중성화했어요", "믹스"),
)


async def test_an_option_word_at_the_offer_is_no_name_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, report, sex, typed) in enumerate(OFFERED, 50601):
            await tg.say(chat, report, language_code=lang)
            await _tg_analysed(tg, chat)
            await tg.say(chat, sex)
            assert t(lang, "talk-profile-start") in "\n".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
            await tg.say(chat, typed)
            names = [d.get("name") for d in await _tg_dogs(tg, chat)]
            assert not any(names), (typed, names, tg.sent(chat)[-3:])  # no dog called "Med"
            sent = "\n".join(tg.sent(chat)[-3:])
            assert t(lang, "survey-q-age_months", name=typed.title()) not in sent, sent


@pytest.mark.parametrize(("lang", "report", "sex", "typed"), OFFERED)
async def test_an_option_word_at_the_offer_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, sex: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(report)
    await user.send(sex)
    await user.send(typed)
    names = [d.get("name") for d in await _kakao_dogs(kakao, user.key)]
    assert not any(names), (typed, names, user.texts)


def test_med_is_a_medium_dog_at_the_size_question() -> None:
    from dogcoach.services.i18n import loaded
    from dogcoach.services.understanding import warmed
    from tests.test_understanding_corpus import context_for

    u = warmed(loaded())
    for typed in ("med", "med size", "lg", "sml"):
        read = u.understand(typed, context_for("survey:size"))
        assert read.picks, (typed, read)


# -- 5. two dogs named with the one to start with ---------------------------------------------------

# (lang, typed at the first name question, this dog, the other offered after)
STARTED_WITH: tuple[tuple[str, str, str, str], ...] = (
    ("en", "so i have 2 dogs, luna and rocky, lets start with luna", "Luna", "Rocky"),
    ("en", "2 dogs, luna and rocky, rocky first", "Rocky", "Luna"),
    ("en", "we have two dogs Luna and Rocky. let's do Rocky first", "Rocky", "Luna"),
    ("ko", "강아지 두마리에요 망고랑 키위 망고부터 할게요", "망고", "키위"),
    ("ko", "망고랑 키위 두마리 키워요, 키위 먼저 할게요", "키위", "망고"),
)


@pytest.mark.parametrize(("lang", "typed", "first", "other"), STARTED_WITH)
async def test_two_dogs_with_the_first_chosen_on_kakao(
    kakao: Server, lang: str, typed: str, first: str, other: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == first, (typed, answers, user.texts)
    assert t(lang, "survey-name-two", name=first, other=other) in user.text, user.texts


async def test_two_dogs_with_the_first_chosen_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, first, other) in enumerate(STARTED_WITH, 50701):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == first, (typed, answers, tg.sent(chat)[-3:])
        sent = "\n".join(tg.sent(chat)[-3:])
        assert t(lang, "survey-name-two", name=first, other=other) in sent, sent


def test_a_title_with_its_period_in_the_terminal(tmp_path: Path) -> None:
    """The trial's own terminal lines: "hi", then "his name is mr. biscuits" ("How old is Mr?")."""
    out = _chat(tmp_path, ["hi", "his name is mr. biscuits"], "--lang", "en", "--user", "sam")
    assert t("en", "survey-q-age_months", name="Mr. Biscuits") in out, out[-600:]


def test_a_title_in_a_report_offers_the_whole_name() -> None:
    """ "my dog Mr. Biscuits keeps barking" at a first dog's name question offers "Mr. Biscuits"
    (`DogNames.introduced`), not "Mr"."""
    from dogcoach.services.i18n import loaded
    from dogcoach.services.understanding import warmed

    names = warmed(loaded()).names
    assert names.introduced("my dog Mr. Biscuits keeps barking at night") == "Mr. Biscuits"
    assert names.introduced("my dog Max keeps barking") == "Max"
