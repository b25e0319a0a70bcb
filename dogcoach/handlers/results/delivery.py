"""The analysis worker's way out (`AnalysisService`'s `Delivery`, injected by `bot.wiring`): a
finished report becomes the replies the user reads, pushed through the outbox to the user's
channel, or left undelivered for their next turn when the channel cannot take it.

While the model writes, each view becomes a progress reply (`render.progress_reply`: the fields
so far and a "still writing…" line) for the channels that show one (`Outbox.progress`); the
result then replaces it. A stream that stops midway leaves its last view marked "interrupted"
(that mark is also the owner's notice that the report waits), never something that looks final.

Claiming the delivery, arming the follow-up question and rendering are done here, on the flows'
side, so the analysis service knows nothing of conversations.

A push is sent at least once and shown once (issue 14): it is claimed under the analysis
service's lease and committed before the channel is called; the channel's answer settles it
(sent: delivered for good; certainly not taken: owed again, for the user's next turn). A process
that dies in between leaves the lease to expire and another pass offers the result again. A push
cut off by a shutdown (cancelled while the channel had it) may have reached the platform, so it is
settled as delivered and never sent again: the broadcast sender's outcome-unknown rule
(`services/broadcast/outcome.py`).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from dogcoach.domain.types import Reply
from dogcoach.handlers import onboarding
from dogcoach.handlers.coaching.plans import plan_reply_text
from dogcoach.handlers.results.acknowledge import acknowledgement
from dogcoach.handlers.results.followup import arm_followup, disarm_followup, shown_by_push
from dogcoach.handlers.results.render import progress_reply, result_replies, translator
from dogcoach.handlers.results.whose import dog_shown
from dogcoach.services.analysis.errors import OwnerNotice
from dogcoach.services.analysis.stream import PartialAnalysis
from dogcoach.services.coaching import CheckinPolicy
from dogcoach.services.i18n import Messages, Translator, resolve_locale
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Report, Store, StoreSession, User

log = logging.getLogger(__name__)


# Another result shown within this long of a report's reads as "close together" (trial 3, F5).
CLOSE_TOGETHER = timedelta(minutes=5)


async def close_together(session: StoreSession, report: Report) -> bool:
    """Another of the owner's reports still waits for its result, or had it shown moments ago:
    the follow-up question then names the report it is about, as two would read alike. Only one
    of the same kind counts (a report beside a report, a question beside a question): a
    question's answer and an analysis card never read alike, so the quote would tell the owner
    nothing (mend A: a result shown again from /history quoted its report because a question
    was still being answered)."""
    if any(
        r.id != report.id and r.is_question == report.is_question
        for r in await session.user_reports_pending(report.user_id)
    ):
        return True
    since = datetime.now(UTC) - CLOSE_TOGETHER
    recent = await session.list_reports(report.user_id, limit=5)
    return any(
        r.id != report.id
        and r.is_question == report.is_question
        and r.delivered_at is not None
        and r.delivered_at >= since
        for r in recent
    )


class ResultDelivery:
    def __init__(
        self, store: Store, messages: Messages, outbox: Outbox, *, policy: CheckinPolicy | None = None
    ) -> None:
        self.store = store
        self.messages = messages
        self.outbox = outbox
        self.policy = policy or CheckinPolicy()
        self._owners: dict[int, User | None] = {}  # report being written → its owner
        self._dogs: dict[int, str] = {}  # report being written → the dog its title names
        self._shown: dict[int, dict[str, Any]] = {}  # report whose progress a channel shows → fields
        # report being written → whether its views and result start with a quote of it: another
        # report is open or was answered moments ago (`close_together`), decided at its first view
        # so the view and the result begin alike
        self._quoted: dict[int, bool] = {}

    async def progress(self, report: Report, view: PartialAnalysis) -> None:
        """Show the view where the owner's channel shows progress (returns at once: the channel
        paces itself); a view of the corrective retry says the answer is being rewritten."""
        user = await self._owner(report)
        if user is None:
            return
        state = "rewriting" if view.attempt > 1 else "writing"
        reply = progress_reply(
            self.messages,
            report,
            view.fields,
            state,
            dog=self._dogs.get(report.id, ""),
            quoted=self._quoted.get(report.id, False),
        )
        if await self.outbox.progress(user, reply):
            self._shown[report.id] = view.fields

    async def interrupted(self, report: Report, notice: OwnerNotice) -> bool:
        """The stream broke off: mark its last shown view interrupted. True when it was shown
        (the mark says the report is saved and will be analysed again: it is the notice)."""
        fields = self._shown.pop(report.id, None)
        user = self._owners.pop(report.id, None)
        dog = self._dogs.pop(report.id, "")
        quoted = self._quoted.pop(report.id, False)
        if fields is None or user is None:
            return False
        return await self.outbox.progress(
            user, progress_reply(self.messages, report, fields, "interrupted", dog=dog, quoted=quoted)
        )

    async def _owner(self, report: Report) -> User | None:
        """The owner of the report being written, and the dog its title names (`_dogs`), read
        once per report."""
        if report.id not in self._owners:
            async with self.store.session() as session:
                self._owners[report.id] = await session.get_user_by_id(report.user_id)
                self._dogs[report.id] = await dog_shown(session, report)
                self._quoted[report.id] = await close_together(session, report)
        return self._owners[report.id]

    async def deliver(self, report: Report, holder: str | None = None, until: datetime | None = None) -> None:
        """Push the result (it replaces any progress shown); if the channel cannot take it,
        leave it undelivered for the user's next turn (and the follow-up question unarmed).
        `holder`, `until`: the lease the push is claimed under (the analysis service's); without
        one, a crash between the claim and the send loses the push until the user writes."""
        self._shown.pop(report.id, None)
        self._owners.pop(report.id, None)
        self._dogs.pop(report.id, None)
        viewed = self._quoted.pop(report.id, None)  # as its views were, when some were shown
        claimed = delivered = cut_off = False
        gone = ask = named = quoted = False
        plan: str | None = None
        dog = ""
        again: Reply | None = None
        try:
            async with self.store.session() as session:
                user = await session.lock_user(report.user_id)  # before the report: a turn's order
                gone = user is None
                if user is not None:
                    claimed = await session.claim_delivery(report.id, holder, until)
                    if claimed:
                        ask = await arm_followup(session, report, self.messages, pushed=True)
                        # several reports open or just answered: each result says which it answers
                        # (stop 62 trial: three reports, only the first result's question quoted it)
                        quoted = viewed if viewed is not None else await close_together(session, report)
                        named = ask and quoted
                        plan = await self._plan(session, report)
                        dog = await dog_shown(session, report)
                        again = await self._open_question(session, user)
            if user is not None and claimed:
                replies = result_replies(
                    self.messages, report, ask=ask, plan=plan, named=named, quoted=quoted, dog=dog
                )
                if again is not None:  # the survey question the result would push out of view
                    replies.append(again)
                try:
                    delivered = await self.outbox.deliver(user, replies)
                except asyncio.CancelledError:  # a shutdown: the platform may have it already
                    cut_off = True
                    log.warning(
                        "push of report %d cut off by a shutdown; outcome unknown, not sent again", report.id
                    )
                    raise
                if not delivered:
                    log.info(
                        "result of report %d left undelivered for %s user %d's next turn",
                        report.id,
                        user.channel,
                        user.id,
                    )
        finally:
            if claimed and (delivered or cut_off):
                if holder is not None or ask:
                    async with self.store.session() as session:
                        if ask:  # the user before the report: a turn's order
                            await session.lock_user(report.user_id)
                        if holder is not None:
                            await session.settle_delivery(report.id, holder)
                        if ask:  # its question is on screen now
                            await shown_by_push(session, report)
            elif claimed:
                async with self.store.session() as session:
                    await session.release_delivery(report.id)
                    if ask:
                        await disarm_followup(session, report)
            elif gone and holder is not None:  # nobody to show it to: no push owed
                async with self.store.session() as session:
                    await session.settle_delivery(report.id, holder)

    async def notify_delayed(self, report: Report, notice: OwnerNotice) -> None:
        """Tell the user once that the report is saved and will be analysed later: the model
        cannot be reached, or is temporarily unavailable (`notice`)."""
        async with self.store.session() as session:
            user = await session.get_user_by_id(report.user_id)
        if user is None:
            return
        t = translator(self.messages, report)
        await self.outbox.deliver(
            user, [acknowledgement(t, report.id, notice=notice, question=report.is_question)]
        )

    async def take(self, report_id: int) -> list[Reply] | None:
        """The result replies of a finished, undelivered report, now marked delivered (None if
        unfinished or already delivered): for a channel that answers a waiting request itself.
        As with a push, the survey question the owner has open now comes again below."""
        async with self.store.session() as session:
            report = await session.get_report(report_id)
            if report is None or not report.finished or not await session.claim_delivery(report_id):
                return None
            ask = await arm_followup(session, report, self.messages)
            quoted = await close_together(session, report)  # as a push says which report it answers
            plan = await self._plan(session, report)
            dog = await dog_shown(session, report)
            user = await session.get_user_by_id(report.user_id)
            again = await self._open_question(session, user) if user is not None else None
        replies = result_replies(
            self.messages, report, ask=ask, plan=plan, named=ask and quoted, quoted=quoted, dog=dog
        )
        return [*replies, again] if again is not None else replies

    async def _open_question(self, session: StoreSession, user: User) -> Reply | None:
        """The survey question the owner has open (a report typed mid-survey), asked again below
        the result: a result arriving later (on Telegram, written into a message as the model
        writes) would otherwise leave the question out of view. None when it was asked right
        below the report's receipt and not answered since (`onboarding.open_question`; owner
        trial 9: the question three times), as on Telegram and the terminal."""
        state = await session.get_state(user.id)
        if state.flow != onboarding.FLOW:
            return None
        dog_id = state.data.get("dog_id")  # the dog the survey is about (a new one, after /newdog)
        dog = await session.get_dog(int(str(dog_id))) if dog_id is not None else None
        locale = resolve_locale(user.locale, user.locale_hint, self.messages.default_locale)
        return onboarding.open_question(Translator(self.messages, locale), state, dog)

    async def _plan(self, session: StoreSession, report: Report) -> str | None:
        return await plan_reply_text(session, report, translator(self.messages, report), policy=self.policy)
