# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Leftovers of owner trial 9 (issue 11, corpus batch 89), each reproduced through a real channel
first (Kakao and Telegram), then fixed for its kind in both languages.

1. "add my dog", "register my dog" with no name showed the profile of a dog called "add" /
   "register": adding a dog (/newdog, its name asked).
2. Good news with nothing open and no result shown a moment ago ("어제는 하루종일 안짖었어요!!",
   "she didn't bark at all yesterday") was plain news, kept nowhere: with a plan open it is
   progress, kept against that plan as a check-in "better"; with no plan, plain news as before.
3. "이사오고 나서 심해졌어요", "it's been worse since we moved" after a result was kept as a
   check-in "worse", the move only in its note: kept as "worse" and added to the report as
   detail too, so the analysis sees the move.
4. "i pushed him down" after a result was not flagged (present tense "push her down" was):
   flagged with the humane-training note; "we told him no and pushed him down" at the children
   question is still asked again there.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dogcoach.handlers.results.detail import RECENT_WINDOW
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_dog_words import _kakao_dogs, _model_calls, _tg_dogs, _tg_reports
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial8_followup import _asks, _at_question
from tests.test_trial9_followup import _at_recent_result, _reports
from tests.test_trial9_words import _with_dogs_on_kakao

# Sends and edits: a result the model writes slower than the progress line's delay (a loaded box)
# is shown by editing that line, never as a message of its own.
SHOWN = ("message", "edit_text")


async def _result_seen_long_ago(database_url: str) -> None:
    """Every result seen longer ago than the window in which detail about it may follow."""
    async with open_store(database_url) as store, store.session() as s:
        past = datetime.now(UTC) - RECENT_WINDOW - timedelta(minutes=1)
        await s.execute("UPDATE reports SET delivered_at = ?", s.d.ts_in(past))


# -- 1. adding a dog with no name -----------------------------------------------------------------

ADD = {
    "en": ("add my dog", "register my dog", "add a dog", "new dog", "another dog"),
    "ko": ("강아지 추가해줘", "강아지 등록", "강아지 등록해줘"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_adding_a_dog_with_no_name_asks_its_name_on_kakao(kakao: Server, lang: str) -> None:
    first = "Milo" if lang == "en" else "밀로"
    for typed in ADD[lang]:
        user = await _with_dogs_on_kakao(kakao, lang, (first,))
        await user.send(typed)
        assert t(lang, "newdog-intro") in user.text, (typed, user.text)
        assert user.text.endswith(t(lang, "survey-q-name")), (typed, user.text)
        assert await _kakao_dogs(kakao, user.key) == [first], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_adding_a_dog_with_no_name_asks_its_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 89101 if lang == "en" else 89102
    first = "Milo" if lang == "en" else "밀로"
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, first)
    await tg.say(chat, "/cancel")
    await tg.say(chat, ADD[lang][0])
    assert tg.last_text(chat).endswith(t(lang, "survey-q-name")), tg.sent(chat)[-2:]
    await tg.say(chat, "Rex" if lang == "en" else "렉스")
    assert await _tg_dogs(tg, chat) == [first, "Rex" if lang == "en" else "렉스"]


# -- 2. good news with a plan open, nothing open ---------------------------------------------------

NEWS = {"en": "she didn't bark at all yesterday", "ko": "어제는 하루종일 안짖었어요!!"}
KEPT_BETTER = {lang: t(lang, "talk-progress-kept", category="X").split("X")[-1] for lang in ("en", "ko")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_good_news_with_a_plan_open_is_kept_as_progress_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await _result_seen_long_ago(kakao.settings.database_url)
    calls = _model_calls(fake_ollama)
    await user.send(NEWS[lang])
    assert KEPT_BETTER[lang] in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [("better", NEWS[lang])]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_good_news_with_no_plan_is_plain_news_on_kakao(kakao: Server, lang: str) -> None:
    user = await _with_dogs_on_kakao(kakao, lang, ("Milo" if lang == "en" else "밀로",))
    await user.send(NEWS[lang])
    assert t(lang, "talk-news") in user.text, user.text
    assert await _checkin_notes(kakao, user.key) == []


async def test_good_news_with_a_plan_open_is_kept_as_progress_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'tg.db'}"
    settings = settings_for(fake_telegram, url, OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 89201
        await tg.say(chat, "/start", language_code="en")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["en"])
        await eventually(lambda: t("en", "analysis-summary") in "\n".join(tg.sent(chat, SHOWN)))
        async with tg.rt.store.session() as s:
            past = datetime.now(UTC) - RECENT_WINDOW - timedelta(minutes=1)
            await s.execute("UPDATE reports SET delivered_at = ?", s.d.ts_in(past))
        await tg.say(chat, NEWS["en"])
        assert KEPT_BETTER["en"] in "\n".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        async with tg.rt.store.session() as s:
            user = await s.get_user("telegram", str(chat))
            assert user is not None
            kept = [(c.outcome, c.note) for c in await s.list_checkins(user.id) if c.outcome is not None]
        assert kept == [("better", NEWS["en"])]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT["en"]]


