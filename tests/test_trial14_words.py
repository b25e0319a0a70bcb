# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 14's words (corpus batch 121), each reproduced through a real channel first (Kakao
over the skill's HTTP, Telegram pushed), Korean and English, then fixed for its kind. The fake
Ollama counts /api/chat calls: the model is asked only for reports and coach questions.

1. Names that were sentences or voice typing: "his name is Cooper period" named "Cooper period",
   "the dog's name is Rufus full stop" "Rufus full stop" (dictated punctuation is no part of a
   name); "별이로 할게요" named "별이로 할게" (별이); "네 명 이요" (voice typing of "네 명이요",
   four people) after the survey's offer named the dog "명이" ("네" before a unit is a number).
2. "요번주 어땠어" was glued onto the last report and analysed again: the week, as "이번 주".
3. Commands in words missed: "erase my account" (the delete, asked first), "forget rex" (that
   dog removed, asked first), "리포트 보여줘" (the history: 리포트 is 기록, a report).
4. Non-reports sent to the model: "안녕하세요 도그코치 맞나요" as the first message (the welcome);
   "좋은 방법이네요 해볼게요" at a survey question (the plan, then the question); "we tried it for
   3 days, no change honestly" after a result (a check-in "the same", as "it got worse" is).
5. Feedback on the advice: "이거 별로 도움 안되는듯" after a result was "not understood" (kept as
   "the same", the not-helpful reply); "해봤는데 효과 있어요!!", "오늘은 안짖었어요 ㅋㅋㅋ" at a
   survey question got the question again with nothing kept (a check-in "better", then it).
6. "3번" at a survey question with a report's "how often?" asked was "an option's number": three
   times, detail for the report.
7. Small talk at a survey question: "thanks a ton!!" got "send a number from 1 to 20", "근데 너
   사람이야?" "pick an option": the short reply (the bot's own answer), then the question.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.handlers.results.render import SKIP_FOLLOWUP
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop45_ux import paused_at
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
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial10_after import ONE_DOG, _one_dog_at_frequency

# -- 1. names that are sentences or voice typing ----------------------------------------------------

NAMES = {
    "ko": [("별이로 할게요", "별이"), ("콩이로 할게", "콩이"), ("이름은 두부로 했어요", "두부")],
    "en": [
        ("his name is Cooper period", "Cooper"),
        ("the dog's name is Rufus full stop", "Rufus"),
        ("Max period", "Max"),
    ],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_in_a_sentence_or_dictated_is_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, name in NAMES[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["name"] == name, (typed, user.text)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.text)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_in_a_sentence_or_dictated_is_the_name_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    for i, (typed, name) in enumerate(NAMES[lang]):
        chat = 140100 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat))["name"] == name, typed
    assert _model_calls(fake_ollama) == 0


FIRST_REPORT = "우리 강아지가 산책할 때 줄을 너무 당겨요"


async def test_voice_typed_four_people_after_the_offer_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = kakao.user(lang="ko")
    await user.send(FIRST_REPORT)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send("네 명 이요")
    assert "명이" not in user.text, user.text
    try:
        answers = await kakao_answers(kakao, user.key)
    except AssertionError:  # no dog yet
        answers = {}
    assert answers.get("name") != "명이", answers


