# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, Korean owner trial (helper poisonflow): each fault reproduced through a real channel
first (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored, shown and
sent to the model read back.

1. A poisoning report swallowed later survey answers: after "루이가 방금 포도를 몇알 먹었어요ㅠㅠ" and
   "1년", "3" then "8" at the household were added to the grapes report ("💾 먹은 양을 중독 기록에
   적어 두었어요… 다시 분석한 결과는…"), analysed again each time, the question asked forever, the
   household never stored (Kakao: in a second dog's survey too). A number the open question reads
   whole ("3", "8", "maybe 4 or 5") answers it (`Understander._unit_answer`): the question on
   screen wins over the report's older "how much did he eat"; how much was eaten in its own words
   ("2개", "a couple of grapes") is still the report's detail, and "3알이요" at the age is no typo
   of 3일 (`lex-counter-eaten`; it was stored as an age of three days).
2. A bite that injured a person or a dog ("조카(5살)가 두부 만지다 얼굴 물렸어요 피나요", "뭉치가
   산책중에 다른개보고 물어서 피가났어요") got the bite card, then "👉 next: the doorbell…", a plan and
   a check-in. Such a bite (`FlagKind.BITE_INJURY`, `CHILD_BITTEN`) is a professional's first, as
   vomiting is a vet's (`understanding.first_step`, the one rule results and plans read): the
   professional step under the result (`analysis-next-step-bite`), no plan, no check-in.
3. A medication question at a survey question ("심장약이랑 같이 진정제 먹여도됨?") was filed as a
   health fact ("건강과 훈련도 같이 적어 뒀어요: …, 심장약이랑 같이 진정제 먹여도됨?") and sent to the
   model as the dog's background. It is the owner's question, answered by the medicine note
   (`safety-medicine-dose`), no model call, kept out of the health profile; the fact told
   ("심장약 먹어요 베나제프릴", "she's on vetmedin") is still the health note.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_settings, tg_surveyed
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop44_emergency import _all_plans, _step
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import eventually, harness

# -- 1. a number at a survey question after a poisoning: the question's answer ------------------

POISON = {"ko": "루이가 방금 포도를 몇알 먹었어요ㅠㅠ", "en": "he just ate some grapes"}
OWNED = {"ko": "1년", "en": "1 year"}


def _store(server: Server) -> Store:
    store: Store = server.app.state.runtime.store
    return store


async def _kakao_poisoned_at(kakao: Server, fake: FakeOllama, lang: str, key: str) -> Any:
    """A Kakao owner of `lang` at question `key`, the poisoning told there and analysed."""
    user = await kakao_at(kakao, lang, key)
    await user.send(POISON[lang])
    assert t(lang, "safety-toxin") in user.text, user.text
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    return user


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_numbers_at_the_household_after_a_poisoning_answer_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """The trial's order: the poisoning at the origin... the household two questions later."""
    user = await _kakao_poisoned_at(kakao, fake_ollama, lang, "owned_months")
    await user.send(OWNED[lang])
    assert asked(lang, "household") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send("3")
    assert t(lang, "analysis-amount-added", kind="toxin", wait="x")[:12] not in user.text, user.text
    assert asked(lang, "household") not in user.text, user.text
    assert (await kakao_answers(kakao, user.key)).get("household") == 3, user.text
    assert await kakao_reports(kakao, user.key) == [POISON[lang]], user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


# a bare number, or an amount the question reads whole, at each number question right after it
NUMBERS = (
    ("ko", "household", "3", 3),
    ("en", "household", "3", 3),
    ("ko", "age_months", "3", 36),
    ("en", "alone_hours", "maybe 4 or 5", 4.5),
    ("ko", "exercise_minutes", "30", 30),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), NUMBERS)
async def test_a_number_right_after_a_poisoning_answers_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await _kakao_poisoned_at(kakao, fake_ollama, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == stored, user.text
    assert await kakao_reports(kakao, user.key) == [POISON[lang]], user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


# neighbours: how much was eaten in its own words is still that report's detail; "3알이요" at the
# age was a typo of 3일 on main (the age stored as three days)
@pytest.mark.parametrize(
    ("lang", "key", "amount"),
    [("ko", "household", "2개"), ("en", "household", "a couple of grapes"), ("ko", "age_months", "3알이요")],
)
async def test_how_much_was_eaten_in_words_is_still_the_reports_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, amount: str
) -> None:
    user = await _kakao_poisoned_at(kakao, fake_ollama, lang, key)
    await user.send(amount)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and amount in reports[0], (reports, user.text)
    assert key not in await kakao_answers(kakao, user.key), user.text


async def test_a_second_dogs_household_is_no_amount_for_the_first_dogs_poisoning_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """The trial's Kakao case: 초코's chocolate, then 밤이 added; 밤이's "1" at the household was
    appended to 초코's report."""
    user = await kakao_owner(kakao, "ko")
    await user.send("초코가 초콜릿을 먹었어요 어떡해요ㅠㅠ")
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("강아지추가")
    for text in ["밤이", "2살", "여아 중성화했어요", "푸들", "소형", "펫샵", "1년"]:
        await user.send(text)
    assert asked("ko", "household") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send("1")
    reports = await kakao_reports(kakao, user.key)
    assert reports == ["초코가 초콜릿을 먹었어요 어떡해요ㅠㅠ"], (reports, user.text)
    assert (await kakao_answers(kakao, user.key)).get("household") == 1, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_numbers_at_the_household_after_a_poisoning_answer_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    chat = 50101 + ("ko", "en").index(lang)
    settings = tg_settings(fake_telegram, fake_ollama, tmp_path)
    async with harness(fake_telegram, settings) as tg:
        await tg_at(tg, chat, lang, "owned_months")
        await tg.say(chat, POISON[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.3)
        await tg.say(chat, OWNED[lang])
        assert asked(lang, "household") in tg.last_text(chat), tg.last_text(chat)
        calls = _model_calls(fake_ollama)
        await tg.say(chat, "3")
        assert (await tg_answers(tg, chat)).get("household") == 3, tg.last_text(chat)
        assert asked(lang, "household") not in tg.last_text(chat), tg.last_text(chat)
        await tg.say(chat, "8")  # the trial's next try: the next question's, never the report's
        assert await tg_reports(tg, chat) == [POISON[lang]], tg.last_text(chat)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


# -- 2. a bite that injured someone: a professional first, no plan, no check-in ------------------

BITES = (
    ("ko", "조카(5살)가 콩이 만지다 얼굴 물렸어요 피나요"),
    ("ko", "콩이가 산책중에 다른개보고 물어서 피가났어요 상대견주가 화내요"),
    ("en", "rex bit my nephew on the face and he was bleeding"),
    ("en", "rex bit another dog at the park and it was bleeding"),
    ("en", "my dog bit my nephew on the face today"),
)


def _bitten(typed: str) -> str:
    """Who the bite line says was bitten (stop 56): a child (the nephews), else "other"."""
    return "child" if "조카" in typed or "nephew" in typed else "other"


async def _kakao_result(kakao: Server, fake: FakeOllama, lang: str, typed: str) -> Any:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    return user


@pytest.mark.parametrize(("lang", "typed"), BITES)
async def test_a_bite_that_injured_gets_the_professional_step_and_no_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _kakao_result(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-bite") in shown, shown
    assert t(lang, "coaching-plan-bite", bitten=_bitten(typed)) in shown, shown
    assert "📌" not in shown and _step(lang) not in shown, shown
    await asyncio.sleep(0.2)
    assert await checkins_of(_store(kakao), Channel.KAKAO, user.key) == []
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("ko", "콩이가 제 손을 물었는데 피는 안났어요"), ("en", "she nipped my hand, no blood")],
)
async def test_a_bite_with_no_injury_is_still_coached_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _kakao_result(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert "📌" in shown and _step(lang) in shown, shown
    assert t(lang, "analysis-next-step-bite") not in shown, shown


@pytest.mark.parametrize(
    ("chat", "lang", "typed"), [(50201, *BITES[0]), (50202, *BITES[2]), (50203, *BITES[3])]
)
async def test_a_bite_that_injured_gets_no_plan_and_no_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Any,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        kinds = ("message", "document", "photo", "edit_text")
        before = len(tg.sent(chat, kinds))
        await tg.say(chat, typed)
        line = t(lang, "coaching-plan-bite", bitten=_bitten(typed))
        await eventually(lambda: line in tg.sent(chat, kinds)[before:])
        await asyncio.sleep(0.3)
        sent = tg.sent(chat, kinds)[before:]  # sent, or edited in when the result was streamed
        assert any(t(lang, "analysis-next-step-bite") in m for m in sent), sent
        assert not any(m.startswith("📌") or _step(lang) in m for m in sent), sent
        assert await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == []
        assert await _all_plans(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


# -- 3. a medication question during the survey: the note, never the health profile -------------

MEDICINE_ASKED = (
    ("ko", "심장약 먹어요 베나제프릴", "심장약이랑 같이 진정제 먹여도됨?"),
    ("en", "she's on vetmedin", "can i give her trazodone with it?"),
)


@pytest.mark.parametrize("key", ["household", "health"])
@pytest.mark.parametrize(("lang", "fact", "question"), MEDICINE_ASKED)
async def test_a_medicine_question_in_the_survey_is_answered_not_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, fact: str, question: str, key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(fact)
    calls = _model_calls(fake_ollama)
    await user.send(question)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-medicine-dose")[:30] in shown, shown
    health = (await kakao_answers(kakao, user.key)).get("health")
    assert health is not None and fact in health and question not in health, (health, shown)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert (row.text, row.is_question) == (question, True)


@pytest.mark.parametrize(("lang", "fact", "question"), MEDICINE_ASKED)
async def test_a_medicine_question_in_the_survey_is_answered_not_stored_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Any,
    lang: str,
    fact: str,
    question: str,
) -> None:
    chat = 50301 + ("ko", "en").index(lang)
    settings = tg_settings(fake_telegram, fake_ollama, tmp_path)
    async with harness(fake_telegram, settings) as tg:
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, fact)
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        await tg.say(chat, question)
        shown = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "safety-medicine-dose")[:30] in shown, shown
        health = (await tg_answers(tg, chat)).get("health")
        assert health is not None and fact in health and question not in health, (health, shown)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        [row] = await _tg_reports(tg, chat)
        assert (row.text, row.is_question) == (question, True)