# -- 3. worse since an event -----------------------------------------------------------------------

WORSE_SINCE = {"en": "it's been worse since we moved", "ko": "이사오고 나서 심해졌어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_worse_since_an_event_is_kept_as_worse_and_added_to_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(WORSE_SINCE[lang])
    said = "\n".join(user.texts[-3:])
    assert t(lang, "coaching-kept-worse", category="X").split("X")[-1] in said, said
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{WORSE_SINCE[lang]}"]
    assert await _checkin_notes(kakao, user.key) == [("worse", WORSE_SINCE[lang])]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_worse_since_an_event_at_the_followup_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """At "how often, and since when?" the same: kept as "worse", added to the report (which
    answers the question, so it is not asked again after the new result)."""
    _asks(fake_ollama, lang, "frequency")
    user = kakao.user(lang=lang)
    await _at_question(user, lang, "frequency")
    calls = _model_calls(fake_ollama)
    await user.send(WORSE_SINCE[lang])
    said = "\n".join(user.texts[-3:])
    assert t(lang, "coaching-kept-worse", category="X").split("X")[-1] in said, said
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) > calls  # analysed again with the move
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{WORSE_SINCE[lang]}"]
    assert await _checkin_notes(kakao, user.key) == [("worse", WORSE_SINCE[lang])]


async def test_worse_since_an_event_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("ko", missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 89301
        await tg.say(chat, "/start", language_code="ko")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["ko"])
        await eventually(lambda: t("ko", "analysis-summary") in "\n".join(tg.sent(chat, SHOWN)))
        await tg.say(chat, WORSE_SINCE["ko"])
        said = "\n".join(tg.sent(chat)[-3:])
        assert t("ko", "coaching-kept-worse", category="X").split("X")[-1] in said, said
        assert [r.text for r in await _tg_reports(tg, chat)] == [f"{REPORT['ko']}\n{WORSE_SINCE['ko']}"]


# -- 4. force told in the past tense after a result ------------------------------------------------

PUSHED = ("i pushed him down", "we pushed her down")
PUSHED_KO = ("제가 바닥에 눌렀어요", "남편이 힘으로 눌렀어요")


@pytest.mark.parametrize(("lang", "typed"), [*(("en", p) for p in PUSHED), *(("ko", p) for p in PUSHED_KO)])
async def test_pushed_down_after_the_result_is_flagged_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(typed)  # detail about the report (what the owner did right after), screened
    assert t(lang, "safety-aversive-alt-force") in "\n".join(user.texts[-3:]), user.texts[-3:]
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{typed}"]


async def test_pushed_down_after_the_result_is_flagged_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=["consequence"])
    async with harness(fake_telegram, settings) as tg:
        chat = 89401
        await tg.say(chat, "/start", language_code="en")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["en"])
        await eventually(lambda: tg.last_text(chat).endswith(t("en", "analysis-followup-consequence")))
        await tg.say(chat, PUSHED[0])
        said = "\n".join(tg.sent(chat)[-3:])
        assert t("en", "safety-aversive-alt-force") in said, said
        assert [r.text for r in await _tg_reports(tg, chat)] == [f"{REPORT['en']}\n{PUSHED[0]}"]


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "we told him no and pushed him down"), ("ko", "안돼라고 하고 밀어냈어요")]
)
async def test_the_no_said_to_the_dog_is_still_asked_again_at_the_children_question(
    tg: Harness, lang: str, typed: str
) -> None:
    """The row that blocked the past tense (batch 47): at the children question the "no" said to
    the dog is no answer, asked again, never "no children" stored nor a report mid-survey."""
    chat = 89501 if lang == "en" else 89502
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, typed)
    assert tg.last_text(chat).endswith(asked(lang, "children")), tg.sent(chat)[-2:]
    assert (await tg_answers(tg, chat)).get("children") is None, typed
    assert await _tg_reports(tg, chat) == []
