"""Issue 12 through real channels: the analysis shown as it is written, and every fault of the
fake Ollama, as Telegram, Kakao and terminal owners see them.

The whole stack runs over real HTTP on 127.0.0.1: the app under uvicorn, the analysis service
with the real `ollama` client against the fake Ollama (streaming one qwen2.5 token per part at a
fixed rate, or failing as scripted), the fake Bot API, and a local receiver playing Kakao's
callback endpoint. What is checked is what the owner reads: never a character of the wrong script,
never a half answer that looks final (every view ends with its status line), the final reply the
same as without streaming, and Telegram's pace.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import queue
import re
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import runtime
from dogcoach.channels.console import ConsoleChat
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer, SentMessage
from tests.test_analysis_service import RESULT_EN, RESULT_KO
from tests.test_kakao_reports import REPORT_EN, REPORT_KO, idle_user, receiver, texts_of
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_telegram_e2e import MESSAGES, Harness, eventually, fake_ollama, harness, settings_for

__all__ = ["fake_ollama"]  # the fixture, registered in this module

REPORTS = {"ko": REPORT_KO, "en": REPORT_EN}
RESULTS = {"ko": RESULT_KO, "en": RESULT_EN}
QUESTIONS = {lang: MESSAGES.format(lang, "analysis-followup-frequency") for lang in ("ko", "en")}
STATUS = {
    (lang, state): MESSAGES.format(lang, f"analysis-{state}")
    for lang in ("ko", "en")
    for state in ("writing", "rewriting", "interrupted")
}
HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HANGUL = re.compile("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[\s,.'-]+[A-Za-z]+){2,}")  # three Latin words in a row
FAULTS = [  # (first answer, report language): the corrective retry answers correctly
    ("han", "ko"),
    ("english_next_step", "ko"),
    ("hangul_in_english", "en"),
    ("fenced", "ko"),
    ("prose", "en"),
]


def wrong_script(text: str, language: str) -> str | None:
    """What in `text` an owner of that language must never read, or None."""
    checks = (HAN_OR_KANA, ENGLISH_RUN) if language == "ko" else (HANGUL,)
    found = next((m for m in (check.search(text) for check in checks) if m), None)
    return found.group(0) if found else None


def streaming(fake: FakeOllama, *, rate: float = 150.0, prompt_delay: float = 0.2) -> None:
    fake.behaviour.token_rate = rate
    fake.behaviour.prompt_delay = prompt_delay


# --------------------------------------------------------------------------- Telegram


@asynccontextmanager
async def telegram(
    fake: FakeTelegramServer, ollama: FakeOllama, tmp_path: Path, *, interval: float | None = 0.25
) -> AsyncIterator[Harness]:
    settings = settings_for(
        fake, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=ollama.url, DOGCOACH_ANALYSIS_RETRY_MAX=0.5
    )
    async with harness(fake, settings) as tg:
        if interval is not None:
            tg.hook.adapter.live.interval = interval  # faster than Telegram's pace, to keep tests short
        yield tg


async def owner_with_dog(tg: Harness, chat: int, language: str) -> None:
    """A Telegram owner with a finished profile (their report gets no "no dog yet" tip)."""
    async with tg.rt.store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, str(chat), locale_hint=language)
        # the name the reports use (a report naming another dog gets a line of its own)
        name = "콩이" if language == "ko" else "Kong"
        dog = await s.create_dog(user.id, {"name": name, "age_months": 30})
        dog.completed_at = utcnow()
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)


async def report_done(tg: Harness, chat: int, count: int = 1, within: float = 15.0) -> None:
    """Until the chat's reports are analysed and their results were handed to Telegram."""
    deadline = time.monotonic() + within
    service = tg.rt.analysis
    assert service is not None
    while True:
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            reports = await s.list_reports(user.id) if user else []
        finished = all(r.status != "pending" and r.delivered_at for r in reports)
        if len(reports) >= count and finished and service.queued == 0:
            return
        assert time.monotonic() < deadline, [(r.status, r.error) for r in reports]
        await asyncio.sleep(0.05)


def live_message(tg: Harness, chat: int, language: str) -> list[SentMessage]:
    """Everything shown in the message the analysis was written into, in order."""
    writing = STATUS[(language, "writing")], STATUS[(language, "rewriting")]
    shown = tg.fake.sent_messages(chat)
    first = next(m for m in shown if m.kind == "message" and (m.text or "").endswith(writing))
    return [m for m in shown if m.message_id == first.message_id and m.kind in ("message", "edit_text")]


