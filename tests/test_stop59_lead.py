# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 59, lead.

1. The sex told as its value with a change word and no field word ("암컷으로
바꿔주세요", "switch to female please") was read as switching to a dog called "암컷" / "female":
with one dog, the owner was offered to add a dog of that name, the sex unchanged.

Now the sex's values are words of its field (`understanding-field-sex-value`): the sex's edit,
which keeps a whole answer told with it ("수컷 중성화로": changed at once, said in one line) and
asks the question again for half of one ("암컷으로": spayed or not). Both cases failed at 0dfa6ccb (the
reply offered a new dog named after the value).

2. The verification trial (Kakao, Korean): "보통 8시간정도 혼자있어요ㅠㅠ" at the hours alone, the first
   report's result shown a few questions before, was glued onto that report and analysed again,
   the hours asked again: "보" (steps, `understanding-measure-unit`) read in "보통" ("usually") made
   it a distance told, detail of the report. "보" is no unit any more; failed at 0dfa6ccb (Kakao:
   a Telegram version, waiting for the result to be shown, timed out under the full run's load
   and was taken out; the corpus rows hold the reading for every channel).
3. The trial (terminal): "3명", "6시간에서 8시간" typed at a result's question were glued onto the
   report and analysed again. A number of people alone (`BARE_PEOPLE`) and a range of hours
   (`understanding-followup-span-joiner`) are said back and the question asked again, as a length
   of time alone is (stop 55); failed at 0dfa6ccb.
4. The trial (Telegram, English): a photo captioned "she did this to the sofa" got "I can only read
   text", its words dropped: damage pointed at ("did this to the", "did this to my") is behaviour
   (`understanding-behaviour-verb`), as "did to the sofa" was; the caption kept as a report and
   analysed, on Telegram and Kakao; failed at 0dfa6ccb.
5. Review of helper misc59's change ("did you delete bruno" without "?" is asked, not a removal):
   naming no dog of the owner's ("did you delete max"), it became a question for the coach model
   (before, the removal command said there was no such dog). Now it says no dog of theirs was
   removed and lists their dogs (`removed-dog-none-asked`), never the model.
6. Review of helper held15's report: "he just bit a visitor's hand" typed at the household was
   kept as a concern only (its past not seen: "-ed" misses "bit"), the bite never analysed.
   Irregular past forms told once (`understanding-past-told`) make it a report; failed before.
7. The trial (terminal): answers told before the survey ("열세 살" after a first report, "noted, not
   asked again") were dropped by "언어": the language question replaced the idle state and its
   data. A question set aside from idle keeps the idle state's data (`resume.suspend`); failed
   before, in the terminal and on Kakao.
8. The trial (Kakao): "강아지 바꾸기", "강아지 삭제" at the first survey's name question offered the
   survey under way ("no dog yet, say 강아지 소개") and did not ask the question again. Now said
   that finishing the survey registers the dog, and the question again; failed before.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.bot.engine import Engine
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_dogs_answers, kakao_photo, tg_dogs_answers, tg_settings
from tests.test_checkins_channels import t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_followup_not_reports import REPORT as FOLLOWED
from tests.test_followup_not_reports import _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop47_aside import REPORT, _shown_at
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)

# (language, the dog's name in the setup, typed, the sex typed at the question asked again or None
# when the answer told is whole and kept at once, stored after)
TOLD = [
    ("ko", "콩이", "암컷으로 바꿔주세요", "여아 중성화", "female_spayed"),
    ("ko", "콩이", "수컷 중성화로 바꿔주세요", None, "male_neutered"),
    ("en", "Rex", "switch to female please", "female spayed", "female_spayed"),
]


def _sex_asked(lang: str, name: str, text: str) -> bool:
    return t(lang, "survey-q-sex", name=name) in text


@pytest.mark.parametrize(("lang", "name", "typed", "answer", "stored"), TOLD)
async def test_the_sex_told_as_its_value_is_asked_again_on_kakao(
    kakao: Server, lang: str, name: str, typed: str, answer: str | None, stored: str
) -> None:
    user = await kakao_owner(kakao, lang, "intact" if stored.startswith("male") else "intact_female")
    await user.send(typed)
    assert _sex_asked(lang, name, user.text) is (answer is not None), user.text
    if answer is not None:
        await user.send(answer)
    dogs = await kakao_dogs_answers(kakao, user.key)
    assert list(dogs) == [name], (dogs, user.text)  # no dog named after the value
    assert dogs[name].get("sex") == stored, (dogs, user.text)


@pytest.mark.parametrize(("lang", "name", "typed", "answer", "stored"), TOLD)
async def test_the_sex_told_as_its_value_is_asked_again_on_telegram(
    tg: Harness, lang: str, name: str, typed: str, answer: str | None, stored: str
) -> None:
    chat = 59000 + TOLD.index((lang, name, typed, answer, stored))
    await tg_owner(tg, chat, lang, "intact" if stored.startswith("male") else "intact_female")
    await tg.say(chat, typed)
    assert _sex_asked(lang, name, tg.last_text(chat)) is (answer is not None), tg.sent(chat)[-2:]
    if answer is not None:
        await tg.say(chat, answer)
    dogs = await tg_dogs_answers(tg, chat)
    assert list(dogs) == [name], (dogs, tg.sent(chat)[-2:])  # no dog named after the value
    assert dogs[name].get("sex") == stored, (dogs, tg.sent(chat)[-2:])


# -- 2. "보통" is no distance ---------------------------------------------------------------------

USUALLY = ["보통 8시간정도 혼자있어요ㅠㅠ", "보통 8시간정도요"]


@pytest.mark.parametrize("typed", USUALLY)
async def test_usually_at_the_hours_alone_is_their_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, "ko", "alone_hours")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts  # not analysed again
    assert await kakao_reports(kakao, user.key) == [REPORT["ko"]], user.texts
    assert (await kakao_answers(kakao, user.key)).get("alone_hours") == 8, user.texts


