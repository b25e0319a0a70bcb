# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, what reaches the model (owner trial 30): messages that are no behaviour report and no
question for the coach went to the model, or the reverse. Each reproduced through a real channel
first (Kakao skill webhook, Telegram over HTTP), in Korean and English, the model's requests
counted with the fake Ollama (`chat_bodies()`), what was kept read back from the store.

1. At the survey's name question, a question about the service ("사람이랑 통화할수 있나요", "이거
   얼마에요?", "내 정보는 어디에 저장돼요?", "how much does this cost?") went to the coach model, or
   got the bot's general "who I am" line: its own clear reply now (`coach-human`, `coach-price`,
   `coach-privacy`), the question asked again. A bare option word of another question asked with
   "?" ("중형?", "medium?": the owner thinking of the size) was a question for the model: no name
   and no question now; at the name the re-ask says whose word it is, elsewhere the question again.
2. "이거 몇개나 더 물어봐요?" mid-survey went to the model: how many questions are left (from the
   survey's definition) and the question again.
3. "I fell in the water lol" (the owner, not the dog) was offered for analysis: small talk now.
4. "저녁에 더 그래요 ㅋㅋ", "worse at night lol" at a result's "how often?" was taken as laughter
   ("no rush"), the detail lost: the laugh turns no content into small talk, it is added to the
   report.
5. "what do I do??" right after an emergency with nothing open went to the coach model (with the
   survey open it showed the first aid again): one rule now, the first aid again, no model call,
   nothing stored, whatever is open.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.survey import QUESTIONS
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import (
    asked,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for


async def _answers(kakao: Server, key: str) -> dict[str, Any]:
    """The newest dog's answers, none before the name is stored (no dog yet)."""
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        dogs = await s.list_dogs(user.id) if user is not None else []
        return max(dogs, key=lambda d: d.id).answers if dogs else {}


def _calls(fake: FakeOllama) -> int:
    return len(fake.chat_bodies())


async def _sent_quietly(user: KakaoUser, fake: FakeOllama, typed: str) -> str:
    """`typed` sent; what the owner saw; no model request made for it (waited a moment)."""
    before = _calls(fake)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _calls(fake) == before, (typed, user.texts)
    return "\n".join(user.texts)


async def _tg_quietly(tg: Harness, fake: FakeOllama, chat: int, typed: str) -> str:
    before_calls, before = _calls(fake), len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert _calls(fake) == before_calls, (typed, tg.sent(chat)[before:])
    return "\n".join(tg.sent(chat)[before:])


def _tg_settings(fake_telegram: FakeTelegramServer, fake: FakeOllama, tmp_path: Path):  # type: ignore[no-untyped-def]
    return settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake.url)


# -- 1. a question about the service at the name question ------------------------------------------

SERVICE = (
    ("ko", "사람이랑 통화할수 있나요", "coach-human"),
    ("ko", "이거 얼마에요?", "coach-price"),
    ("ko", "내 정보는 어디에 저장돼요?", "coach-privacy"),
    ("en", "can I call a person?", "coach-human"),
    ("en", "how much does this cost?", "coach-price"),
    ("en", "where is my data stored?", "coach-privacy"),
)


@pytest.mark.parametrize(("lang", "typed", "reply"), SERVICE)
async def test_a_question_about_the_service_at_the_name_gets_its_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, reply: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    shown = await _sent_quietly(user, fake_ollama, typed)
    assert t(lang, reply) in shown, shown
    assert asked(lang, "name") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert "name" not in await _answers(kakao, user.key)


async def test_a_question_about_the_service_at_the_household_gets_its_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """The kind at another question: the price asked at the household count."""
    user = await kakao_at(kakao, "ko", "household")
    shown = await _sent_quietly(user, fake_ollama, "무료예요?")
    assert t("ko", "coach-price") in shown, shown
    assert asked("ko", "household") in user.text, user.text
    assert "household" not in await _answers(kakao, user.key)


@pytest.mark.parametrize(("chat", "lang", "typed", "reply"), [(46101, *SERVICE[0]), (46102, *SERVICE[4])])
async def test_a_question_about_the_service_at_the_name_gets_its_reply_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
    reply: str,
) -> None:
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_at(tg, chat, lang, "name")
        shown = await _tg_quietly(tg, fake_ollama, chat, typed)
        assert t(lang, reply) in shown, shown
        assert asked(lang, "name") in tg.last_text(chat), tg.sent(chat)[-3:]
        assert await tg_reports(tg, chat) == []


