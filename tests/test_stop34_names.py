# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34's faults of names and bare numbers (corpus batch 124), each reproduced through a real
channel first (Kakao over the skill's HTTP, Telegram pushed), Korean and English, then fixed for
its kind.

1. A known dog's name typed in the other script ("Kongi" for 콩이, "맥스" for Max, "Choco" for 초코)
   was "no dog called Kongi" at a view, offered as a new dog at a switch and after a report: the
   name is matched by its sound across Hangul and Latin (`romanized.sound_alike`, a Revised
   Romanization table in `romanization.json`).
2. After a rename (Rex → Rexy) the old name got "no dog called rex" with the dogs listed, and a
   report naming it offered "rex" as a new dog: the names before a rename are kept
   (`Dog.former_names`) and still name the dog.
3. "1" at the health question ticked "Barking" (option 1 of the concerns, a list not shown): a
   number picks only from the options of the question open; with no letter it is no health note.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dogcoach.services.understanding.romanized import sound_alike
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
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
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)


def _answers_named(lang: str, name: str) -> list[str]:
    return [name, *answers_before(lang, "review")[1:], "네" if lang == "ko" else "yes"]


async def _kakao_dog(kakao: Server, lang: str, name: str) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for answer in _answers_named(lang, name):
        await user.send(answer)
    assert (await kakao_answers(kakao, user.key))["name"] == name, user.text
    return user


