"""The hand-over summary as a one-page A4 PDF, built with ReportLab's Platypus.

Why ReportLab (measured on this project's 2-core box with 40 lines of mixed Korean and English text):
about 5 ms a page once the font is registered (84 ms, once per process), BSD licence, pure Python,
TTF subsetting so the PDF carries only the glyphs used. fpdf2 re-parsed the 4.7 MB font for every
document (about 170 ms a page); matplotlib's PDF backend took about 410 ms and has no text flow.
The whole summary, chart included, renders in about 0.15 s (`benchmarks/summary.py`).

Korean renders on any machine because the font comes from PyPI (`services.fonts`), embedded in the
PDF. Characters the font cannot draw (emoji in an owner's text) are dropped rather than drawn as
empty boxes. Everything is shrunk to fit one page (`KeepInFrame`).
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from dogcoach.services.coaching.progress import CategoryProgress, Window
from dogcoach.services.coaching.words import number, step_shown
from dogcoach.services.fonts import hangul_bold_ttf, hangul_ttf
from dogcoach.services.i18n import Translator
from dogcoach.services.summary.chart import render_weekly_chart
from dogcoach.services.summary.content import Summary, SummaryInput, latest_remarks, written

FONT = "DogCoachHangul"
BOLD_FONT = "DogCoachHangul-Bold"
INK = "#222222"
MUTED = "#666666"
ALERT = "#B3261E"
_register_lock = threading.Lock()


class FontUnavailable(RuntimeError):
    """Neither koreanize-matplotlib (a dependency) nor fonts-nanum is installed."""


@cache
def _fonts() -> frozenset[int]:
    """Register the Hangul font with ReportLab once; the code points it can draw."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = hangul_ttf(), hangul_bold_ttf()
    if regular is None or bold is None:
        raise FontUnavailable("no Hangul font for the summary document")
    with _register_lock:
        font = TTFont(FONT, str(regular))
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFont(TTFont(BOLD_FONT, str(bold)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD_FONT)
    return frozenset(font.face.charToGlyph)


def warm() -> None:
    """What the first document of a process pays (ReportLab's import, the 4.7 MB font parsed),
    paid ahead by the chart worker's warm-up; nothing when there is no Hangul font."""
    from reportlab import platypus  # noqa: F401  (imported for its cost)

    try:
        _fonts()
    except FontUnavailable:
        return


def drawable(text: str) -> str:
    """`text` without the characters the font has no glyph for (so nothing shows as a box)."""
    glyphs = _fonts()
    return "".join(ch for ch in text if ord(ch) in glyphs or ch in "\n\t")


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT, fontSize=8.2, leading=10.6, textColor=INK, wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD_FONT, fontSize=15, leading=19),
        "meta": ParagraphStyle("meta", parent=base, textColor=MUTED, fontSize=7.6),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD_FONT, fontSize=9.6, leading=12, spaceBefore=7, spaceAfter=3
        ),
        "alert": ParagraphStyle("alert", parent=base, textColor=ALERT, fontName=BOLD_FONT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.6),
        "head": ParagraphStyle(
            "head", parent=base, fontSize=7.6, leading=9.6, fontName=BOLD_FONT, textColor=MUTED
        ),
        "footer": ParagraphStyle("footer", parent=base, fontSize=6.8, leading=8.6, textColor=MUTED),
    }


