# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11 leftovers after a result and idle (this morning's owner trial), through the real
channels: KakaoTalk through the skill over HTTP, Telegram through the fake Bot API, the terminal
as `dogcoach chat` in a process.

1. Right after a result (its follow-up question open, or answered a moment ago), "주로 저녁에
   공원 지나갈 때 그래요" / "usually in the evening when we pass the park" — when, where or how
   often, no new behaviour — got the noise hint and was lost; it is detail added to the report.
2. After a result "ㅇㅋ 해볼게요", "ok will try", "will do, thanks" got the generic small-talk
   reply (the okay or the thanks won); the plan wins: "try it and tell me" (`talk-plan`).
3. "past entries", "예전 기록", "this week's summary" with nothing open: "not sure what you
   mean"; they are the history and the week.
4. A check-in, then "뭐라고요?" and "/help": the check-in question is asked again, and "그대로에요" /
   "about the same" still answers it.
5. The terminal: every restart printed "다시 오셨네요" and the whole help; a returning owner gets a
   short welcome back (and the open question), the help one word away.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import owner_reports
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, wait_for_rows
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, open_store, serve  # noqa: F401
from tests.test_show_result_words import _report_until_followup
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.timetravel import travel

MESSAGES = Messages()
REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "On walks he barks and lunges at every other dog",
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _received(locale: str) -> str:
    """The start of "thanks, I've added that and I'm updating the analysis"."""
    return t(locale, "analysis-followup-received", wait="X").split("X")[0]


