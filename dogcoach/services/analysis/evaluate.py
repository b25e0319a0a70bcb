"""Run a labelled set of behaviour reports through the real analyzer and score the model.

Models differ a lot on Korean, so operators compare them on their own reports: how often the
answer is schema-valid, how often the category matches the label, how often each text field passes
the answer gate (the report's language, no Han or kana in Korean, no English sentence, sane
length: the very check that makes the bot retry), and what it costs in latency and prompt tokens.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dogcoach.services.analysis.client import AnalysisInvalid, AnalysisStats, Analyzer, Rejection
from dogcoach.services.analysis.gate import TEXT_FIELDS, Finding
from dogcoach.services.analysis.prompt import build_profile_line, normalize_language
from dogcoach.services.analysis.schema import Analysis, Category


@dataclass(frozen=True, slots=True)
class EvalCase:
    """One labelled report: what the owner wrote, in which language, and the expected category.

    `profile` holds the dog's survey answers as the store keeps them (`name`, `age_months`,
    `sex`, `concerns`, `health`, ...); empty for an owner who skipped the survey.
    """

    text: str
    language: str
    category: Category
    profile: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def profile_line(self) -> str:
        """The line the bot would send with this report (`build_profile_line`)."""
        return build_profile_line(self.profile, self.language)


@dataclass(frozen=True, slots=True)
class EvalItem:
    """The outcome for one case; `predicted` is None when no valid analysis came back.

    `gated` has one entry per attempt whose answer had the right shape: the answer gate's
    findings on it (empty = every field passed). Attempts with a schema error are not in it.
    """

    case: EvalCase
    predicted: Category | None
    latency_ms: float
    prompt_tokens: int | None
    attempts: int
    error: str | None = None
    gated: tuple[tuple[Finding, ...], ...] = ()

    @property
    def language_ok(self) -> bool | None:
        """Did every answer of the right shape pass the gate (None: there was none)."""
        return all(not f for f in self.gated) if self.gated else None

    @property
    def valid(self) -> bool:
        return self.predicted is not None

    @property
    def correct(self) -> bool:
        return self.predicted == self.case.category


@dataclass(frozen=True, slots=True)
class EvalMetrics:
    """Scores of one model on one set.

    `category_accuracy` counts an invalid answer as wrong (a report the user gets no analysis for
    is a miss). The gate figures are over every attempt whose answer had the right shape, retries
    included, so the retry cannot hide a model that writes Chinese characters:
    `language_match_rate` is the share that passed the gate on every field, `field_pass_rates`
    the share per text field (`summary` passes when all three lines do). `mean_prompt_tokens` is
    from each first attempt, i.e. the size of the prompt itself.
    """

    model: str
    n: int
    schema_valid_rate: float
    category_accuracy: float
    language_match_rate: float | None
    latency_median_ms: float | None
    latency_p90_ms: float | None
    mean_prompt_tokens: float | None
    retry_rate: float
    field_pass_rates: dict[str, float] = field(default_factory=dict)
    items: tuple[EvalItem, ...] = field(repr=False, default=())

    def as_dict(self) -> dict[str, Any]:
        """The headline numbers, JSON-ready (for a CLI table or a benchmark file)."""
        return {
            "model": self.model,
            "n": self.n,
            "schema_valid_rate": self.schema_valid_rate,
            "category_accuracy": self.category_accuracy,
            "language_match_rate": self.language_match_rate,
            "latency_median_ms": self.latency_median_ms,
            "latency_p90_ms": self.latency_p90_ms,
            "mean_prompt_tokens": self.mean_prompt_tokens,
            "retry_rate": self.retry_rate,
            "field_pass_rates": dict(self.field_pass_rates),
        }


def default_eval_set() -> Path:
    """The set shipped with the package (Korean and English colloquial reports)."""
    return Path(str(resources.files("dogcoach.services.analysis") / "eval_set.jsonl"))


def load_eval_set(path: Path | None = None) -> list[EvalCase]:
    """Read a JSONL file of `{"text", "language", "category"[, "profile"]}` lines; blank lines are
    skipped. `profile` is an object of survey answers; a line without one is a dog with none.

    Raises ValueError naming the file and line of the first malformed line."""
    source = path or default_eval_set()
    cases = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            profile = row.get("profile", {})
            if not isinstance(profile, dict):
                raise TypeError("profile must be an object")
            cases.append(
                EvalCase(
                    text=str(row["text"]),
                    language=normalize_language(str(row["language"])),
                    category=Category(row["category"]),
                    profile=MappingProxyType(profile),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{source}:{number}: {exc}") from exc
    return cases


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no data. Small sets need no interpolation."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _gated(rejected: tuple[Rejection, ...], accepted: bool) -> tuple[tuple[Finding, ...], ...]:
    checked = [r.findings for r in rejected if r.valid_shape]
    return (*checked, ()) if accepted else tuple(checked)


def _item(
    case: EvalCase,
    stats: AnalysisStats,
    attempts: int,
    analysis: Analysis | None,
    error: str | None,
    rejected: tuple[Rejection, ...],
) -> EvalItem:
    first = stats.per_attempt[0].prompt_eval_count if stats.per_attempt else None
    return EvalItem(
        case=case,
        predicted=analysis.category if analysis is not None else None,
        latency_ms=stats.latency_ms,
        prompt_tokens=first,
        attempts=attempts,
        error=error,
        gated=_gated(rejected, analysis is not None),
    )


def field_pass_rates(items: Iterable[EvalItem]) -> dict[str, float]:
    """Per text field, the share of right-shaped answers where it passed the gate."""
    answers = [findings for item in items for findings in item.gated]
    if not answers:
        return {}
    return {
        name: sum(all(f.field.split("[", 1)[0] != name for f in found) for found in answers) / len(answers)
        for name in TEXT_FIELDS
    }


def summarize(model: str, items: list[EvalItem]) -> EvalMetrics:
    """Aggregate per-case outcomes into `EvalMetrics`."""
    n = len(items)
    valid = [i for i in items if i.valid]
    answers = [findings for i in items for findings in i.gated]
    tokens = [i.prompt_tokens for i in items if i.prompt_tokens is not None]
    latencies = [i.latency_ms for i in items]
    return EvalMetrics(
        model=model,
        n=n,
        schema_valid_rate=len(valid) / n if n else 0.0,
        category_accuracy=sum(i.correct for i in items) / n if n else 0.0,
        language_match_rate=sum(not f for f in answers) / len(answers) if answers else None,
        latency_median_ms=statistics.median(latencies) if latencies else None,
        latency_p90_ms=percentile(latencies, 90),
        mean_prompt_tokens=statistics.fmean(tokens) if tokens else None,
        retry_rate=sum(i.attempts > 1 for i in items) / n if n else 0.0,
        field_pass_rates=field_pass_rates(items),
        items=tuple(items),
    )


async def evaluate(
    analyzer: Analyzer,
    path: Path | None = None,
    *,
    profile_line: str | None = None,
    limit: int | None = None,
    on_item: Callable[[EvalItem], Awaitable[None] | None] | None = None,
) -> EvalMetrics:
    """Analyse every case in order (Ollama runs one request at a time anyway) and score the model.

    Each report goes with its case's profile line, as the bot sends it (a case without a profile
    gets the line of a dog with none, never an empty one), so the prompt and its token count are
    the production ones; `profile_line` overrides it for every case.

    `ModelUnavailable` propagates: with Ollama down the numbers would mean nothing. `on_item` sees
    each outcome as it comes, for a progress display.
    """
    cases = load_eval_set(path)[:limit]
    items: list[EvalItem] = []
    for case in cases:
        try:
            line = case.profile_line if profile_line is None else profile_line
            result = await analyzer.analyze(case.text, case.language, line)
        except AnalysisInvalid as exc:
            item = _item(case, exc.stats, exc.attempts, None, exc.error, exc.rejected)
        else:
            item = _item(case, result.stats, result.attempts, result.analysis, None, result.rejected)
        items.append(item)
        if on_item is not None:
            outcome = on_item(item)
            if outcome is not None:
                await outcome
    return summarize(analyzer.model, items)
