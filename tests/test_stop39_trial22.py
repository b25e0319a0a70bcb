# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 39, owner trial 22 (a fresh helper, five new owners, 262 messages on Kakao, Telegram and
the terminal): the kinds it found, each reproduced through a real channel first.

1. How a behaviour is going, told with its name after a result ("근데 아직도 짖어요 ㅠㅠ", "still
   chews the shoes though", "she's been a bit better with the chewing"): each was analysed as a
   new report. Now it is the check-in's answer kept against the plan (same, better); with no
   step being tried, "still …" stays a report.
2. Formal endings (an older owner): "건너뛰겠습니다" at the household was "a number from 1 to 20";
   "취소하겠습니다" there became a dog's name; "도움말을 보고 싶습니다." was not understood; "팁은 이제
   받고 싶지 않습니다." showed the tips' status; "지난 일주일 동안 기록을 보여 주시겠습니까?" at the
   follow-up question was glued onto the report.
3. "wait, is this going to take long?" at a survey question went to the coach model.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import REPORT
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _model_calls
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_followup_not_reports import REPORT as FOLLOWUP_REPORT
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop39_lead import kakao_at_followup
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial9_followup import _at_recent_result, _reports

# -- 1. how a behaviour is going ----------------------------------------------------------------------

# (lang, typed after a result, the check-in outcome kept)
GOING: tuple[tuple[str, str, str], ...] = (
    ("ko", "근데 아직도 짖어요 ㅠㅠ", "same"),
    ("en", "still barks at other dogs though", "same"),
    ("en", "she's been a bit better with the barking", "better"),
    ("ko", "짖는거 어제보다 쪼끔 나아진듯", "better"),
)


@pytest.mark.parametrize(("lang", "typed", "outcome"), GOING)
async def test_how_a_behaviour_is_going_is_kept_with_the_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, outcome: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert await _checkin_notes(kakao, user.key) == [(outcome, typed)], user.text
    assert await _reports(kakao, user) == [REPORT[lang]], user.text  # no new report
    assert _model_calls(fake_ollama) == calls


async def test_still_told_of_another_behaviour_than_the_plans_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = kakao.user(lang="en")
    await _at_recent_result(user, fake_ollama, "en")  # a step for barking is being tried
    typed = "still jumps on guests though"
    await user.send(typed)
    assert await _checkin_notes(kakao, user.key) == [], user.text  # nothing kept against barking
    assert await _reports(kakao, user) == [REPORT["en"], typed], user.text


async def test_still_told_with_no_step_tried_is_a_report_on_telegram(tg: Harness) -> None:
    await tg.say(392000, "/start", language_code="en")
    await tg.say(392000, "/cancel")
    typed = "he still barks at the mailman every morning"
    await tg.say(392000, typed)
    assert await tg_reports(tg, 392000) == [typed], tg.sent(392000)[-2:]


# -- 2. formal endings ------------------------------------------------------------------------------


async def test_skip_said_formally_skips_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "household")
    await user.send("건너뛰겠습니다")
    assert asked("ko", "children") in user.text, user.text
    assert "household" not in {k for k, v in (await kakao_answers(kakao, user.key)).items() if v is not None}


async def test_cancel_said_formally_names_no_dog_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 392100, "ko", "household")
    await tg.say(392100, "취소하겠습니다")
    owner = await tg.user(392100)
    assert owner is not None
    async with tg.rt.store.session() as s:
        names = [d.name for d in await s.list_dogs(owner.id)]
    assert names == ["콩이"], tg.sent(392100)[-2:]
    assert "취소하겠습니다" not in "\n".join(tg.sent(392100)[-2:])  # never offered as a dog


async def test_help_asked_formally_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("도움말을 보고 싶습니다.")
    first = t("ko", "help-text-kakao").splitlines()[0]
    assert first in user.text, user.text


async def test_tips_refused_formally_turns_them_off_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("팁은 이제 받고 싶지 않습니다.")
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        owner = await s.get_user("kakao", user.key)
        assert owner is not None
        assert await s.tips_opt_out(owner.id), user.text


async def test_the_week_asked_formally_at_the_followup_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at_followup(kakao, "ko")
    reports = [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send("지난 일주일 동안 기록을 보여 주시겠습니까?")
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == reports, user.text  # nothing glued
    assert "7일" in user.text, user.text


# -- 3. how long the survey takes ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["wait, is this going to take long?", "how long will this take tbh"])
async def test_how_long_the_survey_takes_is_answered_here_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await kakao_at(kakao, "en", "age_months")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert _model_calls(fake_ollama) == calls, user.text
    assert await _kakao_reports(kakao, user.key) == []
    assert asked("en", "age_months") in user.text, user.text
    assert await _kakao_dogs(kakao, user.key) == ["Rex"]


# -- 4. names read from ordinary words ------------------------------------------------------------------


async def test_a_formal_greeting_before_the_name_is_no_name_on_telegram(tg: Harness) -> None:
    await tg.say(392200, "/start", language_code="ko")
    await tg.say(392200, "안녕하십니까. 저희 집 강아지 이름은 복순이라고 합니다.")
    assert (await tg_answers(tg, 392200)).get("name") == "복순이", tg.sent(392200)[-2:]


async def test_a_verb_in_a_report_is_no_unregistered_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("저희 이사왔어요 어제 그 뒤로 밤마다 짖어요")
    assert "이사왔어" not in user.text, user.text  # never "이사왔어를 추가할까요?"
    assert await _kakao_dogs(kakao, user.key) == ["콩이"]


# -- 5. an earlier answer corrected with the old value said first ---------------------------------------


async def test_the_age_said_before_then_corrected_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 392300, "ko", "owned_months")
    await tg.say(392300, "아 참, 아까 나이를 일곱 살이라고 했는데 생각해 보니 여덟 살입니다.")
    answers = await tg_answers(tg, 392300)
    assert answers.get("age_months") == 96, (answers, tg.sent(392300)[-2:])  # was 7 + 8 = 15 years
    assert "owned_months" not in answers, answers


# -- 6. a question typed unspaced at the follow-up question ---------------------------------------------


async def test_a_question_typed_unspaced_at_the_followup_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at_followup(kakao, "ko")
    await user.send("하루에몇번정도 연습해야돼요?")
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports if not r.is_question] == [FOLLOWUP_REPORT["ko"]], (
        user.text
    )  # nothing glued
    assert any(r.is_question for r in reports), user.text  # kept as a question to the coach


# -- 7. the household changed with the reason first ------------------------------------------------------


async def test_the_household_changed_with_the_reason_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_owner(kakao, "en")
    calls = _model_calls(fake_ollama)
    await user.send("oh and my bf moved in with us last month so its 3 ppl now")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 3, (answers, user.text)
    assert answers.get("owned_months") == 24, answers  # "last month" changed nothing else
    assert _model_calls(fake_ollama) == calls and await _kakao_reports(kakao, user.key) == []


# -- 8. trial 22 re-run at 30b0c6e: what the fixes let the older owner reach ------------------------------


async def test_four_years_said_with_a_one_letter_number_at_a_later_question_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "children")
    await user.send("아까 말씀드린 나이는 세 살 반이 아니라 네 살입니다")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == 48, (answers, user.text)  # was '"살" — which answer?'
    assert "children" not in answers and asked("ko", "children") in user.text, user.text


async def test_pulling_said_formally_ticks_it_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "concerns")
    await user.send("줄을 심하게 당깁니다")
    await user.send(t("ko", "nav-done"))
    assert (await kakao_answers(kakao, user.key)).get("concerns") == ["pulling"], user.text