# -- 3. people counted, or a range of hours, at a result's question --------------------------------

# (language, typed at "how often?", the line said back)
BARE = [
    ("ko", "3명", "analysis-followup-people"),
    ("en", "3 people", "analysis-followup-people"),
    ("ko", "6시간에서 8시간", "analysis-followup-span"),
    ("en", "6 to 8 hours", "analysis-followup-span"),
]


@pytest.mark.parametrize(("lang", "typed", "said"), BARE)
async def test_a_bare_amount_at_a_results_question_is_not_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, said: str
) -> None:
    user = kakao.user(lang=lang)
    await _until_followup(user, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, said, text=typed) in user.text, user.text
    assert t(lang, "analysis-followup-frequency") in user.text, user.text  # asked again
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text  # not analysed again
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [FOLLOWED[lang]]


@pytest.mark.parametrize(("lang", "typed", "said"), BARE)
async def test_a_bare_amount_at_a_results_question_is_not_added_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    said: str,
) -> None:
    chat = 59200 + BARE.index((lang, typed, said))
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: tg.last_text(chat).endswith(question))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed, language_code=lang)
        assert any(t(lang, said, text=typed) in m for m in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [FOLLOWED[lang]]


# -- 4. a photo's caption pointing at damage --------------------------------------------------------

CAPTIONS = ["she did this to the sofa", "he did this to my shoes"]


@pytest.mark.parametrize("caption", CAPTIONS)
async def test_a_caption_pointing_at_damage_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, caption: str
) -> None:
    chat = 59300 + CAPTIONS.index(caption)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, "en")
        await tg.fake.deliver_photo(chat, caption=caption)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        assert [r.text for r in await _tg_reports(tg, chat)] == [caption], tg.sent(chat)[-3:]


@pytest.mark.parametrize("caption", CAPTIONS)
async def test_a_caption_pointing_at_damage_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, caption: str
) -> None:
    user = await kakao_owner(kakao, "en")
    said = await kakao_photo(kakao, user.key, caption, "en")
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [caption], said
    await eventually(lambda: _model_calls(fake_ollama) >= 1)


