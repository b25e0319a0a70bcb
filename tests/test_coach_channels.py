"""Ask the coach (issue 13 item 2) through real channels: a question is answered by the model with
its own small prompt (the dog's profile, its last analysed reports, the tips that fit), streamed
like an analysis — Telegram edits one message, the terminal prints it as it is written, Kakao gets
the whole answer through the callback — with the fake Ollama's fault modes, and kept as a
question, never as an incident.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import runtime
from dogcoach.channels.console import ConsoleChat
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_server import FakeOllama, refused_url, sample_analysis, sample_answer
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import idle_user, receiver, texts_of
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_streaming_channels import (
    Keyboard,
    Screen,
    chat_in_terminal,
    owner_with_dog,
    report_done,
    streaming,
    telegram,
    terminal_settings,
    wrong_script,
)
from tests.test_telegram_e2e import MESSAGES, Harness, eventually, fake_ollama

__all__ = ["fake_ollama", "terminal_settings"]  # fixtures, registered in this module

QUESTION = {"ko": "산책할 때 줄 당기는 거 어떻게 고쳐요?", "en": "how do I stop him pulling on the leash?"}
ANSWER = {
    "ko": "💬 코치의 답\n\n"
    "줄이 팽팽해지면 그 자리에 멈춰 서 주세요.\n"
    "줄이 느슨해지면 다시 걷고, 옆에 있을 때 간식을 주세요.\n\n"
    "👉 오늘 해 볼 것: 오늘 산책에서 줄이 당겨질 때마다 멈춰 서 보세요.",
    "en": "💬 The coach's answer\n\n"
    "Stop walking the moment the leash goes tight.\n"
    "Move on when it slackens, and reward your dog for walking beside you.\n\n"
    "👉 Try today: On today's walk, stand still every time the leash gets tight.",
}
WRITING = {lang: MESSAGES.format(lang, "analysis-writing") for lang in ("ko", "en")}
STATUSES = tuple(
    MESSAGES.format(lang, msg_id)
    for lang in ("ko", "en")
    for msg_id in ("analysis-writing", "analysis-rewriting", "coach-interrupted")
)


def t(lang: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(lang, msg_id, **args)


def question_chats(fake: FakeOllama) -> list[dict[str, Any]]:
    return [b for b in fake.chat_bodies() if "answer" in (b.get("format") or {}).get("properties", {})]


async def seed_report(store: Store, channel: Channel, external_id: str, language: str) -> None:
    """One analysed behaviour report of the owner's dog, as the worker leaves it."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        report = await s.add_report(user.id, user.active_dog_id, "손님 오면 짖어요", language)
        report.status, report.analysis = "done", sample_analysis(language)
        await s.update_report(report)
        await s.claim_delivery(report.id)


async def rows(store: Store, channel: Channel, external_id: str) -> list[tuple[str, str]]:
    """(kind, status) of every report and question of the user, oldest first."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        found = await s.list_reports(user.id)
    return [(r.kind, r.status) for r in sorted(found, key=lambda r: r.id)]


async def question_done(tg: Harness, chat: int, within: float = 15.0) -> None:
    await report_done(tg, chat, count=1, within=within)


def newest(tg: Harness, chat: int) -> str:
    """The text of the newest message in the chat as it reads now (after its edits)."""
    message = tg.fake.last_bot_message(chat)
    assert message is not None
    return str(message.get("text") or "")


def live_versions(tg: Harness, chat: int, language: str) -> list[str]:
    """Every text the answer's live message showed, in order."""
    shown = tg.fake.sent_messages(chat)
    first = next(m for m in shown if m.kind == "message" and (m.text or "").endswith(WRITING[language]))
    return [
        m.text or "" for m in shown if m.message_id == first.message_id and m.kind in ("message", "edit_text")
    ]


