"""Streaming: partial views of the growing answer, the final result, and broken streams, through
the real `ollama` client against the fake Ollama streaming token by token."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator

import pytest

from dogcoach.services.analysis import (
    Analysis,
    AnalysisInvalid,
    Analyzer,
    PartialAnalysis,
    StreamBroken,
)
from dogcoach.services.analysis.gate import check_text
from dogcoach.services.analysis.stream import readable_fields
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama, mixed_script, sample_analysis

fake_ollama = ollama_fixture.fake_ollama

REPORT_KO = "우리 강아지가 손님 올 때마다 자꾸 짖어요"
PROFILE_KO = "반려견: 콩이, 2살, 말티즈"
ORDER = list(Analysis.model_fields)


@pytest.fixture
async def analyzer(fake_ollama: FakeOllama) -> AsyncIterator[Analyzer]:
    fake_ollama.behaviour.token_rate = 1000.0  # fast, but one qwen2.5 token per part
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL, timeout=10) as a:
        yield a


async def collect(analyzer: Analyzer, language: str = "ko") -> tuple[list[PartialAnalysis], Analysis]:
    stream = analyzer.stream(REPORT_KO if language == "ko" else "My dog barks", language, PROFILE_KO)
    views = [view async for view in stream]
    return views, stream.result.analysis


@pytest.mark.asyncio
async def test_views_grow_in_schema_order_and_end_in_the_result(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    views, analysis = await collect(analyzer)

    assert len(views) >= 8  # a view per completed field or summary line
    assert all(v.attempt == 1 for v in views)
    for earlier, later in itertools.pairwise(views):
        assert later.chunks > earlier.chunks
        assert set(earlier.fields) <= set(later.fields)
    for view in views:
        assert list(view.fields) == [name for name in ORDER if name in view.fields]  # reading order
    assert views[0].fields == {"category": "barking"}
    assert [len(v.fields.get("summary", [])) for v in views if "summary" in v.fields][:3] == [1, 2, 3]
    final = analysis.model_dump(mode="json")
    assert {k: v for k, v in final.items() if k != "missing"} == views[-1].fields
    [body] = fake_ollama.chat_bodies()
    assert body["stream"] is True


@pytest.mark.asyncio
async def test_views_hold_complete_strings_only(analyzer: Analyzer) -> None:
    views, analysis = await collect(analyzer)
    for view in views:
        for name, value in view.fields.items():
            if isinstance(value, str) and name not in ("category", "likely_function"):
                assert value == getattr(analysis, name)  # never a prefix of the final text


@pytest.mark.asyncio
async def test_the_callback_sees_each_view(analyzer: Analyzer) -> None:
    seen: list[PartialAnalysis] = []

    async def show(view: PartialAnalysis) -> None:
        seen.append(view)

    result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO, on_partial=show)
    assert seen and seen[-1].fields["next_step"] == result.analysis.next_step
    assert result.stats.first_chunk_ms is not None and result.stats.first_chunk_ms <= result.stats.latency_ms


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["han", "english_next_step"])
async def test_a_field_in_the_wrong_script_is_never_shown_and_the_retry_replaces_the_views(
    fake_ollama: FakeOllama, analyzer: Analyzer, mode: str
) -> None:
    fake_ollama.behaviour.script = [mode]  # type: ignore[list-item]

    views, analysis = await collect(analyzer)

    for view in views:
        for name, value in view.fields.items():
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and name not in ("category", "likely_function"):
                    assert check_text(text, "ko", name) == [], (name, text)
    attempts = [v.attempt for v in views]
    assert attempts == sorted(attempts) and attempts[-1] == 2
    assert views[attempts.index(2)].fields == {}  # the first view of the retry clears the screen
    assert analysis == Analysis.model_validate(sample_analysis("ko"))


@pytest.mark.asyncio
async def test_fenced_answer_streams_views_too(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.chat = "fenced"
    views, analysis = await collect(analyzer)
    assert views and "antecedent" in views[-1].fields
    assert analysis == Analysis.model_validate(sample_analysis("ko"))


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["stream_error", "stream_cut"])
async def test_a_stream_that_breaks_midway_raises_and_gives_no_result(
    fake_ollama: FakeOllama, analyzer: Analyzer, mode: str
) -> None:
    fake_ollama.behaviour.chat = mode  # type: ignore[assignment]
    stream = analyzer.stream(REPORT_KO, "ko", PROFILE_KO)
    views: list[PartialAnalysis] = []

    async def read() -> None:
        async for view in stream:
            views.append(view)

    with pytest.raises(StreamBroken) as caught:
        await read()

    assert caught.value.partial and len(caught.value.partial) < len(
        json.dumps(sample_analysis("ko"), ensure_ascii=False)
    )
    assert caught.value.kind == "stream_broken" and caught.value.retry_after > 0
    assert views  # something was readable before the break, marked as partial only
    with pytest.raises(RuntimeError, match="not finished"):
        _ = stream.result
    assert len(fake_ollama.chat_bodies()) == 1  # a broken stream is "unavailable", not a bad answer


@pytest.mark.asyncio
async def test_breaking_off_early_closes_the_request(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.token_rate = 50.0
    stream = analyzer.stream(REPORT_KO, "ko", PROFILE_KO)
    async for _view in stream:
        break
    with pytest.raises(RuntimeError):
        _ = stream.result
    result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)  # the client is still usable
    assert result.attempts == 1


def test_readable_fields_of_partial_text() -> None:
    text = json.dumps(sample_analysis("ko"), ensure_ascii=False)
    cut = text.index('"antecedent"') + len('"antecedent": "손님이')
    assert readable_fields(text[:cut], "ko") == {"category": "barking", "safety_flag": False}
    number = text[: text.index('"intensity": 2') + len('"intensity": 2')]
    assert "intensity" not in readable_fields(number, "ko")  # "2" might still become "20"
    assert readable_fields(number + ",", "ko")["intensity"] == 2
    assert readable_fields('{"category": "howl', "ko") == {}
    assert readable_fields('{"category": "howling", "intensity": 9, "x"', "ko") == {}  # invalid alone
    assert readable_fields("no json yet", "ko") == {}
    han = json.dumps(mixed_script("han", sample_analysis("ko")), ensure_ascii=False)
    fields = readable_fields(han, "ko")
    assert "antecedent" not in fields and fields["summary"] == [sample_analysis("ko")["summary"][0]]


@pytest.mark.asyncio
async def test_stream_iterates_once(analyzer: Analyzer) -> None:
    stream = analyzer.stream(REPORT_KO, "ko", PROFILE_KO)
    await stream.final()
    with pytest.raises(RuntimeError, match="once"):
        stream.__aiter__()


@pytest.mark.asyncio
async def test_gate_failure_twice_fails_cleanly(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.chat = "han"
    with pytest.raises(AnalysisInvalid) as caught:
        await collect(analyzer)
    assert caught.value.attempts == 2
    assert "antecedent: han (到来)" in caught.value.error
    assert [r.valid_shape for r in caught.value.rejected] == [True, True]
