# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 43 (issue 11, the leftovers of stop 42 and owner trial 27), each reproduced through a real
channel first, what was kept read back from the store.

1. "몇" telling "several" ("하루에도 몇번씩요", "일주일에 몇번이요") at a result's other questions or
   right after a report mid-survey: read as asking how many (the coach model asked, or the survey
   question asked again) and the detail never reached the report.
2. How much was eaten, told at a survey question right after a poisoning ("maybe 4 or 5" stored
   as the hours alone): the poisoning's detail.
3. "n/a" at a number question (stored as 1 year, 1 hour, 1 person): not known.
4. "주말" (holding 말, a horse) at the other pets ticked "Other".
5. "근데 이거 진짜 효과있어요?" after a result kept as progress: a question.
6. "she's having a seizure right now what do i do": a question for the model; a report now.
7. "아 그리고 소파 뜯는거 매일 그래요" mid-survey after a result: lost; detail now.
8. "주말에만 잠깐 산책해요" at the household analysed; "you're a bot right?" sent to the model.
9. The dog's death ("콩이 무지개다리 건넜어요 ㅠㅠ") offered for analysis: condolences.
10. "우리 둘째 보리 얘기 할게요" offered to add a dog called "우리 둘째 보리".
11. Answers asked again for a word left over ("3개월 됐나", "이렇게 넷", "땅콩 있어요", "spayed
    yes", "내년이면 다섯살", "두살 됏어요").
12. "actually she's a girl" for a girl: the survey offered again; the stored value said back now.
13. "my friend says i should spray her … is that ok": the spraying analysed as done.
14. "it went ok i guess a bit better" at a check-in: asked which; better now.
15. "혼자 살아" at how long owned: lost; the household ahead now.
Sections 1 and 13-14 are stop 42's leftovers, the rest owner trial 27's findings.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import (
    NAME,
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
from tests.test_trial10_checkins import _answered, _kakao_pushed

# -- 1. "몇" telling "several" -------------------------------------------------------------------------


# at the result's own "how often?" these were already detail (kept as neighbours): the fault was
# right after a report mid-survey, below, and at the coach's other follow-up questions (corpus)
@pytest.mark.parametrize("often", ["하루에도 몇번씩요", "일주일에 몇번이요"])
async def test_a_few_times_after_a_result_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, often: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, "ko", "콩이가 초인종 소리만 나면 계속 짖어요")
    await user.send(often)
    assert t("ko", "kakao-added-analysed") in user.text, user.text
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and often in reports[0], (reports, user.text)


@pytest.mark.parametrize("often", ["하루에도 몇번씩요", "일주일에 몇번이요"])
async def test_a_few_times_at_what_happened_before_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, often: str
) -> None:
    """At "what happened right before?" it was a question for the coach model."""
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, "ko", "콩이가 밤에 계속 짖어요")
    assert t("ko", "analysis-followup-antecedent") in user.text, user.text
    await user.send(often)
    assert t("ko", "kakao-added-analysed") in user.text, user.text
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and often in reports[0], (reports, user.text)


async def test_a_few_times_right_after_a_report_mid_survey_is_detail_on_telegram(tg: Harness) -> None:
    chat = 4301
    await tg_at(tg, chat, "ko", "exercise_minutes")
    await tg.say(chat, "보리가 밤마다 현관문 긁으면서 낑낑대요")
    await tg.say(chat, "일주일에 몇번이요")
    reports = await tg_reports(tg, chat)
    assert len(reports) == 1 and "일주일에 몇번이요" in reports[0], (reports, tg.last_text(chat))
    assert "exercise_minutes" not in await tg_answers(tg, chat)


async def test_a_few_times_right_after_a_report_mid_survey_is_detail_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "alone_hours")
    await user.send("산책할때 다른 강아지만 보면 미친듯이 짖어요")
    await user.send("하루에도 몇번씩요")
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and "하루에도 몇번씩요" in reports[0], (reports, user.text)
    assert "alone_hours" not in await kakao_answers(kakao, user.key)
    assert asked("ko", "alone_hours") in user.text, user.text


# -- 2. how much was eaten, told at a survey question right after a poisoning report (stop 42's
# leftover: "maybe 4 or 5" stored as the hours alone, "like 100g" and "세네알이요" asked again and
# kept nowhere, "세네알이요" at the breed stored as the breed) ------------------------------------------

