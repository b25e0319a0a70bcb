# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45, owner trial 30 (Korean): answers glued onto the last report, or filed under the wrong
survey question (corpus batches 259-262). Each reproduced through a real channel first (Kakao's
skill webhook, Telegram over the fake Bot API), in Korean and English, what was stored read back.

1. Right after a poisoning report, "3살" at the age was added to that report and analysed again at
   every try for half an hour, the age never saved: an answer with the open question's own unit
   ("3살이요", "3 years old", "한두시간") answers it; how much was eaten ("한 조각", "2개") stays
   detail (a bare number "3" did too until stop 50, where the open question reads it whole).
2. "하루에 두번 30분씩 걸어요" at the exercise with a result just shown was glued onto the report as
   how often: the walking verb is no word left over, the answer reads whole and wins.
3. "다 했어요" at a result's "how often?" was appended and analysed again: closing words now. At a
   check-in "좀 나아진듯?? 근데 아직 가끔 물어요ㅋㅋ" was "better" and also a new report (a model
   call): a bite told as a habit is the check-in's note.
4. Survey answers misfiled: "암컷이에요 수술했어요" (a health note, the sex asked again), "진도믹스같아요
   확실하진않음" (stored verbatim), "남편이랑 나랑 딸 셋이요" (5 people), "고양이는 없고 강아지 둘" at
   the children (stored "no"), "말티즈" at the sex (other pets "Other": 말 is a horse), "4개월? 아
   아니다 5개월됨" (refused), "거의 집에 있어요 장보러갈때 한두시간?" (refused).
5. "물려는거" at the worst reaction (after "which one?") was "a behaviour, answer the question
   first": a short word of an option picks it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_after import _nothing_glued, _one_dog_at_frequency
from tests.test_trial10_checkins import STEP, _answered, _kakao_pushed, _telegram_plan

# -- 1. the open question's unit after a poisoning -------------------------------------------------

POISON = {"ko": "콩이가 방금 초콜릿을 먹었어요ㅠㅠ", "en": "rex just ate some chocolate off the table"}
UNIT_ANSWERS = (
    ("ko", "age_months", "3살", 36),
    ("ko", "age_months", "3살이요", 36),
    ("en", "age_months", "3 years old", 36),
    ("ko", "alone_hours", "한두시간", 1.5),
    ("en", "exercise_minutes", "30 min", 30),
    ("ko", "household", "3명이요", 3),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), UNIT_ANSWERS)
async def test_an_answer_with_the_questions_unit_after_a_poisoning_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(POISON[lang])
    assert t(lang, "safety-toxin") in user.text, user.text
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == stored, user.text
    assert await kakao_reports(kakao, user.key) == [POISON[lang]], user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "typed"), [("ko", "3살"), ("en", "3 years old")])
async def test_the_age_after_a_poisoning_is_the_answer_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 4501 + ("ko", "en").index(lang)
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, POISON[lang])
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("age_months") == 36, tg.last_text(chat)
    assert await tg_reports(tg, chat) == [POISON[lang]], tg.last_text(chat)


# neighbours: how much was eaten is still the poisoning's detail. A bare number ("3") was too until
# stop 50 (Korean owner trial: "3", "8" at the household glued onto the grapes report, the question
# asked forever): the question on screen reads it whole, so it is that answer
# (tests/test_stop50_poisonflow.py); "3 pieces" says what was eaten
EATEN = (("ko", "한 조각"), ("ko", "2개"), ("en", "3 pieces"), ("en", "a couple of pieces"))


@pytest.mark.parametrize(("lang", "amount"), EATEN)
async def test_how_much_was_eaten_at_the_age_is_still_detail_on_kakao(
    kakao: Server, lang: str, amount: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(POISON[lang])
    await user.send(amount)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and amount in reports[0], (reports, user.text)
    assert "age_months" not in await kakao_answers(kakao, user.key), user.text


# -- 2. walking at the exercise question with a result just shown -----------------------------------

WALKS = (("ko", "하루에 두번 30분씩 걸어요", 60), ("en", "we walk twice a day for 30 minutes", 60))
BARKING = {
    "ko": "보리가 밤마다 현관문 긁으면서 낑낑대요",
    "en": "rex whines and scratches the door every night",
}


@pytest.mark.parametrize(("lang", "typed", "stored"), WALKS)
async def test_walks_at_the_exercise_after_a_result_answer_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, stored: int
) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send(BARKING[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")  # the result shown: the report was seen a moment ago
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == stored, user.text
    assert await kakao_reports(kakao, user.key) == [BARKING[lang]], user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


async def test_walks_at_the_exercise_after_a_report_answer_it_on_telegram(tg: Harness) -> None:
    chat = 4511
    await tg_at(tg, chat, "ko", "exercise_minutes")
    await tg.say(chat, BARKING["ko"])
    await tg.say(chat, WALKS[0][1])
    assert (await tg_answers(tg, chat)).get("exercise_minutes") == 60, tg.last_text(chat)
    assert await tg_reports(tg, chat) == [BARKING["ko"]], tg.last_text(chat)


# -- 3. closing words at "how often?"; a bite told as a habit at a check-in ---------------------------

CLOSING = (("ko", "다 했어요"), ("ko", "다 말했어요"), ("en", "said it all"), ("en", "that's all i have"))


@pytest.mark.parametrize(("lang", "typed"), CLOSING)
async def test_closing_words_at_how_often_append_nothing_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, "analysis-followup-skipped") in user.text, user.text
    await _nothing_glued(kakao, user, fake_ollama, lang, calls)


HABIT = (
    ("ko", "좀 나아진듯?? 근데 아직 가끔 물어요ㅋㅋ"),
    ("en", "a bit better but he still bites sometimes lol"),
)


@pytest.mark.parametrize(("lang", "text"), HABIT)
async def test_a_bite_told_as_a_habit_at_a_checkin_is_its_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4521
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        reports = len(await tg_reports(tg, chat))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-advice-keep-better") in tg.sent(chat))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)]
        assert len(await tg_reports(tg, chat)) == reports
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), HABIT)
async def test_a_bite_told_as_a_habit_at_a_checkin_is_its_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)], owner.texts
        assert _model_calls(fake_ollama) == calls


