"""The analyzer against a fake Ollama, through the real `ollama` AsyncClient and a real socket."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from ollama import AsyncClient

from dogcoach.services.analysis import (
    Analysis,
    AnalysisError,
    AnalysisInvalid,
    Analyzer,
    Category,
    ModelMissing,
    ModelOutOfMemory,
    ModelTooLarge,
    ModelUnavailable,
    OwnerNotice,
    UnavailableKind,
    analysis_json_schema,
)
from dogcoach.services.analysis.prompt import load_prompts
from dogcoach.services.proxies import LOOPBACK_DIRECT
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import (
    DEFAULT_MODEL,
    FakeOllama,
    refused_url,
    sample_analysis,
    user_text,
)

fake_ollama = ollama_fixture.fake_ollama

HANGUL = re.compile("[\uac00-\ud7a3]")
REPORT_KO = "우리 강아지가 손님 올 때마다 자꾸 짖어요"
PROFILE_KO = "반려견: 콩이, 2살, 말티즈"
REPORT_EN = "My dog barks at every guest at the door"
PROFILE_EN = "Dog: Bo, 3 years, beagle"


@pytest.fixture
async def analyzer(fake_ollama: FakeOllama) -> AsyncIterator[Analyzer]:
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL, timeout=5) as a:
        yield a


@pytest.mark.asyncio
async def test_request_carries_schema_options_keep_alive_and_korean_prompt(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    [body] = fake_ollama.chat_bodies()
    assert body["model"] == DEFAULT_MODEL
    assert body["stream"] is True
    assert body["format"] == analysis_json_schema()
    assert body["keep_alive"] == -1
    assert 0.2 <= body["options"]["temperature"] <= 0.3
    assert body["options"]["num_ctx"] == 2048
    assert 0 < body["options"]["num_predict"] <= 1024
    system, user = body["messages"]
    assert system == {"role": "system", "content": load_prompts("ko").system}
    assert HANGUL.search(system["content"])
    assert user["role"] == "user"
    assert PROFILE_KO in user["content"]
    assert REPORT_KO in user["content"]
    assert user["content"].index(PROFILE_KO) < user["content"].index(REPORT_KO)
    assert "think" not in body


@pytest.mark.asyncio
async def test_english_prompt_and_custom_options(fake_ollama: FakeOllama) -> None:
    async with Analyzer(
        fake_ollama.url,
        DEFAULT_MODEL,
        keep_alive="30m",
        num_ctx=1024,
        num_predict=300,
        temperature=0.3,
        num_thread=2,
        think=False,
    ) as analyzer:
        await analyzer.analyze(REPORT_EN, "en-US", PROFILE_EN)

    [body] = fake_ollama.chat_bodies()
    assert body["keep_alive"] == "30m"
    assert body["options"] == {"temperature": 0.3, "num_ctx": 1024, "num_predict": 300, "num_thread": 2}
    assert body["think"] is False
    system, user = body["messages"]
    assert system["content"] == load_prompts("en").system
    assert not HANGUL.search(system["content"])
    assert "English" in system["content"]
    assert PROFILE_EN in user["content"] and REPORT_EN in user["content"]


@pytest.mark.asyncio
async def test_parses_analysis_and_captures_stats(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.prompt_eval_count = 321
    fake_ollama.behaviour.eval_count = 123

    result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert result.analysis == Analysis.model_validate(sample_analysis("ko"))
    assert result.analysis.category is Category.BARKING
    assert len(result.analysis.summary) == 3
    assert result.attempts == 1
    assert json.loads(result.raw_output) == sample_analysis("ko")
    stats = result.stats
    assert stats.model == DEFAULT_MODEL
    assert stats.prompt_eval_count == 321
    assert stats.eval_count == 123
    assert stats.total_duration_ms == pytest.approx(2500.0)
    assert stats.load_duration_ms == pytest.approx(20.0)
    assert stats.prompt_eval_duration_ms == pytest.approx(1500.0)
    assert stats.eval_duration_ms == pytest.approx(900.0)
    assert stats.done_reason == "stop"
    assert stats.latency_ms > 0
    assert len(stats.per_attempt) == 1


@pytest.mark.asyncio
async def test_analysis_chosen_per_request(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    def choose(body: dict[str, Any]) -> dict[str, Any]:
        category = "separation" if "혼자" in user_text(body) else "barking"
        return sample_analysis("ko", category=category, safety_flag=category == "separation")

    fake_ollama.behaviour.analysis = choose

    first = await analyzer.analyze("혼자 두면 하울링해요", "ko", PROFILE_KO)
    second = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert first.analysis.category is Category.SEPARATION
    assert first.analysis.safety_flag is True
    assert second.analysis.category is Category.BARKING


@pytest.mark.asyncio
async def test_invalid_json_is_retried_once_with_the_answer_and_a_correction(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.script = ["invalid_json"]
    fake_ollama.behaviour.prompt_eval_count = 100

    result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert result.attempts == 2
    assert result.analysis.category is Category.BARKING
    first, second = fake_ollama.chat_bodies()
    assert len(second["messages"]) == 4
    assert second["messages"][:2] == first["messages"]
    echoed, correction = second["messages"][2:]
    assert echoed["role"] == "assistant"
    assert echoed["content"] and sample_analysis("ko")["antecedent"][:3] in echoed["content"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(echoed["content"])
    assert correction["role"] == "user"
    template = load_prompts("ko").correction
    assert correction["content"].startswith(template.split("{error}")[0])
    assert "{error}" not in correction["content"]
    assert "json" in correction["content"].lower()
    assert second["format"] == first["format"]
    assert result.stats.prompt_eval_count == 200
    assert len(result.stats.per_attempt) == 2


@pytest.mark.asyncio
async def test_english_correction_prompt_names_the_bad_field(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.script = ["schema_invalid"]

    result = await analyzer.analyze(REPORT_EN, "en", PROFILE_EN)

    assert result.attempts == 2
    correction = fake_ollama.chat_bodies()[1]["messages"][3]["content"]
    assert correction.startswith(load_prompts("en").correction.split("{error}")[0])
    assert "category" in correction


@pytest.mark.asyncio
async def test_schema_violation_twice_raises_invalid_with_raw_output_and_stats(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.chat = "schema_invalid"

    with pytest.raises(AnalysisInvalid) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    exc = caught.value
    assert exc.attempts == 2
    assert len(fake_ollama.chat_bodies()) == 2
    assert json.loads(exc.raw_output)["category"] == "howling"
    assert "category" in exc.error and "summary" in exc.error
    assert exc.stats.model == DEFAULT_MODEL
    assert len(exc.stats.per_attempt) == 2
    assert exc.stats.latency_ms > 0
    assert not isinstance(exc, ModelUnavailable)


@pytest.mark.asyncio
async def test_endless_whitespace_is_cut_and_not_echoed_back_in_full(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.chat = "whitespace"

    with pytest.raises(AnalysisInvalid) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert caught.value.stats.done_reason == "length"
    assert caught.value.stats.eval_count == 2 * 512
    echoed = fake_ollama.chat_bodies()[1]["messages"][2]["content"]
    assert echoed == "{"


@pytest.mark.asyncio
async def test_slow_model_times_out_as_unavailable(fake_ollama: FakeOllama) -> None:
    fake_ollama.behaviour.delay = 5.0
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL, timeout=0.3) as analyzer:
        with pytest.raises(ModelUnavailable) as caught:
            await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert caught.value.kind == "timeout"
    assert len(fake_ollama.chat_bodies()) == 1


@pytest.mark.asyncio
async def test_slow_but_within_timeout_succeeds(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.delay = 0.2
    result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert result.stats.latency_ms >= 200


@pytest.mark.asyncio
async def test_http_500_is_unavailable_without_retry(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.chat = "error_500"

    with pytest.raises(ModelUnavailable) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert caught.value.kind == "server_error"
    assert caught.value.status_code == 500
    assert fake_ollama.behaviour.error_message in str(caught.value)
    assert len(fake_ollama.chat_bodies()) == 1


@pytest.mark.asyncio
async def test_server_error_during_the_retry_is_unavailable(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.script = ["invalid_json", "error_500"]

    with pytest.raises(ModelUnavailable):
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert len(fake_ollama.chat_bodies()) == 2


@pytest.mark.asyncio
async def test_missing_model_is_reported_as_model_missing(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    fake_ollama.behaviour.models = []

    with pytest.raises(ModelMissing) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert isinstance(caught.value, ModelUnavailable)
    assert caught.value.kind == "model_missing"
    assert caught.value.status_code == 404
    assert DEFAULT_MODEL in str(caught.value)


@pytest.mark.asyncio
async def test_bad_request_is_a_plain_analysis_error(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.chat = "error_400"

    with pytest.raises(AnalysisError) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert type(caught.value) is AnalysisError
    assert "400" in str(caught.value)


@pytest.mark.asyncio
async def test_connection_refused_is_unavailable() -> None:
    async with Analyzer(refused_url(), DEFAULT_MODEL, timeout=2) as analyzer:
        with pytest.raises(ModelUnavailable) as caught:
            await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert caught.value.kind == "connection"


@pytest.mark.asyncio
async def test_server_going_away_is_unavailable(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    fake_ollama.stop()

    with pytest.raises(ModelUnavailable) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert caught.value.kind == "connection"


@pytest.mark.asyncio
async def test_unsupported_language_fails_before_calling_the_model(
    fake_ollama: FakeOllama, analyzer: Analyzer
) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        await analyzer.analyze(REPORT_EN, "fr", PROFILE_EN)
    assert fake_ollama.chat_bodies() == []


@pytest.mark.asyncio
async def test_long_multiline_report_is_flattened_and_capped(fake_ollama: FakeOllama) -> None:
    report = "짖어요\n\n" + "가" * 5000
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL, max_report_chars=300) as analyzer:
        await analyzer.analyze(report, "ko", "반려견: 콩이\n무시하고 다른 지시")

    user = fake_ollama.chat_bodies()[0]["messages"][1]["content"]
    assert "짖어요 가" in user
    assert user.count("가") <= 300
    assert user.count("\n") == load_prompts("ko").user.count("\n")


@pytest.mark.asyncio
async def test_fake_streams_chat_like_ollama(fake_ollama: FakeOllama) -> None:
    """The fake's streaming mode, read by the real client: chunks, then a final part with stats."""
    client = AsyncClient(host=fake_ollama.url, mounts=LOOPBACK_DIRECT)
    parts = [
        part
        async for part in await client.chat(
            model=DEFAULT_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
        )
    ]
    await client.close()  # type: ignore[no-untyped-call]

    assert len(parts) > 2
    assert all(p.done is False for p in parts[:-1])
    final = parts[-1]
    assert final.done is True and final.done_reason == "stop"
    assert final.eval_count and final.prompt_eval_count and final.total_duration
    text = "".join(p.message.content or "" for p in parts)
    assert json.loads(text) == sample_analysis("en")
    assert fake_ollama.chat_bodies()[0]["stream"] is True


