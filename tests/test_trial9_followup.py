# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 9 after a result, at its follow-up question ("how often, and since when?") and
with the result shown a moment ago (issue 11, corpus batch 87). Each reproduced through a real
channel first (Kakao and Telegram), then fixed for its kind in both languages.

1. A question to the coach at the question ("근데 산책은 하루에 몇분 해야돼요?", "btw how many
   walks a day should he get?") was glued onto the report: a question.
2. Good news ("어제는 안짖었어요 ㅎㅎ", "he didnt growl at all today!!") was a new report: progress,
   kept as a check-in "better"; "아직 안해봤어요", "not tried yet" then is "not tried", kept.
3. "새거요" typed at "add or new?" picks "new report"; a view typed there (/history, "기록")
   runs and keeps the waiting message, the question asked again.
4. Detail about the behaviour just analysed with no question open ("밥그릇 으르렁 하는건
   간식먹을때도 그래요") was a new report: "add or new?" is asked.
5. "그건 잘 모르겠고 요즘 더 심해졌어요", "it's gotten worse" is the check-in "worse", kept.
6. "since we adopted him, most meals" at "how often?" was the profile: the answer, appended.
7. The owner's reaction after a result ("제가 간식으로 달래요", "i push her down") was not
   understood: detail appended to the report; pushing her down gets the humane-training note.
8. "음 그냥 그래요", "meh so so" after a result was not understood: a check-in "same", kept.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, WAITING, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_feedback_and_progress import _checkin_notes, _result_shown
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial8_followup import _asks, _at_question

RECEIVED = {lang: t(lang, "analysis-followup-received", wait="X").split("X")[0] for lang in ("en", "ko")}


async def _at_recent_result(user: KakaoUser, fake: FakeOllama, lang: str) -> None:
    """A Kakao owner out of the survey reports; the result, asking nothing, is shown."""
    fake.behaviour.analysis = sample_analysis(lang, missing=[])
    await user.send("/start")
    await user.send("/cancel")
    await user.send(REPORT[lang])
    await _result_shown(user, lang)


async def _at_frequency(kakao: Server, fake: FakeOllama, lang: str) -> KakaoUser:
    """A new Kakao owner at a result's "how often, and since when?" question."""
    _asks(fake, lang, "frequency")
    user = kakao.user(lang=lang)
    await _at_question(user, lang, "frequency")
    return user


async def _reports(kakao: Server, user: KakaoUser) -> list[str]:
    """The owner's behaviour reports (a question to the coach is kept as a question)."""
    return [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question]


# -- 1. a question to the coach at the question ------------------------------------------------

ASKED = {"en": "btw how many walks a day should he get?", "ko": "근데 산책은 하루에 몇분 해야돼요?"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_question_at_the_followup_question_is_answered_not_glued_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(ASKED[lang])
    assert RECEIVED[lang] not in user.text, user.text
    assert await _reports(kakao, user) == [REPORT[lang]]
    await eventually(lambda: _model_calls(fake_ollama) > calls)  # the coach asked, as a question


# -- 2. good news, then "not tried yet" -----------------------------------------------------------

GOOD = {"en": "he didnt growl at all today!!", "ko": "어제는 안짖었어요 ㅎㅎ"}
NOT_TRIED = {"en": "not tried yet", "ko": "아직 안해봤어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_good_news_at_the_question_is_progress_not_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(GOOD[lang])
    assert t(lang, "talk-worked") in user.text, user.text
    await user.send(NOT_TRIED[lang])
    assert RECEIVED[lang] not in user.text, user.text
    assert t(lang, "coaching-kept-not_tried", category="X").split("X")[-1] in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [("better", GOOD[lang]), ("not_tried", NOT_TRIED[lang])]


async def test_good_news_after_the_result_is_progress_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("ko", missing=["frequency"])
    async with harness(fake_telegram, settings) as tg:
        chat = 87201
        await tg.say(chat, "/start", language_code="ko")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["ko"])
        await eventually(lambda: tg.last_text(chat).endswith(t("ko", "analysis-followup-frequency")))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, GOOD["ko"])
        assert t("ko", "talk-worked") in "\n".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await tg.say(chat, ASKED["ko"])  # and a question after it: the coach's, never glued on
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) > calls
        assert [r.text for r in await _tg_reports(tg, chat) if not r.is_question] == [REPORT["ko"]]


# -- 3. "add or new?" typed ---------------------------------------------------------------------------

AMBIGUOUS = WAITING  # "손님 오면 현관에서 계속 짖어요": how often, or a new incident?
NEW_TYPED = {"en": "new one", "ko": "새거요"}
VIEW_TYPED = {"en": "/history", "ko": "기록"}


async def _at_which(kakao: Server, fake: FakeOllama, lang: str) -> KakaoUser:
    _asks(fake, lang, "frequency")
    user = kakao.user(lang=lang)
    await _at_question(user, lang, "frequency")
    await user.send(AMBIGUOUS[lang])
    assert t(lang, "analysis-followup-which") in user.text, user.text
    return user


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_view_typed_at_add_or_new_keeps_the_message_waiting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _at_which(kakao, fake_ollama, lang)
    await user.send(VIEW_TYPED[lang])
    assert t(lang, "analysis-followup-which") in user.text, user.text
    assert await _reports(kakao, user) == [REPORT[lang]]  # nothing filed silently
    await user.send(NEW_TYPED[lang])
    assert await _reports(kakao, user) == [REPORT[lang], AMBIGUOUS[lang]]


# -- 4. detail about the behaviour analysed, no question open -------------------------------------

ALSO = {
    "en": "the growling over the bowl happens with treats too",
    "ko": "밥그릇 으르렁 하는건 간식먹을때도 그래요",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_detail_about_the_result_just_shown_asks_add_or_new_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(ALSO[lang])
    assert t(lang, "analysis-followup-which") in user.text, user.text
    assert await _reports(kakao, user) == [REPORT[lang]]
    await user.tap("report:followup:add")
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{ALSO[lang]}"]


# -- 5. worse -----------------------------------------------------------------------------------------

WORSE = {"en": "it's gotten worse", "ko": "그건 잘 모르겠고 요즘 더 심해졌어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_gotten_worse_at_the_question_is_kept_as_worse_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _at_frequency(kakao, fake_ollama, lang)
    await user.send(WORSE[lang])
    assert t(lang, "coaching-kept-worse", category="X").split("X")[-1] in user.text, user.text
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [("worse", WORSE[lang])]


# -- 6. since we adopted him ----------------------------------------------------------------------------

ADOPTED = {"en": "since we adopted him, most meals", "ko": "입양했을 때부터 밥 먹을 때마다요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_since_we_adopted_him_answers_how_often_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _at_frequency(kakao, fake_ollama, lang)
    await user.send(ADOPTED[lang])
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{ADOPTED[lang]}"]


# -- 7. the owner's reaction after a result ---------------------------------------------------------

REACTION = {"en": "i push her down", "ko": "제가 간식으로 달래요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_owners_reaction_after_the_result_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(REACTION[lang])
    assert await _reports(kakao, user) == [f"{REPORT[lang]}\n{REACTION[lang]}"]
    if lang == "en":  # pushing her down: an aversive method, the humane-training note
        assert t(lang, "safety-aversive-alt-force") in user.text, user.text


async def test_pushing_her_down_after_the_result_is_flagged_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=["consequence"])
    async with harness(fake_telegram, settings) as tg:
        chat = 87701
        await tg.say(chat, "/start", language_code="en")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["en"])
        await eventually(lambda: tg.last_text(chat).endswith(t("en", "analysis-followup-consequence")))
        await tg.say(chat, REACTION["en"])
        said = "\n".join(tg.sent(chat)[-3:])
        assert t("en", "safety-aversive-alt-force") in said, said
        assert [r.text for r in await _tg_reports(tg, chat)] == [f"{REPORT['en']}\n{REACTION['en']}"]


# -- 8. so so after a plan -------------------------------------------------------------------------------

SO_SO = {"en": "meh so so", "ko": "음 그냥 그래요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_so_so_after_the_result_is_kept_as_the_same_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    await user.send(SO_SO[lang])
    assert t(lang, "coaching-kept-same", category="X").split("X")[-1] in user.text, user.text
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [("same", SO_SO[lang])]
