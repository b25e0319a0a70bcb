# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 owner trial (trialB64), each fault reproduced through a real channel first (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API), Korean and English, then kept.

2. The survey question echoed, then answered ("how old? she's two", "몇 살이요? 두 살이요"):
   a question for the coach model, nothing stored. The echo is the owner repeating the question;
   what follows it is the answer, at every survey question.
4. A question about the chat itself at a result's "how often?" ("이거 아빠한테 보여줘도 돼?", "can
   I show this to my dad?"): glued onto the report and analysed again. An aside about the chat is
   never detail of the report.
3. The catch-all option told at a later question ("기타입니다" at the exercise): the origin was
   changed to Other. It names nothing of an earlier question; the open one re-asks.
6. Asked how to answer the name question ("우리집 강아지 이름 뭐라고 해야돼?", "what should I put
   here?"): a question for the coach model, and Kakao's reply said "'결과 보기'를 눌러 주세요"
   (press). The question's own help (why it is asked and an example), never the model; and no
   Kakao message says press or tap.
7. No number at all at the hours alone ("지금은괜찮아요밥도먹고"): "0시간에서 24시간 사이로", as for
   a number out of range; now that it holds no number, and the question again.

First run at 6609efd3 (main's tip, code unchanged; the Kakao "press" wording already half
rewritten, so only the Korean press test could fail): 11 failed, 9 passed (the guards, the English
asides, read as questions for the model there, and the English press test); the later tests for 3
and 7, run on 6609efd3: 7 failed, 3 passed (the guard and Telegram's English, told the range in
another message; the English hours-alone text was changed after it, the first one read as good news).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_result_shown, tg_settings, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, harness, tg  # noqa: F401  (the `tg` fixture)

# -- 2. the question echoed, then answered ---------------------------------------------------------

ECHOED = {
    "en": (
        ("age_months", "how old? she's two", 24.0),
        ("owned_months", "how long have we had her? about a year", 12.0),
        ("alone_hours", "how many hours alone? maybe 4", 4.0),
        ("household", "how many people? 3", 3.0),
    ),
    "ko": (
        ("age_months", "몇 살이요? 두 살이요", 24.0),
        ("owned_months", "함께 지낸 지요? 1년 됐어요", 12.0),
        ("alone_hours", "혼자 있는 시간이요? 4시간쯤이요", 4.0),
        ("household", "몇 명이냐고요? 세 명이요", 3.0),
    ),
}


def _number(stored: object) -> float:
    value = stored.get("value") if isinstance(stored, dict) else stored
    assert isinstance(value, int | float), stored
    return float(value)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_question_echoed_then_answered_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """ "how old? she's two" went to the coach model as a question, the age not stored."""
    for key, typed, value in ECHOED[lang]:
        user = await kakao_at(kakao, lang, key)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert key in answers, (typed, user.text)
        assert _number(answers[key]) == pytest.approx(value), (typed, answers[key])
        assert _model_calls(fake_ollama) == calls, typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_question_echoed_then_answered_is_the_answer_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    for n, (key, typed, value) in enumerate(ECHOED[lang]):
        chat = 64801 + n + (10 if lang == "ko" else 0)
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert key in answers, (typed, tg.last_text(chat))
        assert _number(answers[key]) == pytest.approx(value), (typed, answers[key])


ECHO_GUARDS = {
    "en": "how old? is that important for the barking?",
    "ko": "몇 살이요? 그게 짖는 거랑 상관있어요?",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_echo_followed_by_no_answer_stores_nothing_on_kakao(kakao: Server, lang: str) -> None:
    """Guard: the echo with a question after it stores no age."""
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(ECHO_GUARDS[lang])
    assert "age_months" not in await kakao_answers(kakao, user.key), user.text


# -- 4. an aside about the chat at a result's question ---------------------------------------------

ASIDE = {
    "ko": ("이거 아빠한테 보여줘도 돼?", "이거 엄마한테 보여줘도 돼요?"),
    "en": ("can I show this to my dad?", "is it ok if I show this to my mum?"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_aside_about_the_chat_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """ "이거 아빠한테 보여줘도 돼?" at "how often and since when?" was added to the report's text
    and analysed again."""
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    for typed in ASIDE[lang]:
        await user.send(typed)
        await asyncio.sleep(0.3)
        kept = _kept(await _kakao_reports(kakao, user.key))
        assert len(kept) == 1 and typed not in kept[0], (typed, kept, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_aside_about_the_chat_is_no_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    chat = 64820 if lang == "ko" else 64821
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_result_shown(tg, chat, lang, "frequency", BARK[lang])
        for typed in ASIDE[lang]:
            shown = await tg_typed(tg, chat, typed)
            await asyncio.sleep(0.3)
            kept = _kept(await _tg_reports(tg, chat))
            assert len(kept) == 1 and typed not in kept[0], (typed, kept, shown)


FREQUENCY_GUARD = {"ko": "거의 매일이요", "en": "almost every day"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_often_is_still_added_to_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Guard: the answer to "how often?" is still the report's detail."""
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(FREQUENCY_GUARD[lang])
    await asyncio.sleep(0.3)
    kept = _kept(await _kakao_reports(kakao, user.key))
    assert len(kept) == 1 and FREQUENCY_GUARD[lang] in kept[0], (kept, user.text)


# -- 6. how to answer the question asked -----------------------------------------------------------

HOW = {
    "ko": ("우리집 강아지 이름 뭐라고 해야돼?", "이름 뭐라고 적어요?"),
    "en": ("what should I put here?", "what do I write for the name?"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_to_answer_gets_the_questions_help_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """ "우리집 강아지 이름 뭐라고 해야돼?" at the name question went to the coach model."""
    for typed in HOW[lang]:
        user = await kakao_at(kakao, lang, "name")
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, "survey-example-name") in user.text, (typed, user.text)
        assert asked(lang, "name") in user.text, (typed, user.text)
        assert _model_calls(fake_ollama) == calls, typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_to_answer_gets_the_questions_help_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    for n, typed in enumerate(HOW[lang]):
        chat = 64831 + n + (10 if lang == "ko" else 0)
        await tg_at(tg, chat, lang, "name")
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        said = "\n".join(m.text for m in tg.fake.sent_messages(chat)[-6:])
        assert t(lang, "survey-example-name") in said, (typed, said)
        assert _model_calls(fake_ollama) == calls, typed


NAME_GUARD = {"ko": "초코요", "en": "her name is Coco"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_is_still_a_name_on_kakao(kakao: Server, lang: str) -> None:
    """Guard: a name told is stored."""
    user = await kakao_at(kakao, lang, "name")
    await user.send(NAME_GUARD[lang])
    assert "name" in await kakao_answers(kakao, user.key), user.text


PRESS = {"ko": ("눌러", "누르"), "en": ("tap", "press", "button")}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_kakao_message_says_press_or_tap(lang: str) -> None:
    """The coach's "saved, being answered" line on Kakao said "'결과 보기'를 눌러 주세요": no
    message of KakaoTalk's says press, tap or button (the owner sends the words)."""
    messages = Messages()
    ids = [i for i in messages.ids(lang) if i.startswith(("kakao-", "coach-kakao-"))]
    assert ids
    for msg_id in ids:
        text = messages.format(lang, msg_id, wait="1", place="x", seconds=1, minutes=1, picks="x").casefold()
        words = set(text.replace('"', " ").replace("'", " ").split())
        said = [w for w in PRESS[lang] if (w in text if lang == "ko" else w in words)]
        assert not said, (msg_id, text)


# -- 7. no number at all at the hours alone -----------------------------------------------------

NO_NUMBER = {"ko": "지금은괜찮아요밥도먹고", "en": "no problem there, she eats her food"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_no_number_at_all_is_not_told_the_range_on_kakao(kakao: Server, lang: str) -> None:
    """ "지금은괜찮아요밥도먹고" at the hours alone got "0시간에서 24시간 사이로 알려 주세요", as for
    a number out of range: nothing understood, said so."""
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(NO_NUMBER[lang])
    assert t(lang, "survey-err-alone_hours") not in user.text, user.text
    field = t(lang, "survey-field-alone_hours")
    assert t(lang, "survey-unclear-no-number", typed=NO_NUMBER[lang], asked=field) in user.text, user.text
    assert asked(lang, "alone_hours") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_no_number_at_all_is_not_told_the_range_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64851 if lang == "ko" else 64852
    await tg_at(tg, chat, lang, "alone_hours")
    await tg.say(chat, NO_NUMBER[lang])
    said = "\n".join(m.text for m in tg.fake.sent_messages(chat)[-4:])
    assert t(lang, "survey-err-alone_hours") not in said, said
    assert asked(lang, "alone_hours") in said, said


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_out_of_range_still_gets_the_range_on_kakao(kakao: Server, lang: str) -> None:
    """Guard: 30 hours alone is told the range."""
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send("30")
    assert t(lang, "survey-err-alone_hours") in user.text, user.text


# -- 3. the catch-all option of an earlier question told at a later one ------------------------

CATCH_ALL = {"ko": "기타입니다", "en": "other"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_other_at_a_later_question_keeps_the_origin_on_kakao(kakao: Server, lang: str) -> None:
    """ "기타입니다" at the exercise changed the origin to Other ("데려온 곳을 고쳤어요: 지인 / 가족
    → 기타"): the catch-all option names nothing of an earlier question; the open one re-asks."""
    user = await kakao_at(kakao, lang, "exercise_minutes")
    before = (await kakao_answers(kakao, user.key))["origin"]
    await user.send(CATCH_ALL[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers["origin"] == before, (answers["origin"], user.text)
    assert "exercise_minutes" not in answers, user.text
    assert asked(lang, "exercise_minutes") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_other_at_a_later_question_keeps_the_origin_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64861 if lang == "ko" else 64862
    await tg_at(tg, chat, lang, "exercise_minutes")
    before = (await tg_answers(tg, chat))["origin"]
    await tg.say(chat, CATCH_ALL[lang])
    answers = await tg_answers(tg, chat)
    assert answers["origin"] == before, (answers["origin"], tg.last_text(chat))
    assert asked(lang, "exercise_minutes") in tg.last_text(chat), tg.last_text(chat)