HEDGED = (
    ("ko", "name", "중형?", "size"),
    ("en", "name", "medium?", "size"),
    ("ko", "name", "보호소?", "origin"),
    ("en", "name", "male?", "sex"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "field"), HEDGED)
async def test_another_questions_option_asked_at_the_name_is_no_name_and_no_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, field: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    shown = await _sent_quietly(user, fake_ollama, typed)
    said = t(lang, "survey-name-other-answer", field=t(lang, f"survey-field-{field}"))
    assert said in shown, shown
    assert asked(lang, key) in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert key not in await _answers(kakao, user.key)


@pytest.mark.parametrize(
    ("lang", "key", "typed"), [("en", "age_months", "medium?"), ("ko", "breed", "수컷?")]
)
async def test_another_questions_option_asked_elsewhere_is_the_question_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    """The kind at other questions: "medium?" at the age, "수컷?" at the breed (not the breed 수컷)."""
    user = await kakao_at(kakao, lang, key)
    await _sent_quietly(user, fake_ollama, typed)
    assert asked(lang, key) in user.text, user.text
    assert key not in await _answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [], user.texts


async def test_another_questions_option_asked_at_the_name_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    chat = 46111
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_at(tg, chat, "ko", "name")
        shown = await _tg_quietly(tg, fake_ollama, chat, "중형?")
        assert t("ko", "survey-name-other-answer", field=t("ko", "survey-field-size")) in shown, shown
        assert asked("ko", "name") in tg.last_text(chat)
        await tg.say(chat, "콩이")  # the name still taken next
        assert (await tg_answers(tg, chat)).get("name") == "콩이"


async def test_the_size_itself_asked_with_a_question_mark_is_still_its_pick_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Neighbour: "중형?" at the size question is its own question's pick, as before."""
    user = await kakao_at(kakao, "ko", "size")
    await _sent_quietly(user, fake_ollama, "중형?")
    assert (await _answers(kakao, user.key)).get("size") == "medium", user.texts


# -- 2. how many questions are left ----------------------------------------------------------------

LEFT = (
    ("ko", "name", "이거 몇개나 더 물어봐요?"),
    ("ko", "household", "이거 몇개나 더 물어봐요?"),
    ("en", "breed", "how many to go?"),
)


def _left(key: str) -> int:
    return len(QUESTIONS) - next(i for i, q in enumerate(QUESTIONS) if q.key == key)


@pytest.mark.parametrize(("lang", "key", "typed"), LEFT)
async def test_how_many_questions_are_left_is_answered_from_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    shown = await _sent_quietly(user, fake_ollama, typed)
    assert t(lang, "survey-left", count=_left(key)) in shown, shown
    assert asked(lang, key) in user.text, user.text
    assert key not in await _answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [], user.texts


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [(46201, "ko", "이거 몇개나 더 물어봐요?"), (46202, "en", "how many more questions?")],
)
async def test_how_many_questions_are_left_is_answered_from_the_survey_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_at(tg, chat, lang, "breed")
        shown = await _tg_quietly(tg, fake_ollama, chat, typed)
        assert t(lang, "survey-left", count=_left("breed")) in shown, shown
        assert asked(lang, "breed") in tg.last_text(chat)


# -- 3. the owner laughing at what happened to them ------------------------------------------------

OWNER = (
    ("en", "I fell in the water lol"),
    ("ko", "제가 물에 빠졌어요 ㅋㅋ"),
    ("en", "lol i tripped on the stairs"),
)


@pytest.mark.parametrize(("lang", "typed"), OWNER)
async def test_the_owner_laughing_at_themselves_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    shown = await _sent_quietly(user, fake_ollama, typed)
    assert t(lang, "unclear-event") not in shown, shown  # no "analyse it?"
    assert not user.text.startswith(t(lang, "safety-header-now")), shown
    assert await kakao_reports(kakao, user.key) == [], shown


