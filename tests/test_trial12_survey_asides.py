# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12: messages at a survey question that are not its answer (corpus batch 110), each
reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the
fake Bot API and the webhook), in Korean and English where the kind exists in both.

1. "아 잠깐만요 지금 애가 택배아저씨 보고 엄청 짖어요ㅠ" at the age only added barking to the
   concerns: an incident happening now is a report (saved, analysed), the question again.
4. "아니 그게 아니라 사료 바꿀까" at the health was stored as the health note and the review
   opened: a question asked by its Korean ending alone (-ㄹ까, -까요, -나요, -ㄴ가요) is a question.
3. "언제부터인진 모르겠어요" at the origin right after a report was stored as origin = don't know:
   since when / how often, not known, is detail about that report.
2. "actually no she just bumped him" at the origin right after "she nipped my son's ankle" got the
   origin again: the report taken back or made smaller is added to it and analysed again.
6. "아 잠깐 이름 잘못썼어요", "아 잠깐 나이 바꿀래요" mid-survey: that earlier answer, opened as an edit.
5. "이번주 기록" at the sex got "pick one of four": the week's view, and the question again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)


@asynccontextmanager
async def _telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[Harness]:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        yield tg


async def _tg_at(tg: Harness, chat: int, lang: str, key: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in answers_before(lang, key):
        await tg.say(chat, text)
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)


def _kept(lang: str) -> str:
    return t(lang, "report-kept-back")


def _added(lang: str) -> str:
    return t(lang, "analysis-detail-added", wait="X").split("X")[0]


# -- 1. an incident happening now ------------------------------------------------------------------

