# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12, conversation leftovers (issue 11, corpus batch 114). Each reproduced through a
real channel first (Telegram pushed, Kakao over the skill's HTTP), both languages, then fixed for
its kind.

1. "다른 문제가 생겼어요", "but a different problem came up" at a check-in's "how did it go?" got
   "please pick one". As at the note (batch 108): a new problem announced with nothing told of it
   asks what happened, the check-in is left unanswered, and the next message is a report.
2. "아 아니 그냥 물어본거예요", "no I was just asking" right after a report (its analysis pending)
   became a new report: it takes back nothing and tells nothing; small talk, a short reply, no
   report and no model call.
3. A photo (Kakao: its CDN address; Telegram: a photo message), then "look what he did to my
   couch" / "우리 애가 소파 이렇게 만들어놨어요" (the Korean one offered as an unclear event), then
   what happened: kept as a second report, both analysed, both results shown together. Decided:
   the words about what the dog did are a report; a report that follows one that only points at
   what is shown, while its result is waiting or just shown, is added to it (one report).
4. "what did u say again?", "다시 말해 줄래요?" with nothing open got "I wasn't clear" (the Korean
   one went to the coach model): with a result given, it is shown again (the `result` command);
   with none, the confused reply as before.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_reports_media_offer import _kakao_photo
from tests.test_telegram_e2e import TURN_BOUND, eventually, harness, settings_for
from tests.test_trial10_after import ONE_DOG
from tests.test_trial10_checkins import (
    STEP,
    _answered,
    _kakao_pushed,
    _kakao_report_count,
    _telegram_plan,
    _tg_report_count,
)

# -- 1. a new problem announced at "how did it go?" ---------------------------------------------------

NEW_PROBLEM = [
    ("ko", "다른 문제가 생겼어요", "어제 산책하다가 다른 개한테 달려들어서 짖었어요"),
    ("ko", "근데 새로운 문제가 있어요", "어제 산책하다가 다른 개한테 달려들어서 짖었어요"),
    ("en", "but a different problem came up", "yesterday on a walk he lunged at another dog and barked"),
    ("en", "also there's a new issue", "yesterday on a walk he lunged at another dog and barked"),
]


@pytest.mark.parametrize(("lang", "text", "then"), NEW_PROBLEM)
async def test_a_new_problem_at_how_did_it_go_asks_what_happened_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    then: str,
) -> None:
    chat = 11401
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-new-problem") in tg.sent(chat))
        assert t(lang, "coaching-checkin-reask") not in tg.sent(chat)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == []  # the check-in left unanswered
        assert _model_calls(fake_ollama) == calls
        await tg.say(chat, then, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # the next message: a report
        assert await _tg_report_count(tg, chat) == 2
        await asyncio.sleep(0.2)
        assert _answered(await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))) == []


@pytest.mark.parametrize(("lang", "text", "then"), NEW_PROBLEM)
async def test_a_new_problem_at_how_did_it_go_asks_what_happened_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, then: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        assert t(lang, "coaching-checkin-new-problem") in owner.text, owner.text
        assert t(lang, "coaching-checkin-reask") not in owner.text, owner.text
        store = srv.app.state.runtime.store
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == []
        await owner.send(then)
        assert await _kakao_report_count(srv, owner.key) == 2
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == []


# -- 2. "no I was just asking" right after a report ---------------------------------------------------

JUST_ASKING = [
    ("ko", "아 아니 그냥 물어본거예요"),
    ("ko", "그냥 궁금해서 물어본 거예요ㅎㅎ"),
    ("en", "no I was just asking"),
    ("en", "it was just a question lol"),
]
ASKED = {
    "ko": "산책할 때 다른 개 보면 짖는 거 정상인가요",
    "en": "is it normal that he barks at other dogs on walks",
}


