# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 47, closing the loop (corpus batches 313-314), each reproduced through a real channel first
(Kakao with its check-in pushed through the Event API or the skill webhook, Telegram over the fake
Bot API), in Korean and English, the stored rows read back.

1. A due check-in answered as owners do: an outcome in words (better, the same, worse, not tried)
   is the check-in's, its words the note, no report, no model call; a new incident told beside
   "better" is a report of its own; thanks is small talk, the check-in left open. A question about
   going on with the step, "should we keep doing it like this?" (English), got "please pick one"
   where "계속 이렇게 하면 되나요?" was a question for the coach: now a question too (batch 313).
2. "한달째 매일 그래요ㅠ 이름은 호두" at the name question with a report waiting: 호두 was taken
   (stop 46) and "한달째 매일 그래요" (how often, since when) lost. Now added to that report as
   detail, the name kept (batch 314).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.checkin_due import pushed_answer_kept_on_telegram
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import kakao_answers, kakao_reports, tg_answers, tg_reports
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import REPORT, STEP, _answered, _kakao_pushed, _telegram_plan

# -- 1. a due check-in answered ------------------------------------------------------------------

OUTCOMES = [
    ("ko", "좀 나아졌어요 근데 아직 손님오면 짖어요", "better"),
    ("ko", "똑같아요ㅠ", "same"),
    ("ko", "아직 못해봤어요", "not_tried"),
    ("en", "worse tbh", "worse"),
    ("en", "didnt get a chance yet", "not_tried"),
    ("en", "we tried twice, he still barks but less", "better"),
]
INCIDENT = [
    ("ko", "괜찮아졌어요 근데 오늘 산책하다 다른 개한테 달려들었어요"),
    ("en", "better now but today on our walk he lunged at another dog"),
]
# what the report holds: the incident after the "but" (tests/test_stop47_checkin2.py)
TOLD = {
    INCIDENT[0][1]: "오늘 산책하다 다른 개한테 달려들었어요",
    INCIDENT[1][1]: "today on our walk he lunged at another dog",
}
TALK = [("ko", "ㅋㅋ 감사해요"), ("en", "lol thanks")]
ASKED = [
    ("ko", "계속 이렇게 하면 되나요?"),
    ("en", "should we keep doing it like this?"),
    ("en", "how long should we keep doing this?"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), OUTCOMES)
async def test_an_outcome_in_words_answers_the_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text", "outcome"), OUTCOMES)
async def test_an_outcome_in_words_answers_the_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    await pushed_answer_kept_on_telegram(fake_telegram, fake_ollama, tmp_path, 4741, lang, text, outcome)


@pytest.mark.parametrize(("lang", "text"), INCIDENT)
async def test_a_new_incident_beside_better_is_its_own_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)], owner.texts
        reports = await _kakao_reports(srv, owner.key)
        assert [r.text for r in reports] == [REPORT[lang], TOLD[text]]


@pytest.mark.parametrize(("lang", "text"), INCIDENT)
async def test_a_new_incident_beside_better_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4742
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], TOLD[text]]


@pytest.mark.parametrize(("lang", "text"), TALK)
async def test_thanks_at_the_check_in_leaves_it_open_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [] and rows[0].status == "sent", owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang])
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), ASKED)
async def test_a_question_at_the_check_in_is_for_the_coach_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """ "should we keep doing it like this?": "Please pick one: better, the same, …"."""
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await eventually(lambda: _model_calls(fake_ollama) == calls + 1)
        assert t(lang, "coaching-checkin-reask") not in owner.text, owner.texts
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [] and rows[0].status == "sent"
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang])


@pytest.mark.parametrize(("lang", "text"), TALK[1:] + ASKED[1:2])
async def test_thanks_or_a_question_at_the_check_in_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4743
    asked = (lang, text) in ASKED
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        shown = len(tg.sent(chat))
        await tg.say(chat, text, language_code=lang)
        question = t(lang, "coaching-checkin-question", text=STEP[lang])
        await eventually(lambda: question in tg.sent(chat)[shown:])
        await asyncio.sleep(0.5)
        assert t(lang, "coaching-checkin-reask") not in tg.sent(chat)[shown:], tg.sent(chat)[shown:]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [] and rows[0].status == "sent"
        assert _model_calls(fake_ollama) == calls + asked


# -- 2. detail told before the name, a report waiting ---------------------------------------------

NAMED = [
    ("ko", "한달째 매일 그래요ㅠ 이름은 호두", "한달째 매일 그래요ㅠ", "호두"),
    ("en", "every day for a month now :( his name is Milo", "every day for a month now :(", "Milo"),
]
FIRST = {"ko": "손님이 오면 현관에서 계속 짖어요", "en": "He keeps barking at the door whenever guests come"}


@pytest.mark.parametrize(("lang", "typed", "detail", "name"), NAMED)
async def test_detail_before_the_name_is_added_to_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, detail: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])  # reported first, then started the survey
    await user.send("/start")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.texts)
    assert await kakao_reports(kakao, user.key) == [f"{FIRST[lang]}\n{detail}"], user.texts
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed", "detail", "name"), NAMED)
async def test_detail_before_the_name_is_added_to_the_report_on_telegram(
    tg: Harness, lang: str, typed: str, detail: str, name: str
) -> None:
    chat = 4744
    await tg.say(chat, FIRST[lang], language_code=lang)
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed, language_code=lang)
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == name, (answers, tg.sent(chat)[-3:])
    assert await tg_reports(tg, chat) == [f"{FIRST[lang]}\n{detail}"], tg.sent(chat)[-3:]
    assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_told_last_with_no_report_waiting_adds_nothing_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Control: with no report, the name alone is taken and nothing is stored as a report."""
    typed, _detail, name = NAMED[0 if lang == "ko" else 1][1:]
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("name") == name
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0