# stop 50 (Korean owner trial): a bare "maybe 4 or 5" the open question reads whole is now its
# answer (the question on screen wins, "3" and "8" at the household were glued onto the grapes
# report); how much was eaten says what it was: "maybe 4 or 5 grapes" is still the report's
EATEN = (
    ("en", "alone_hours", "rex just ate a bunch of grapes off the counter", "maybe 4 or 5 grapes"),
    ("en", "alone_hours", "rex just ate a bunch of grapes off the counter", "like 100g"),
    ("en", "exercise_minutes", "he got into the chocolate cake on the table", "half a slice maybe"),
    ("ko", "alone_hours", "콩이가 방금 포도를 주워먹었어요", "세네알이요"),
    ("ko", "breed", "콩이가 방금 포도를 주워먹었어요", "세네알이요"),
    ("ko", "household", "콩이가 초콜릿을 먹었어요 ㅠㅠ", "한 30그램이요"),
)


@pytest.mark.parametrize(("lang", "key", "report", "amount"), EATEN)
async def test_how_much_was_eaten_mid_survey_is_added_to_the_poisoning_on_kakao(
    kakao: Server, lang: str, key: str, report: str, amount: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(report)
    assert t(lang, "safety-toxin") in user.text, user.text
    await user.send(amount)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and amount in reports[0], (reports, user.text)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


async def test_how_much_was_eaten_mid_survey_is_added_to_the_poisoning_on_telegram(tg: Harness) -> None:
    chat = 4302
    await tg_at(tg, chat, "en", "alone_hours")
    await tg.say(chat, "rex just ate a bunch of grapes off the counter")
    await tg.say(chat, "maybe 4 or 5 grapes")  # a bare "maybe 4 or 5" answers it (stop 50)
    reports = await tg_reports(tg, chat)
    assert len(reports) == 1 and "maybe 4 or 5 grapes" in reports[0], (reports, tg.last_text(chat))
    assert "alone_hours" not in await tg_answers(tg, chat), tg.last_text(chat)


async def test_the_hours_alone_after_a_barking_report_are_still_the_answer_on_kakao(kakao: Server) -> None:
    """Neighbour: with no poisoning waiting, "maybe 4 or 5" answers the hours alone."""
    user = await kakao_at(kakao, "en", "alone_hours")
    await user.send("rex barks at every dog he sees on our walks")
    await user.send("maybe 4 or 5")
    assert (await kakao_answers(kakao, user.key)).get("alone_hours") == 4.5, user.text


# -- 3. "n/a" at a number question (owner trial 27: its "a" read as one, stored as 1 year, 1 hour,
# 1 person): not known, nothing stored ------------------------------------------------------------

NOT_APPLICABLE = (
    ("en", "age_months", "n/a"),
    ("en", "alone_hours", "N/A"),
    ("en", "household", "n/a"),
    ("en", "exercise_minutes", "n/a"),
    ("ko", "alone_hours", "해당없음"),
    ("ko", "household", "해당 없어요"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), NOT_APPLICABLE)
async def test_not_applicable_stores_no_number_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 4310 + NOT_APPLICABLE.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    stored = (await tg_answers(tg, chat)).get(key)
    assert stored is None, (stored, tg.last_text(chat))


# -- 4. a word holding an animal's name at the other pets (owner trial 27: "주말엔 제가 같이 있어요"
# ticked "Other" for the 말 (horse) of 주말) -------------------------------------------------------


@pytest.mark.parametrize("typed", ["주말엔 제가 같이 있어요", "주말에만 잠깐 봐요"])
async def test_weekend_is_no_horse_at_the_other_pets_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "other_pets")
    await user.send(typed)
    assert "other_pets" not in await kakao_answers(kakao, user.key), user.text
    assert t("ko", "survey-err-other_pets", name="콩이") in user.text, (
        user.text
    )  # asked again, nothing ticked
    await user.send("말 한마리 있어요")  # a horse named is still "Other"
    await user.send("완료")
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ["other"], user.text


# -- 5. asking whether the advice works (owner trial 27: "근데 이거 진짜 효과있어요?" after a result
# was kept as "getting better" on the plan; since stop 51 the bot's own answer, not the model's) ---------------------------------------------------------


