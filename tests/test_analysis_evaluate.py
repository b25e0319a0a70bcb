"""The evaluation run over a labelled set, with the real analyzer against the fake Ollama."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.analysis import Analyzer, Category, ModelUnavailable
from dogcoach.services.analysis.evaluate import (
    EvalItem,
    evaluate,
    load_eval_set,
    percentile,
)
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import (
    DEFAULT_MODEL,
    FakeOllama,
    refused_url,
    request_language,
    sample_analysis,
    user_text,
)

fake_ollama = ollama_fixture.fake_ollama


def test_shipped_eval_set_is_labelled_and_bilingual() -> None:
    cases = load_eval_set()
    languages = Counter(c.language for c in cases)
    assert languages["ko"] >= 20 and languages["en"] >= 10
    assert len({c.text for c in cases}) == len(cases)
    assert len({c.category for c in cases}) >= 12
    assert all(isinstance(c.category, Category) for c in cases)


def test_bad_eval_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(
        '{"text": "a", "language": "en", "category": "barking"}\n\n{"text": "b", "language": "en", "category": "howling"}\n'
    )
    with pytest.raises(ValueError, match=r"set\.jsonl:3"):
        load_eval_set(path)


def test_a_profile_that_is_not_an_object_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "a", "language": "en", "category": "barking", "profile": "Max, 2"}\n')
    with pytest.raises(ValueError, match=r"set\.jsonl:1: profile must be an object"):
        load_eval_set(path)


def test_the_shipped_set_has_dogs_with_and_without_a_profile() -> None:
    cases = load_eval_set()
    for language in ("ko", "en"):
        told = [c for c in cases if c.language == language and c.profile]
        bare = [c for c in cases if c.language == language and not c.profile]
        assert len(told) >= 8 and bare, language
        assert any("health" in c.profile and c.profile["health"] != "none" for c in told), language


@pytest.mark.asyncio
async def test_each_report_goes_with_its_dogs_profile_line(fake_ollama: FakeOllama) -> None:
    """The bot sends a profile line with every report; an eval without one scores another prompt."""
    cases = load_eval_set()
    fake_ollama.behaviour.analysis = _oracle({c.text: c.category.value for c in cases})

    async with Analyzer(fake_ollama.url, DEFAULT_MODEL) as analyzer:
        await evaluate(analyzer)

    sent = [user_text(body) for body in fake_ollama.chat_bodies()]
    for case in cases:
        message = next(text for text in sent if case.text in text)
        assert case.profile_line in message, (case.text, message)
        if case.profile:
            assert str(case.profile["name"]) in message
        else:
            assert case.profile_line in ("반려견: 정보 없음", "Dog: no profile")


def _oracle(labels: dict[str, str], wrong_for: str | None = None) -> Any:
    """A fake model that knows the labels, answers in the request's language, errs on one language."""

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        language = request_language(body)
        text = user_text(body)
        category = next(c for t, c in labels.items() if t in text)
        if language == wrong_for:
            category = "other" if category != "other" else "fear"
        return sample_analysis(language, category=category)

    return answer


@pytest.mark.asyncio
async def test_metrics_on_the_shipped_set(fake_ollama: FakeOllama) -> None:
    cases = load_eval_set()
    labels = {c.text: c.category.value for c in cases}
    fake_ollama.behaviour.analysis = _oracle(labels, wrong_for="en")
    fake_ollama.behaviour.prompt_eval_count = 250
    seen: list[EvalItem] = []

    async with Analyzer(fake_ollama.url, DEFAULT_MODEL) as analyzer:
        metrics = await evaluate(analyzer, on_item=seen.append)

    n_ko = sum(c.language == "ko" for c in cases)
    assert metrics.model == DEFAULT_MODEL
    assert metrics.n == len(cases) == len(seen) == len(fake_ollama.chat_bodies())
    assert metrics.schema_valid_rate == 1.0
    assert metrics.category_accuracy == pytest.approx(n_ko / len(cases))
    assert metrics.language_match_rate == 1.0
    assert metrics.mean_prompt_tokens == 250
    assert metrics.retry_rate == 0
    assert metrics.latency_median_ms is not None and metrics.latency_p90_ms is not None
    assert 0 < metrics.latency_median_ms <= metrics.latency_p90_ms
    assert json.loads(json.dumps(metrics.as_dict()))["n"] == len(cases)