class _Writer:
    """Small helpers over the styles and the owner's language."""

    def __init__(self, t: Translator, timezone: str) -> None:
        self.t = t
        self.zone = ZoneInfo(timezone)
        self.styles = _styles()

    def p(self, text: str, style: str = "body") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(drawable(text)), self.styles[style])

    def date(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        return self.t("history-date", month=local.month, day=local.day)

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        cells = [
            [self.p(text, "head" if header and index == 0 else "cell") for text in row]
            for index, row in enumerate(rows)
        ]
        table = Table(cells, colWidths=list(widths), hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#BBBBBB")))
        table.setStyle(TableStyle(style))
        return table

    def rate(self, window: Window | None) -> str:
        if window is None:
            return "-"
        level = number(window.mean_intensity) if window.mean_intensity is not None else "-"
        if not window.settled:  # under a week of reports: a count so far, not a weekly rate
            return self.t("summary-rate-so-far", value=window.reports, text=level)
        return self.t("summary-rate", value=number(window.per_week), text=level)


def _behaviour_rows(w: _Writer, found: Iterable[CategoryProgress], totals: dict[str, int]) -> list[list[str]]:
    t = w.t
    rows = [[t(f"summary-col-{c}") for c in ("behaviour", "reports", "before", "after", "trend")]]
    for p in found:
        total = totals.get(p.category, 0)
        rows.append(
            [
                t(f"category-{p.category}"),
                str(total),
                w.rate(p.baseline),
                w.rate(p.recent),
                t(f"coaching-trend-{p.trend}"),
            ]
        )
    return rows


def _story(data: SummaryInput, summary: Summary, w: _Writer, now: dt.datetime, width: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Spacer

    t = w.t
    story: list[Any] = [
        w.p(t("summary-title", name=data.dog_name) if data.dog_name else t("summary-title-nameless"), "title")
    ]
    if summary.first is not None and summary.last is not None:
        story.append(
            w.p(
                t(
                    "summary-period",
                    start=w.date(summary.first),
                    end=w.date(summary.last),
                    count=summary.reports,
                    date=w.date(now),
                ),
                "meta",
            )
        )
    else:
        story.append(w.p(t("summary-no-reports", date=w.date(now)), "meta"))
    if summary.red_flags:
        story.append(w.p(t("summary-section-flags"), "h2"))
        for flag in summary.red_flags:
            story.append(
                w.p(
                    t("summary-flag-line", date=w.date(flag.raised_at), text=t(f"summary-flag-{flag.kind}")),
                    "alert",
                )
            )
    if data.profile:
        story.append(w.p(t("summary-section-profile"), "h2"))
        pairs = list(data.profile)
        half = (len(pairs) + 1) // 2
        rows = [[*pairs[i], *(pairs[i + half] if i + half < len(pairs) else ("", ""))] for i in range(half)]
        story.append(w.table(rows, [0.17 * width, 0.33 * width, 0.17 * width, 0.33 * width], header=False))
    if summary.progress:
        story.append(w.p(t("summary-section-behaviours"), "h2"))
        story.append(
            w.table(
                _behaviour_rows(w, summary.progress, summary.totals),
                [0.26 * width, 0.1 * width, 0.22 * width, 0.22 * width, 0.2 * width],
            )
        )
    if summary.weeks:
        png = render_weekly_chart(
            summary.weeks,
            summary.chart_categories,
            labels=[t(f"category-{c}") for c in summary.chart_categories],
            other_label=t("summary-chart-other"),
            week_labels=[t("history-date", month=wk.start.month, day=wk.start.day) for wk in summary.weeks],
            count_axis=t("summary-chart-count"),
            intensity_axis=t("summary-chart-intensity"),
        )
        story.append(w.p(t("summary-chart-title"), "h2"))
        story.append(Image(io.BytesIO(png), width=width, height=width * 2.3 / 7.2))
    if summary.antecedents or summary.consequences:
        story.append(w.p(t("summary-section-abc"), "h2"))
        left = [t("summary-abc-line", text=written(t, text), count=n) for text, n in summary.antecedents] or [
            t("summary-none")
        ]
        right = [
            t("summary-abc-line", text=written(t, text), count=n) for text, n in summary.consequences
        ] or [t("summary-none")]
        rows = [[t("summary-col-antecedents"), t("summary-col-consequences")]]
        rows += [
            [left[i] if i < len(left) else "", right[i] if i < len(right) else ""]
            for i in range(max(len(left), len(right)))
        ]
        story.append(w.table(rows, [0.5 * width, 0.5 * width]))
    story.append(w.p(t("summary-section-tried"), "h2"))
    if summary.tried:
        for tried in summary.tried:
            outcomes = ", ".join(t(f"coaching-outcome-{o}") for o in tried.outcomes) or t(
                "summary-tried-pending"
            )
            story.append(
                w.p(
                    t(
                        "summary-tried-line",
                        date=w.date(tried.plan.started_at),
                        category=t(f"category-{tried.plan.category}"),
                        text=step_shown(w.t, tried.plan.next_step),  # stop 56: labelled if another language
                        value=outcomes,
                    )
                )
            )
    else:
        story.append(w.p(t("summary-none")))
    remarks = latest_remarks(data)
    if remarks:
        story.append(w.p(t("summary-section-remarks"), "h2"))
        story += [w.p(t("summary-remark-line", date=w.date(r.at), text=r.text)) for r in remarks]
    if summary.timeline:
        story.append(w.p(t("summary-section-timeline"), "h2"))
        rows = [[t(f"summary-col-{c}") for c in ("date", "behaviour", "intensity", "what")]]
        for row in summary.timeline:
            rows.append(
                [
                    w.date(row.at),
                    t(f"category-{row.category}") if row.category else t("summary-unanalysed"),
                    f"{row.intensity}/4" if row.intensity is not None else "-",
                    # stop 57: labelled in another language, as the chat summary labels the ABC
                    written(t, row.text) if row.analysed else row.text,
                ]
            )
        story.append(w.table(rows, [0.12 * width, 0.2 * width, 0.08 * width, 0.6 * width]))
    story += [Spacer(1, 3 * mm), w.p(t("summary-footer"), "footer")]
    return story


def render_pdf(
    data: SummaryInput, summary: Summary, t: Translator, *, now: dt.datetime, timezone: str
) -> bytes:
    """The one-page PDF in the owner's language (`t`: a `Translator`). Blocking (about 0.1–0.2 s,
    mostly the chart): the server runs it in the chart worker process. Raises FontUnavailable
    without a Hangul font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, SimpleDocTemplate

    _fonts()
    margin = 14 * mm
    width, height = A4[0] - 2 * margin, A4[1] - 2 * margin
    writer = _Writer(t, timezone)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=drawable(t("summary-title", name=data.dog_name) if data.dog_name else t("summary-title-nameless")),
        author="DogCoach", invariant=True,
    )  # fmt: skip
    story = _story(data, summary, writer, now, width)
    doc.build([KeepInFrame(width, height - 2, story, mode="shrink")])
    return out.getvalue()
