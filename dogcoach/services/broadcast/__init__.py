"""Admin broadcasts: tips and announcements to every user, once, within the platforms' limits."""

from __future__ import annotations

from dogcoach.services.broadcast.content import InvalidBroadcast, make_spec, render
from dogcoach.services.broadcast.report import BroadcastReport, Progress, report_text
from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.broadcast.tips import tip_keys, tip_text, tip_title

__all__ = [
    "BroadcastReport",
    "BroadcastService",
    "InvalidBroadcast",
    "Progress",
    "make_spec",
    "render",
    "report_text",
    "tip_keys",
    "tip_text",
    "tip_title",
]
