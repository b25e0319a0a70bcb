"""The analysis service end to end: a report typed into the engine, the real `ollama` client over a
real socket to the fake Ollama, the result back through the outbox; every failure case leaves the
report stored and the user informed."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import pytest

from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import META_REPORT, META_RESULT, Reply
from dogcoach.handlers.results.render import SHOW_RESULT, SKIP_FOLLOWUP
from dogcoach.services.analysis import analysis_json_schema, build_profile_line
from dogcoach.services.analysis.prompt import load_prompts
from dogcoach.services.analysis.service import AnalysisService
from dogcoach.services.i18n import Messages
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Report, Store, make_store
from tests.analysis_support import CountingOllama, add_dog, running_bot, start_on_port
from tests.chat import Chat
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import (
    DEFAULT_MODEL,
    EVAL_DURATION_NS,
    LOAD_DURATION_NS,
    PROMPT_EVAL_DURATION_NS,
    TOTAL_DURATION_NS,
    FakeOllama,
    refused_url,
    unused_port,
    user_text,
)

fake_ollama = ollama_fixture.fake_ollama

REPORT_KO = "우리 강아지 맥스가 손님이 올 때마다 현관에서 자꾸 짖어요. 그러면 간식을 줘서 조용히 시켜요"
REPORT_EN = "My dog barks at the door every time guests come over, so I give him a treat to calm him down"
MAX = {"name": "맥스", "age_months": 36, "sex": "male_neutered", "breed": "말티즈", "size": "small"}

RESULT_KO = """🔍 ABC 분석: 짖음

A — 직전 상황: 손님이 초인종을 누르고 현관에 들어올 때
B — 행동: 현관으로 달려가 계속 짖는다
C — 직후 결과: 보호자가 안아 올리며 달래 준다
행동의 목적(추정): 관심 받기
강도: 2/4

📝 세 줄 요약
• 초인종 소리가 신호가 됩니다.
• 짖으면 관심을 받습니다.
• 조용할 때 보상해 주세요.

👉 다음에 해 볼 것: 초인종 소리를 작게 들려주고 조용하면 간식을 주세요."""

RESULT_EN = """🔍 ABC analysis: Barking

A — Before: Guests ring the doorbell and come in
B — Behaviour: Runs to the door and keeps barking
C — After: The owner picks the dog up to calm it
Likely purpose: getting attention
Intensity: 2/4

📝 In short
• The doorbell is the trigger.
• Barking earns attention.
• Reward quiet moments.

