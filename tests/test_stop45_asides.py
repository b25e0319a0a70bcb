# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45, asides typed while something else is open (English owner trial 30, Kakao, Telegram and
the terminal), each reproduced through a real channel first, what was kept read back from the store.

1. Questions about the app itself ("how do I turn them back on?" after "stop the reminders", "What
   time do you send the messages?", "메시지 몇 시에 보내요?"): sent to the coach model and stored as
   "💬 Question"; the product's own answer now (the switches' status with their buttons, the time
   check-ins come at), no model call, nothing stored.
2. A correction or detail about the report whose result was just shown, typed at a survey question
   ("wait no it was the mailman not delivery guy lol" at the worst reaction, "he also does it more in
   the evening lol" at the name): "pick one of the options" / "I didn't catch a name", the detail
   lost; added to that report now, the question asked again.
3. A name offered for a "yes" ("his name is Taco" → "Is your dog's name Taco?") answered with the
   next question's answer ("12 wks"): the name asked again, Taco never stored; the name taken with
   the age now, and a "yes" after another aside still takes it.
4. "hes acting normal rn" after a poisoning report at the name question: "I didn't catch a name";
   "She is on heart tablets from the vet" at the concerns: "pick at least one". The update
   acknowledged with the first aid's line now, the health note kept for the health question.
5. "what do i do??" right after an emergency report with the survey open: a question for the coach
   model (on Telegram with two dogs filed under the other dog); the first aid again now, no model
   call, nothing stored.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_stop45_ux import paused_at
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


def _questions(fake: FakeOllama) -> int:
    """Requests for the question prompt (the coach model answering a question)."""
    return len([r for r in fake.requests if r.path == "/api/chat" and is_question(r.body)])


# -- 1. questions about the app itself --------------------------------------------------------------

SWITCHED_BACK = (
    ("en", "stop the reminders", "how do I turn them back on?"),
    ("en", "turn off notifications", "how do i get them back?"),
    ("ko", "알림 꺼줘", "다시 켜려면 어떻게 해요?"),
    ("ko", "알림 꺼줘", "알림 다시 어떻게 켜요?"),
)


@pytest.mark.parametrize(("lang", "off", "asked_how"), SWITCHED_BACK)
async def test_how_to_turn_notifications_back_on_is_answered_by_the_bot_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, off: str, asked_how: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(off)
    assert t(lang, "notifications-off-done") in user.text, user.text
    await user.send(asked_how)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts
    # how to turn them back on: the words, or the switch's button ("알림 다시 어떻게 켜요?" turns on)
    shown = " ".join(user.texts)
    assert (
        t(lang, "tips-on-button")
        in [q["label"] for q in user.last.get("template", {}).get("quickReplies", [])]
        or t(lang, "tips-status-off") in shown
        or t(lang, "notifications-on-done") in shown
    ), user.texts
    # the concerns still open: in full, or (a second aside in a row: the ux fix) in its one line
    assert asked(lang, "concerns") in user.text or paused_at(lang, NAME[lang], "concerns") in user.text, (
        user.text
    )


async def test_how_to_turn_notifications_back_on_is_answered_by_the_bot_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 45101
    await tg_at(tg, chat, "en", "concerns")
    await tg.say(chat, "stop the reminders")
    await tg.say(chat, "how do I turn them back on?")
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, tg.sent(chat)
    assert await tg_reports(tg, chat) == [], tg.sent(chat)
    assert any(t("en", "tips-status-off") in x for x in tg.sent(chat)[-4:]), tg.sent(chat)


WHEN_SENT = (
    ("en", "What time do you send the messages?"),
    ("en", "when do you send the messages?"),
    ("ko", "메시지 몇 시에 보내요?"),
    ("ko", "메시지는 언제 보내요?"),
)


@pytest.mark.parametrize(("lang", "when"), WHEN_SENT)
async def test_when_the_bot_sends_its_messages_is_answered_by_the_bot_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, when: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(when)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts
    # Kakao without the Event API messages nobody first: it says so rather than offer a time
    # (the check-in time's fix this stop, tests/test_stop45_clock.py)
    assert t(lang, "coaching-checkin-time-no-push") in user.text, user.texts


async def test_when_the_bot_sends_its_messages_is_answered_by_the_bot_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 45102
    await tg_at(tg, chat, "ko", "household")
    await tg.say(chat, "메시지 몇 시에 보내요?")
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, tg.sent(chat)
    assert await tg_reports(tg, chat) == [], tg.sent(chat)
    # both kinds of message as set for the owner (stop 46: the check-in time alone, asked to set)
    recent = tg.sent(chat)[-3:]
    assert t("ko", "tips-when-sometimes") in recent, recent
    assert t("ko", "coaching-checkins-status-on") in recent, recent


# -- 2. a correction or detail about the report just analysed, at a survey question -----------------

RETOLD = (
    (
        "en",
        "rex barked like crazy at the delivery guy today",
        "wait no it was the mailman not delivery guy lol",
    ),
    ("en", "rex barked like crazy at the delivery guy today", "he also does it more in the evening lol"),
    ("ko", "콩이가 오늘 택배 기사님 보고 엄청 짖었어요", "아 택배기사 아니고 집배원이었어요"),
    ("ko", "콩이가 오늘 택배 기사님 보고 엄청 짖었어요", "저녁에 더 그래요"),
)


async def _result_shown_at(kakao: Server, fake: FakeOllama, lang: str, report: str) -> KakaoUser:
    """A Kakao owner at the size question whose `report`, typed at the breed, was analysed and its
    result shown beside the size question."""
    user: KakaoUser = await kakao_at(kakao, lang, "breed")
    await user.send(report)
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    await user.send({"ko": "푸들", "en": "poodle"}[lang])  # the result shown beside the next question
    assert asked(lang, "size") in user.text, user.text
    return user


@pytest.mark.parametrize(("lang", "report", "added"), RETOLD)
async def test_detail_about_the_report_just_shown_mid_survey_is_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, added: str
) -> None:
    user = await _result_shown_at(kakao, fake_ollama, lang, report)
    await user.send(added)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and added in reports[0], (reports, user.texts)
    assert "size" not in await kakao_answers(kakao, user.key)
    assert asked(lang, "size") in user.text, user.text