async def test_voice_typed_four_people_at_the_name_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 140200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "네 명 이요")
    assert t("ko", "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "네 콩이요")  # a yes and a name still is the name
    assert (await tg_answers(tg, chat))["name"] == "콩이"


# -- 2. "요번주 어땠어": the week -------------------------------------------------------------------


async def _kakao_done(kakao: Server, lang: str) -> object:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for answer in answers_before(lang, "review"):
        await user.send(answer)
    await user.send("네" if lang == "ko" else "yes")
    return user


async def _tg_done(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for answer in answers_before(lang, "review"):
        await tg.say(chat, answer)
    await tg.say(chat, "네" if lang == "ko" else "yes")


WEEK = {"ko": "요번주 어땠어", "en": "how was this week"}
KO_REPORT = "콩이가 밤마다 현관에서 짖어요"


def _week_shown(lang: str, text: str) -> bool:
    return t(lang, "week-empty") in text or "📊" in text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_this_week_asked_after_a_report_is_the_week_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user: object = await _kakao_done(kakao, lang)
    report = KO_REPORT if lang == "ko" else "Rex barks at the door every night"
    await user.send(report)  # type: ignore[attr-defined]
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    calls = _model_calls(fake_ollama)
    await user.send(WEEK[lang])  # type: ignore[attr-defined]
    assert _week_shown(lang, user.text), user.text  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await kakao_reports(kakao, user.key) == [report]  # type: ignore[attr-defined]


async def test_this_week_asked_after_a_report_is_the_week_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 140300
        await _tg_done(tg, chat, "ko")
        await tg.say(chat, KO_REPORT)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.3)
        calls = _model_calls(fake_ollama)
        await tg.say(chat, WEEK["ko"])
        assert any(_week_shown("ko", text) for text in tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls
        assert await tg_reports(tg, chat) == [KO_REPORT]


# -- 3. commands in words ----------------------------------------------------------------------------

COMMANDS = {
    "ko": [("리포트 보여줘", "history")],
    "en": [("erase my account", "delete"), ("forget rex", "removedog")],
}


def _command_shown(lang: str, command: str, text: str) -> bool:
    if command == "delete":
        return t(lang, "delete-ask") in text
    if command == "removedog":
        return t(lang, "profile-remove-ask", name=NAME[lang]) in text
    empty = (t(lang, "history-empty"), t(lang, "history-empty-dog", name=NAME[lang]))
    return "📚" in text or any(said in text for said in empty)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_words_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    for typed, command in COMMANDS[lang]:
        user: object = await _kakao_done(kakao, lang)
        await user.send(typed)  # type: ignore[attr-defined]
        assert _command_shown(lang, command, user.text), (typed, user.text)  # type: ignore[attr-defined]
        assert await kakao_reports(kakao, user.key) == []  # type: ignore[attr-defined]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_words_on_telegram(tg: Harness, fake_ollama: FakeOllama, lang: str) -> None:
    for i, (typed, command) in enumerate(COMMANDS[lang]):
        chat = 140400 + 10 * i + (lang == "en")
        await _tg_done(tg, chat, lang)
        await tg.say(chat, typed)
        texts = " ".join(tg.sent(chat)[-2:])
        assert _command_shown(lang, command, texts), (typed, tg.sent(chat)[-2:])
        assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


# -- 4. non-reports sent to the model ----------------------------------------------------------------

FIRST = {"ko": "안녕하세요 도그코치 맞나요", "en": "hi is this dogcoach?"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_greeting_asking_about_the_bot_first_is_the_welcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])
    assert t(lang, "survey-q-name") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_greeting_asking_about_the_bot_first_is_the_welcome_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 140500 + (lang == "en")
    await tg.say(chat, FIRST[lang], language_code=lang)
    assert t(lang, "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


PLAN_AT = {"ko": ("origin", "좋은 방법이네요 해볼게요"), "en": ("household", "good idea, will try that")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_plan_at_a_survey_question_is_no_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    key, typed = PLAN_AT[lang]
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert t(lang, "talk-plan") in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await kakao_reports(kakao, user.key) == []


async def test_a_plan_at_a_survey_question_is_no_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 140600
    key, typed = PLAN_AT["ko"]
    await tg_at(tg, chat, "ko", key)
    await tg.say(chat, typed)
    assert asked("ko", key) in tg.last_text(chat), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


# -- 4 and 5. feedback on the advice after a result: kept against the plan ----------------------------

FEEDBACK = [
    ("en", "we tried it for 3 days, no change honestly"),
    ("ko", "3일 해봤는데 솔직히 변화 없어요"),
    ("ko", "이거 별로 도움 안되는듯"),
    ("en", "this isn't really helping"),
]


@pytest.mark.parametrize(("lang", "typed"), FEEDBACK)
async def test_no_change_after_a_result_is_kept_as_the_same_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    await user.tap(SKIP_FOLLOWUP)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [("same", typed)], user.text


@pytest.mark.parametrize(("lang", "typed"), FEEDBACK[:3])
async def test_no_change_after_a_result_is_kept_as_the_same_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    await outcome_after_result_on_telegram(fake_telegram, fake_ollama, tmp_path, lang, typed, "same")


async def outcome_after_result_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    """`typed` right after a result's plan (📌) on Telegram: no model call, no report, and kept
    against the plan as a check-in's `outcome` with `typed` as its note."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 140700
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, said, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, tg.sent(chat)
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [(r.outcome, r.note) for r in rows if r.outcome is not None] == [(outcome, typed)]


# -- 5. it worked, told at a survey question; 6. "3번" there with "how often?" asked ----------------

MID_SURVEY_REPORT = {
    "ko": "콩이가 산책할 때 다른 개만 보면 계속 짖어요",
    "en": "Rex barks at every dog on our walks",
}
WORKED = {"ko": ["해봤는데 효과 있어요!!", "오늘은 안짖었어요 ㅋㅋㅋ"], "en": ["tried it and it worked!!"]}


async def _kakao_result_at(kakao: Server, fake: FakeOllama, lang: str, key: str) -> object:
    fake.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await kakao_at(kakao, lang, key)
    await user.send(MID_SURVEY_REPORT[lang])
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    return user


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_it_worked_at_a_survey_question_is_kept_as_better_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user: Any = await _kakao_result_at(kakao, fake_ollama, lang, "household")
    calls = _model_calls(fake_ollama)
    for typed in WORKED[lang]:
        await user.send(typed)
        assert asked(lang, "household") in user.text, (typed, user.text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await _checkin_notes(kakao, user.key) == [("better", typed) for typed in WORKED[lang]]
    assert "household" not in await kakao_answers(kakao, user.key)


async def test_it_worked_at_a_survey_question_is_kept_as_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("ko", missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 140800
        await tg_at(tg, chat, "ko", "origin")
        await tg.say(chat, MID_SURVEY_REPORT["ko"])
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        calls = _model_calls(fake_ollama)
        for typed in WORKED["ko"]:
            await tg.say(chat, typed)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, tg.sent(chat)
        # the question (five options) in full once after such news, then where the survey is
        # paused, in one line with its button (English owner trial 30: the list after every reply)
        assert paused_at("ko", "콩이", "origin") in tg.last_text(chat), tg.last_text(chat)
        assert sum(asked("ko", "origin") in text for text in tg.sent(chat)[-4:]) == 1, tg.sent(chat)[-4:]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [(r.outcome, r.note) for r in rows if r.outcome is not None] == [
            ("better", typed) for typed in WORKED["ko"]
        ]


THREE_TIMES = {"ko": "3번", "en": "3 times"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_three_times_at_a_survey_question_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    user: Any = await kakao_at(kakao, lang, "owned_months")
    await user.send(MID_SURVEY_REPORT[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send(THREE_TIMES[lang])
    assert t(lang, "survey-position-no-options", typed=THREE_TIMES[lang]) not in user.text, user.text
    assert asked(lang, "owned_months") in user.text, user.text
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports] == [f"{MID_SURVEY_REPORT[lang]}\n{THREE_TIMES[lang]}"], user.texts


async def test_three_times_at_a_survey_question_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("ko", missing=["frequency"])
    async with harness(fake_telegram, settings) as tg:
        chat = 140900
        await tg_at(tg, chat, "ko", "owned_months")
        await tg.say(chat, MID_SURVEY_REPORT["ko"])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await tg.say(chat, "3번")
        await asyncio.sleep(0.3)
        reports = await _tg_reports(tg, chat)
        assert [r.text for r in reports] == [f"{MID_SURVEY_REPORT['ko']}\n3번"], tg.sent(chat)[-4:]


# -- 7. small talk at a survey question ---------------------------------------------------------------

ASIDES = {
    "ko": [("worst_reaction", "근데 너 사람이야?", "coach-about")],
    "en": [("household", "thanks a ton!!", "talk-thanks"), ("sex", "are you a bot?", "coach-about")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_small_talk_at_a_survey_question_then_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for key, typed, reply in ASIDES[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert t(lang, reply) in user.text, (typed, user.text)
        assert asked(lang, key) in user.text, (typed, user.text)
        assert key not in await kakao_answers(kakao, user.key)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_small_talk_at_a_survey_question_then_the_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    key, typed, reply = ASIDES[lang][0]
    chat = 141000 + (lang == "en")
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    texts = " ".join(tg.sent(chat)[-3:])
    assert t(lang, reply) in texts, tg.sent(chat)[-3:]
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0
