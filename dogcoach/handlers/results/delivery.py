"""The analysis worker's way out (`AnalysisService`'s `Delivery`, injected by `bot.wiring`): a
finished report becomes the replies the user reads, pushed through the outbox to the user's
channel, or left undelivered for their next turn when the channel cannot take it.

Claiming the delivery, arming the follow-up question and rendering are done here, on the flows'
side, so the analysis service knows nothing of conversations.
"""

from __future__ import annotations

import logging

from dogcoach.domain.types import Reply
from dogcoach.handlers.results.acknowledge import acknowledgement
from dogcoach.handlers.results.followup import arm_followup, disarm_followup
from dogcoach.handlers.results.render import result_replies, translator
from dogcoach.services.i18n import Messages
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Report, Store

log = logging.getLogger(__name__)


class ResultDelivery:
    def __init__(self, store: Store, messages: Messages, outbox: Outbox) -> None:
        self.store = store
        self.messages = messages
        self.outbox = outbox

    async def deliver(self, report: Report) -> None:
        """Push the result; if the channel cannot take it, leave it undelivered for the user's
        next turn (and the follow-up question unarmed)."""
        claimed = delivered = False
        ask = False
        try:
            async with self.store.session() as session:
                user = await session.get_user_by_id(report.user_id)
                if user is not None:
                    claimed = await session.claim_delivery(report.id)
                    if claimed:
                        ask = await arm_followup(session, report)
            if user is not None and claimed:
                replies = result_replies(self.messages, report, ask=ask)
                delivered = await self.outbox.deliver(user, replies)
                if not delivered:
                    log.info(
                        "result of report %d left undelivered for %s user %d's next turn",
                        report.id,
                        user.channel,
                        user.id,
                    )
        finally:
            if claimed and not delivered:
                async with self.store.session() as session:
                    await session.release_delivery(report.id)
                    if ask:
                        await disarm_followup(session, report)

    async def notify_delayed(self, report: Report) -> None:
        """Tell the user once that the report is saved and will be analysed later."""
        async with self.store.session() as session:
            user = await session.get_user_by_id(report.user_id)
        if user is None:
            return
        t = translator(self.messages, report)
        await self.outbox.deliver(user, [acknowledgement(t, report.id, delayed=True)])

    async def take(self, report_id: int) -> list[Reply] | None:
        """The result replies of a finished, undelivered report, now marked delivered (None if
        unfinished or already delivered): for a channel that answers a waiting request itself."""
        async with self.store.session() as session:
            report = await session.get_report(report_id)
            if report is None or not report.finished or not await session.claim_delivery(report_id):
                return None
            ask = await arm_followup(session, report)
        return result_replies(self.messages, report, ask=ask)