async def _tg_dog(tg: Harness, chat: int, lang: str, name: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for answer in _answers_named(lang, name):
        await tg.say(chat, answer)
    assert (await tg_answers(tg, chat))["name"] == name


# -- 1. a known dog's name typed in the other script -------------------------------------------------

# (the dog's name, as typed in the other script, a view asking for its history, a switch, a report)
OTHER_SCRIPT = {
    "ko": [
        ("콩이", "Kongi", "Kongi 기록 보여줘", "Kongi로 바꿔줘", "Kongi가 어제 밤에 현관에서 계속 짖었어요"),
        ("Max", "맥스", "맥스 기록 보여줘", "맥스로 바꿔줘", "맥스가 어제 밤에 현관에서 계속 짖었어요"),
    ],
    "en": [
        ("초코", "Choco", "show Choco's history", "switch to Choco", "Choco barked at the door all night"),
        ("Rex", "렉스", "렉스 history", "switch to 렉스", "렉스 barked at the door all night"),
    ],
}


SOUND_ALIKE = [
    ("Mongi", "몽이"), ("맥스", "Max"), ("Choco", "초코"), ("렉스", "Rex"), ("Kongi", "콩이"), ("코코", "Coco"),
    ("Bella", "벨라"), ("Buddy", "버디"), ("찰리", "Charlie"), ("Poppy", "뽀삐"), ("Leo", "레오"), ("Jjoko", "쪼꼬"),
]  # fmt: skip
NOT_ALIKE = [
    ("믹스", "Max"), ("Mango", "몽이"), ("Rex", "렉시"), ("rexy", "렉스"), ("보", "Bo"), ("밥", "Bob"),
    ("Mongi", "Mango"), ("몽이", "몽이"), ("짖어요", "Choco"),
]  # fmt: skip


def test_names_sound_alike_across_scripts_only() -> None:
    """The sound match itself: across Hangul and Latin, never within one script, never for one
    syllable or two letters, and a vowel sounded at the end kept apart from none ("Rex", "렉시")."""
    assert [pair for pair in SOUND_ALIKE if not sound_alike(*pair)] == []
    assert [pair for pair in NOT_ALIKE if sound_alike(*pair)] == []


def _not_offered(lang: str, typed: str, name: str, text: str) -> None:
    for msg_id in ("profile-switch-unregistered", "report-filed-unregistered"):
        assert t(lang, msg_id, typed=typed, name=name) not in text, (msg_id, text)
    assert t(lang, "view-unknown-dog", name=typed, dogs=name) not in text, text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_in_the_other_script_is_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for name, typed, view, switch, report in OTHER_SCRIPT[lang]:
        user = await _kakao_dog(kakao, lang, name)
        await user.send(view)
        assert t(lang, "history-empty-dog", name=name) in user.text, (view, user.text)
        await user.send(switch)
        _not_offered(lang, typed, name, user.text)
        assert t(lang, "profile-switch-already", name=name) in user.text, (switch, user.text)
        calls = _model_calls(fake_ollama)
        await user.send(report)
        _not_offered(lang, typed, name, user.text)
        await eventually(lambda calls=calls: _model_calls(fake_ollama) > calls)  # analysed, as the dog's


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_in_the_other_script_is_the_dog_on_telegram(tg: Harness, lang: str) -> None:
    for i, (name, typed, view, switch, report) in enumerate(OTHER_SCRIPT[lang]):
        chat = 340100 + 10 * i + (lang == "en")
        await _tg_dog(tg, chat, lang, name)
        await tg.say(chat, view)
        assert t(lang, "history-empty-dog", name=name) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await tg.say(chat, switch)
        _not_offered(lang, typed, name, " ".join(tg.sent(chat)[-2:]))
        await tg.say(chat, report)
        _not_offered(lang, typed, name, " ".join(tg.sent(chat)[-2:]))


# -- 2. the name before a rename ---------------------------------------------------------------------

RENAMED = {
    "ko": ("이름 쪼꼬로 바꿔줘", "쪼꼬", "콩이 기록 보여줘", "콩이가 어제 밤에 현관에서 계속 짖었어요"),
    "en": ("rename to Rexy", "Rexy", "show rex's history", "rex barked at the door all night"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_before_a_rename_is_still_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    rename, new, view, report = RENAMED[lang]
    user = await _kakao_dog(kakao, lang, NAME[lang])
    await user.send(rename)
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == new and answers["former_names"] == [NAME[lang]], answers
    await user.send(view)
    assert t(lang, "history-empty-dog", name=new) in user.text, user.text
    await user.send(report)
    old = report.split()[0].removesuffix("가")
    _not_offered(lang, old, new, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_before_a_rename_is_still_the_dog_on_telegram(tg: Harness, lang: str) -> None:
    rename, new, view, _ = RENAMED[lang]
    chat = 340200 + (lang == "en")
    await _tg_dog(tg, chat, lang, NAME[lang])
    await tg.say(chat, rename)
    assert (await tg_answers(tg, chat))["name"] == new
    await tg.say(chat, view)
    assert t(lang, "history-empty-dog", name=new) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]


# -- 3. a bare number picks from the question open ---------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_at_the_health_ticks_no_concern_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send("1")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("concerns") == ["none"] and "health" not in answers, (answers, user.text)
    assert t(lang, "survey-concerns-added", concerns=t(lang, "category-barking")) not in user.text, user.text
    assert asked(lang, "health") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_at_the_health_ticks_no_concern_on_telegram(tg: Harness, lang: str) -> None:
    chat = 340300 + (lang == "en")
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, "1")
    answers = await tg_answers(tg, chat)
    assert answers.get("concerns") == ["none"] and "health" not in answers, answers
    assert asked(lang, "health") in tg.last_text(chat), tg.last_text(chat)


# -- 4. a rename in one line after the survey -------------------------------------------------------

RENAMED_IDLE = {
    "ko": [("이름 쪼꼬예요", "쪼꼬"), ("이름 잘못 썼어요 두부에요", "두부")],
    "en": [("call him Chuck", "Chuck"), ("his name is Max now", "Max")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_the_survey_is_done_in_one_line_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, new in RENAMED_IDLE[lang]:
        user = await _kakao_dog(kakao, lang, NAME[lang])
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == new, (typed, answers, user.text)
        assert t(lang, "survey-renamed-from", old=NAME[lang], new=new) in user.text, (typed, user.text)
        assert t(lang, "survey-q-name-hint", name=new) not in user.text, user.text
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_the_survey_is_done_in_one_line_on_telegram(tg: Harness, lang: str) -> None:
    typed, new = RENAMED_IDLE[lang][0]
    chat = 340400 + (lang == "en")
    await _tg_dog(tg, chat, lang, NAME[lang])
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == new
    said = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "survey-renamed-from", old=NAME[lang], new=new) in said, tg.sent(chat)[-2:]


# -- 5. the name corrected at the age, after words saying only that it was typed wrong -------------

SLIPS = {"ko": [("아 잘못썼어요 아롱이에요", "아롱이")], "en": [("sorry i meant Arong", "Arong")]}
AGE_SLIPS = {"ko": ("아 잘못썼어요 3살이에요", 36), "en": ("my bad, 3 years", 36)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_corrected_at_the_age_on_kakao(kakao: Server, lang: str) -> None:
    for typed, new in SLIPS[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == new and "age_months" not in answers, (typed, answers, user.text)
        assert t(lang, "survey-renamed-from", old=NAME[lang], new=new) in user.text, user.text
        assert t(lang, "survey-q-age_months", name=new) in user.text, user.text
    typed, months = AGE_SLIPS[lang]  # a number after the same words is the age
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == NAME[lang] and answers["age_months"] == months, answers


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_corrected_at_the_age_on_telegram(tg: Harness, lang: str) -> None:
    typed, new = SLIPS[lang][0]
    chat = 340500 + (lang == "en")
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers["name"] == new and "age_months" not in answers, answers
    assert t(lang, "survey-q-age_months", name=new) in tg.last_text(chat), tg.last_text(chat)


# -- 6. the welcome back only after a real gap -------------------------------------------------------

START = {"ko": "처음", "en": "start"}


async def _kakao_gap(kakao: Server, key: str, hours: float) -> None:
    """The owner's transcript moved `hours` into the past: nothing said in the chat since."""
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        when = s.d.ts_in(datetime.now(UTC) - timedelta(hours=hours))
        await s.execute("UPDATE messages SET created_at = ? WHERE user_id = ?", when, user.id)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_welcome_back_only_after_a_gap_on_kakao(kakao: Server, lang: str) -> None:
    user = await _kakao_dog(kakao, lang, NAME[lang])
    back = t(lang, "start-welcome-back", name=NAME[lang])
    await user.send(START[lang])  # seconds after the last reply
    assert back not in user.text, user.text
    await _kakao_gap(kakao, user.key, 3)
    await user.send(START[lang])
    assert back in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_no_welcome_back_seconds_after_the_last_message_on_telegram(tg: Harness, lang: str) -> None:
    chat = 340600 + (lang == "en")
    await _tg_dog(tg, chat, lang, NAME[lang])
    await tg.say(chat, START[lang])
    said = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "start-welcome-back", name=NAME[lang]) not in said, said


# -- 7. a greeting mid-survey: a short greeting, the question again ---------------------------------

GREETING = {"ko": "안녕", "en": "hello"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_greeting_mid_survey_gets_the_question_again_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(GREETING[lang])
    assert asked(lang, "sex") in user.text, user.text
    assert "sex" not in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_greeting_mid_survey_gets_the_question_again_on_telegram(tg: Harness, lang: str) -> None:
    chat = 340700 + (lang == "en")
    await tg_at(tg, chat, lang, "sex")
    await tg.say(chat, GREETING[lang])
    assert asked(lang, "sex") in tg.last_text(chat), tg.last_text(chat)
    assert "sex" not in await tg_answers(tg, chat)


# -- 8. an age with its unit right after "don't know" at the age ------------------------------------

DONT_KNOW = {"ko": "모르겠어요", "en": "don't know"}
# What was typed at the sex right after "don't know" at the age, and the age stored (months, as the
# age question stores them: whole months from three on, weeks under three months kept to two
# decimals since stop 47: 3 weeks 0.69, 8 weeks 1.85).
AGES_WITH_UNITS = {
    "ko": [("3 wks", 0.69), ("3주", 0.69), ("5개월", 5), ("2 yrs", 24), ("8 mos", 8)],
    "en": [("3 wks", 0.69), ("3 mos", 3), ("2 yrs", 24), ("8 weeks", 1.85), ("3주", 0.69)],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_with_its_unit_after_dont_know_is_the_age_on_kakao(kakao: Server, lang: str) -> None:
    for typed, months in AGES_WITH_UNITS[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(DONT_KNOW[lang])
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("age_months") == months and "sex" not in answers, (typed, answers, user.text)
        assert asked(lang, "sex") in user.text, (typed, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_with_its_unit_after_dont_know_is_the_age_on_telegram(tg: Harness, lang: str) -> None:
    typed, months = AGES_WITH_UNITS[lang][0]
    chat = 340800 + (lang == "en")
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, DONT_KNOW[lang])
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("age_months") == months and "sex" not in answers, answers
    assert asked(lang, "sex") in tg.last_text(chat), tg.last_text(chat)