@pytest.mark.asyncio
async def test_invalid_answers_and_the_gate_per_field_are_counted(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    path = tmp_path / "set.jsonl"
    rows = [
        {"text": "손님 오면 짖어요", "language": "ko", "category": "barking"},
        {"text": "산책할 때 줄을 당겨요", "language": "ko", "category": "pulling"},
        {"text": "He jumps on guests", "language": "en", "category": "jumping"},
        {"text": "She chews shoes", "language": "en", "category": "destructive_chewing"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    fake_ollama.behaviour.analysis = _oracle({r["text"]: r["category"] for r in rows})
    # 1: bad shape twice (failed); 2: Chinese characters, then clean (retried);
    # 3: clean; 4: Korean inside English twice (failed by the gate).
    fake_ollama.behaviour.script = [
        "schema_invalid",
        "invalid_json",
        "han",
        "valid",
        "valid",
        "hangul_in_english",
        "hangul_in_english",
    ]
    fake_ollama.behaviour.prompt_eval_count = 100

    async with Analyzer(fake_ollama.url, DEFAULT_MODEL) as analyzer:
        metrics = await evaluate(analyzer, path)

    assert metrics.n == 4
    assert [i.valid for i in metrics.items] == [False, True, True, False]
    assert metrics.items[0].error and metrics.items[0].attempts == 2
    assert metrics.items[0].language_ok is None  # no answer of the right shape to judge
    assert [i.language_ok for i in metrics.items[1:]] == [False, True, False]
    assert "hangul" in (metrics.items[3].error or "")
    assert metrics.schema_valid_rate == 0.5
    assert metrics.category_accuracy == 0.5
    # five right-shaped answers (2 + 1 + 2), two passed every field
    assert metrics.language_match_rate == pytest.approx(2 / 5)
    assert metrics.field_pass_rates == pytest.approx(
        {"antecedent": 4 / 5, "behavior": 3 / 5, "consequence": 1.0, "summary": 4 / 5, "next_step": 1.0}
    )
    assert metrics.retry_rate == 0.75
    assert metrics.mean_prompt_tokens == 100  # first attempts only
    assert json.loads(json.dumps(metrics.as_dict()))["field_pass_rates"]["behavior"] == pytest.approx(0.6)


@pytest.mark.asyncio
async def test_limit_and_unavailable_model(fake_ollama: FakeOllama) -> None:
    async with Analyzer(fake_ollama.url, DEFAULT_MODEL) as analyzer:
        metrics = await evaluate(analyzer, limit=3)
    assert metrics.n == 3

    async with Analyzer(refused_url(), DEFAULT_MODEL, timeout=2) as analyzer:
        with pytest.raises(ModelUnavailable):
            await evaluate(analyzer, limit=1)


def test_percentile_nearest_rank() -> None:
    assert percentile([], 90) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([float(v) for v in range(1, 11)], 90) == 9.0
    assert percentile([float(v) for v in range(1, 11)], 50) == 5.0
    assert percentile([3.0, 1.0, 2.0], 100) == 3.0


def test_reference_answers_cover_the_eval_set_and_pass_the_gate() -> None:
    """The benchmark streams these as the model's answers; they must be answers the bot accepts."""
    from dogcoach.services.analysis import Analysis, check_analysis
    from tests.fakes.ollama_server import eval_answers

    answers = eval_answers()
    cases = load_eval_set()
    assert set(answers) == {c.text for c in cases}
    for case in cases:
        analysis = Analysis.model_validate(answers[case.text])
        assert analysis.category is case.category
        assert check_analysis(analysis, case.language) == [], case.text
