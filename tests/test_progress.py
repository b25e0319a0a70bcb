"""Baseline and trend per behaviour from a seeded history: the numbers, the words, the chart."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Any

import pytest
from PIL import Image

from dogcoach.services.coaching import CheckIn, Outcome, Trend, progress
from dogcoach.services.coaching.chart import render_progress_chart
from dogcoach.services.coaching.progress import Window, report_trend
from dogcoach.services.coaching.words import describe, describe_all
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.store.models import Report

DAY0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # the survey was finished


def report(
    day: float, category: str, intensity: int, *, status: str = "done", report_id: int = 0, **analysis: Any
) -> Report:
    at = DAY0 + dt.timedelta(days=day)
    body = {"category": category, "intensity": intensity, **analysis} if status == "done" else None
    return Report(
        id=report_id, user_id=1, dog_id=1, text="", language="ko", status=status, analysis=body,
        model=None, prompt_tokens=None, eval_tokens=None, latency_ms=None, attempts=1, error=None,
        created_at=at, updated_at=at,
    )  # fmt: skip


def barking_history() -> list[Report]:
    """Barking 10 times in the first 14 days at intensity 3, 4 times in days 28–42 at intensity 2;
    jumping only lately; one pending and one failed report that must not count."""
    first = [report(d * 1.4, "barking", 3) for d in range(10)]
    late = [report(28 + d * 3.5, "barking", 2) for d in range(4)]
    extra = [report(36, "jumping", 1), report(39, "jumping", 2)]
    noise = [report(30, "barking", 4, status="pending"), report(31, "barking", 4, status="failed")]
    return first + late + extra + noise


NOW = DAY0 + dt.timedelta(days=42)


def test_baseline_and_recent_numbers() -> None:
    found = progress(barking_history(), [], now=NOW, concerns=["barking", "separation"], tracked_from=DAY0)
    assert [p.category for p in found] == ["barking", "separation", "jumping"]
    barking = found[0]
    assert barking.from_survey
    assert barking.baseline is not None and barking.recent is not None
    assert (barking.baseline.start, barking.baseline.end) == (DAY0, DAY0 + dt.timedelta(days=14))
    assert barking.baseline.reports == 10 and barking.baseline.per_week == pytest.approx(5.0)
    assert barking.baseline.mean_intensity == pytest.approx(3.0)
    assert (barking.recent.start, barking.recent.end) == (NOW - dt.timedelta(days=14), NOW)
    assert barking.recent.reports == 4 and barking.recent.per_week == pytest.approx(2.0)
    assert barking.recent.mean_intensity == pytest.approx(2.0)
    assert barking.trend is Trend.BETTER and barking.report_trend is Trend.BETTER


def test_a_survey_concern_without_reports_is_tracked_from_day_one() -> None:
    separation = progress(barking_history(), [], now=NOW, concerns=["separation"], tracked_from=DAY0)[0]
    assert separation.category == "separation" and separation.trend is Trend.NO_REPORTS
    assert separation.baseline is not None and separation.baseline.reports == 0


def test_a_behaviour_first_reported_lately_is_too_early_to_compare() -> None:
    jumping = next(p for p in progress(barking_history(), [], now=NOW) if p.category == "jumping")
    assert not jumping.from_survey
    assert jumping.baseline is not None and jumping.baseline.start == DAY0 + dt.timedelta(days=36)
    assert jumping.baseline.reports == 2 and jumping.recent is None
    assert jumping.trend is Trend.TOO_EARLY


def test_baseline_counts_quiet_survey_weeks_as_zero() -> None:
    """Tracked from the survey: a concern first reported on day 10 has a baseline of 14 days, not 4."""
    reports = [report(10, "barking", 2), report(12, "barking", 2)]
    (barking,) = progress(
        reports, [], now=DAY0 + dt.timedelta(days=13), concerns=["barking"], tracked_from=DAY0
    )
    assert barking.baseline is not None and barking.baseline.start == DAY0
    (untracked,) = progress(reports, [], now=DAY0 + dt.timedelta(days=13))
    assert untracked.baseline is not None and untracked.baseline.start == DAY0 + dt.timedelta(days=10)


def test_check_in_answers_outweigh_report_counts() -> None:
    answers = [
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=31), Outcome.WORSE),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=35), Outcome.WORSE),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=38), Outcome.BETTER),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=10), Outcome.BETTER),  # before the recent window
        CheckIn(1, "jumping", DAY0 + dt.timedelta(days=38), Outcome.BETTER),  # another behaviour
    ]
    barking = progress(barking_history(), answers, now=NOW, concerns=["barking"], tracked_from=DAY0)[0]
    assert barking.report_trend is Trend.BETTER
    assert barking.answers == (Outcome.WORSE, Outcome.WORSE, Outcome.BETTER)
    assert barking.trend is Trend.WORSE


def window(reports: int, days: float, intensity: float | None) -> Window:
    return Window(DAY0, DAY0 + dt.timedelta(days=days), reports, intensity)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (window(10, 14, 3), window(7, 14, 3), Trend.BETTER),  # a quarter fewer (7.5 would be the edge)
        (window(10, 14, 3), window(8, 14, 3), Trend.SAME),
        (window(10, 14, 3), window(10, 14, 2.5), Trend.BETTER),  # as often, half a point milder
        (window(10, 14, 3), window(10, 14, 3.4), Trend.SAME),
        (window(10, 14, 2), window(13, 14, 2), Trend.WORSE),
        (window(10, 14, 2), window(10, 14, 2.5), Trend.WORSE),
        (window(0, 14, None), window(3, 14, 2), Trend.WORSE),  # appeared
        (window(1, 14, 4), window(0, 8, None), Trend.TOO_FEW),  # one bite, then quiet: too few to tell
        (window(0, 14, None), window(2, 14, 2), Trend.TOO_FEW),
        (window(4, 14, 2), window(2, 7, 2), Trend.SAME),  # per week, not per window
    ],
)
def test_report_trend_thresholds(before: Window, after: Window, expected: Trend) -> None:
    assert report_trend(before, after) is expected


def test_words_in_both_languages(messages: Messages) -> None:
    found = progress(barking_history(), [], now=NOW, concerns=["barking", "separation"], tracked_from=DAY0)
    ko, en = Translator(messages, "ko"), Translator(messages, "en")
    assert (
        describe(found[0], ko)
        == "짖음: 처음 14일 주 5회, 강도 3 → 최근 14일 주 2회, 강도 2 (좋아지고 있어요)"
    )
    assert describe(found[0], en) == (
        "Barking: first 14 days 5 a week, intensity 3 → last 14 days 2 a week, intensity 2 (getting better)"
    )
    assert describe(found[1], ko) == "분리불안: 아직 분석을 마친 기록이 없어요"
    assert (
        describe(found[2], en)
        == "Jumping up: 2 so far, intensity 1.5 (the weekly rate shows once a week has passed)"
    )
    text = describe_all(found, ko, "초코")
    assert text.splitlines()[0] == "📈 초코의 지금까지 변화" and len(text.splitlines()) == 4
    assert describe_all([], en).splitlines()[1].startswith("No reports yet")


def test_chart_draws_korean_labels_without_missing_glyphs(messages: Messages) -> None:
    found = progress(barking_history(), [], now=NOW, concerns=["barking", "separation"], tracked_from=DAY0)
    t = Translator(messages, "ko")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = render_progress_chart(
            found,
            [t(f"category-{p.category}") for p in found],
            title=t("coaching-chart-title"),
            before_label=t("coaching-chart-before"),
            after_label=t("coaching-chart-after"),
            axis_label=t("coaching-chart-axis"),
        )
    assert not [w for w in caught if "missing from font" in str(w.message)]
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size[0] > 400 and image.size[1] > 200
    dark = sum(image.histogram()[:128])
    assert dark > 2000  # bars and text were drawn