# neighbour: a bite told as one time it happened is still a report as well
async def test_a_bite_told_as_happening_at_a_checkin_is_still_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, "en") as (_srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send("it made him worse, he bit me when i held the treat")
        await eventually(lambda: _model_calls(fake_ollama) > calls)


# -- 4. survey answers misfiled ---------------------------------------------------------------------

STORED = (
    ("ko", "sex", "암컷이에요 수술했어요", "female_spayed"),
    ("en", "sex", "female, she had the surgery", "female_spayed"),
    ("ko", "breed", "진도믹스같아요 확실하진않음", "진도믹스"),
    ("ko", "household", "남편이랑 나랑 딸 셋이요", 3),
    ("en", "household", "me my husband and our daughter, 3", 3),
    ("ko", "age_months", "4개월? 아 아니다 5개월됨", 5),
    ("ko", "alone_hours", "거의 집에 있어요 장보러갈때 한두시간?", 1.5),
    ("en", "alone_hours", "im mostly home, an hour or two when shopping", 1.5),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), STORED)
async def test_survey_answers_are_filed_under_their_question_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: object
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == stored, user.text


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), STORED[::2])
async def test_survey_answers_are_filed_under_their_question_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, stored: object
) -> None:
    chat = 4531 + STORED.index((lang, key, typed, stored))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get(key) == stored, tg.last_text(chat)


# neighbours: the household's group counted by "명", one person before the count
GROUPS = (("ko", "남편이랑 나랑 애기 3명", 5), ("ko", "저랑 남편, 아이 둘", 4))


@pytest.mark.parametrize(("lang", "typed", "stored"), GROUPS)
async def test_a_group_counted_at_the_household_is_still_added_on_kakao(
    kakao: Server, lang: str, typed: str, stored: int
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("household") == stored, user.text


PETS = (("ko", "고양이는 없고 강아지 둘"), ("en", "no cats but two dogs"))


@pytest.mark.parametrize(("lang", "typed"), PETS)
async def test_pets_told_at_the_children_question_are_no_answer_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert "children" not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, "children") in user.text, user.text


async def test_pets_told_at_the_children_question_are_no_answer_on_telegram(tg: Harness) -> None:
    chat = 4541
    await tg_at(tg, chat, "ko", "children")
    await tg.say(chat, PETS[0][1])
    assert "children" not in await tg_answers(tg, chat), tg.last_text(chat)


BREEDS = (("ko", "말티즈"), ("en", "rat terrier"))


@pytest.mark.parametrize(("lang", "typed"), BREEDS)
async def test_a_breed_at_the_sex_question_is_no_other_pet_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "other_pets" not in answers and "sex" not in answers, (answers, user.text)


async def test_a_breed_at_the_sex_question_is_no_other_pet_on_telegram(tg: Harness) -> None:
    chat = 4542
    await tg_at(tg, chat, "ko", "sex")
    await tg.say(chat, "말티즈")
    assert "other_pets" not in await tg_answers(tg, chat), tg.last_text(chat)


# -- 5. a short word of an option at the worst reaction --------------------------------------------

SHORT = (("ko", "물려는거", "snap"), ("ko", "물려는거요", "snap"), ("en", "teeth", "growl"))


@pytest.mark.parametrize(("lang", "typed", "stored"), SHORT)
async def test_a_short_option_word_after_which_one_picks_it_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send("으르렁이랑 입질" if lang == "ko" else "growl, snap")  # "which one?"
    assert "worst_reaction" not in await kakao_answers(kakao, user.key), user.text
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == stored, user.text


async def test_a_short_option_word_after_which_one_picks_it_on_telegram(tg: Harness) -> None:
    chat = 4551
    await tg_at(tg, chat, "ko", "worst_reaction")
    await tg.say(chat, "으르렁이랑 입질")
    await tg.say(chat, "물려는거")
    assert (await tg_answers(tg, chat)).get("worst_reaction") == "snap", tg.last_text(chat)
