# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34, the coaching loop after an analysis: faults the last owner trial left open (issue 11,
corpus batch 122). Each reproduced through a real channel first (Kakao over the skill's HTTP,
Telegram pushed), both languages, then fixed for its kind.

1. How trying the step went, told with when it was tried ("어제 해봤는데 아직도 짖어요", "tried it
   yesterday, she was calmer!"), after a result or at a check-in: the time word made it a new
   incident (a report analysed, or, at a check-in, the answer and a report), or it was news kept
   nowhere. It is the outcome of the step (same / better / worse), kept against the plan as the
   check-in keeps it; no report, no model call.
3. Contradictory answers about one check-in a moment apart, the later taking the earlier back ("해봤는데
   그대로예요", then "아 아니 좀 나아졌어요"; an answered check-in told otherwise after its note) were
   all stored, each counted by the plan: the latest replaces the earlier one, said so.
4. The model called wrongly mid-survey: "주말에만 해요" (only on weekends) at the exercise question
   with a result shown a moment ago was added to the report and analysed again (it answers the
   question, asked again); "거의 안해요 무서워해서" at the hours alone was a report sent to the model
   (the answer, about none, and only why).
5. Korean words pointing at a photo ("이러고 있어요", "얘 왜 이래요") got "not sure what you mean"
   or went to the coach model as a question: words only pointing at a photo ask what the dog is
   doing, in words (nothing stored, no model call); told with a behaviour ("산책중에 이러고
   안움직여요ㅠ") they are a report.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, wait_for_rows
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_reports_media_offer import _kakao_photo
from tests.test_survey_answers_misread import answers_before, asked, kakao_answers, kakao_at, tg_answers
from tests.test_telegram_e2e import TURN_BOUND, eventually, harness, settings_for
from tests.test_trial9_followup import _reports
from tests.test_trial10_after import ONE_DOG, _one_dog_at_frequency
from tests.test_trial10_checkins import REPORT as PLAN_REPORT
from tests.test_trial10_checkins import STEP, _answered, _kakao_report_count, _telegram_plan, _tg_report_count
from tests.test_trial14_words import outcome_after_result_on_telegram
from tests.timetravel import travel

# -- 1. how trying the step went, told with when it was tried ---------------------------------------

TRIED = [
    ("ko", "어제 해봤는데 아직도 짖어요", "same"),
    ("en", "tried it yesterday, she was calmer!", "better"),
    ("ko", "오늘 아침에 연습했는데 좀 덜 짖었어요", "better"),
    ("en", "we did the exercise last night and he still barked", "same"),
    ("ko", "어제 해봤는데 더 심해졌어요", "worse"),
    ("en", "tried it this morning, it got worse", "worse"),
]


@pytest.mark.parametrize(("lang", "typed", "outcome"), TRIED)
async def test_how_trying_went_after_a_result_is_its_outcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, outcome: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [(outcome, typed)]


@pytest.mark.parametrize(("lang", "typed", "outcome"), TRIED)
async def test_how_trying_went_after_a_result_is_its_outcome_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    await outcome_after_result_on_telegram(fake_telegram, fake_ollama, tmp_path, lang, typed, outcome)


AT_CHECKIN = [
    ("ko", "어제 해봤는데 아직도 짖어요", "same"),
    ("en", "tried it yesterday, she was calmer!", "better"),
    ("ko", "어제 연습했는데 좀 덜 짖었어요", "better"),
    ("en", "did the exercise yesterday, still whining", "same"),
]


@pytest.mark.parametrize(("lang", "typed", "outcome"), AT_CHECKIN)
async def test_how_trying_went_at_a_due_check_in_is_no_new_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str, outcome: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(PLAN_REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        calls = _model_calls(fake_ollama)
        await owner.send(typed)
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, typed)]
        assert await _kakao_report_count(srv, owner.key) == 1
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "typed", "outcome"), AT_CHECKIN)
async def test_how_trying_went_at_a_pushed_check_in_is_no_new_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    chat = 34102
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, typed)]
        await asyncio.sleep(0.3)
        assert await _tg_report_count(tg, chat) == 1
        assert _model_calls(fake_ollama) == calls


# -- 3. contradictory answers a moment apart: the latest replaces the earlier ----------------------

CORRECTED = [
    ("ko", "해봤는데 그대로예요", "아 아니 좀 나아졌어요", "better"),
    ("en", "tried it, no change", "actually no, it was a bit better", "better"),
    ("ko", "해봤는데 좀 나아졌어요", "아 아니다 해봤는데 그대로예요", "same"),
    ("en", "tried it, a bit better", "hmm no, tried it and it got worse", "worse"),
]


def _replaced_line(lang: str, outcome: str) -> str:
    return t(lang, "coaching-checkin-replaced", outcome=t(lang, f"coaching-outcome-{outcome}"))


@pytest.mark.parametrize(("lang", "first", "then", "outcome"), CORRECTED)
async def test_an_outcome_corrected_a_moment_later_replaces_the_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, first: str, then: str, outcome: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(first)
    await user.send(then)
    assert _replaced_line(lang, outcome) in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [(outcome, then)]


