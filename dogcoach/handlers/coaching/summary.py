"""/summary: the one-page hand-over document for a vet or a behaviour consultant, in the owner's
language (`services.summary`: profile, timeline, counts and intensity per behaviour over time,
common antecedents and consequences, what was tried and how it went, red flags).

Everything it shows is read in the turn's session; the PDF is rendered once that session is
closed, in a worker thread (`Turn.reply_later`): ReportLab and the chart take about 0.1–0.2 s of
CPU that must neither hold the database nor the event loop. Telegram sends it as a document, Kakao
as a short-lived link, the terminal writes it to a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from dogcoach.domain.types import Attachment, Reply
from dogcoach.handlers.card import profile_pairs
from dogcoach.handlers.coaching.plans import owner_zone, to_checkin, to_plan
from dogcoach.handlers.coaching.progress import REPORT_LIMIT
from dogcoach.handlers.turn import Turn
from dogcoach.handlers.viewed import named, viewed_dog
from dogcoach.services.i18n import Translator
from dogcoach.services.safety import FlagKind
from dogcoach.services.store import Dog
from dogcoach.services.store.models import FEEDBACK
from dogcoach.services.summary import (
    FontUnavailable,
    RaisedFlag,
    Remark,
    SummaryInput,
    render_pdf,
    render_text,
    summarize,
)

log = logging.getLogger(__name__)

FILENAME = "dogcoach-summary.pdf"


async def gather(turn: Turn, dog: Dog | None) -> SummaryInput:
    """What the document shows about `dog` (None: the owner's dog-less reports): its behaviour
    reports (questions to the coach are not incidents), check-ins, plans, red flags, and what the
    owner said about the advice before any plan existed (`feedback` notes: a consultant asks
    "what have you tried, and how did it go?" first)."""
    session, user = turn.session, turn.user
    dog_id = dog.id if dog is not None else None
    checkins = await session.list_checkins(user.id, dog_id)
    flags = [
        f
        for f in await session.user_red_flags(user.id)
        if f.dog_id == dog_id and f.kind in FlagKind.__members__.values()
    ]
    return SummaryInput(
        dog_name=dog.name if dog is not None else "",
        profile=profile_pairs(turn, dog) if dog is not None else (),
        reports=[
            r
            for r in await session.list_reports(user.id, dog_id=dog_id, limit=REPORT_LIMIT)
            if not r.is_question
        ],
        checkins=[to_checkin(c) for c in checkins if c.outcome is not None],
        plans=[to_plan(p) for p in await session.list_plans(user.id, dog_id) if p.status != "replaced"],
        red_flags=[RaisedFlag(FlagKind(f.kind), f.raised_at, f.report_id) for f in flags],
        concerns=[str(c) for c in (dog.answers.get("concerns") or [])] if dog is not None else (),
        tracked_from=dog.completed_at if dog is not None else None,
        remarks=[
            Remark(n.created_at, n.text)
            for n in await session.list_notes(user.id)
            if n.dog_id == dog_id and n.kind == FEEDBACK
        ],
    )


async def render(data: SummaryInput, t: Translator, now: dt.datetime, zone: str) -> bytes:
    """The PDF, drawn in the chart worker process (`t` goes there as its locale files' path): from
    a thread, ReportLab and matplotlib held the GIL and stalled other owners' turns up to 210 ms,
    and the first document of a process took 2.1 s (`benchmarks/summary_turn.py`)."""
    from dogcoach.services.analysis.chart import in_worker

    summary = summarize(data, now=now, timezone=zone)
    return await in_worker(render_pdf, data, summary, t, now=now, timezone=zone)


async def _several_dogs(turn: Turn) -> bool:
    """The owner has more than one dog (a view then says which one it shows)."""
    return len(await turn.session.list_dogs(turn.user.id)) > 1


async def command(turn: Turn) -> None:
    """/summary (or its words): "here is the summary", with the PDF attached once rendered; of the
    dog named ("콩이 요약", "Luna's summary": the line says whose) or the active one."""
    known, dog = await viewed_dog(turn)
    if not known:
        turn.resume_flow()
        return
    t = turn.t
    data = await gather(turn, dog)
    # whose it is, when asked by name or when the owner has several dogs ("요약" from an owner of
    # two said only "your summary", batch 65)
    whose = dog is not None and bool(dog.name) and (named(turn) or await _several_dogs(turn))
    ready = t("summary-ready-dog", name=dog.name) if whose and dog is not None else t("summary-ready")
    zone = await owner_zone(turn.session, turn.user.id, turn.services.checkin_policy)
    now = dt.datetime.now(dt.UTC)
    if not turn.incoming.files:
        # no file can be handed over here (Kakao without PUBLIC_BASE_URL): the summary as text,
        # said why, rather than "I can't send files" alone (batch 65)
        text = render_text(data, summarize(data, now=now, timezone=zone), t, now=now, timezone=zone)
        turn.reply(Reply(t("summary-in-chat") + "\n\n" + text))
        turn.resume_flow()
        return

    async def attach(shown: Reply) -> Reply:
        try:
            pdf = await render(data, t, now, zone)
        except FontUnavailable:
            log.error("no Hangul font for the summary document (koreanize-matplotlib or fonts-nanum)")
            return dataclasses.replace(shown, text=t("summary-unavailable"))
        return dataclasses.replace(shown, document=Attachment(FILENAME, pdf, "application/pdf"))

    turn.reply_later(Reply(ready), attach)
    turn.resume_flow()