@pytest.mark.parametrize(("lang", "report", "asked_if"), [
    ("ko", "콩이가 초인종 소리만 나면 계속 짖어요", "근데 이거 진짜 효과있어요?"),
    ("ko", "콩이가 초인종 소리만 나면 계속 짖어요", "근데 정말 효과 있어요 이거?"),
    ("en", "rex barks like crazy every time the doorbell rings", "does this actually work?"),
])  # fmt: skip
async def test_asking_if_the_advice_works_records_no_progress_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, asked_if: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, report)
    calls = _model_calls(fake_ollama)
    await user.send(asked_if)
    assert t(lang, "talk-worked") not in user.text, user.text
    # whether it works, asked alone, is asked of the bot itself (stop 51, owner trial: "진짜 효과
    # 있어요?" went to the model): its own answer (`coach-what`), no model, nothing kept
    assert t(lang, "coach-what") in user.texts, user.texts
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert len(await kakao_reports(kakao, user.key)) == 1


# -- 6. a seizure happening now, asked what to do (owner trial 27: "she's having a seizure right now
# what do i do" at the size got the seizure line and then "Good question", a coach-model answer):
# a report, its safety line answering what to do, as "he just ate chocolate what do i do" is --------


@pytest.mark.parametrize(("lang", "now"), [
    ("en", "she's having a seizure right now what do i do"),
    ("ko", "콩이가 지금 발작하고 있어요 어떻게 해요?"),
    ("ko", "애가 경련해요 어떡해요??"),
])  # fmt: skip
async def test_a_seizure_happening_now_is_a_report_mid_survey_on_telegram(
    tg: Harness, lang: str, now: str
) -> None:
    chat = 4320 + len(now)
    await tg_at(tg, chat, lang, "size")
    await tg.say(chat, now)
    said = "\n".join(tg.sent(chat))
    assert t(lang, "safety-seizure") in said, said
    assert await _kept(tg, chat) == [(now, False)], said  # an incident, not a question


async def _kept(tg: Harness, chat: int) -> list[tuple[str, bool]]:
    """What was kept for `chat`, newest first: (text, kept as a question to the coach)."""
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [(r.text, r.is_question) for r in await s.list_reports(user.id)]


async def test_asked_before_it_happens_a_seizure_stays_a_question_on_telegram(tg: Harness) -> None:
    """Neighbour: "what do i do if my dog has a seizure?" asks ahead; no incident is recorded."""
    chat = 4329
    await tg_at(tg, chat, "en", "size")
    await tg.say(chat, "what do i do if my dog has a seizure?")
    assert await _kept(tg, chat) == [("what do i do if my dog has a seizure?", True)], tg.last_text(chat)


# -- 7. detail opened with "and" (owner trial 27: "아 그리고 소파 뜯는거 매일 그래요" at the size, a
# moment after the sofa report's result, was read as a new incident: mid-survey, kept nowhere) -----


@pytest.mark.parametrize(("lang", "report", "breed", "added"), [
    ("ko", "콩이가 제가 나간 사이에 소파를 다 뜯어놨어요", "푸들", "아 그리고 소파 뜯는거 매일 그래요"),
    ("en", "rex chewed up the whole couch while i was out", "poodle", "oh and he does it every day"),
])  # fmt: skip
async def test_detail_opened_with_and_mid_survey_is_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, breed: str, added: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(report)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send(breed)  # the result shown beside the next question
    assert asked(lang, "size") in user.text, user.text
    await user.send(added)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and added in reports[0], (reports, user.text)
    assert asked(lang, "size") in user.text, user.text


# -- 8. neither a report nor a question for the model (owner trial 27: "주말에만 잠깐 산책해요" at the
# household analysed as an incident dated at the weekend; "you're a bot right?" answered by the
# coach model) --------------------------------------------------------------------------------------


async def test_a_walking_habit_at_the_household_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "ko", "household")
    await user.send("주말에만 잠깐 산책해요")
    await asyncio.sleep(0.3)
    assert await kakao_reports(kakao, user.key) == [], user.text
    assert _model_calls(fake_ollama) == 0
    assert asked("ko", "household") in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "you're a bot right?"),
    ("en", "am i talking to a real person"),
    ("ko", "너 봇이지?"),
])  # fmt: skip
async def test_asked_if_it_is_a_bot_gets_its_own_answer_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 4340 + len(typed)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    assert tg.last_text(chat) == t(lang, "coach-about"), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []


# -- 9. the dog has died (owner trial 27: "콩이 무지개다리 건넜어요 ㅠㅠ", "rex died last week" got "I
# couldn't tell what your dog did" and an "Analyse it" button): condolences, nothing analysed -------


