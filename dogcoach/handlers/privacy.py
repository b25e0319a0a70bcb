"""/export and /delete: a user can take or erase everything stored about them."""

from __future__ import annotations

import json

from dogcoach.domain.types import Attachment, Reply
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.understanding import Context, Expect, Option

FLOW = "privacy"
CONFIRM = "privacy:delete:yes"
KEEP = "privacy:delete:no"


def context(turn: Turn) -> Context:
    """ "Really erase everything?": its two buttons, typed ("cancel" there keeps everything)."""
    return Context(Expect.CHOICE, (Option(CONFIRM, "delete-confirm"), Option(KEEP, "delete-keep")))


async def export(turn: Turn) -> None:
    document = await turn.session.export_user(turn.user.id)
    data = json.dumps(document, ensure_ascii=False, indent=2).encode()
    attachment = Attachment("dogcoach-export.json", data, "application/json")
    turn.reply(Reply(turn.t("export-ready"), document=attachment))


async def ask_delete(turn: Turn) -> None:
    suspend(turn, FLOW, "confirm_delete")
    choices = (turn.choice(CONFIRM, "delete-confirm"), turn.choice(KEEP, "delete-keep"))
    turn.reply(Reply(turn.t("delete-ask"), choices))


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