# -- 5. whether a dog that was never theirs was removed ----------------------------------------------

NEVER_THEIRS = [("ko", "콩이", "맥스 지웠어"), ("en", "Rex", "did you delete max")]


@pytest.mark.parametrize(("lang", "name", "typed"), NEVER_THEIRS)
async def test_asking_whether_a_dog_never_theirs_was_removed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, name: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "removed-dog-none-asked", dogs=name) in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.text
    assert list(await kakao_dogs_answers(kakao, user.key)) == [name]


@pytest.mark.parametrize(("lang", "name", "typed"), NEVER_THEIRS)
async def test_asking_whether_a_dog_never_theirs_was_removed_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    name: str,
    typed: str,
) -> None:
    chat = 59400 + NEVER_THEIRS.index((lang, name, typed))
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert any(t(lang, "removed-dog-none-asked", dogs=name) in m for m in tg.sent(chat)[-2:]), tg.sent(
            chat
        )[-2:]
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == 0, tg.sent(chat)[-2:]
        assert list(await tg_dogs_answers(tg, chat)) == [name]


# -- 6. a bite told in an irregular past at a survey question ----------------------------------------

BIT = "he just bit the visitor"


async def test_a_bite_told_in_the_past_at_the_survey_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "en", "household")
    await user.send(BIT)
    assert await kakao_reports(kakao, user.key) == [BIT], user.texts
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    assert "household" not in await kakao_answers(kakao, user.key)


async def test_a_bite_told_in_the_past_at_the_survey_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_at(tg, 59500, "en", "household")
        await tg.say(59500, BIT)
        assert await tg_reports(tg, 59500) == [BIT], tg.sent(59500)[-3:]
        await eventually(lambda: _model_calls(fake_ollama) >= 1)


# -- 7. answers told before the survey kept across the language question ------------------------------

FIRST = {"ko": "우리 개가 산책할 때 자전거만 보면 쫓아가요", "en": "my dog chases bikes on every walk"}
AGE = {"ko": "열세 살", "en": "he's 13 years old"}
NAME = {"ko": "구름이", "en": "Cloud"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_answers_told_before_the_survey_outlast_the_language_question_in_the_terminal(
    sqlite_engine: Engine, lang: str
) -> None:
    chat = Chat(sqlite_engine, f"lead59-lang-{lang}", hint=lang)
    await chat.send(FIRST[lang])
    await chat.send(AGE[lang])
    await chat.send("/language")
    await chat.tap(f"lang:{lang}")
    await chat.send("/start")
    await chat.send(NAME[lang])
    assert chat.question == "sex", chat.texts  # the age told before is not asked


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_answers_told_before_the_survey_outlast_the_language_question_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])
    await user.send(AGE[lang])
    await user.send("/language")
    await user.tap(f"lang:{lang}")
    await user.send("/start")
    await user.send(NAME[lang])
    assert _sex_asked(lang, NAME[lang], user.text), user.text  # the age told before is not asked


# -- 8. a dog switched or removed during the first survey -----------------------------------------------

NO_DOG_YET = [("ko", "강아지 바꾸기"), ("ko", "강아지 삭제"), ("en", "switch dog"), ("en", "remove dog")]


@pytest.mark.parametrize(("lang", "typed"), NO_DOG_YET)
async def test_a_dog_switched_before_any_is_registered_keeps_the_survey_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    name_asked = t(lang, "survey-q-name")
    assert name_asked in user.text, user.text
    await user.send(typed)
    assert t(lang, "profile-none-survey-open") in user.text, user.text
    assert name_asked in user.text, user.text  # the question again
    assert t(lang, "profile-none-offer") not in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), NO_DOG_YET)
async def test_a_dog_switched_before_any_is_registered_keeps_the_survey_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 59600 + NO_DOG_YET.index((lang, typed))
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    said = tg.sent(chat)[-3:]
    assert any(t(lang, "profile-none-survey-open") in m for m in said), said
    assert t(lang, "survey-q-name") in tg.last_text(chat), said
