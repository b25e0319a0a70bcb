"""The hand-over summary from a seeded six-week history, in Korean and in English: the numbers, and a
one-page PDF rasterised here (pypdfium2) to check that it is not empty and that Hangul glyphs were
really drawn (each syllable its own shape, not the same empty box)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pypdfium2 as pdfium
import pytest

from dogcoach.services.coaching import CheckIn, Outcome, Plan, PlanStatus, Trend
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.safety import FlagKind
from dogcoach.services.store.models import Report
from dogcoach.services.summary import RaisedFlag, Remark, SummaryInput, render_pdf, summarize
from dogcoach.services.summary.content import most_common, weeks
from dogcoach.services.summary.document import drawable

DAY0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)  # Monday 10:00 in Seoul
NOW = DAY0 + dt.timedelta(days=42)
ZONE = "Asia/Seoul"

TEXTS = {
    "ko": {
        "door": ("초인종이 울림", "현관으로 달려가 크게 짖음", "간식을 줘서 조용히 시킴"),
        "guest": ("손님이 들어옴", "손님에게 계속 짖음", "안아서 방으로 데려감"),
        "alone": ("보호자가 외출함", "문 앞에서 낑낑거림", "돌아와서 바로 달래 줌"),
        "bite": ("손님이 머리를 쓰다듬음", "손님 손을 물어 피가 남", "방에 격리함"),
        "profile": [("이름", "초코"), ("나이", "3살 2개월"), ("견종", "푸들"), ("고민 행동", "짖음, 분리불안")],
        "name": "초코",
        "step": "초인종이 울리면 매트로 가게 하고 간식 주기",
        "step2": "초인종 소리를 작게 틀어 주고 조용하면 간식 주기",
        "remark": "그거 이미 해봤어요",
    },
    "en": {
        "door": ("The doorbell rang", "Ran to the door barking loudly", "Got a treat to quiet down"),
        "guest": ("A guest came in", "Kept barking at the guest", "Was carried to another room"),
        "alone": ("Owner left the house", "Whined at the door", "Was comforted on return"),
        "bite": ("A guest patted his head", "Bit the guest's hand, it bled", "Was shut in a room"),
        "profile": [("Name", "Choco"), ("Age", "3 years 2 months"), ("Breed", "Poodle"), ("Concerns", "Barking, Separation")],
        "name": "Choco",
        "step": "When the doorbell rings, send him to his mat and reward",
        "step2": "Play the doorbell sound quietly and reward calm",
        "remark": "we tried that already",
    },
}  # fmt: skip


def report(day: float, category: str, intensity: int, abc: tuple[str, str, str], report_id: int) -> Report:
    at = DAY0 + dt.timedelta(days=day)
    antecedent, behavior, consequence = abc
    analysis: dict[str, Any] = {
        "category": category, "intensity": intensity, "antecedent": antecedent, "behavior": behavior,
        "consequence": consequence,
    }  # fmt: skip
    return Report(
        id=report_id, user_id=1, dog_id=1, text=behavior, language="ko", status="done", analysis=analysis,
        model="qwen2.5:1.5b", prompt_tokens=None, eval_tokens=None, latency_ms=None, attempts=1, error=None,
        created_at=at, updated_at=at,
    )  # fmt: skip


def seeded_history(locale: str) -> SummaryInput:
    """Six weeks: barking 10× in the first two weeks (intensity 3), 4× in the last two (intensity 2);
    separation now and then; one bite with a red flag; two plans with check-ins."""
    text = TEXTS[locale]
    reports = [report(d * 1.4, "barking", 3, text["door" if d % 3 else "guest"], d) for d in range(10)]
    reports += [report(28 + d * 3.5, "barking", 2, text["door"], 20 + d) for d in range(4)]
    reports += [report(d, "separation", 2, text["alone"], 40 + d) for d in (3, 17, 24, 33)]
    reports += [report(20, "aggression_people", 4, text["bite"], 50)]
    pending = report(41, "barking", 0, text["door"], 60)
    reports.append(
        Report(
            **{**{f: getattr(pending, f) for f in pending.__slots__}, "status": "pending", "analysis": None}
        )
    )
    plan1 = Plan(
        1,
        "barking",
        text["step"],
        DAY0 + dt.timedelta(days=1),
        DAY0 + dt.timedelta(days=4),
        PlanStatus.ADJUST,
        id=1,
    )
    plan2 = Plan(
        1, "barking", text["step2"], DAY0 + dt.timedelta(days=15), DAY0 + dt.timedelta(days=18), id=2
    )
    checkins = [
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=4), Outcome.SAME, plan_id=1),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=8), Outcome.SAME, plan_id=1),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=18), Outcome.BETTER, plan_id=2),
        CheckIn(1, "barking", DAY0 + dt.timedelta(days=32), Outcome.BETTER, plan_id=2),
    ]
    return SummaryInput(
        dog_name=text["name"], profile=text["profile"], reports=reports, checkins=checkins, plans=[plan1, plan2],
        red_flags=[RaisedFlag(FlagKind.BITE_INJURY, DAY0 + dt.timedelta(days=20), 50)],
        concerns=["barking", "separation"], tracked_from=DAY0,
        remarks=[Remark(DAY0 + dt.timedelta(days=2), text["remark"])],
    )  # fmt: skip


def test_summary_numbers() -> None:
    data = seeded_history("ko")
    summary = summarize(data, now=NOW, timezone=ZONE)
    assert summary.totals == {"barking": 14, "separation": 4, "aggression_people": 1}
    assert summary.reports == 20 and summary.first == DAY0 and summary.last == DAY0 + dt.timedelta(days=41)
    barking = summary.progress[0]
    assert barking.category == "barking" and barking.trend is Trend.BETTER
    assert barking.baseline is not None and barking.baseline.reports == 10
    assert barking.recent is not None and barking.recent.reports == 4
    assert [p.category for p in summary.progress] == ["barking", "separation", "aggression_people"]
    assert summary.chart_categories == ["barking", "separation", "aggression_people"]
    assert len(summary.weeks) == 6 and summary.weeks[0].start == dt.date(2026, 3, 2)
    assert sum(sum(w.counts.values()) for w in summary.weeks) == 19  # the pending report is not counted
    assert summary.weeks[0].counts == {"barking": 5, "separation": 1}
    assert summary.antecedents[0] == ("초인종이 울림", 10)
    assert summary.consequences[0] == ("간식을 줘서 조용히 시킴", 10)
    assert [(t.plan.id, t.outcomes) for t in summary.tried] == [
        (1, (Outcome.SAME, Outcome.SAME)), (2, (Outcome.BETTER, Outcome.BETTER)),
    ]  # fmt: skip
    assert [f.kind for f in summary.red_flags] == [FlagKind.BITE_INJURY]
    assert len(summary.timeline) == 8 and summary.timeline[-1].category is None


def test_most_common_compares_loosely_and_prefers_recent_on_ties() -> None:
    assert most_common(["Doorbell rang", "doorbell  rang!", "A guest", "Walk", "walk"]) == [
        ("walk", 2), ("doorbell rang!", 2), ("A guest", 1),
    ]  # fmt: skip


def test_weeks_follow_the_owner_time_zone() -> None:
    """Sunday 23:30 in Seoul is Sunday 14:30 UTC: the same local week either way, Monday-based."""
    late_sunday = report(6.0 + 13.5 / 24, "barking", 2, TEXTS["en"]["door"], 1)  # 2026-03-08 23:30 KST
    monday = report(7.0, "barking", 2, TEXTS["en"]["door"], 2)
    (first, second) = weeks([late_sunday, monday], ZONE)
    assert first.start == dt.date(2026, 3, 2) and first.counts == {"barking": 1}
    assert second.start == dt.date(2026, 3, 9)


def test_drawable_drops_what_the_font_cannot_draw() -> None:
    assert drawable("짖음 🐶 bark") == "짖음  bark"


def _render(locale: str, messages: Messages) -> bytes:
    data = seeded_history(locale)
    summary = summarize(data, now=NOW, timezone=ZONE)
    return render_pdf(data, summary, Translator(messages, locale), now=NOW, timezone=ZONE)


def _glyph_crops(page: Any, scale: float, wanted: str) -> dict[str, list[bytes]]:
    """Bitmap of every drawn character of `wanted` kinds, cut out of the rendered page."""
    image = page.render(scale=scale).to_pil().convert("L")
    textpage = page.get_textpage()
    height = page.get_height()
    crops: dict[str, list[bytes]] = {}
    for index in range(textpage.count_chars()):
        ch = textpage.get_text_range(index, 1)
        if not ch or ch not in wanted:
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        box = (
            int(left * scale),
            int((height - top) * scale),
            int(right * scale) + 1,
            int((height - bottom) * scale) + 1,
        )
        crop = image.crop(box)
        crops.setdefault(ch, []).append(crop.tobytes())
    return crops


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_document_is_one_page_with_text_and_ink(locale: str, messages: Messages) -> None:
    pdf = pdfium.PdfDocument(_render(locale, messages))
    assert len(pdf) == 1
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    t = Translator(messages, locale)
    for expected in (
        TEXTS[locale]["name"],
        t("summary-section-flags"),
        t("category-barking"),
        t("summary-flag-bite_injury"),
        t("summary-section-remarks"),
        TEXTS[locale]["remark"],  # the owner's feedback kept with no plan (`notes`)
    ):
        assert expected in text, expected
    image = page.render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:160])
    assert 0.01 < dark / (image.size[0] * image.size[1]) < 0.5  # neither blank nor a black page


def test_korean_glyphs_are_drawn_not_boxes(messages: Messages) -> None:
    """Every Hangul syllable on the page leaves ink, and different syllables look different: a
    missing font would draw the same empty box (.notdef) for all of them."""
    page = pdfium.PdfDocument(_render("ko", messages))[0]
    hangul = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
    crops = _glyph_crops(page, 3.0, hangul)
    assert len(crops) >= 60, len(crops)  # distinct syllables on the page
    inked = {ch for ch, images in crops.items() if any(sum(1 for b in img if b < 128) > 3 for img in images)}
    assert inked == set(crops)
    shapes = {hashlib.sha1(images[0]).hexdigest() for images in crops.values()}
    assert len(shapes) >= 0.9 * len(crops)