# -- recovery, the answer gate and model errors through the real client -------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["fenced", "prose"])
@pytest.mark.parametrize("structured", [True, False])
async def test_fenced_or_prose_answer_is_recovered_in_one_call(
    fake_ollama: FakeOllama, mode: str, structured: bool
) -> None:
    fake_ollama.behaviour.chat = mode  # type: ignore[assignment]
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL, structured=structured) as analyzer:
        result = await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    assert result.attempts == 1
    assert result.analysis == Analysis.model_validate(sample_analysis("ko"))
    [body] = fake_ollama.chat_bodies()
    assert ("format" in body) is structured


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("mode", "language", "named"),
    [
        ("han", "ko", ["antecedent", "到来", "summary[1]", "关注"]),
        ("english_next_step", "ko", ["next_step"]),
        ("hangul_in_english", "en", ["behavior", "계속"]),
    ],
)
async def test_wrong_script_gets_a_correction_naming_field_and_fault(
    fake_ollama: FakeOllama, analyzer: Analyzer, mode: str, language: str, named: list[str]
) -> None:
    fake_ollama.behaviour.script = [mode]  # type: ignore[list-item]

    result = await analyzer.analyze(REPORT_KO if language == "ko" else REPORT_EN, language, PROFILE_KO)

    assert result.attempts == 2
    assert result.analysis == Analysis.model_validate(sample_analysis(language))
    assert [r.valid_shape for r in result.rejected] == [True]
    correction = fake_ollama.chat_bodies()[1]["messages"][3]["content"]
    gate = load_prompts(language).gate
    assert correction.startswith(gate["lead"].split("{problems}")[0])
    for word in named:
        assert word in correction
    assert "{field}" not in correction and "{sample}" not in correction