@pytest.mark.parametrize(("lang", "first", "then", "outcome"), CORRECTED)
async def test_an_outcome_corrected_a_moment_later_replaces_the_first_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    first: str,
    then: str,
    outcome: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 34103
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, said, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await tg.say(chat, first)
        await tg.say(chat, then)
        await eventually(lambda: _replaced_line(lang, outcome) in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [(r.outcome, r.note) for r in rows if r.outcome is not None] == [(outcome, then)]


LATER_WORDS = {
    "ko": ("좋아졌어요", "없어요", "아 아니다 해봤는데 그대로예요"),
    "en": ("better", "nothing else", "actually no, tried it, no change"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_check_in_answered_then_told_otherwise_a_moment_later_is_one_answer_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(PLAN_REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        answer, skip, then = LATER_WORDS[lang]
        await owner.send(answer)
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        await owner.send(skip)
        await owner.send(then)
        assert _replaced_line(lang, "same") in owner.text, owner.text
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("same", then)]
        assert await _kakao_report_count(srv, owner.key) == 1


# -- 5. words pointing at a photo ------------------------------------------------------------------

POINTED = [
    ("ko", "이러고 있어요"),
    ("ko", "얘 왜 이래요"),
    ("en", "look at him"),
    ("en", "why is he like this"),
]
WITH_BEHAVIOUR = [("ko", "산책중에 이러고 안움직여요ㅠ"), ("en", "he won't move on our walks, look at him")]


@pytest.mark.parametrize(("lang", "typed"), POINTED)
async def test_words_only_pointing_at_a_photo_ask_for_words_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel"):
        await user.send(said)
    await _kakao_photo(kakao, user.key, lang)
    await user.send(typed)
    assert t(lang, "talk-shown") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "typed"), POINTED)
async def test_words_only_pointing_at_a_photo_ask_for_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 34105
        for said in ("/start", *ONE_DOG[lang], "/cancel"):
            await tg.say(chat, said, language_code=lang)
        result = await tg.fake.deliver_photo(chat)
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, typed)
        assert tg.last_text(chat) == t(lang, "talk-shown"), tg.sent(chat)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == 0
        assert await _tg_reports(tg, chat) == []


@pytest.mark.parametrize(("lang", "typed"), WITH_BEHAVIOUR)
async def test_a_behaviour_told_pointing_at_a_photo_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel"):
        await user.send(said)
    await _kakao_photo(kakao, user.key, lang)
    await user.send(typed)
    assert t(lang, "noise-hint") not in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), WITH_BEHAVIOUR)
async def test_a_behaviour_told_pointing_at_a_photo_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 34106
        for said in ("/start", *ONE_DOG[lang], "/cancel"):
            await tg.say(chat, said, language_code=lang)
        result = await tg.fake.deliver_photo(chat)
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, typed)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# -- 4. the model called wrongly mid-survey -----------------------------------------------------------

WEEKENDS = [
    ("ko", "쿠키가 발만지면 물어요", "주말에만 해요"),
    ("en", "he bites when i touch his paws", "only on weekends"),
]


@pytest.mark.parametrize(("lang", "report", "typed"), WEEKENDS)
async def test_only_on_weekends_at_the_exercise_question_answers_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send(report)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result") if t(lang, "analysis-summary") not in user.text else None
    await user.send(typed)
    assert asked(lang, "exercise_minutes") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 1
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]


@pytest.mark.parametrize(("lang", "report", "typed"), WEEKENDS)
async def test_only_on_weekends_at_the_exercise_question_answers_it_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    report: str,
    typed: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 34107
        await tg.say(chat, "/start", language_code=lang)
        for text in answers_before(lang, "exercise_minutes"):
            await tg.say(chat, text)
        await tg.say(chat, report)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)  # its result shown (pushed)
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        await eventually(lambda: any(asked(lang, "exercise_minutes") in x for x in tg.sent(chat)[before:]))
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == 1
        assert [r.text for r in await _tg_reports(tg, chat)] == [report]


HARDLY = [("ko", "거의 안해요 무서워해서"), ("en", "hardly ever, because he is scared")]


@pytest.mark.parametrize(("lang", "typed"), HARDLY)
async def test_hardly_ever_with_why_at_the_hours_alone_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    assert asked(lang, "exercise_minutes") in user.text, user.text
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") == 0, answers
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "typed"), HARDLY)
async def test_hardly_ever_with_why_at_the_hours_alone_is_the_answer_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 34108
        await tg.say(chat, "/start", language_code=lang)
        for text in answers_before(lang, "alone_hours"):
            await tg.say(chat, text)
        await tg.say(chat, typed)
        assert asked(lang, "exercise_minutes") in tg.last_text(chat), tg.sent(chat)
        answers = await tg_answers(tg, chat)
        assert answers.get("alone_hours") == 0, answers
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == 0
        assert await _tg_reports(tg, chat) == []