async def _kept(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store:
        return [r.text for r in await owner_reports(store, "kakao", key)]


# -- 1: when / where / how often after a result is detail -----------------------------------------

DETAIL = {
    "ko": (
        "주로 저녁에 공원 지나갈 때 그래요",
        "주로 저녁에 그래요",
        "산책 나갈 때만 그래요",
        "손님 올 때만 그래요",
    ),
    "en": (
        "usually in the evening when we pass the park",
        "only when guests come",
        "mostly at night",
        "only on walks",
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_when_and_where_at_the_followup_question_is_added_on_kakao(kakao: Server, lang: str) -> None:
    for text in DETAIL[lang]:
        user = kakao.user(lang=lang)
        await _report_until_followup(user, REPORT[lang], lang)
        await user.send(text)
        assert t(lang, "noise-hint") not in user.texts, (text, user.texts)
        assert t(lang, "talk-confused") not in user.texts, (text, user.texts)
        assert await _kept(kakao, user.key) == [f"{REPORT[lang]}\n{text}"], text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_when_and_where_after_the_followup_was_skipped_is_added_on_kakao(
    kakao: Server, lang: str
) -> None:
    """The follow-up answered with Skip, the result on screen: the same statement is still detail
    about that report (nothing else was told since)."""
    for text in DETAIL[lang][:2]:
        user = kakao.user(lang=lang)
        await _report_until_followup(user, REPORT[lang], lang)
        await user.tap("report:followup:skip")
        await user.send(text)
        assert t(lang, "noise-hint") not in user.texts, (text, user.texts)
        assert t(lang, "talk-confused") not in user.texts, (text, user.texts)
        assert await _kept(kakao, user.key) == [f"{REPORT[lang]}\n{text}"], text


async def test_when_and_where_after_a_result_is_added_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, skip in (
            (16401, "ko", False),
            (16402, "en", False),
            (16403, "ko", True),
            (16404, "en", True),
        ):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, REPORT[lang])
            question = t(lang, "analysis-followup-frequency")
            await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
            if skip:  # the question answered with Skip: the result stays the last thing shown
                await tg.tap(chat, t(lang, "analysis-followup-skip"))
            await tg.say(chat, DETAIL[lang][0])
            assert t(lang, "noise-hint") not in tg.sent(chat)[-2:], tg.sent(chat)[-2:]
            reports = await owner_reports(tg.rt.store, "telegram", str(chat))
            assert [r.text for r in reports] == [f"{REPORT[lang]}\n{DETAIL[lang][0]}"]


# -- 2: a plan said with an okay or a thanks ------------------------------------------------------

PLANS = {
    "ko": ("ㅇㅋ 해볼게요", "알겠어요 해볼게요", "네 해볼게요 감사해요", "해볼게요"),
    "en": ("ok will try", "will do, thanks", "ok i'll try that", "will do"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_plan_with_an_okay_after_a_result_gets_the_plan_reply_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _report_until_followup(user, REPORT[lang], lang)
    for text in PLANS[lang]:
        await user.send(text)
        assert user.texts[0] == t(lang, "talk-plan"), (text, user.texts)
    assert await _kept(kakao, user.key) == [REPORT[lang]]


async def test_a_plan_with_an_okay_after_a_result_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((16411, "ko"), (16412, "en")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, REPORT[lang])
            question = t(lang, "analysis-followup-frequency")
            await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
            await tg.say(chat, PLANS[lang][0])
            assert tg.last_text(chat) == t(lang, "talk-plan"), tg.last_text(chat)


# -- 3: the commands in natural words --------------------------------------------------------------

COMMAND_WORDS = {  # (typed, the slash command it is)
    "ko": (
        ("예전 기록", "/history"),
        ("예전 기록 보여줘", "/history"),
        ("지난 기록 보여줘", "/history"),
        ("이전 기록", "/history"),
        ("내가 보낸 기록", "/history"),
        ("이번주 정리", "/week"),
        ("이번주 정리해줘", "/week"),
        ("강아지 정보", "/profile"),
        ("우리 강아지 정보", "/profile"),
        ("뭐 할 수 있어요", "/help"),
        ("뭘 할 수 있어요?", "/help"),
        ("명령어 목록", "/help"),
    ),
    "en": (
        ("past entries", "/history"),
        ("my past reports", "/history"),
        ("old entries", "/history"),
        ("my entries", "/history"),
        ("show my past entries", "/history"),
        ("this week's summary", "/week"),
        ("summary of this week", "/week"),
        ("my dog's info", "/profile"),
        ("my dog's profile", "/profile"),
        ("what can you do", "/help"),
        ("what can you do?", "/help"),
        ("list of commands", "/help"),
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_natural_words_with_nothing_open_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    calls = len([r for r in fake_ollama.requests if r.path == "/api/chat"])
    for typed, command in COMMAND_WORDS[lang]:
        await user.send(command)
        expected = user.texts
        await user.send(typed)
        assert user.texts == expected, (typed, user.texts)
        assert t(lang, "noise-hint") not in user.texts, typed
    assert await _kept(kakao, user.key) == []
    assert len([r for r in fake_ollama.requests if r.path == "/api/chat"]) == calls


async def test_history_in_natural_words_on_telegram(tg: Harness) -> None:
    for chat, lang, typed in ((16421, "ko", "예전 기록"), (16422, "en", "past entries")):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        await tg.say(chat, "/history")
        expected = tg.last_text(chat)
        await tg.say(chat, typed)
        assert tg.last_text(chat) == expected, (typed, tg.last_text(chat))


# -- 4: a check-in, not understood, /help, then its answer ------------------------------------------

CONFUSED = {"ko": "뭐라고요?", "en": "what?"}
REACTION = {"ko": "음", "en": "hmm what"}
SAME = {
    "ko": ("그대로에요", "그대로예요", "비슷해요"),
    "en": ("about the same", "same as before", "no change"),
}


@pytest.mark.parametrize(("lang", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)])
async def test_a_check_in_survives_confusion_and_help_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, report: str, step: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        question = t(lang, "coaching-checkin-question", text=step)
        for same in SAME[lang]:
            owner = srv.user(lang=lang)
            await owner.send(report)
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
            await owner.send("/help")  # the result (and its plan) shown
            await travel(store, DAYS)
            await owner.send("/help")
            assert owner.texts[-1] == question, owner.texts
            await owner.send(CONFUSED[lang])
            assert owner.texts[-1] == question, (same, owner.texts)  # asked again
            await owner.send("/help")
            assert owner.texts[-1] == question, (same, owner.texts)  # asked again
            await owner.send(REACTION[lang])  # answers nothing: the check-in's re-ask, not the idle reply
            assert owner.texts == [t(lang, "coaching-checkin-reask"), question], (same, owner.texts)
            await owner.send(same)
            assert owner.texts[0] == t(lang, "coaching-advice-keep-same"), (same, owner.texts)
            rows = await checkins_of(store, Channel.KAKAO, owner.key)
            assert [r.outcome for r in rows if r.status == "answered"] == ["same"], same


@pytest.mark.parametrize(("lang", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)])
async def test_a_check_in_survives_confusion_and_help_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    report: str,
    step: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 16431
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))  # the plan shown
        await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), lambda rows: len(rows) == 1)
        question = await push_checkin(tg, chat, lang, step)
        await tg.say(chat, CONFUSED[lang])
        assert tg.last_text(chat) == question, tg.sent(chat)[-3:]
        await tg.say(chat, "/help")
        assert tg.last_text(chat) == question, tg.sent(chat)[-3:]
        await tg.say(chat, REACTION[lang])
        assert tg.sent(chat)[-2:] == [t(lang, "coaching-checkin-reask"), question], tg.sent(chat)[-3:]
        await tg.say(chat, SAME[lang][0])
        assert t(lang, "coaching-advice-keep-same") in tg.sent(chat)[-2:], tg.sent(chat)[-3:]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [r.outcome for r in rows if r.status == "answered"] == ["same"]