NOW = {
    "ko": ("age_months", "아 잠깐만요 지금 애가 택배아저씨 보고 엄청 짖어요ㅠ"),
    "en": ("age_months", "hold on he's barking like crazy at the mailman right now"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_incident_now_at_a_survey_question_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    key, typed = NOW[lang]
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers and not answers.get("concerns_told"), answers
    assert asked(lang, key) in user.text and _kept(lang) in user.text, user.text


@pytest.mark.parametrize(("lang", "key"), [("ko", "children"), ("ko", "concerns"), ("en", "household")])
async def test_an_incident_now_at_other_questions_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, key: str
) -> None:
    """At the children "애가" is the dog, no child; at the concerns the question stays open."""
    typed = NOW[lang][1]
    async with _telegram(fake_telegram, fake_ollama, tmp_path, lang) as tg:
        await _tg_at(tg, 12101, lang, key)
        await tg.say(12101, typed)
        await eventually(lambda: len(fake_ollama.requests) > 0)
        assert [r.text for r in await _tg_reports(tg, 12101)] == [typed]
        assert key not in await tg_answers(tg, 12101)  # the concerns: ticked, not done yet
        assert any(asked(lang, key) in x for x in tg.sent(12101)[-3:]), tg.sent(12101)[-3:]


# -- 4. a question by its Korean ending at a free-text question ------------------------------------

ASKED = {
    "ko": ("아니 그게 아니라 사료 바꿀까", "산책을 더 많이 시켜야 하나요"),
    "en": ("should i switch her food",),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_question_at_the_health_is_asked_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    for typed in ASKED[lang]:
        await user.send(typed)
        assert asked(lang, "health") in user.text, user.text  # the question again, no review
    answers = await kakao_answers(kakao, user.key)
    assert not answers.get("health"), answers
    records = await _kakao_reports(kakao, user.key)
    assert [r.text for r in records if r.is_question] == list(ASKED[lang])
    assert [r.text for r in records if not r.is_question] == []


async def test_a_question_by_its_ending_at_the_breed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _telegram(fake_telegram, fake_ollama, tmp_path, "ko") as tg:
        await _tg_at(tg, 12201, "ko", "breed")
        await tg.say(12201, "아니 그게 아니라 사료 바꿀까")
        await eventually(lambda: asked("ko", "breed") in tg.last_text(12201))
        assert "breed" not in await tg_answers(tg, 12201)
        assert [r.is_question for r in await _tg_reports(tg, 12201)] == [True]


# -- 3. and 2. about the report just sent ------------------------------------------------------------

AFTER_REPORT = {
    "ko": ("어제 산책하다가 다른 개를 보고 물려고 했어요", ("언제부터인진 모르겠어요", "아 아니 문 게 아니라 그냥 부딪힌 거예요")),
    "en": ("she nipped my son's ankle this morning", ("dunno how often it happens", "actually no she just bumped him")),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_since_when_unknown_and_the_report_taken_back_are_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    report, details = AFTER_REPORT[lang]
    fake_ollama.behaviour.delay = 1.0  # still being analysed when the detail comes
    async with _telegram(fake_telegram, fake_ollama, tmp_path, lang) as tg:
        chat = 12301
        await _tg_at(tg, chat, lang, "origin")
        await tg.say(chat, report)
        for detail in details:
            before = len(tg.sent(chat))
            await tg.say(chat, detail)
            await eventually(lambda before=before: any(_added(lang) in x for x in tg.sent(chat)[before:]))
            await eventually(lambda: asked(lang, "origin") in tg.last_text(chat))
        answers = await tg_answers(tg, chat)
        assert "origin" not in answers and "origin" not in answers.get("unknown", []), answers
        assert [r.text for r in await _tg_reports(tg, chat)] == ["\n".join((report, *details))]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_since_when_unknown_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    report, (shrug, taken_back) = AFTER_REPORT[lang]
    user = await kakao_at(kakao, lang, "origin")
    await user.send(report)
    await user.send(shrug)
    await user.send(taken_back)
    answers = await kakao_answers(kakao, user.key)
    assert "origin" not in answers and "origin" not in answers.get("unknown", []), answers
    assert asked(lang, "origin") in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [f"{report}\n{shrug}\n{taken_back}"]


async def test_the_question_s_own_dont_know_stays_its_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Control: with a report just sent, "잘 모르겠어요" alone and "몇 살인지 모르겠어요" answer the open question."""
    user = await kakao_at(kakao, "ko", "origin")
    await user.send(AFTER_REPORT["ko"][0])
    await user.send("잘 모르겠어요")
    answers = await kakao_answers(kakao, user.key)
    assert "origin" in answers.get("unknown", []), answers
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [AFTER_REPORT["ko"][0]]


# -- 6. an earlier answer named to be changed --------------------------------------------------------

EDITS = (
    ("ko", "sex", "아 잠깐 이름 잘못썼어요", "name", "보리"),
    ("ko", "breed", "아 잠깐 나이 바꿀래요", "age_months", "5살"),
    ("ko", "household", "나이 잘못 적었어요", "age_months", "5살"),
    ("en", "breed", "i put the wrong age", "age_months", "5"),
    ("en", "household", "can i change the name", "name", "Bo"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "field", "value"), EDITS)
async def test_an_earlier_answer_named_to_be_changed_opens_its_edit_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, field: str, value: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert t(lang, f"survey-q-{field}", name=NAME[lang]).split("\n")[0] in user.text, user.text
    await user.send(value)
    answers = await kakao_answers(kakao, user.key)
    assert answers[field] == ({"5살": 60, "5": 60}.get(value, value)), answers
    assert key not in answers, answers
    assert await _kakao_reports(kakao, user.key) == []


async def test_an_earlier_answer_named_to_be_changed_on_telegram(tg: Harness) -> None:
    await _tg_at(tg, 12401, "ko", "sex")
    await tg.say(12401, "아 잠깐 나이 바꿀래요")
    assert asked("ko", "age_months").split("\n")[0] in tg.last_text(12401), tg.sent(12401)[-2:]
    await tg.say(12401, "5살")
    assert (await tg_answers(tg, 12401))["age_months"] == 60


# -- 5. commands typed at a survey question ----------------------------------------------------------

COMMANDS = (
    ("ko", "sex", "이번주 기록"),
    ("ko", "breed", "이번 주 기록"),
    ("ko", "health", "이번주 기록"),
    ("en", "sex", "this week's records"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), COMMANDS)
async def test_a_command_at_a_survey_question_runs_and_the_question_comes_again_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    """The week's view (none yet), then the question; nothing stored as its answer."""
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    said = t(lang, "week-empty-dog", name=NAME[lang])
    assert said in user.text and asked(lang, key) in user.text, user.text
    assert key not in await kakao_answers(kakao, user.key)


async def test_a_command_at_a_survey_question_on_telegram(tg: Harness) -> None:
    await _tg_at(tg, 12501, "ko", "sex")
    await tg.say(12501, "이번주 기록")
    said = t("ko", "week-empty-dog", name=NAME["ko"])
    assert any(said in x for x in tg.sent(12501)[-3:]), tg.sent(12501)[-3:]
    assert asked("ko", "sex") in tg.last_text(12501)