async def test_the_owner_laughing_at_themselves_is_small_talk_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    chat = 46301
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, "en")
        shown = await _tg_quietly(tg, fake_ollama, chat, "I fell in the water lol")
        assert t("en", "unclear-event") not in shown, shown
        assert await tg_reports(tg, chat) == []


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "he pushed me in the water lol"), ("ko", "제가 물에 빠졌어요")]
)
async def test_not_the_owner_alone_or_no_laugh_is_still_offered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    """Neighbours: the dog did something to the owner, or no laugh: offered for analysis as before."""
    user = await kakao_owner(kakao, lang)
    shown = await _sent_quietly(user, fake_ollama, typed)
    assert t(lang, "unclear-event") in shown, shown


# -- 4. when it happens, told with a laugh, at a result's question ---------------------------------

WHEN = {"ko": "저녁에 더 그래요 ㅋㅋ", "en": "worse at night lol"}
BARKING = {"ko": "손님 오면 현관에서 계속 짖어요", "en": "he barks at the door whenever guests come"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_when_it_happens_told_with_a_laugh_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    assert t(lang, "analysis-followup-frequency") in "\n".join(user.texts), user.texts
    await user.send(WHEN[lang])
    await asyncio.sleep(0.3)
    assert t(lang, "kakao-added-analysed") in user.text, user.texts
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and WHEN[lang] in reports[0], reports


@pytest.mark.parametrize(("chat", "lang"), [(46401, "ko"), (46402, "en")])
async def test_when_it_happens_told_with_a_laugh_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> None:
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARKING[lang])
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in m for m in tg.sent(chat)))
        await tg.say(chat, WHEN[lang])
        await eventually(lambda: len(fake_ollama.chat_bodies()) >= 2)  # analysed again with it
        reports = await tg_reports(tg, chat)
        assert len(reports) == 1 and WHEN[lang] in reports[0], (reports, tg.sent(chat)[-3:])


# -- 5. "what do I do??" right after an emergency, whatever is open --------------------------------

EMERGENCY = (
    ("ko", "콩이가 지금 발작해요", "어떻게 해요??", "safety-seizure"),
    ("en", "rex just ate a whole bar of dark chocolate", "what do I do??", "safety-toxin"),
)


@pytest.mark.parametrize(("lang", "report", "help_now", "card"), EMERGENCY)
async def test_what_to_do_right_after_an_emergency_with_nothing_open_is_its_first_aid_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, help_now: str, card: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(report)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    shown = await _sent_quietly(user, fake_ollama, help_now)
    assert t(lang, card).split(".")[0] in shown, shown
    assert await kakao_reports(kakao, user.key) == [report], shown


@pytest.mark.parametrize(("lang", "report", "help_now", "card"), EMERGENCY)
async def test_what_to_do_after_an_emergencys_result_is_its_first_aid_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, help_now: str, card: str
) -> None:
    """The same once the emergency's result was shown (the menu, not the first aid, before)."""
    user = await _result_shown(kakao, fake_ollama, lang, report)
    shown = await _sent_quietly(user, fake_ollama, help_now)
    assert t(lang, card).split(".")[0] in shown, shown
    assert await kakao_reports(kakao, user.key) == [report], shown


@pytest.mark.parametrize(
    ("chat", "lang", "report", "help_now", "card"), [(46501, *EMERGENCY[0]), (46502, *EMERGENCY[1])]
)
async def test_what_to_do_right_after_an_emergency_is_its_first_aid_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    report: str,
    help_now: str,
    card: str,
) -> None:
    async with harness(fake_telegram, _tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, lang)
        await tg.say(chat, report)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.3)
        shown = await _tg_quietly(tg, fake_ollama, chat, help_now)
        assert t(lang, card).split(".")[0] in shown, shown
        assert await tg_reports(tg, chat) == [report]


async def test_what_to_do_after_an_everyday_report_still_asks_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Neighbour: after barking, "what do I do??" is a question about it for the coach model."""
    user = await kakao_owner(kakao, "en")
    await user.send(BARKING["en"])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    before = _model_calls(fake_ollama)
    await user.send("what do I do??")
    await eventually(lambda: _model_calls(fake_ollama) > before)
    assert t("en", "safety-toxin").split(".")[0] not in user.text