def assert_never_final_until_the_end(versions: list[SentMessage], language: str) -> None:
    """Every version but the last ends with a status line; the last has none."""
    statuses = tuple(STATUS[(language, s)] for s in ("writing", "rewriting", "interrupted"))
    for version in versions[:-1]:
        assert (version.text or "").endswith(statuses), version.text
    assert not (versions[-1].text or "").endswith(statuses)


async def test_telegram_writes_the_analysis_into_one_message_then_the_same_result(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    streaming(fake_ollama)
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7001
        await owner_with_dog(tg, chat, "ko")
        await tg.say(chat, REPORT_KO, language_code="ko")
        await report_done(tg, chat)
        versions = live_message(tg, chat, "ko")
        sent = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]

    ack, live, plan, question = sent  # nothing else was sent: views are edits of one message
    assert (plan.text or "").startswith("📌 이번에 바꿔 볼 것은 이것 하나예요:")  # the step is the plan
    assert ack.text is not None and ack.text.startswith("🔍 알겠어요. 바로 분석하고 있어요.")
    assert live.message_id == versions[0].message_id
    assert len(versions) >= 3  # the analysis grew in place
    assert versions[0].text == f"🔍 ABC 분석: 짖음\n\n{STATUS[('ko', 'writing')]}"  # the title first
    assert_never_final_until_the_end(versions, "ko")
    assert versions[-1].text == RESULT_KO  # the final reply, exactly as without streaming
    assert versions[-1].reply_markup is None
    bodies = [(v.text or "").removesuffix(STATUS[("ko", "writing")]).strip() for v in versions[:-1]]
    assert all(RESULT_KO.startswith(body.split("\n\n📝")[0]) for body in bodies)  # each view begins it
    assert question.text == QUESTIONS["ko"]  # the follow-up question, as a new message, with Skip
    assert question.reply_markup is not None