@pytest.mark.parametrize(
    ("lang", "told"), [("ko", "콩이 무지개다리 건넜어요 ㅠㅠ"), ("en", "rex died last week")]
)
async def test_the_dog_died_gets_condolences_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, told: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(told)
    assert t(lang, "talk-bereaved") in user.text, user.text
    await asyncio.sleep(0.3)
    assert await kakao_reports(kakao, user.key) == [] and _model_calls(fake_ollama) == 0, user.text


async def test_the_dog_died_gets_condolences_on_telegram(tg: Harness) -> None:
    chat = 4350
    await tg_owner(tg, chat, "en")
    await tg.say(chat, "we had to put her down yesterday")
    assert tg.last_text(chat) == t("en", "talk-bereaved"), tg.last_text(chat)
    assert await tg_reports(tg, chat) == []


# -- 10. a dog named with "우리 둘째" before it (owner trial 27: "우리 둘째 보리 얘기 할게요" offered to
# add a dog named "우리 둘째 보리", and added it under that name) ----------------------------------------


@pytest.mark.parametrize(("lang", "typed", "name"), [
    ("ko", "우리 둘째 보리 얘기 할게요", "보리"),
    ("en", "let's talk about my other dog pepper", "pepper"),
])  # fmt: skip
async def test_the_dog_named_after_our_second_is_its_name_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "profile-switch-unregistered", typed=name, name=NAME[lang]) in user.text, user.text


# -- 11. answers read with a word left over (owner trial 27: "3개월 됐나" → "I understood 3 months, not
# '됐나'", "엄마아빠 저 동생 이렇게 넷" → "not '이렇게'", "수컷이고 땅콩 있어요" → "understood 남아",
# "spayed yes" → "understood neutered") ----------------------------------------------------------------

READ_WHOLE = (
    ("ko", "owned_months", "3개월 됐나", 3),
    ("ko", "age_months", "3살이었나?", 36),
    ("ko", "household", "엄마아빠 저 동생 이렇게 넷", 4),
    ("ko", "sex", "수컷이고 땅콩 있어요", "male_intact"),
    ("en", "sex", "spayed yes", "female_spayed"),
    ("ko", "age_months", "내년이면 다섯살", 54),  # 4-5 years, as "he'll be 3 in June" is 2-3
    ("en", "age_months", "next year she'll be 5", 54),
    # a past typed with ㅅ for ㅆ, as older owners' phones send it (owner trial 28: asked again)
    ("ko", "age_months", "두살 됏어요", 24),
    ("ko", "owned_months", "2년 키웟습니다", 24),
    # owner trial 28: "임시로" kept in the name, neutering told as planned stored as done
    ("ko", "name", "임시로 누렁이라고 불러요", "누렁이"),
    ("ko", "sex", "남자애요 중성화는 다음달에 하려구요", "male_intact"),
    ("en", "sex", "girl, getting her spayed next week", "female_intact"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), READ_WHOLE)
async def test_an_answer_with_a_word_left_over_is_read_whole_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: object
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == stored, user.text


# -- 12. the sex told again as the profile has it (owner trial 27: "actually she's a girl" for a girl
# got "that sounds like part of the profile, send yes" and the whole survey offered) --------------


@pytest.mark.parametrize(("lang", "told"), [("en", "actually she's a girl"), ("ko", "사실 여자애예요")])
async def test_the_sex_told_as_stored_is_said_back_on_telegram(tg: Harness, lang: str, told: str) -> None:
    chat = 4360 + len(told)
    await tg_owner(tg, chat, lang)
    before = (await tg_answers(tg, chat)).get("sex")
    await tg.say(chat, told)
    assert t(lang, "talk-profile") not in tg.last_text(chat), tg.last_text(chat)
    assert t(lang, "survey-field-sex") in tg.last_text(chat), tg.last_text(chat)
    assert (await tg_answers(tg, chat)).get("sex") == before


# -- 13. advice someone gave, asked about with no "?" (stop 42's M11: "my friend says i should spray
# her with water when she barks is that ok" analysed as a report of the spraying done) -------------


@pytest.mark.parametrize(("lang", "heard"), [
    ("en", "my friend says i should spray her with water when she barks is that ok"),
    ("ko", "친구가 짖을때 물 뿌리라던데 괜찮아요"),
])  # fmt: skip
async def test_advice_heard_and_asked_about_is_a_question_on_telegram(
    tg: Harness, lang: str, heard: str
) -> None:
    chat = 4370 + len(heard)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, heard)
    assert await _kept(tg, chat) == [(heard, True)], tg.sent(chat)[-3:]