👉 Try next: Play a quiet doorbell sound and treat the dog while it stays calm."""


async def report_row(store: Store, report_id: int) -> Report:
    async with store.session() as s:
        report = await s.get_report(report_id)
    assert report is not None
    return report


def the_ack(replies: list[Reply]) -> Reply:
    """The immediate answer to a report (a user without a dog also gets a tip after it)."""
    [ack] = [r for r in replies if META_REPORT in r.meta]
    return ack


# -- the happy paths, on both backends ----------------------------------------------------------


async def test_korean_report_end_to_end(store: Store, messages: Messages, fake_ollama: FakeOllama) -> None:
    dog = await add_dog(store, "ko1", MAX)
    async with running_bot(store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "ko1", hint="ko")
        ack = the_ack(await chat.send(REPORT_KO))
        assert ack.text == "🔍 알겠어요. 바로 분석하고 있어요. 결과는 약 25초 뒤에 보내 드릴게요."
        assert [(c.id, c.label) for c in ack.choices] == [(SHOW_RESULT, "결과 보기")]
        report_id = ack.meta[META_REPORT]
        assert await bot.service.wait(report_id, 5)
        [(user, replies)] = bot.recorder.sent

    assert user.external_id == "ko1"
    result, plan, question = replies
    assert result.text == RESULT_KO
    assert result.meta == {META_RESULT: report_id}
    assert plan.text.startswith("📌 이번에 바꿔 볼 것은 이것 하나예요: 초인종 소리를 작게 들려주고")
    assert plan.text.endswith("에 어땠는지 여쭤볼게요.")
    assert (
        question.text == "❓ 하나만 여쭐게요. 얼마나 자주, 그리고 언제부터 그랬나요?"
    )  # one question, as it says
    assert [c.id for c in question.choices] == [SKIP_FOLLOWUP]

    [body] = fake_ollama.chat_bodies()
    assert body["model"] == DEFAULT_MODEL
    assert body["format"] == analysis_json_schema()
    assert body["stream"] is True  # analyze() streams (issue 12)
    assert body["keep_alive"] == -1
    assert body["options"] == {"temperature": 0.2, "num_ctx": 2048, "num_predict": 512}
    assert body["messages"][0] == {"role": "system", "content": load_prompts("ko").system}
    profile = build_profile_line(dog.answers, "ko")
    assert "맥스" in profile and "말티즈" in profile
    assert profile in user_text(body)
    assert REPORT_KO.split(".")[0] in user_text(body)

    row = await report_row(store, report_id)
    assert (row.status, row.language, row.model, row.attempts) == ("done", "ko", DEFAULT_MODEL, 1)
    assert row.analysis is not None and row.analysis["category"] == "barking"
    assert row.prompt_tokens and row.prompt_tokens > 0
    assert row.eval_tokens and row.eval_tokens > 0
    assert row.latency_ms is not None and row.latency_ms > 0
    assert row.total_duration_ms == TOTAL_DURATION_NS / 1e6
    assert row.load_duration_ms == LOAD_DURATION_NS / 1e6
    assert row.prompt_eval_duration_ms == PROMPT_EVAL_DURATION_NS / 1e6
    assert row.eval_duration_ms == EVAL_DURATION_NS / 1e6
    assert row.delivered_at is not None
    assert row.error is None


async def test_english_report_end_to_end_without_a_dog(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "en1", hint="en-US")
        ack, tip = await chat.send(REPORT_EN)
        assert (
            ack.text == "🔍 Got it — I'm analysing it now. The result should reach you in about 25 seconds."
        )
        assert ack.choices[0].label == "Show result"
        assert tip.text == messages.format("en", "first-report-offer")  # a first message: survey offered
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
        result, plan, question = bot.recorder.sent[0][1]

    assert result.text == RESULT_EN
    assert plan.text.startswith("📌 One thing to change for now: Play a quiet doorbell sound")
    assert question.text == "❓ One question: how often does this happen, and since when?"
    [body] = fake_ollama.chat_bodies()
    assert body["messages"][0]["content"] == load_prompts("en").system
    assert build_profile_line({}, "en") in user_text(body)


async def test_a_report_in_the_other_language_is_answered_in_that_language(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        korean_user = Chat(bot.engine, "k", hint="ko")
        ack, _tip = await korean_user.send(REPORT_EN)
        assert ack.text.startswith("🔍 Got it")
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
        english_user = Chat(bot.engine, "e", hint="en")
        ack, _tip = await english_user.send(REPORT_KO)
        assert ack.text.startswith("🔍 알겠어요")
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
    assert bot.recorder.sent[0][1][0].text == RESULT_EN
    assert bot.recorder.sent[1][1][0].text == RESULT_KO
    first, second = fake_ollama.chat_bodies()
    assert first["messages"][0]["content"] == load_prompts("en").system
    assert second["messages"][0]["content"] == load_prompts("ko").system


# -- the model answers badly --------------------------------------------------------------------


async def test_invalid_json_twice_fails_with_an_apology_and_keeps_the_report(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.script = ["invalid_json", "schema_invalid"]
    async with running_bot(store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="ko").send(REPORT_KO))
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
        [(_, replies)] = bot.recorder.sent
    [apology] = replies
    assert apology.text == (
        "😥 죄송해요. 이번 내용은 제대로 분석하지 못했어요. 말씀하신 내용은 그대로 저장돼 있어요. 다시 분석해 볼까요?"
    )
    assert [(c.id, c.label) for c in apology.choices] == [
        (f"report:retry:{ack.meta[META_REPORT]}", "다시 분석하기")
    ]
    row = await report_row(store, ack.meta[META_REPORT])
    assert row.status == "failed"
    assert row.text == REPORT_KO
    assert row.attempts == 2
    assert row.error is not None and row.error.startswith("invalid: ")
    assert row.raw_output is not None and '"category": "howling"' in row.raw_output
    assert row.analysis is None
    assert row.prompt_tokens is not None and row.delivered_at is not None
    assert len(fake_ollama.chat_bodies()) == 2  # one corrective retry, no more


async def test_one_bad_answer_is_corrected_by_the_retry(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.script = ["whitespace"]
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
    assert bot.recorder.sent[0][1][0].text == RESULT_EN
    row = await report_row(sqlite_store, ack.meta[META_REPORT])
    assert (row.status, row.attempts) == ("done", 2)


# -- Ollama unavailable -------------------------------------------------------------------------


async def test_ollama_down_then_back_the_worker_retries_and_delivers(
    store: Store, messages: Messages, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="dogcoach.services.analysis")
    port = unused_port()
    url = f"http://127.0.0.1:{port}"
    async with running_bot(store, messages, url, http_timeout=2, models=False) as bot:
        chat = Chat(bot.engine, "u", hint="en")
        first_ack = (await chat.send(REPORT_EN))[0]
        assert first_ack.text.startswith("🔍 Got it")  # nobody knew yet (no check at start)
        [(_, notice)] = await bot.recorder.wait_for(1)
        assert notice[0].text == (
            "💾 Your report is saved. The analysis model can't be reached right now; "
            "I'll send the analysis as soon as it's back."
        )
        assert notice[0].meta == {META_REPORT: first_ack.meta[META_REPORT]}
        assert bot.service.delayed
        row = await report_row(store, first_ack.meta[META_REPORT])
        assert row.status == "pending" and row.attempts >= 1
        assert row.error is not None and row.error.startswith("unavailable (connection)")

        second_ack = (await chat.send("He also chews the sofa when I leave the house"))[0]
        assert second_ack.text.startswith("💾 Your report is saved.")  # told up front, not twice
        assert not await bot.service.wait(second_ack.meta[META_REPORT], 0.1)

        fake = start_on_port(FakeOllama(), port)
        try:
            assert await bot.service.wait(second_ack.meta[META_REPORT], 5)
            assert await bot.service.wait(first_ack.meta[META_REPORT], 5)
        finally:
            fake.stop()
        assert not bot.service.delayed

    assert len(bot.recorder.sent) == 3  # the one notice, then both results in the order written
    assert bot.recorder.sent[1][1][0].meta == {META_RESULT: first_ack.meta[META_REPORT]}
    assert bot.recorder.sent[2][1][0].meta == {META_RESULT: second_ack.meta[META_REPORT]}
    # two reports open at once: each result quotes the one it answers (stop 62 trial), then the card
    assert bot.recorder.sent[1][1][0].text == "“My dog barks at the door every time gue…”\n" + RESULT_EN
    # the second's quote is decided at its first streamed view, racing the first's push: either way the card
    assert bot.recorder.sent[2][1][0].text.endswith(RESULT_EN)
    row = await report_row(store, first_ack.meta[META_REPORT])
    assert row.status == "done" and row.error is None and row.attempts >= 2
    assert any("unavailable" in r.getMessage() for r in caplog.records)
    assert any("reachable again" in r.getMessage() for r in caplog.records)


async def test_ollama_down_at_start_one_message_says_so_and_the_check_sees_it_come_back(
    sqlite_store: Store, messages: Messages
) -> None:
    """Issue 16: "analysing…" must not be followed at once by "saved, can't reach the model".
    The start-up check knows Ollama is down, so the acknowledgement itself says the report is
    saved; no second notice follows. The check goes on while nothing is queued, so once Ollama
    answers again a new report is told "analysing" (and analysed)."""
    port = unused_port()
    async with running_bot(sqlite_store, messages, f"http://127.0.0.1:{port}", http_timeout=2) as bot:
        chat = Chat(bot.engine, "u", hint="ko")
        for _ in range(200):
            if bot.service.delayed:
                break
            await asyncio.sleep(0.01)
        ack = the_ack(await chat.send(REPORT_KO))
        assert ack.text == (
            "💾 말씀하신 내용은 저장했어요. 지금은 분석 모델에 연결할 수 없어요. "
            "연결되는 대로 분석 결과를 보내 드릴게요."
        )
        assert not await bot.service.wait(ack.meta[META_REPORT], 0.3)
        assert bot.recorder.sent == []  # the acknowledgement said it: no second message
        fake = start_on_port(FakeOllama(), port)
        try:
            assert await bot.service.wait(ack.meta[META_REPORT], 5)
            assert bot.recorder.sent[0][1][0].meta == {META_RESULT: ack.meta[META_REPORT]}
            later = the_ack(await chat.send("하루에 세 번쯤, 한 달 전부터 그래요"))  # the follow-up answer
            assert later.text.startswith("🔍 고마워요.")  # analysing again, not "saved for later"
            assert await bot.service.wait(later.meta[META_REPORT], 5)
        finally:
            fake.stop()


async def test_a_model_that_cannot_load_is_temporarily_unavailable_not_unreachable(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The owner-facing side reads `exc.notice`: out of memory is "the coach is temporarily
    unavailable", not "can't reach the model" (issue 12, item 6), first as a notice and then in
    the acknowledgement of the next report."""
    fake_ollama.behaviour.chat = "out_of_memory"
    async with running_bot(sqlite_store, messages, fake_ollama.url, models=False) as bot:
        chat = Chat(bot.engine, "u", hint="en")
        first = the_ack(await chat.send(REPORT_EN))
        [(_, notice)] = await bot.recorder.wait_for(1)
        assert notice[0].text == (
            "💾 Your report is saved. The coach is temporarily unavailable; "
            "I'll send the analysis as soon as it's working again."
        )
        second = the_ack(await chat.send("She also growls when I touch her paws after walks"))
        assert second.text == notice[0].text
        fake_ollama.behaviour.chat = "valid"
        assert await bot.service.wait(first.meta[META_REPORT], 5)
        assert await bot.service.wait(second.meta[META_REPORT], 5)
    assert "can't be reached" not in " ".join(r.text for _, rs in bot.recorder.sent for r in rs)


