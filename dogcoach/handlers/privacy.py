"""/export and /delete: a user can take or erase everything stored about them."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from dogcoach.domain.types import Attachment, Reply
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.privacy import encode
from dogcoach.services.understanding import DECLINE, Context, Expect, Option

log = logging.getLogger(__name__)

FLOW = "privacy"
CONFIRM = "privacy:delete:yes"
KEEP = "privacy:delete:no"


def context(turn: Turn) -> Context:
    """ "Really erase everything?": its two buttons, typed ("cancel" there keeps everything)."""
    return Context(
        Expect.CHOICE, (Option(CONFIRM, "delete-confirm"), Option(KEEP, "delete-keep", words=(DECLINE,)))
    )


async def export(turn: Turn) -> None:
    """The owner's data as one compact JSON file, read once the turn is over, a page of rows per
    transaction (`Services.exports`); a bare engine without one reads it in the turn's session.
    Where the channel hands over no file this turn (`Incoming.files`: Kakao without
    PUBLIC_BASE_URL) the owner is told what the chat shows instead (batch 65: "I can't send files"
    alone), the operator what to configure."""
    if not turn.incoming.files:
        turn.say("export-nofiles")
        # the owner is told what to send instead; the operator, what to configure
        log.warning(
            "export asked where the channel hands over no file (a download link needs PUBLIC_BASE_URL)"
        )
        return
    source = turn.services.exports
    read: Callable[[], Awaitable[bytes]]
    if source is None:
        document = await turn.session.export_user(turn.user.id)
        read = partial(_encoded, document)
    else:
        read = partial(source.export_json, turn.user.id)

    async def attach(reply: Reply) -> Reply:
        attachment = Attachment("dogcoach-export.json", await read(), "application/json")
        return dataclasses.replace(reply, document=attachment)

    turn.reply_later(Reply(turn.t(turn.on_surface("export-ready"))), attach)


async def _encoded(document: dict[str, Any]) -> bytes:
    return encode(document).encode()


async def ask_delete(turn: Turn) -> None:
    suspend(turn, FLOW, "confirm_delete")
    choices = (turn.choice(CONFIRM, "delete-confirm"), turn.choice(KEEP, "delete-keep"))
    turn.reply(Reply(turn.t("delete-ask"), choices))


def set_aside(turn: Turn) -> None:
    """ "Really erase everything?" walked away from (another command typed, a report told): the
    question dropped, said once without its button, and the flow it interrupted open again
    (acceptance trial K2: asked again after every later command, its 🗑 button tapped by habit)."""
    restore(turn)
    turn.say("delete-set-aside")


async def handle(turn: Turn) -> None:
    if turn.picked(CONFIRM, "delete-confirm"):
        await turn.session.delete_user(turn.user.id)
        turn.erased = True
        turn.say("delete-done")
    elif turn.picked(KEEP, "delete-keep"):
        turn.say("delete-kept")
        if restore(turn):
            turn.resume_flow()
    else:
        turn.say("survey-use-buttons")
        choices = (turn.choice(CONFIRM, "delete-confirm"), turn.choice(KEEP, "delete-keep"))
        turn.reply(Reply(turn.t("delete-ask"), choices))