async def test_the_same_told_as_done_stays_a_report_on_telegram(tg: Harness) -> None:
    """Neighbour: "I sprayed her …, is that ok" tells it was done: a report, its note first."""
    chat = 4379
    await tg_owner(tg, chat, "en")
    done = "I sprayed her with water when she barked, is that ok"
    await tg.say(chat, done)
    assert await _kept(tg, chat) == [(done, False)], tg.sent(chat)[-3:]


# -- 14. "went ok" beside the change told, at a check-in (stop 42's leftover: "it went ok i guess a
# bit better" was asked which of better and the same) -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "told"), [("en", "it went ok i guess a bit better"), ("en", "went fine, a little better")]
)
async def test_went_ok_and_a_bit_better_is_better_at_a_pushed_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, told: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(told)
        store = srv.app.state.runtime.store
        outcomes = [o for o, _note in _answered(await checkins_of(store, Channel.KAKAO, owner.key))]
        assert outcomes == ["better"], owner.text


# -- 15. living alone said in 반말 at an earlier question (owner trial 27: "혼자 살아" at how long
# owned was not kept as a household of one, as "혼자살아요" is since stop 42) ----------------------


@pytest.mark.parametrize("typed", ["혼자 살아", "혼자 살고 있어요"])
async def test_living_alone_in_banmal_is_the_household_ahead_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "owned_months")
    await user.send(typed)
    stored = await kakao_answers(kakao, user.key)
    assert stored.get("household") == 1 and "owned_months" not in stored, (stored, user.text)
    assert asked("ko", "owned_months") in user.text, user.text


# -- 16. the owner in crisis (owner trial 28: "너무 힘들어서 죽고싶어요" got "not sure what you mean";
# "I can't do this anymore i want to die" as a first message got the survey's opening): the owner
# first, with where to get help now; nothing stored, no model call -----------------------------------


async def test_the_owner_in_crisis_at_first_contact_gets_help_on_telegram(tg: Harness) -> None:
    chat = 4390
    await tg.say(chat, "I can't do this anymore i want to die", language_code="en")
    assert t("en", "talk-owner-crisis") in tg.sent(chat), tg.sent(chat)
    assert await tg_reports(tg, chat) == []


async def test_the_owner_in_crisis_mid_survey_gets_help_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("너무 힘들어서 죽고싶어요")
    assert t("ko", "talk-owner-crisis") in user.text, user.text
    await asyncio.sleep(0.3)
    assert await kakao_reports(kakao, user.key) == [] and _model_calls(fake_ollama) == 0
    assert "age_months" not in await kakao_answers(kakao, user.key)


# -- 17. owner trial 28's answers invented or sent to the model: a word beside an amount named the
# dog ("벌써 25키로 넘어요": "벌써"), "한 8키로?" and "닭도 몇마리 키워요" asked of the coach model
# (its answers stored wrong are in section 11) -------------------------------------------------------

NOT_THE_ANSWER = (
    ("ko", "name", "벌써 25키로 넘어요"),
    ("en", "name", "they said around 5 but they weren't sure"),
    ("ko", "breed", "한 8키로?"),
    ("ko", "age_months", "닭도 몇마리 키워요"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), NOT_THE_ANSWER)
async def test_no_name_no_question_for_the_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.3)
    if key != "name":  # at the name no dog is stored until it is named
        assert key not in await kakao_answers(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0 and await kakao_reports(kakao, user.key) == [], user.text
    assert asked(lang, key) in user.text, user.text


# -- 18. a bite told at a check-in (owner trial 28: "it made him worse, he bit me when i held the
# treat" was only "worse", the bite kept nowhere): the outcome and a report of the bite -------------


@pytest.mark.parametrize(("lang", "told"), [
    ("en", "it made him worse, he bit me when i held the treat"),
    ("ko", "더 심해졌어요 간식 들고 있는데 제 손을 물었어요"),
])  # fmt: skip
async def test_a_bite_told_at_a_check_in_is_kept_as_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, told: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(told)
        store = srv.app.state.runtime.store
        outcomes = [o for o, _note in _answered(await checkins_of(store, Channel.KAKAO, owner.key))]
        assert outcomes == ["worse"], owner.text
        assert told in await kakao_reports(srv, owner.key), owner.text