# --------------------------------------------------------------------------- Telegram


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_telegram_question_is_answered_in_one_message_as_it_is_written(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, language: str
) -> None:
    streaming(fake_ollama)
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7600
        await owner_with_dog(tg, chat, language)
        await seed_report(tg.rt.store, Channel.TELEGRAM, str(chat), language)
        await tg.say(chat, QUESTION[language], language_code=language)
        await question_done(tg, chat)
        sent = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]
        versions = live_versions(tg, chat, language)
        stored = await rows(tg.rt.store, Channel.TELEGRAM, str(chat))
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None
            incidents = await s.reports_since(user.id, None, utcnow().replace(year=2000))

    ack, _live = sent  # no follow-up question after an answer
    wait = t(language, "analysis-wait-seconds", seconds=25)
    assert ack.text == t(language, "coach-working", wait=wait)
    assert len(versions) >= 2
    assert versions[-1] == ANSWER[language]  # the final answer, in the same message
    for version in versions[:-1]:
        assert version.endswith(STATUSES), version  # never a view that passes for the answer
        body = version.rsplit("\n\n", 1)[0]
        assert ANSWER[language].startswith(body.split("\n\n👉")[0]), version  # each view begins it
    for text in versions:
        assert wrong_script(text, language) is None
    assert stored == [("report", "done"), ("question", "done")]
    assert [r.kind for r in incidents] == ["report"]

    [chat_body] = question_chats(fake_ollama)
    assert set(chat_body["format"]["properties"]) == {"safety_flag", "answer", "next_step"}
    user_message = chat_body["messages"][1]["content"]
    behaviour = sample_analysis(language)["behavior"]
    tip = MESSAGES.format(language, "tip-loose-leash")
    recent, tips, asked = {"ko": ("최근 기록", "참고", "질문"), "en": ("Recent reports", "Tips", "Question")}[
        language
    ]
    assert user_message.splitlines() == [
        user_message.splitlines()[0],  # the profile line (Kong, 2 years)
        f"{recent}: {behaviour}",
        f"{tips}: {tip}",
        f"{asked}: {QUESTION[language]}",
    ]
    assert {"ko": "콩이", "en": "Kong"}[language] in user_message.splitlines()[0]  # owner_with_dog's dog


FAULTS = [
    ("han", "ko"),
    ("english_next_step", "ko"),
    ("hangul_in_english", "en"),
    ("fenced", "ko"),
    ("prose", "en"),
]


@pytest.mark.parametrize(("mode", "language"), FAULTS)
async def test_telegram_owner_never_reads_a_wrong_script_in_an_answer(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, mode: Any, language: str
) -> None:
    """The answer gate and the recovery hold for answers too: Chinese characters, an English next
    step, Korean in English, a fenced or prosy answer are retried or recovered, never shown."""
    streaming(fake_ollama)
    fake_ollama.behaviour.script = [mode]
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7700
        await owner_with_dog(tg, chat, language)
        await tg.say(chat, QUESTION[language], language_code=language)
        await question_done(tg, chat)
        everything = [m.text or "" for m in tg.fake.sent_messages(chat)]
        versions = live_versions(tg, chat, language)
    for text in everything:
        assert wrong_script(text, language) is None, text
        assert "```" not in text and "Here is the analysis" not in text
    assert versions[-1] == ANSWER[language]
    retried = mode in ("han", "english_next_step", "hangul_in_english")
    assert len(question_chats(fake_ollama)) == (2 if retried else 1)