@pytest.mark.parametrize(("lang", "text"), JUST_ASKING)
async def test_just_asking_after_a_report_is_small_talk_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    fake_ollama.behaviour.delay = 1.5  # the report's analysis still pending
    async with harness(fake_telegram, settings) as tg:
        chat = 11402
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, said, language_code=lang)
        await tg.say(chat, text)
        await eventually(lambda: t(lang, "talk-just-asking") in tg.sent(chat))
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(2)
        assert _model_calls(fake_ollama) == 1  # analysed once, nothing added to it


@pytest.mark.parametrize(("lang", "text"), JUST_ASKING)
async def test_just_asking_after_a_report_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    fake_ollama.behaviour.delay = 1.5
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel", REPORT[lang]):
        await user.send(said)
    await user.send(text)
    assert t(lang, "talk-just-asking") in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


# -- 3. a photo, then words about it -----------------------------------------------------------------

COUCH = {"ko": "우리 애가 소파 이렇게 만들어놨어요", "en": "look what he did to my couch"}
NEXT = {"ko": "혼자 있을 때 쿠션을 다 뜯어놨어요", "en": "he tore the cushions apart while i was at work"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_words_about_a_photo_then_what_happened_are_one_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 11403
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel"):
            await tg.say(chat, said, language_code=lang)
        result = await tg.fake.deliver_photo(chat)  # a photo, no caption: "I read text"
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, COUCH[lang])
        assert t(lang, "unclear-event") not in tg.sent(chat)  # what the dog did: a report
        assert [r.text for r in await _tg_reports(tg, chat)] == [COUCH[lang]]
        await tg.say(chat, NEXT[lang])  # what happened there: added to it, no second report
        assert [r.text for r in await _tg_reports(tg, chat)] == [f"{COUCH[lang]}\n{NEXT[lang]}"]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_words_about_a_photo_then_what_happened_are_one_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel"):
        await user.send(said)
    await _kakao_photo(kakao, user.key, lang)  # the CDN address, `media` in the params
    await user.send(COUCH[lang])
    assert t(lang, "unclear-event") not in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [COUCH[lang]]
    await user.send(NEXT[lang])
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [f"{COUCH[lang]}\n{NEXT[lang]}"]
    # one result shown for it, not the first text's and a second report's glued together
    assert sum(line.count("ABC") for line in user.texts) <= 1, user.texts


# -- 4. "what did u say again?" with nothing open -----------------------------------------------------

SAY_AGAIN = [
    ("ko", "다시 말해 줄래요?"),
    ("ko", "아까 뭐라고 하셨죠?"),
    ("en", "what did u say again?"),
    ("en", "can you say that again"),
]


@pytest.mark.parametrize(("lang", "text"), SAY_AGAIN)
async def test_say_again_shows_the_last_result_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    user = kakao.user(lang=lang)
    await user.send(text)  # no report yet: the confused reply, as before
    for said in ("/cancel", REPORT[lang]):
        await user.send(said)
    await eventually(lambda: _model_calls(fake_ollama) == 1)
    await asyncio.sleep(0.3)
    await user.send("/help")  # the result shown with this turn
    assert any("ABC" in line for line in user.texts), user.texts
    await user.send("/cancel")  # the result's follow-up question closed: nothing open
    await user.send(text)
    assert any("ABC" in line for line in user.texts), user.texts  # shown again
    assert t(lang, "talk-confused") not in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]
    assert _model_calls(fake_ollama) == 1


@pytest.mark.parametrize(("lang", "text"), SAY_AGAIN[::2])
async def test_say_again_shows_the_last_result_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 11404
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel"):
            await tg.say(chat, said, language_code=lang)
        await tg.say(chat, text)  # no report yet: the confused reply, as before
        await eventually(lambda: t(lang, "talk-confused") in tg.sent(chat))
        await tg.say(chat, REPORT[lang])
        await eventually(lambda: sum("ABC" in m for m in tg.sent(chat)) == 1)
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, "/cancel")  # the result's follow-up question closed: nothing open
        await tg.say(chat, text)
        await eventually(lambda: sum("ABC" in m for m in tg.sent(chat)) == 2)  # shown again
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
        assert _model_calls(fake_ollama) == 1