async def test_http_500_keeps_the_report_pending_then_retries(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.script = ["error_500"]
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="ko").send(REPORT_KO))
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
    notice, result = bot.recorder.sent
    assert notice[1][0].text.startswith("💾 말씀하신 내용은 저장했어요.")
    assert result[1][0].text == RESULT_KO
    row = await report_row(sqlite_store, ack.meta[META_REPORT])
    assert (row.status, row.attempts, row.error) == ("done", 2, None)


async def test_a_slow_model_times_out_and_is_retried(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 2.0
    async with running_bot(sqlite_store, messages, fake_ollama.url, http_timeout=0.15) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        await bot.recorder.wait_for(1)  # the "saved, will analyse" notice
        row = await report_row(sqlite_store, ack.meta[META_REPORT])
        assert row.status == "pending"
        assert row.error is not None and row.error.startswith("unavailable (timeout)")
        fake_ollama.behaviour.delay = 0.0
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
    assert bot.recorder.sent[-1][1][0].text == RESULT_EN


async def test_a_missing_model_is_pulled_and_the_report_analysed(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="dogcoach.services.analysis")
    fake_ollama.behaviour.models = []
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
    assert fake_ollama.bodies("/api/pull") == [{"model": DEFAULT_MODEL, "insecure": False, "stream": True}]
    assert bot.recorder.sent[-1][1][0].text == RESULT_EN
    lines = [r.getMessage() for r in caplog.records]
    assert f"model {DEFAULT_MODEL} is not on {fake_ollama.url}; pulling it" in lines
    assert any(line.startswith(f"pulling {DEFAULT_MODEL}: pulling manifest") for line in lines)
    assert any(line.endswith("100% of 986.0 MB") for line in lines)
    assert f"model {DEFAULT_MODEL} pulled" in lines


async def test_with_pulling_off_a_missing_model_keeps_reports_pending(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama, caplog: pytest.LogCaptureFixture
) -> None:
    fake_ollama.behaviour.models = []
    async with running_bot(sqlite_store, messages, fake_ollama.url, pull=False) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="ko").send(REPORT_KO))
        [(_, notice)] = await bot.recorder.wait_for(1)
        assert notice[0].text.startswith("💾")
        assert not await bot.service.wait(ack.meta[META_REPORT], 0.2)
    assert fake_ollama.bodies("/api/pull") == []
    row = await report_row(sqlite_store, ack.meta[META_REPORT])
    assert row.status == "pending"
    assert row.error is not None and row.error.startswith("unavailable (model_missing)")
    assert any("pulling is off" in r.getMessage() for r in caplog.records)


