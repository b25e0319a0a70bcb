# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 39, owner trial 21's leftovers (issue 11), each reproduced through a real channel first,
the stored value read back:

1. A birth month with its year ("콩이 생일이 2021년 5월이에요", "born in May 2021") was lost at the
   age question and with no question open: now the months since it, by the clock.
2. A life change told after the survey ("btw i moved, she's alone like 8 hours now", "재택
   시작해서 이제 혼자 있는 시간 거의 없어요", "이사해서 이제 혼자 8시간 있어요") was "not which answer
   it changes", noise, glued onto the report and analysed, or a dog called 이사해서: now the hours
   alone are changed, nothing glued.
3. The breed with a hedge: "진도믹스 같아요 잘 모름" was stored as don't know, "no clue, mutt" as
   "clue mix".
4. A name said first and then more dogs ("보리! 근데 강아지 두마리에요"): 보리 was dropped.
5. Adding a dog in a sentence: "강아지 한마리 더 있어요 콩떡이" offered no name; "i'd like to add my
   parents' dog too, she stays with us on weekends" was "not sure what you mean"; "how do i
   remove my other dog" went to the coach model.
6. "콩떡이한테 한번 물어서 피난적 있어요" at the worst reaction was a report, not the bite with injury.
7. After a result: "maybe a little better? hard to tell" was kept as better; "we tried trading
   for treats like you said and it kinda worked" was glued onto the report; "show me what ive
   logged so far" too.
8. Views and the survey asked in words: "이번주 보리 어땠어" was noise; "can you make a summary i
   can show the vet" went to the model; "i want to redo the whole survey" opened the answers'
   list instead of starting over.
9. Corrections: "the number of people is wrong, it's 2 now my roommate moved out" at the review
   was lost; "actually his name is just Captain, can you shorten it" renamed the dog "Can You
   Shorten".
10. Amounts: "4시간이요 가끔 9시간" was unclear; "5 - me, wife, 3 kids" quoted "~" back.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from dogcoach.domain.survey import QUESTIONS, index_of
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import REPORT
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _model_calls
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_followup_not_reports import _until_followup
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial9_followup import _at_recent_result, _reports


async def kakao_at_followup(kakao: Server, lang: str) -> KakaoUser:
    """A new Kakao owner out of the survey, at a report's "how often, and since when?"."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await _until_followup(user, lang)
    return user


def _months_since(year: int, month: int) -> int:
    now = datetime.now(UTC)
    return (now.year - year) * 12 + now.month - month


# -- 1. a birth month ---------------------------------------------------------------------------

# (lang, typed, birth year, birth month)
BORN: tuple[tuple[str, str, int, int], ...] = (
    ("ko", "2021년 5월생이에요", 2021, 5),
    ("en", "born in may 2021", 2021, 5),
    ("en", "her birthday is march 2022", 2022, 3),
)


@pytest.mark.parametrize(("lang", "typed", "year", "month"), BORN)
async def test_a_birth_month_at_the_age_on_kakao(
    kakao: Server, lang: str, typed: str, year: int, month: int
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == _months_since(year, month), user.text


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "콩이 생일이 2021년 5월이에요"), ("en", "Rex was born in May 2021")]
)
async def test_a_birth_month_told_after_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == _months_since(2021, 5), user.text
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == calls


async def test_a_birth_month_told_after_the_survey_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 391000, "ko")
    await tg.say(391000, "콩이 생일이 2021년 5월이에요")
    assert (await tg_answers(tg, 391000)).get("age_months") == _months_since(2021, 5), tg.sent(391000)[-2:]


# -- 2. a life change after the survey ----------------------------------------------------------

# (lang, a report sent first or "", typed, the hours alone after)
ALONE: tuple[tuple[str, str, str, float], ...] = (
    ("en", "", "btw i moved, she's alone like 8 hours now", 8.0),
    ("ko", "", "재택 시작해서 이제 혼자 있는 시간 거의 없어요", 0.0),
    ("ko", "", "이사해서 이제 혼자 8시간 있어요", 8.0),
    ("ko", "밤마다 짖어요", "재택 시작해서 이제 혼자 있는 시간 거의 없어요", 0.0),
    ("en", "he barks at night", "now she's hardly ever alone", 0.0),
)


@pytest.mark.parametrize(("lang", "report", "typed", "hours"), ALONE)
async def test_a_life_change_changes_the_hours_alone_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, typed: str, hours: float
) -> None:
    user = await kakao_owner(kakao, lang)
    if report:
        await user.send(report)
    before = [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") == hours, (answers, user.text)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == before, user.text  # nothing glued
    unknown = max(re.split("XQX|YQY", t(lang, "correction-unknown-dog", name="XQX", dogs="YQY")), key=len)
    assert unknown not in user.text, user.text  # no "no dog called 이사해서"


async def test_a_life_change_changes_the_hours_alone_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 391100, "en")
    await tg.say(391100, "btw i moved, she's alone like 8 hours now")
    assert (await tg_answers(tg, 391100)).get("alone_hours") == 8.0, tg.sent(391100)[-2:]
    assert await tg_reports(tg, 391100) == []


# -- 3. the breed with a hedge ------------------------------------------------------------------


async def test_a_breed_named_beside_dont_know_is_kept_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "breed")
    await user.send("진도믹스 같아요 잘 모름")
    assert (await kakao_answers(kakao, user.key)).get("breed") == "진도 믹스", user.text


async def test_a_mutt_beside_no_clue_is_the_mix_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 391200, "en", "breed")
    await tg.say(391200, "no clue, mutt")
    breed = (await tg_answers(tg, 391200)).get("breed")
    mixed = t("en", "survey-opt-breed-mixed")
    assert breed in ("mixed", mixed), (breed, tg.sent(391200)[-2:])


# -- 4. a name said first, then more dogs --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [("ko", "보리! 근데 강아지 두마리에요", "보리"), ("en", "Biscuit! but i have two dogs", "Biscuit")],
)
async def test_a_name_before_the_dogs_counted_is_kept_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [name], user.text
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text


# -- 5. adding or removing a dog in a sentence ---------------------------------------------------


async def test_another_dog_named_last_is_offered_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("강아지 한마리 더 있어요 콩떡이")
    assert "콩떡" in user.text, user.text  # the name offered with the name question


async def test_adding_a_dog_with_a_reason_starts_its_survey_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 391300, "en")
    await tg.say(391300, "i'd like to add my parents' dog too, she stays with us on weekends")
    assert t("en", "survey-q-name") in "\n".join(tg.sent(391300)[-2:]), tg.sent(391300)[-2:]
    assert await tg_reports(tg, 391300) == []


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "how do i remove my other dog"), ("ko", "다른 강아지 삭제 어떻게 해요?")]
)
async def test_removing_a_dog_asked_in_a_sentence_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    name = (await kakao_answers(kakao, user.key))["name"]
    assert t(lang, "profile-remove-ask", name=name) in user.text, user.text  # asked first
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == calls
    assert await _kakao_dogs(kakao, user.key) == [name]  # nothing removed before the yes


# -- 6. a bite with injury, spelled run together -------------------------------------------------


async def test_a_bite_that_bled_run_together_is_the_worst_reaction_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "worst_reaction")
    await user.send("콩떡이한테 한번 물어서 피난적 있어요")
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite_injury", user.text
    assert await _kakao_reports(kakao, user.key) == []


# -- 7. after a result -----------------------------------------------------------------------------

UNSURE = {"en": "maybe a little better? hard to tell", "ko": "좀 나아진것 같기도 하고 잘 모르겠어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_better_hedged_is_kept_as_the_same_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(UNSURE[lang])
    assert await _checkin_notes(kakao, user.key) == [("same", UNSURE[lang])], user.text
    assert await _reports(kakao, user) == [REPORT[lang]]


async def test_the_advice_tried_as_said_is_progress_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = kakao.user(lang="en")
    await _at_recent_result(user, fake_ollama, "en")
    typed = "we tried trading for treats like you said and it kinda worked"
    await user.send(typed)
    assert await _checkin_notes(kakao, user.key) == [("better", typed)], user.text
    assert await _reports(kakao, user) == [REPORT["en"]]


async def test_the_records_asked_at_the_followup_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at_followup(kakao, "en")
    reports = [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send("show me what ive logged so far")
    assert t("en", "history-title", page=1) in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == reports


# -- 8. views and the survey asked in words --------------------------------------------------------


async def test_the_week_asked_with_the_dogs_name_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("이번주 콩이 어땠어")
    assert "7일" in user.text, user.text  # the week's summary (or that it has no reports)
    assert await _kakao_reports(kakao, user.key) == []


async def test_a_summary_for_the_vet_asked_at_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "en", "household")
    calls = _model_calls(fake_ollama)
    await user.send("can you make a summary i can show the vet")
    assert _model_calls(fake_ollama) == calls, user.text
    assert await _kakao_reports(kakao, user.key) == []
    assert asked("en", "household") in user.text, user.text  # the survey goes on after it


async def test_the_whole_survey_again_asks_to_start_over_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send("i want to redo the whole survey")
    assert t("en", "restart-ask", name="Rex") in user.text, user.text


# -- 9. corrections --------------------------------------------------------------------------------


async def test_the_household_corrected_with_a_reason_at_the_review_on_kakao(kakao: Server) -> None:
    user = await kakao_at_review(kakao, "en")
    await user.send("the number of people is wrong, it's 3 now my roommate moved in")
    assert (await kakao_answers(kakao, user.key)).get("household") == 3, user.text
    assert REVIEW["en"] in user.text, user.text  # the card again, to confirm


async def test_the_household_corrected_with_a_reason_after_the_survey_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("가족 수 틀렸어요 이제 3명이에요 룸메가 들어왔거든요")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 3, (answers, user.text)
    assert answers.get("origin") == "shelter", answers  # no other answer touched


async def test_a_name_shortened_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 391400, "en")
    await tg.say(391400, "actually his name is just Captain, can you shorten it")
    assert (await tg_answers(tg, 391400)).get("name") == "Captain", tg.sent(391400)[-2:]


# -- 10. amounts -----------------------------------------------------------------------------------


async def test_hours_with_a_sometimes_at_the_hours_alone_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "alone_hours")
    await user.send("4시간이요 가끔 9시간")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("approximate", {}).get("alone_hours") == [4.0, 9.0], (answers, user.text)


async def test_a_count_with_who_after_a_dash_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 391500, "en", "household")
    await tg.say(391500, "5 - me, wife, 3 kids")
    assert (await tg_answers(tg, 391500)).get("household") == 5, tg.sent(391500)[-2:]


# -- 11. a further dog's answer given as the first dog's ------------------------------------------------


async def _second_dog_at(user_send: Any, lang: str, name: str, key: str) -> None:
    """A further dog added with /newdog, named `name`, answered up to question `key`."""
    await user_send("/newdog")
    await user_send(name)
    for k, text in ANSWERS[lang][1:]:
        if k == key:
            return
        await user_send(text)


@pytest.mark.parametrize(
    ("lang", "key", "typed", "stored"),
    [
        ("ko", "household", "콩이랑 같아요", 2),
        ("ko", "household", "위랑 똑같아요", 2),
        ("en", "alone_hours", "same as Rex", 4.0),
    ],
)
async def test_an_answer_given_as_the_first_dogs_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: Any
) -> None:
    user = await kakao_owner(kakao, lang)
    second = "보리" if lang == "ko" else "Biscuit"
    await _second_dog_at(user.send, lang, second, key)
    assert asked(lang, key).replace(NAME[lang], second) in user.text, user.text
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == second and answers.get(key) == stored, (answers, user.text)
    following = QUESTIONS[index_of(key) + 1].key
    assert t(lang, f"survey-q-{following}", name=second) in user.text, user.text


async def test_an_answer_given_as_the_first_dogs_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 391600, "en")

    async def say(text: str) -> None:
        await tg.say(391600, text)

    await _second_dog_at(say, "en", "Biscuit", "household")
    await tg.say(391600, "same as Rex")
    answers = await tg_answers(tg, 391600)
    assert answers.get("name") == "Biscuit" and answers.get("household") == 2, (answers, tg.sent(391600)[-2:])


async def test_same_as_a_dog_the_owner_does_not_have_is_no_answer_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "en")
    await _second_dog_at(user.send, "en", "Biscuit", "household")
    await user.send("same as Max")
    assert "household" not in await kakao_answers(kakao, user.key), user.text


# -- 12. "first time" right after a result ------------------------------------------------------------

FIRST = {"en": "it was the first time", "ko": "처음이에요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_first_time_after_a_result_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(FIRST[lang])
    assert t(lang, "talk-news") not in user.text, user.text  # no "good news" for it
    reports = await _reports(kakao, user)
    assert len(reports) == 1 and FIRST[lang] in reports[0], (reports, user.text)  # kept with the report


# -- 13. an okay or an emoji at a result's follow-up question ---------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [("ko", "👍"), ("ko", "ㅇㅇ"), ("en", "ok")])
async def test_an_okay_at_the_followup_question_points_at_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at_followup(kakao, lang)
    reports = [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send(typed)
    assert t(lang, "analysis-followup-nudge") in user.text, user.text  # not "tell me what your dog did"
    assert t(lang, "analysis-followup-frequency") in user.text, user.text  # the question again
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == reports


# -- 14. "yes delete" (owner trial 20's leftover: not reproduced through the channels; kept as a guard) --


@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [("en", "", "yes delete"), ("ko", "", "네 삭제해주세요"), ("en", "delete Moon", "yes delete")],
)
async def test_yes_delete_asks_about_the_dog_on_kakao(
    kakao: Server, lang: str, first: str, then: str
) -> None:
    user = await kakao_owner(kakao, lang)
    name = NAME[lang]
    if first:  # after "no dog called Moon" (owner trial 20)
        await user.send(first)
        assert t(lang, "profile-remove-unknown", name="Moon", dogs=name) in user.text, user.text
    await user.send(then)
    assert t(lang, "profile-remove-ask", name=name) in user.text, user.text  # its one dog, asked first
    assert await _kakao_dogs(kakao, user.key) == [name]


# -- 15. another of the owner's dogs named at the concerns ---------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [("ko", "콩이랑 싸우는거요"), ("en", "fighting with Rex")])
async def test_the_other_dog_named_at_the_concerns_ticks_dogs_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    second = "보리" if lang == "ko" else "Biscuit"
    await _second_dog_at(user.send, lang, second, "concerns")
    await user.send(typed)
    await user.send(t(lang, "nav-done"))
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == second and answers.get("concerns") == ["aggression_dogs"], (
        answers,
        user.text,
    )