async def test_telegram_answer_that_fails_twice_is_apologised_for_and_tried_again(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.script = ["schema_invalid", "schema_invalid"]
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7800
        await owner_with_dog(tg, chat, "ko")
        await tg.say(chat, QUESTION["ko"], language_code="ko")
        await question_done(tg, chat)
        assert newest(tg, chat) == t("ko", "coach-failed")  # written into the answer's message
        assert await rows(tg.rt.store, Channel.TELEGRAM, str(chat)) == [("question", "failed")]
        await tg.tap(chat, t("ko", "coach-retry"))
        await question_done(tg, chat)
        assert newest(tg, chat) == ANSWER["ko"]
        assert await rows(tg.rt.store, Channel.TELEGRAM, str(chat)) == [("question", "done")]


async def test_telegram_answer_cut_midway_is_marked_then_written_again(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = ["stream_cut"]
    fake_ollama.behaviour.cut_at = 0.7
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7900
        await owner_with_dog(tg, chat, "en")
        await tg.say(chat, QUESTION["en"], language_code="en")
        await question_done(tg, chat)
        versions = live_versions(tg, chat, "en")
    interrupted = [v for v in versions if v.endswith(t("en", "coach-interrupted"))]
    assert interrupted and interrupted[0].startswith(t("en", "coach-answer-title"))
    assert versions[-1] == ANSWER["en"]


async def test_telegram_question_while_the_model_is_down_is_answered_when_it_is_back(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.chat = "out_of_memory"
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 8000
        await owner_with_dog(tg, chat, "ko")
        await tg.say(chat, QUESTION["ko"], language_code="ko")
        [ack] = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]
        unavailable = t("ko", "coach-unavailable")
        await eventually(lambda: (tg.fake.message(chat, ack.message_id) or {}).get("text") == unavailable)
        fake_ollama.behaviour.chat = "valid"
        await question_done(tg, chat)
        assert newest(tg, chat) == ANSWER["ko"]


# --------------------------------------------------------------------------- Kakao


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_kakao_callback_carries_the_whole_answer(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    streaming(fake_ollama)
    async with receiver() as rx, serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv, english=language == "en")
        body = await user.send(QUESTION[language], callback_url=rx.url)
        assert body["useCallback"] is True
        assert body["data"]["text"].startswith("💬")  # the question's own acknowledgement
        [post] = await rx.wait_posts(1)
        await asyncio.sleep(0.2)
        assert len(rx.posts) == 1
        stored = await rows(srv.app.state.runtime.store, Channel.KAKAO, user.key)
    assert texts_of(post.body) == [ANSWER[language]]
    assert stored == [("question", "done")]


async def test_kakao_without_callback_says_how_to_fetch_the_answer(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(QUESTION["ko"])
        wait = t("ko", "analysis-wait-seconds", seconds=25)
        assert user.texts == [t("ko", "coach-kakao-queued", place=1, wait=wait)]
        service = srv.app.state.runtime.analysis
        for _ in range(300):
            if service.queued == 0:
                break
            await asyncio.sleep(0.02)
        await user.tap("report:result")
        assert user.texts == [ANSWER["ko"]]


async def test_kakao_question_about_the_bot_is_answered_without_the_model(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for lang, text in (
            ("ko", "너 누구야?"),
            ("ko", "이름 꼭 알려줘야 돼요?"),
            ("en", "are you a bot?"),
        ):
            user = await idle_user(srv, english=lang == "en")
            await user.send(text)
            assert user.texts == [t(lang, "coach-about")]
            assert await rows(srv.app.state.runtime.store, Channel.KAKAO, user.key) == []
    assert fake_ollama.chat_bodies() == []


async def test_kakao_first_message_a_question_is_answered_and_the_survey_offered(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    settings = kakao_settings_for(tmp_path, fake_ollama.url, DOGCOACH_ANALYSIS_ASSUMED_SECONDS=1)
    async with serve_kakao(settings) as srv:
        user = srv.user()
        await user.send(QUESTION["ko"])
        assert ANSWER["ko"] in user.texts  # a fast box: the answer joins the first answer
        assert t("ko", "first-report-offer") in user.texts
        assert "survey:start" in user.choice_ids


# --------------------------------------------------------------------------- terminal


async def test_terminal_prints_the_answer_as_it_is_written(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    streaming(fake_ollama, rate=60.0, prompt_delay=0.3)
    done = t("en", "coach-console-done")
    screen = await chat_in_terminal(terminal_settings, QUESTION["en"], done)
    shown = [line for _, line in screen.lines]
    start = shown.index(WRITING["en"])
    answer = shown[start + 1 : shown.index(done)]
    assert set(ANSWER["en"].splitlines()) - {""} <= set(answer)  # every line of the answer, once
    assert len(answer) == len(set(answer))
    title, next_step = "💬 The coach's answer", ANSWER["en"].splitlines()[-1]
    assert screen.at(title) < screen.at(next_step) <= screen.at(done)
    assert t("en", "console-analysis-done") not in shown


async def test_terminal_question_with_the_model_down_says_it_is_saved(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, DATABASE_URL=f"sqlite:///{tmp_path / 'chat.db'}", OLLAMA_HOST=refused_url()
    )
    done = t("en", "coach-delayed")
    screen = await chat_in_terminal(settings, QUESTION["en"], done)
    assert done in [line for _, line in screen.lines]


def test_fake_ollama_answers_the_question_schema(fake_ollama: FakeOllama) -> None:
    """The fake tells a question request by its schema and answers it in that schema."""
    body = {
        "model": "qwen2.5:1.5b",
        "stream": False,
        "format": {"type": "object", "properties": {"safety_flag": {}, "answer": {}, "next_step": {}}},
        "messages": [{"role": "system", "content": "x"}, {"role": "user", "content": "q"}],
    }
    answer = json.loads(
        httpx.post(f"{fake_ollama.url}/api/chat", json=body, trust_env=False).json()["message"]["content"]
    )
    assert answer == sample_answer("en")


# --------------------------------------------------------------------------- /history


async def _history_owner(store: Store, channel: Channel, external_id: str, language: str) -> None:
    """An owner with one analysed report and one answered question, their results seen."""
    await seed_report(store, channel, external_id, language)
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        question = await s.add_report(
            user.id, user.active_dog_id, QUESTION[language], language, kind="question"
        )
        question.status, question.analysis = "done", sample_answer(language)
        await s.update_report(question)
        await s.claim_delivery(question.id)


async def test_telegram_history_has_a_button_per_line_that_opens_it_again(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 8100
        await owner_with_dog(tg, chat, "ko")
        await _history_owner(tg.rt.store, Channel.TELEGRAM, str(chat), "ko")
        await tg.say(chat, "/history", language_code="ko")
        page = tg.fake.sent_messages(chat)[-1]
        lines = (page.text or "").splitlines()
        assert (
            lines[2].startswith("1. ") and f"· {t('ko', 'history-question')} — “{QUESTION['ko']}”" in lines[2]
        )
        assert (
            lines[3].startswith("2. ") and f"· {t('ko', 'category-barking')} — “손님 오면 짖어요”" in lines[3]
        )
        assert page.reply_markup is not None
        labels = [b["text"] for row in page.reply_markup["inline_keyboard"] for b in row]
        assert labels == ["1번 보기", "2번 보기"]
        await tg.tap(chat, "1번 보기")
        assert tg.last_text(chat) == ANSWER["ko"]
        await tg.say(chat, "/history", language_code="ko")
        await tg.tap(chat, "2번 보기")
        assert tg.last_text(chat).startswith(t("ko", "analysis-title", category=t("ko", "category-barking")))
    assert fake_ollama.chat_bodies() == []  # shown again, not analysed again


async def test_kakao_history_quick_replies_open_each_line_again(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv, english=True)
        await _history_owner(srv.app.state.runtime.store, Channel.KAKAO, user.key, "en")
        await user.send("history")
        assert user.text.splitlines()[2].startswith("1. ")
        ids = [c for c in user.choice_ids if c.startswith("report:open:")]
        assert len(ids) == 2
        await user.tap(ids[0])
        assert user.texts == [ANSWER["en"]]
        await user.send("history")
        await user.tap(ids[1])
        assert user.texts[0].startswith(t("en", "analysis-title", category=t("en", "category-barking")))


async def test_terminal_history_lines_open_by_their_number(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    """In the terminal the buttons are numbers: typing the line's number opens it."""
    await chat_in_terminal(terminal_settings, QUESTION["en"], t("en", "coach-console-done"))
    screen, keys = Screen(), Keyboard()  # the same store, the chat started again: /history, then "1"
    async with runtime(terminal_settings) as rt:
        assert rt.analysis is not None
        console = ConsoleChat(rt.engine, "ann", locale_hint="en", stdin=keys, stdout=screen)  # type: ignore[arg-type]
        async with connected(rt.outbox, console), rt.analysis.running():
            chat = asyncio.create_task(console.run())
            keys.type("/history")
            keys.type("1")
            keys.close()
            await asyncio.wait_for(chat, 10)
    shown = [line for _, line in screen.lines]
    assert any(line.startswith("1. ") and f"“{QUESTION['en']}”" in line for line in shown)
    picked = shown.index("  1) Open 1")
    assert ANSWER["en"].splitlines()[-1] in shown[picked:]  # the answer, opened again
    assert len(fake_ollama.chat_bodies()) == 1  # answered once, shown twice