async def test_the_bot_starts_with_ollama_down(sqlite_store: Store, messages: Messages) -> None:
    started = time.perf_counter()
    async with running_bot(sqlite_store, messages, refused_url()) as bot:
        assert time.perf_counter() - started < 1.0
        reply, *_offer = await Chat(bot.engine, "u", hint="en").send("/help")  # (stop 45: the survey
        assert "/history" in reply.text and "/week" in reply.text  # offered after it, no dog yet)


# -- restart, concurrency, stop -----------------------------------------------------------------


async def test_pending_reports_resume_after_a_restart(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(store, messages, refused_url(), models=False) as down:
        ko = (await Chat(down.engine, "ko", hint="ko").send(REPORT_KO))[0].meta[META_REPORT]
        await down.recorder.wait_for(1)  # "saved, will be analysed"
        en_ack = (await Chat(down.engine, "en", hint="en").send(REPORT_EN))[0]
        assert en_ack.text.startswith("💾 Your report is saved.")
        en = en_ack.meta[META_REPORT]
    assert (await report_row(store, ko)).status == "pending"

    async with running_bot(store, messages, fake_ollama.url) as bot:
        assert await bot.service.wait(ko, 5)
        assert await bot.service.wait(en, 5)
    by_user = {user.external_id: replies[0].text for user, replies in bot.recorder.sent}
    assert by_user == {"ko": RESULT_KO, "en": RESULT_EN}
    assert [b["messages"][0]["content"] for b in fake_ollama.chat_bodies()] == [
        load_prompts("ko").system,
        load_prompts("en").system,
    ]  # in the order they were written


@pytest.mark.parametrize("concurrency", [1, 2])
async def test_at_most_n_analyses_run_at_once(
    sqlite_store: Store, messages: Messages, concurrency: int
) -> None:
    fake = CountingOllama().start()
    fake.behaviour.delay = 0.05
    try:
        async with running_bot(sqlite_store, messages, fake.url, concurrency=concurrency) as bot:
            ids = [
                (await Chat(bot.engine, f"u{i}", hint="en").send(REPORT_EN))[0].meta[META_REPORT]
                for i in range(4)
            ]
            for report_id in ids:
                assert await bot.service.wait(report_id, 5)
    finally:
        fake.stop(wait=False)
    assert fake.most_at_once == concurrency
    assert len(bot.recorder.sent) == 4


async def test_stop_lets_the_analysis_in_flight_finish(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 0.2
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        await asyncio.sleep(0.05)
        await bot.service.stop(grace=2)
    assert (await report_row(sqlite_store, ack.meta[META_REPORT])).status == "done"


async def test_stop_after_the_grace_leaves_the_report_pending_for_the_next_start(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 1.0
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        await asyncio.sleep(0.05)
        await bot.service.stop(grace=0.05)
    assert (await report_row(sqlite_store, ack.meta[META_REPORT])).status == "pending"
    fake_ollama.behaviour.delay = 0.0
    async with running_bot(sqlite_store, messages, fake_ollama.url) as again:
        assert await again.service.wait(ack.meta[META_REPORT], 5)
    assert again.recorder.sent[0][1][0].text == RESULT_EN


# -- wait / take_result: what a channel with a deadline uses ------------------------------------


async def test_wait_and_take_result_for_a_channel_that_answers_itself(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 0.15
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        bot.recorder.accept = False  # like Kakao without a live callback
        ack = the_ack(await Chat(bot.engine, "u", hint="en").send(REPORT_EN))
        report_id = ack.meta[META_REPORT]
        assert await bot.service.take_result(report_id) is None  # not finished
        assert not await bot.service.wait(report_id, 0.05)
        assert await bot.service.wait(report_id, 5)
        replies = await bot.service.take_result(report_id)
        assert replies is not None and replies[0].text == RESULT_EN
        assert await bot.service.take_result(report_id) is None  # exactly once
        assert await bot.service.wait(report_id, 0.01)  # finished long ago
        assert not await bot.service.wait(999_999, 0.01)  # no such report
    row = await report_row(sqlite_store, report_id)
    assert row.delivered_at is not None


# -- wiring: configuration, the app's lifespan, logs ---------------------------------------------


def test_settings_reach_the_model_call(fake_ollama: FakeOllama) -> None:
    from dogcoach.bot.wiring import analyzer_from

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        OLLAMA_HOST=fake_ollama.url,
        OLLAMA_MODEL="exaone3.5:2.4b",
        DOGCOACH_OLLAMA_KEEP_ALIVE="30m",
        DOGCOACH_OLLAMA_NUM_CTX="1024",
        DOGCOACH_OLLAMA_NUM_PREDICT="300",
        DOGCOACH_OLLAMA_TIMEOUT="7.5",
        DOGCOACH_ANALYSIS_CONCURRENCY="2",
        DOGCOACH_OLLAMA_PULL="false",
    )
    assert (settings.analysis_concurrency, settings.ollama_pull) == (2, False)
    fake_ollama.behaviour.models = ["exaone3.5:2.4b"]
    analyzer = analyzer_from(settings)

    async def go() -> None:
        async with analyzer:
            await analyzer.analyze(REPORT_EN, "en", "")

    asyncio.run(go())
    [body] = fake_ollama.chat_bodies()
    assert body["model"] == "exaone3.5:2.4b"
    assert body["keep_alive"] == "30m"
    assert body["options"] == {"temperature": 0.2, "num_ctx": 1024, "num_predict": 300}
    assert Settings(_env_file=None).ollama_keep_alive_value == -1  # type: ignore[call-arg]


async def test_the_web_app_starts_the_service_and_resumes_pending_reports(
    tmp_path: Path, messages: Messages, fake_ollama: FakeOllama
) -> None:
    from dogcoach.webhook.app import create_app

    url = f"sqlite:///{tmp_path / 'app.db'}"
    store = make_store(url)
    await store.open()
    await store.migrate()
    async with store.session() as s:
        user = await s.create_user("console", "u", locale_hint="en")
        report = await s.add_report(user.id, None, REPORT_EN, "en")
    await store.close()

    settings = Settings(_env_file=None, DATABASE_URL=url, OLLAMA_HOST=fake_ollama.url)  # type: ignore[call-arg]
    app = create_app(settings, plugins=[])
    async with app.router.lifespan_context(app):
        service: AnalysisService = app.state.runtime.analysis
        assert await service.wait(report.id, 5)
        outbox: Outbox = app.state.runtime.outbox
        assert not outbox.reaches(Channel.CONSOLE)
        result, _plan, _question, help_text = await Chat(app.state.runtime.engine, "u", hint="en").send(
            "/help"
        )
    assert result.text == RESULT_EN  # no console sender in the app: shown on the next turn
    assert "/history" in help_text.text
    assert {r.path for r in fake_ollama.requests} >= {"/api/version", "/api/chat"}  # checked at start
