# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, meta (owner trial): questions about the bot itself and news beside its questions, each
reproduced through a real channel first (Kakao over the skill's HTTP, Telegram over the fake Bot
API), in Korean and English, what was stored read back (corpus batches 356-358).

1. "그게 무슨 뜻이에요", "무슨말이에요?", "what does that mean" right after a result was shown, with
   the survey still open: a question sent to the coach model and kept ("그게 무슨 뜻이에요"), or
   "Sorry, I wasn't clear" (the others); idle after a result the same. Now the result's terms in
   plain words (`talk-result-meant`), nothing kept, no model call, the survey question again. A
   part of the result named ("what does 'reward quiet moments' mean?") is still the coach's.
2. "이거 얼마나 걸려요?" (how long does this take?) got the price answer ("이거 얼마" is in the price
   words); "how long will it take" at a survey question went to the coach model. At a survey
   question: how many questions are left; while a report waits: its result's status.
3. At the check-in's question, news of the dog's health ("배탈은 다 나았어요") got only "please pick
   one": said back kindly, kept as the check-in's note with the answer that follows, the step's
   outcome asked again (health news is no outcome of a behaviour plan: owner trial 31).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.checkin_due import asked as checkin_asked
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import answers_before, asked, kakao_answers, kakao_at, t, tg_answers
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

REPORT = {"ko": "쿠키가 발만지면 물어요", "en": "he bites when i touch his paws"}

# -- 1. what the result means, asked right after it -----------------------------------------------

MEANT = (
    ("ko", "그게 무슨 뜻이에요"),
    ("ko", "무슨말이에요?"),
    ("ko", "이게 무슨 의미예요?"),
    ("ko", "ABC가 뭐예요?"),
    ("en", "what does that mean"),
    ("en", "what does that mean?"),
    ("en", "sorry what does ABC mean"),
    ("en", "i don't get it"),
)  # fmt: skip


async def _kakao_result_mid_survey(kakao: Server, fake_ollama: FakeOllama, lang: str) -> KakaoUser:
    """A Kakao owner at the exercise question whose report's result was just shown."""
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send(REPORT[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    if t(lang, "analysis-summary") not in user.text:
        await user.send("/result")
    assert t(lang, "analysis-summary") in " ".join(user.texts), user.texts
    return user


@pytest.mark.parametrize(("lang", "typed"), MEANT)
async def test_what_the_result_means_mid_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _kakao_result_mid_survey(kakao, fake_ollama, lang)
    before = await kakao_answers(kakao, user.key)
    await user.send(typed)
    assert user.texts[0] == t(lang, "talk-result-meant"), user.texts
    assert asked(lang, "exercise_minutes") in user.text, user.texts  # the survey question again
    await asyncio.sleep(0.3)
    assert await kakao_answers(kakao, user.key) == before
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]
    assert _model_calls(fake_ollama) == 1


async def test_what_the_result_means_mid_survey_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, typed) in enumerate(MEANT, 49101):
            fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
            await tg.say(chat, "/start", language_code=lang)
            for text in answers_before(lang, "exercise_minutes"):
                await tg.say(chat, text)
            await tg.say(chat, REPORT[lang])
            # its result pushed, its plan last
            await eventually(lambda: any(x.startswith("📌") for x in tg.sent(chat)))  # noqa: B023
            await asyncio.sleep(0.3)
            calls = _model_calls(fake_ollama)
            before = len(tg.sent(chat))
            answers = await tg_answers(tg, chat)
            await tg.say(chat, typed)
            said = tg.sent(chat)[before:]
            assert said[0] == t(lang, "talk-result-meant"), (typed, said)
            assert asked(lang, "exercise_minutes") in said[-1], said
            assert await tg_answers(tg, chat) == answers
            assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
            await asyncio.sleep(0.2)
            assert _model_calls(fake_ollama) == calls, typed


