# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11 after an analysis result (issue 11, corpus batch 98). Each reproduced through a
real channel first (Kakao and Telegram), both languages, then fixed for its kind.

1. "근데 혹시 중성화하면 덜 짖나요?" (idle and at a result's question) was stored as a report, analysed
   with the report prompt and counted this week: a yes/no question whether something would help,
   the behaviour verb carrying the asking ending, is a question to the coach ("does a
   thundershirt make him calmer?" was good news).
2. "초코 요즘 너무 예뻐요 말도 잘 듣고" at a result's question (a time word read as how often) and
   "oops wrong chat ignore that" were glued onto the report and analysed again; "아 잘못 보냈어요
   방금거 지워주세요", "undo" were not understood. Praise is praise; taking the last message back
   is small talk `retract`, never detail: one record cannot be removed yet (the project has no
   way to), so the reply says what can be done instead.
3. (in part) "honestly havent had time" at a check-in's "how did it go?" got "Please pick one":
   no time had, or the step put off to the weekend ("주말에 해볼게요"), is not tried.
4. "아 몰라 짜증나", "미안 너한테 화낸거 아니야ㅠ", "됐어" got "not sure what you mean":
   frustration, an apology, giving up get a short kind reply with what to do next.
5. (in part) "back" after "brb" at a result's question got "I couldn't tell how often from
   'back'": typed alone there it is the owner back, greeted, the question again.
6. "음 한 2주 전부터?" after the question was waved off ("몰라요 회사에 있어서") got "not sure what
   you mean", where "since we moved tbh" is detail: since when, said with a shrug, is detail too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial10_after import ONE_DOG, _one_dog_at_frequency
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

# -- 1. "would it help?" is a question ------------------------------------------------------------

WOULD_HELP = {
    "ko": ("근데 혹시 중성화하면 덜 짖나요?", "간식 주면 덜 짖나요?"),
    "en": ("does a thundershirt make him calmer?", "will neutering make him calmer?"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_would_it_help_is_a_question_after_a_result_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    for text in WOULD_HELP[lang]:
        await user.send(text)
    records = await _kakao_reports(kakao, user.key)
    assert [r.text for r in records if not r.is_question] == [REPORT[lang]]
    assert [r.text for r in records if r.is_question] == list(WOULD_HELP[lang])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_would_it_help_is_a_question_with_nothing_open_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 98101
        name, age = ONE_DOG[lang]
        for text in ("/start", name, age, "/cancel"):
            await tg.say(chat, text, language_code=lang)
        for text in WOULD_HELP[lang]:
            await tg.say(chat, text)
        records = await _tg_reports(tg, chat)
        assert [r.text for r in records if r.is_question] == list(WOULD_HELP[lang])
        assert [r.text for r in records if not r.is_question] == []


# -- 2. praise and taking the last message back are no detail -------------------------------------

NO_DETAIL = {
    "ko": (
        ("초코 요즘 너무 예뻐요 말도 잘 듣고", "talk-praise"),
        ("아 잘못 보냈어요 방금거 지워주세요", "talk-retract"),
    ),
    "en": (("oops wrong chat ignore that", "talk-retract"), ("undo", "talk-retract")),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_praise_and_a_message_taken_back_are_not_glued_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    received = t(lang, "analysis-followup-received", wait="X").split("X")[0]
    for text, reply in NO_DETAIL[lang]:
        await user.send(text)
        said = t(lang, reply, name=ONE_DOG[lang][0])
        assert any(said in line for line in user.texts), user.texts
        assert received not in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_message_taken_back_right_after_a_report_is_not_glued_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 98201
        name, age = ONE_DOG[lang]
        for text in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, text, language_code=lang)
        await tg.say(chat, NO_DETAIL[lang][0][0] if lang == "en" else NO_DETAIL[lang][1][0])
        await eventually(lambda: t(lang, "talk-retract") in tg.sent(chat))
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]


# -- 4. frustration, an apology, giving up ----------------------------------------------------------

FEELINGS = {
    "ko": (
        ("아 몰라 짜증나", "talk-sad"),
        ("미안 너한테 화낸거 아니야ㅠ", "talk-sorry"),
        ("됐어", "talk-dismiss"),
    ),
    "en": (
        ("ugh this is so frustrating", "talk-sad"),
        ("sorry not mad at you", "talk-sorry"),
        ("doesn't matter", "talk-dismiss"),
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_frustration_apology_and_giving_up_get_a_kind_reply_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 98401
        name, age = ONE_DOG[lang]
        for text in ("/start", name, age, "/cancel"):
            await tg.say(chat, text, language_code=lang)
        for text, reply in FEELINGS[lang]:
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            said = t(lang, reply)
            await eventually(lambda said=said, before=before: said in tg.sent(chat)[before:])
        assert await _tg_reports(tg, chat) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_frustration_apology_and_giving_up_at_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    for text, reply in FEELINGS[lang]:
        await user.send(text)
        assert any(t(lang, reply) in line for line in user.texts), user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


# -- 3. no time had is not tried --------------------------------------------------------------------

NO_TIME = [("en", "honestly havent had time"), ("ko", "주말에 해볼게요"), ("ko", "이번 주말에 해보려고요")]


@pytest.mark.parametrize(("lang", "text"), NO_TIME)
async def test_no_time_at_a_pushed_check_in_is_not_tried_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 98301
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("not_tried", text)]


# -- 5. "back" after "brb" at the question ----------------------------------------------------------

BACK = {"ko": ("잠시만요", "왔어요"), "en": ("brb", "back")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_back_after_brb_at_the_question_is_a_greeting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    for text in BACK[lang]:
        await user.send(text)
    unclear = t(lang, "analysis-followup-not-understood", text="X").split("X")[0]
    assert not any(unclear in line for line in user.texts), user.texts
    assert any(t(lang, "talk-greeting") in line for line in user.texts), user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


# -- 6. since when, with a shrug, once the question was waved off ------------------------------------

SHRUG = {"ko": ("몰라요 회사에 있어서", "음 한 2주 전부터?"), "en": ("dunno", "since 2 weeks ago?")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_since_when_with_a_shrug_after_the_question_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    waved, since = SHRUG[lang]
    await user.send(waved)
    await user.send(since)
    assert not any(t(lang, "noise-hint") in line for line in user.texts), user.texts
    [report] = await _kakao_reports(kakao, user.key)
    assert since in report.text, report.text