@pytest.mark.parametrize(("lang", "report", "added"), RETOLD[:3:2])
async def test_detail_about_the_report_waiting_mid_survey_is_added_on_telegram(
    tg: Harness, lang: str, report: str, added: str
) -> None:
    """No model on this harness: the report still waits for its result (`+pending`)."""
    chat = 45110 + RETOLD.index((lang, report, added))
    await tg_at(tg, chat, lang, "breed")
    await tg.say(chat, report)
    await tg.say(chat, {"ko": "푸들", "en": "poodle"}[lang])
    await tg.say(chat, added)
    reports = await tg_reports(tg, chat)
    assert len(reports) == 1 and added in reports[0], (reports, tg.sent(chat))
    assert asked(lang, "size") in tg.last_text(chat), tg.sent(chat)


# -- 3. a name offered for a "yes", answered with the next question's answer -------------------------

OFFERED = (
    ("en", "lol sorry thats him 🐶 his name is Taco", "12 wks", "Taco"),
    ("ko", "얘 이름은 타코예요", "3개월", "타코"),
)


@pytest.mark.parametrize(("lang", "told", "age", "name"), OFFERED)
async def test_the_next_answer_takes_the_name_offered_on_kakao(
    kakao: Server, lang: str, told: str, age: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(told)
    assert t(lang, "survey-name-hint-yes") in str(user.last), user.texts
    await user.send(age)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name and answers.get("age_months") is not None, (answers, user.texts)
    assert asked(lang, "sex").replace("Rex", name).replace("콩이", name) in user.text, user.text


async def test_the_next_answer_takes_the_name_offered_on_telegram(tg: Harness) -> None:
    chat = 45120
    await tg.say(chat, "lol sorry thats him 🐶 his name is Taco", language_code="en")
    await tg.say(chat, "12 wks")
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == "Taco" and answers.get("age_months") is not None, (answers, tg.sent(chat))


@pytest.mark.parametrize(("lang", "told", "aside", "yes", "name"), [
    ("en", "his name is Taco", "boy not fixed yet", "yes", "Taco"),
    ("ko", "얘 이름은 타코예요", "남아 중성화 안했어요", "네", "타코"),
])  # fmt: skip
async def test_a_yes_after_an_aside_takes_the_name_offered_on_kakao(
    kakao: Server, lang: str, told: str, aside: str, yes: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(told)
    await user.send(aside)
    await user.send(yes)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.texts)


# -- 4. a status update or a health note after an emergency, at a survey question -------------------

FINE_NOW = (
    ("en", "omg rex just chewed up a bottle of ibuprofen 😱", "hes acting normal rn"),
    ("ko", "콩이가 방금 타이레놀 한통을 씹어먹었어요 ㅠㅠ", "지금은 괜찮아 보여요"),
)


@pytest.mark.parametrize(("lang", "report", "fine"), FINE_NOW)
async def test_fine_now_after_a_poisoning_at_the_name_is_an_update_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, fine: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(report)
    await user.send(fine)
    assert t(lang, "talk-news-after-alarm") in user.text, user.texts
    # the name question again (offering the name the report used, when it named one)
    assert asked(lang, "name") in user.text or t(lang, "survey-q-name-hint", name="콩이") in user.text, (
        user.text
    )
    async_answers = await _answers_or_none(kakao, user)
    assert not async_answers.get("name"), async_answers


async def _answers_or_none(kakao: Server, user: KakaoUser) -> dict[str, object]:
    try:
        return await kakao_answers(kakao, user.key)
    except AssertionError:  # no dog row yet: nothing stored
        return {}


async def test_fine_now_after_a_poisoning_at_the_name_is_an_update_on_telegram(tg: Harness) -> None:
    chat = 45130
    await tg_at(tg, chat, "en", "name")
    await tg.say(chat, "omg rex just chewed up a bottle of ibuprofen 😱")
    await tg.say(chat, "hes acting normal rn")
    assert any(t("en", "talk-news-after-alarm") in x for x in tg.sent(chat)[-3:]), tg.sent(chat)


@pytest.mark.parametrize(
    ("lang", "note"), [("en", "She is on heart tablets from the vet"), ("ko", "심장약 먹고 있어요")]
)
async def test_a_health_note_at_the_concerns_is_kept_for_the_health_question_on_kakao(
    kakao: Server, lang: str, note: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(note)
    assert t(lang, "survey-err-concerns") not in user.text, user.text
    assert asked(lang, "concerns") in user.text, user.text
    await user.send({"ko": "지금은 없음", "en": "None for now"}[lang])
    await user.send({"ko": "없음", "en": "none"}[lang])
    answers = await kakao_answers(kakao, user.key)
    assert note in str(answers.get("health")), (answers, user.texts)


# -- 5. "what do i do??" right after an emergency, with the survey open -----------------------------

HELP_NOW = (
    ("en", "rex just ate a bunch of grapes", "what do i do??"),
    ("ko", "콩이가 방금 포도를 한송이 먹었어요", "어떡해요??"),
)


@pytest.mark.parametrize(("lang", "report", "help_now"), HELP_NOW)
async def test_what_to_do_after_an_emergency_mid_survey_is_its_first_aid_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, help_now: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(report)
    await user.send(help_now)
    await asyncio.sleep(0.3)
    assert t(lang, "safety-toxin").split(".")[0] in user.text, user.texts
    assert _questions(fake_ollama) == 0, user.texts
    assert await kakao_reports(kakao, user.key) == [report], user.texts
    assert asked(lang, "household") in user.text, user.text


async def test_what_to_do_after_an_emergency_mid_survey_is_its_first_aid_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 45140
    await tg_at(tg, chat, "en", "household")
    await tg.say(chat, "rex just ate a bunch of grapes")
    await tg.say(chat, "what do i do??")
    await asyncio.sleep(0.3)
    assert any(t("en", "safety-toxin").split(".")[0] in x for x in tg.sent(chat)[-3:]), tg.sent(chat)
    assert _questions(fake_ollama) == 0, tg.sent(chat)
    assert await tg_reports(tg, chat) == ["rex just ate a bunch of grapes"], tg.sent(chat)