@pytest.mark.parametrize(("lang", "typed"), MEANT[:2] + MEANT[4:5])
async def test_what_the_result_means_idle_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await kakao_owner(kakao, lang)
    await user.send(REPORT[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    if t(lang, "analysis-summary") not in user.text:
        await user.send("/result")
    await user.send(typed)
    assert t(lang, "talk-result-meant") in user.texts, user.texts
    await asyncio.sleep(0.3)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]
    assert _model_calls(fake_ollama) == 1


async def test_a_part_of_the_result_asked_about_is_the_coachs_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await _kakao_result_mid_survey(kakao, fake_ollama, "en")
    await user.send("what does reward quiet moments mean exactly")
    assert t("en", "talk-result-meant") not in user.texts, user.texts
    await eventually(lambda: _model_calls(fake_ollama) == 2)  # a question for the coach


# -- 2. how long it takes: never the price ---------------------------------------------------------

HOW_LONG = (
    ("ko", "이거 얼마나 걸려요?"),
    ("ko", "얼마나 걸려요"),
    ("ko", "이거 오래 걸리나요?"),
    ("en", "how long does this take"),
    ("en", "how long will it take"),
    ("en", "how long is this gonna take?"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "typed"), HOW_LONG)
async def test_how_long_at_a_survey_question_is_how_many_are_left_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert t(lang, "coach-price") not in user.texts, user.texts
    assert user.texts[0] == t(lang, "survey-left", count=12), user.texts
    assert asked(lang, "breed") in user.text, user.texts
    assert "breed" not in await kakao_answers(kakao, user.key)
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 0


async def test_how_long_at_a_survey_question_is_how_many_are_left_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed) in enumerate(HOW_LONG, 49201):
        await tg.say(chat, "/start", language_code=lang)
        for text in answers_before(lang, "breed"):
            await tg.say(chat, text)
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = tg.sent(chat)[before:]
        assert said[0] == t(lang, "survey-left", count=12), (typed, said)
        assert "breed" not in await tg_answers(tg, chat)
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed"), HOW_LONG)
async def test_how_long_while_the_analysis_runs_is_its_status_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.delay = 4.0
    user = await kakao_owner(kakao, lang)
    await user.send(REPORT[lang])
    await user.send(typed)
    assert user.texts[0].startswith("⏳"), user.texts  # the result's status (/result)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


async def test_how_long_while_the_analysis_runs_is_its_status_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.delay = 4.0
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, typed) in enumerate(HOW_LONG[::3], 49211):
            await tg_owner(tg, chat, lang)
            await tg.say(chat, REPORT[lang])
            await tg.say(chat, typed)
            assert tg.last_text(chat).startswith("⏳"), (typed, tg.sent(chat)[-3:])
            assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]


@pytest.mark.parametrize(("lang", "typed"), [("ko", "이거 얼마예요?"), ("en", "is this free?")])
async def test_the_price_asked_is_still_the_price_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert user.texts[0] == t(lang, "coach-price"), user.texts


# -- 3. health news at the check-in's question ---------------------------------------------------

HEALTH = (
    ("ko", "배탈은 다 나았어요"),
    ("ko", "장염은 이제 다 나았어요 ㅎㅎ"),
    ("en", "the tummy bug is gone"),
    ("en", "he's recovered from his upset tummy"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "typed"), HEALTH)
async def test_health_news_at_the_check_in_is_kept_for_its_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        store = srv.app.state.runtime.store
        calls = _model_calls(fake_ollama)
        await owner.send(typed)
        assert owner.texts[0] == t(lang, "coaching-checkin-health-news"), owner.texts
        assert checkin_asked(lang) in owner.text, owner.texts  # the step's outcome asked again
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == []
        await owner.send(t(lang, "coaching-outcome-better"))
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", typed)], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


async def test_health_news_at_the_check_in_is_kept_for_its_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    for chat, (lang, typed) in enumerate(HEALTH[::2], 49301):
        async with _telegram_plan(fake_telegram, fake_ollama, tmp_path / str(chat), chat, lang) as tg:
            await push_checkin(tg, chat, lang, STEP[lang])
            calls = _model_calls(fake_ollama)
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            await eventually(lambda: len(tg.sent(chat)) > before)  # noqa: B023
            assert tg.sent(chat)[before] == t(lang, "coaching-checkin-health-news"), tg.sent(chat)[before:]
            await tg.say(chat, "same" if lang == "en" else "그대로예요", language_code=lang)
            await asyncio.sleep(0.3)
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert _answered(rows) == [("same", typed)], tg.sent(chat)[before:]  # the label adds nothing
            assert len(await _tg_reports(tg, chat)) == 1
            assert _model_calls(fake_ollama) == calls


async def test_a_step_not_tried_for_illness_is_still_not_tried_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with kakao_due(fake_ollama, tmp_path, "ko", shown=True) as (srv, owner):
        await owner.send("배탈 나서 못 해봤어요")
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [r[0] for r in _answered(rows)] == ["not_tried"], owner.texts
