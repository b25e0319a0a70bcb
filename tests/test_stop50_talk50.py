# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, talk50 (owner trials): messages that are no behaviour report taken for one, or a
question taken for news, each reproduced through a real channel first (Kakao over the skill's HTTP,
Telegram over the fake Bot API), in Korean and English, what was stored and replied read back
(corpus batches 413-414).

1. How the owner feels, at the name question ("hi um im a bit panicked rn", "너무 걱정돼요",
   "멘붕이에요ㅠㅠ"): analysed as a report ("narrated"), a plan made, listed as "Barking" (or the
   Korean taken as the dog's name). Now small talk (`understanding-talk-sad`): the kind line and
   the question again, nothing stored, no model call. "I'm new to this" is a greeting; the dog
   panicking ("she panicked at the vet") stays a report (corpus).
2. With a plan on screen, "how long till it works?" got "That's great news — it's working! 🎉"
   and was kept as going better (its "it works" read as the news). Asked (a "?" and a question
   word), it is a question for the coach (`TalkReading._worked_asked`): the model asked, no
   "it's working", no progress kept. "언제쯤 효과 있어요?" the same.
3. "ok now rocky" (the owner moving on to the second dog, announced at the start) got "That's
   wonderful progress! 🎉" mid-survey. The words that lead a name and one of the owner's dogs, or
   the one announced (`profile.next_dog_named`), ask to switch to it, as "switch to Rocky" does:
   mid-survey, the announced dog is offered when the survey is done.
6. "굿모닝~~☀️", "수고하세용", "넵 기다릴게요", "ok will wait" were noise ("I'm not sure what you
   mean"): a greeting, thanks and a wait, each with its short reply.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.checkin_due import REPORT
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import FAST, wait_for_rows
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_at, kakao_reports, t, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import _telegram_plan

# -- 1. how the owner feels, at the name question --------------------------------------------------

FEELINGS = (
    ("en", "hi um im a bit panicked rn"),
    ("en", "i'm so stressed"),
    ("ko", "너무 걱정돼요"),
    ("ko", "멘붕이에요ㅠㅠ"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FEELINGS)
async def test_a_feeling_at_the_name_is_small_talk_on_kakao(kakao: Server, lang: str, text: str) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(text)
    assert t(lang, "talk-sad") in user.text, user.text
    assert asked(lang, "name") in user.text, user.text  # the question again
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "text"), FEELINGS[:1] + FEELINGS[2:3])
async def test_a_feeling_at_the_name_is_small_talk_on_telegram(tg: Harness, lang: str, text: str) -> None:
    chat = 5001 if lang == "en" else 5002
    await tg_at(tg, chat, lang, "name")
    before = len(tg.sent(chat))
    await tg.say(chat, text, language_code=lang)
    await eventually(lambda: len(tg.sent(chat)) > before)
    replies = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "talk-sad") in replies, replies
    assert asked(lang, "name") in replies, replies
    assert await _tg_reports(tg, chat) == []


async def test_new_to_this_at_the_name_is_no_answer_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "name")
    await user.send("I'm new to this")
    assert asked("en", "name") in user.text, user.text
    assert t("en", "talk-greeting") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == []


# -- 2. when will it work: asked, never the news that it worked ------------------------------------

ASKED = (("en", "how long till it works?"), ("ko", "언제쯤 효과 있어요?"))


@pytest.mark.parametrize(("lang", "text"), ASKED)
async def test_when_it_works_asked_is_a_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 5003
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tgh:
        calls = _model_calls(fake_ollama)
        before = len(tgh.sent(chat))
        await tgh.say(chat, text, language_code=lang)
        await eventually(lambda: len(tgh.sent(chat)) > before)
        await asyncio.sleep(0.3)
        replies = tgh.sent(chat)[before:]
        assert t(lang, "talk-worked") not in replies, replies
        assert not any(r.startswith(t(lang, "talk-progress-kept", category="")[:12]) for r in replies), (
            replies
        )
        assert _model_calls(fake_ollama) > calls  # the coach asked
        reports = await _tg_reports(tgh, chat)
        assert [r.kind for r in reports].count("question") == len(reports) - 1  # no second report


@pytest.mark.parametrize(("lang", "text"), ASKED)
async def test_when_it_works_asked_is_a_question_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(srv.app.state.runtime.store, "kakao", owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")  # the result and its plan shown
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        assert t(lang, "talk-worked") not in owner.texts, owner.texts
        assert _model_calls(fake_ollama) > calls, owner.texts  # the coach asked
        reports = await _kakao_reports(srv, owner.key)
        assert [r.kind for r in reports].count("question") == len(reports) - 1  # no second report


# -- 6. greetings and everyday words -----------------------------------------------------------

EVERYDAY = (
    ("ko", "굿모닝~~☀️", "talk-greeting"),
    ("ko", "수고하세용", "talk-thanks"),
    ("ko", "넵 기다릴게요", "talk-wait"),
    ("en", "morning!! ☀️", "talk-greeting"),
    ("en", "cheers mate", "talk-thanks"),
    ("en", "ok will wait", "talk-wait"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "reply"), EVERYDAY)
async def test_everyday_words_get_their_reply_on_kakao(
    kakao: Server, lang: str, text: str, reply: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/help")
    await user.send(text)
    assert t(lang, reply) in user.texts, user.texts
    assert await kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "text", "reply"), EVERYDAY[:1] + EVERYDAY[5:])
async def test_everyday_words_get_their_reply_on_telegram(
    tg: Harness, lang: str, text: str, reply: str
) -> None:
    chat = 5004
    await tg.say(chat, "/help", language_code=lang)
    before = len(tg.sent(chat))
    await tg.say(chat, text, language_code=lang)
    await eventually(lambda: len(tg.sent(chat)) > before)
    assert t(lang, reply) in tg.sent(chat)[before:], tg.sent(chat)[before:]
    assert await _tg_reports(tg, chat) == []


# -- 3. "ok now rocky": the dog announced, moved on to ------------------------------------------

NEXT = (
    ("en", "so i have 2 dogs, luna and rocky, lets start with luna", "luna", "ok now rocky", "Rocky"),
    ("en", "so i have 2 dogs, luna and rocky, lets start with luna", "luna", "next: rocky", "Rocky"),
    ("ko", "두마리 키워요 루나랑 루키, 루나부터 할게요", "루나", "이제 루키요", "루키"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "told", "first", "text", "name"), NEXT)
async def test_now_the_announced_dog_is_offered_after_the_survey_on_kakao(
    kakao: Server, lang: str, told: str, first: str, text: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(told)
    await user.send(first)
    assert asked(lang, "age_months") in user.text or asked(lang, "sex") in user.text or user.texts, user.texts
    await user.send(text)
    later = t(lang, "profile-switch-unregistered-later", typed=name, name=first.capitalize())
    assert later in user.texts, user.texts
    assert t(lang, "talk-news") not in user.texts, user.texts
    assert await kakao_reports(kakao, user.key) == []


async def test_now_the_announced_dog_is_offered_after_the_survey_on_telegram(tg: Harness) -> None:
    chat = 5005
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, NEXT[0][1])
    await tg.say(chat, "luna")
    before = len(tg.sent(chat))
    await tg.say(chat, "ok now rocky")
    await eventually(lambda: len(tg.sent(chat)) > before)
    replies = tg.sent(chat)[before:]
    later = t("en", "profile-switch-unregistered-later", typed="Rocky", name="Luna")
    assert later in replies, replies
    assert t("en", "talk-news") not in replies, replies
    assert await _tg_reports(tg, chat) == []