# -- 5: the terminal welcomes a returning owner briefly -------------------------------------------

SURVEY_EN = [
    "Choco", "3 years", "spayed", "mixed", "small", "shelter", "2y", "3", "no", "cat", "done", "4",
    "90 min", "barking, chasing", "done", "growl", "skip",
]  # fmt: skip


def test_a_returning_owner_gets_a_short_welcome_in_the_terminal(tmp_path: Path) -> None:
    _chat(tmp_path, [*SURVEY_EN, "1"], "--lang", "en", "--user", "ret")
    help_line = t("en", "help-text").splitlines()[1]
    for _ in range(2):  # every restart
        out = _chat(tmp_path, [], "--lang", "en", "--user", "ret")
        assert t("en", "start-welcome-back", name="Choco") in out, out
        assert help_line not in out, out  # not the whole help
        assert t("en", "start-help-hint") in out, out  # the help one word away
    out = _chat(tmp_path, ["help"], "--lang", "en", "--user", "ret")
    assert help_line in out, out


def test_a_returning_owner_is_asked_the_open_question_again_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """A result's follow-up question open when the terminal closed: the restart asks it again (it
    was set aside by the /start the chat sends, and the owner got the survey instead), without
    the whole help, and the answer typed next is added to the report."""
    env = {"OLLAMA_HOST": fake_ollama.url}
    args = ("--lang", "ko", "--user", "back")
    first = _chat(tmp_path, ["/cancel", REPORT["ko"]], *args, env_extra=env)
    question = t("ko", "analysis-followup-frequency")
    assert question in first, first
    again = _chat(tmp_path, [], *args, env_extra=env)
    assert question in again, again
    assert t("ko", "survey-q-name") not in again, again
    assert t("ko", "help-text").splitlines()[1] not in again, again
    answered = _chat(tmp_path, ["주로 저녁에 그래요"], *args, env_extra=env)
    assert t("ko", "noise-hint") not in answered, answered
    assert _received("ko") in answered, answered


def test_a_returning_korean_owner_gets_a_short_welcome_in_the_terminal(tmp_path: Path) -> None:
    _chat(tmp_path, [*SURVEY_EN, "1"], "--lang", "en", "--user", "kor")
    _chat(tmp_path, ["한국어"], "--lang", "en", "--user", "kor")
    out = _chat(tmp_path, [], "--lang", "ko", "--user", "kor")
    assert t("ko", "start-welcome-back", name="Choco") in out, out
    assert t("ko", "help-text").splitlines()[1] not in out, out
    assert t("ko", "start-help-hint") in out, out
    out = _chat(tmp_path, ["도움말"], "--lang", "ko", "--user", "kor")
    assert t("ko", "help-text").splitlines()[1] in out, out
