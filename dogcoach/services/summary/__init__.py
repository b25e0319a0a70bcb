"""The hand-over summary: one page for a vet or a behaviour consultant, in the owner's language."""

from dogcoach.services.summary.content import RaisedFlag, Remark, Summary, SummaryInput, summarize
from dogcoach.services.summary.document import FontUnavailable, render_pdf
from dogcoach.services.summary.text import render_text

__all__ = [
    "FontUnavailable",
    "RaisedFlag",
    "Remark",
    "Summary",
    "SummaryInput",
    "render_pdf",
    "render_text",
    "summarize",
]