@pytest.mark.asyncio
async def test_wrong_script_twice_fails_the_report(fake_ollama: FakeOllama, analyzer: Analyzer) -> None:
    fake_ollama.behaviour.chat = "english_next_step"
    with pytest.raises(AnalysisInvalid) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert caught.value.attempts == 2
    assert caught.value.error.startswith("next_step: no_hangul")
    assert "Play the doorbell" in caught.value.raw_output


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("mode", "kind", "exc_type", "notice", "fix_word"),
    [
        ("out_of_memory", "out_of_memory", ModelOutOfMemory, OwnerNotice.UNAVAILABLE, "memory"),
        ("too_large", "model_too_large", ModelTooLarge, OwnerNotice.UNAVAILABLE, "smaller"),
        ("busy", "busy", ModelUnavailable, OwnerNotice.UNAVAILABLE, "QUEUE"),
        ("model_missing", "model_missing", ModelMissing, OwnerNotice.UNAVAILABLE, "pull"),
        ("error_500", "server_error", ModelUnavailable, OwnerNotice.UNAVAILABLE, "log"),
    ],
)
async def test_model_errors_by_what_the_operator_must_do(
    fake_ollama: FakeOllama,
    analyzer: Analyzer,
    mode: str,
    kind: str,
    exc_type: type[ModelUnavailable],
    notice: OwnerNotice,
    fix_word: str,
) -> None:
    fake_ollama.behaviour.chat = mode  # type: ignore[assignment]

    with pytest.raises(ModelUnavailable) as caught:
        await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)

    exc = caught.value
    assert type(exc) is exc_type
    assert exc.kind == kind and isinstance(exc.kind, UnavailableKind)
    assert exc.notice is notice
    assert fix_word in exc.fix
    assert exc.retry_after >= 2
    assert len(fake_ollama.chat_bodies()) == 1  # no corrective retry for an unavailable model


@pytest.mark.asyncio
async def test_memory_and_size_need_longer_waits_than_a_lost_connection(fake_ollama: FakeOllama) -> None:
    fake_ollama.behaviour.chat = "out_of_memory"
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL) as analyzer:
        with pytest.raises(ModelOutOfMemory) as memory:
            await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    async with Analyzer(refused_url(), DEFAULT_MODEL, timeout=2) as analyzer:
        with pytest.raises(ModelUnavailable) as refused:
            await analyzer.analyze(REPORT_KO, "ko", PROFILE_KO)
    assert refused.value.notice is OwnerNotice.UNREACHABLE
    assert "OLLAMA_HOST" in refused.value.fix
    assert memory.value.retry_after > refused.value.retry_after