@pytest.mark.parametrize(("mode", "language"), FAULTS)
async def test_telegram_owner_never_reads_a_wrong_script_or_a_broken_answer(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, mode: Any, language: str
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = [mode]  # then valid answers
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7100
        await owner_with_dog(tg, chat, language)
        await tg.say(chat, REPORTS[language], language_code=language)
        await report_done(tg, chat)
        versions = live_message(tg, chat, language)
        everything = [m.text or "" for m in tg.fake.sent_messages(chat)]

    for text in everything:
        assert wrong_script(text, language) is None, text
        assert "```" not in text and "Here is the analysis" not in text
    assert_never_final_until_the_end(versions, language)
    assert versions[-1].text == RESULTS[language]
    retried = mode in ("han", "english_next_step", "hangul_in_english")
    assert len(fake_ollama.chat_bodies()) == (2 if retried else 1)
    rewriting = [v for v in versions if (v.text or "").endswith(STATUS[(language, "rewriting")])]
    assert bool(rewriting) == retried  # the corrective retry says the answer is being rewritten


@pytest.mark.parametrize("mode", ["stream_error", "stream_cut"])
async def test_telegram_stream_broken_midway_is_marked_interrupted_then_the_result_comes(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, mode: Any
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = [mode]
    fake_ollama.behaviour.cut_at = 0.6
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7200
        await owner_with_dog(tg, chat, "en")
        await tg.say(chat, REPORT_EN, language_code="en")
        await report_done(tg, chat)
        versions = live_message(tg, chat, "en")
        sent = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]

    states = [next(s for (lang, s), line in STATUS.items() if lang == "en" and (v.text or "").endswith(line))
              for v in versions[:-1]]  # fmt: skip
    assert "interrupted" in states
    cut = states.index("interrupted")
    interrupted = versions[cut].text or ""
    assert interrupted.startswith("🔍 ABC analysis: Barking\n\nA — Before:")  # what had come, marked
    assert "writing" in states[cut + 1 :]  # the retry writes again, in the same message
    assert versions[-1].text == RESULT_EN
    # The interrupted mark was the owner's notice: no separate "saved, unavailable" message.
    plan, question = [m.text or "" for m in sent][2:]
    assert plan.startswith("📌 One thing to change for now:") and question == QUESTIONS["en"]


async def test_telegram_edits_keep_telegrams_pace(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Telegram's default pace (1.5 s between sends and edits of the live message) over a ~5 s
    stream: every gap at least 1.5 s, and no more requests than the stream's length allows."""
    streaming(fake_ollama, rate=30.0, prompt_delay=0.5)
    async with telegram(fake_telegram, fake_ollama, tmp_path, interval=None) as tg:
        assert tg.hook.adapter.live.interval == 1.5
        chat = 7300
        await owner_with_dog(tg, chat, "ko")
        started = time.monotonic()
        await tg.say(chat, REPORT_KO, language_code="ko")
        await report_done(tg, chat)
        took = time.monotonic() - started
        versions = live_message(tg, chat, "ko")

    times = [v.time for v in versions]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 1.5 - 0.02, gaps
    assert len(versions) <= 1 + math.ceil(took / 1.5)
    assert versions[-1].text == RESULT_KO


async def test_telegram_429_on_an_edit_is_waited_out_and_not_retried_stale(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    streaming(fake_ollama, rate=60.0)
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7400
        await owner_with_dog(tg, chat, "en")
        fake_telegram.inject_429(n=1, retry_after=1, methods=["editMessageText"])
        await tg.say(chat, REPORT_EN, language_code="en")
        await report_done(tg, chat)
        edits = [c for c in fake_telegram.calls("editMessageText") if c.params["chat_id"] == chat]

    refused = next(i for i, c in enumerate(edits) if c.status == 429)
    after = edits[refused + 1]
    assert after.time - edits[refused].time >= 1.0  # retry_after honoured
    assert after.params["text"] != edits[refused].params["text"]  # the newest text, not the stale one
    assert edits[-1].status == 200 and "Try next:" in edits[-1].params["text"]


async def test_telegram_model_out_of_memory_one_message_says_temporarily_unavailable(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Issue 16 and issue 12 item 6: "analysing…" is not followed by a second message; the
    acknowledgement becomes "saved, the coach is temporarily unavailable" (not "can't reach")."""
    fake_ollama.behaviour.chat = "out_of_memory"
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7500
        await owner_with_dog(tg, chat, "ko")
        await tg.say(chat, REPORT_KO, language_code="ko")
        [ack] = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]
        unavailable = MESSAGES.format("ko", "analysis-unavailable")
        await eventually(lambda: (tg.fake.message(chat, ack.message_id) or {}).get("text") == unavailable)
        assert [m.kind for m in tg.fake.sent_messages(chat)] == ["message", "edit_text"]
        fake_ollama.behaviour.chat = "valid"
        await report_done(tg, chat)
        texts = [m.text or "" for m in tg.fake.sent_messages(chat)]
    assert RESULT_KO in texts
    assert not any(MESSAGES.format("ko", "analysis-delayed") in text for text in texts)


# --------------------------------------------------------------------------- Kakao


@pytest.mark.parametrize(("mode", "language"), [("valid", "ko"), *FAULTS])
async def test_kakao_callback_carries_only_the_whole_result(
    tmp_path: Path, fake_ollama: FakeOllama, mode: Any, language: str
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = [mode]
    async with receiver() as rx, serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv, english=language == "en")
        body = await user.send(REPORTS[language], callback_url=rx.url)
        assert body["useCallback"] is True
        [post] = await rx.wait_posts(1)
        await asyncio.sleep(0.2)
        assert len(rx.posts) == 1
    texts = texts_of(post.body)
    assert texts[0] == RESULTS[language]
    statuses = {line for (lang, _), line in STATUS.items()}
    for text in [body["data"]["text"], *texts]:
        assert wrong_script(text, language) is None, text
        assert not any(status in text for status in statuses)


@pytest.mark.parametrize("mode", ["stream_error", "stream_cut"])
async def test_kakao_broken_stream_says_saved_then_the_result_comes_whole(
    tmp_path: Path, fake_ollama: FakeOllama, mode: Any
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = [mode]
    async with receiver() as rx, serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO, callback_url=rx.url)
        [post] = await rx.wait_posts(1)
        assert texts_of(post.body) == [MESSAGES.format("ko", "kakao-unavailable")]
        service = srv.app.state.runtime.analysis
        for _ in range(300):
            if service.queued == 0:
                break
            await asyncio.sleep(0.02)
        await user.send("/help")
    assert user.texts[0].startswith(f"{RESULT_KO}\n\n📌 ")  # kept for the next message, whole, with its plan


async def test_kakao_without_callback_answers_at_once_and_the_result_waits_whole(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    streaming(fake_ollama)
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        assert user.elapsed < 1.0
        [first] = user.texts
        assert first.startswith("💾 알겠어요. 말씀하신 내용은 저장했고, 지금 분석하고 있어요.")
        service = srv.app.state.runtime.analysis
        for _ in range(300):
            if service.queued == 0:
                break
            await asyncio.sleep(0.02)
        await user.tap("report:result")
    assert user.texts[0] == RESULT_KO


# --------------------------------------------------------------------------- terminal


class Keyboard:
    """The terminal's stdin: lines typed by the test, read by the chat's `readline` thread."""

    def __init__(self) -> None:
        self._lines: queue.Queue[str] = queue.Queue()

    def type(self, line: str) -> None:
        self._lines.put(line + "\n")

    def close(self) -> None:
        self._lines.put("")

    def readline(self) -> str:
        return self._lines.get(timeout=30)


class Screen:
    """The terminal's stdout: each printed line with the time it appeared."""

    def __init__(self) -> None:
        self.lines: list[tuple[float, str]] = []
        self._partial = ""
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            self._partial += text
            *done, self._partial = self._partial.split("\n")
            now = time.monotonic()
            self.lines += [(now, line.removeprefix("> ")) for line in done]
        return len(text)

    def flush(self) -> None:
        pass

    def at(self, line: str) -> float:
        return next(t for t, shown in self.lines if shown == line)


@pytest.fixture
def terminal_settings(fake_ollama: FakeOllama, tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=f"sqlite:///{tmp_path / 'chat.db'}",
        OLLAMA_HOST=fake_ollama.url,
        DOGCOACH_ANALYSIS_RETRY_MAX=0.5,
    )


async def chat_in_terminal(settings: Settings, report: str, done: str) -> Screen:
    """`dogcoach chat`'s parts: the runtime, the console connected to the outbox, the service;
    the user cancels the survey, writes a report, and stops once `done` was printed."""
    screen, keys = Screen(), Keyboard()
    async with runtime(settings) as rt:
        assert rt.analysis is not None
        console = ConsoleChat(rt.engine, "ann", locale_hint="en", stdin=keys, stdout=screen)  # type: ignore[arg-type]
        async with connected(rt.outbox, console), rt.analysis.running():
            chat = asyncio.create_task(console.run())
            keys.type("/cancel")
            keys.type(report)
            for _ in range(600):
                if any(line == done for _, line in screen.lines):
                    break
                await asyncio.sleep(0.02)
            keys.close()
            await asyncio.wait_for(chat, 10)
    return screen


async def test_terminal_prints_the_analysis_as_it_is_written(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    streaming(fake_ollama, rate=60.0, prompt_delay=0.3)  # ~2.5 s of answer
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=[])
    done = MESSAGES.format("en", "console-analysis-done")
    screen = await chat_in_terminal(terminal_settings, REPORT_EN, done)
    shown = [line for _, line in screen.lines]
    start = shown.index(STATUS[("en", "writing")])
    analysis = shown[start + 1 : shown.index(done)]
    assert set(RESULT_EN.splitlines()) - {""} <= set(analysis)  # every line of the result, once
    assert len(analysis) == len(set(analysis))
    title, next_step = (
        "🔍 ABC analysis: Barking",
        next(x for x in RESULT_EN.splitlines() if x.startswith("👉")),
    )
    assert screen.at(done) - screen.at(title) >= 1.0  # the first words well before the end
    assert screen.at(title) < screen.at(next_step) <= screen.at(done)
    welcome = MESSAGES.format("en", "start-welcome")  # offers Korean in Korean, on purpose (issue 16)
    for line in shown:
        assert line.strip() == welcome or wrong_script(line, "en") is None, line


async def test_terminal_marks_a_broken_stream_and_then_prints_the_result(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    streaming(fake_ollama)
    fake_ollama.behaviour.script = ["stream_error"]
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=[])
    done = MESSAGES.format("en", "console-analysis-done")
    screen = await chat_in_terminal(terminal_settings, REPORT_EN, done)
    shown = [line for _, line in screen.lines]
    interrupted = shown.index(STATUS[("en", "interrupted")])
    assert STATUS[("en", "writing")] in shown[:interrupted]
    assert STATUS[("en", "writing")] in shown[interrupted:]  # written again after the retry
    assert shown.index(done) > interrupted
    assert set(RESULT_EN.splitlines()) - {""} <= set(shown[interrupted:])
