"""/broadcast for admins: pick a tip or write a text per language, choose the audience, see a
preview, then confirm or cancel. The preview says how many get it in which language (warning
when a text written in one language only reaches the other's readers, with a button to add the
missing one), who will be skipped and why (a channel this server cannot send on), and who is left
out (tips turned off, bot blocked), before anything is sent (`services/broadcast/preview.py`).

Admins are Telegram users whose id is in ADMIN_TELEGRAM_IDS (`turn.services.admin_telegram_ids`); for
anyone else `/broadcast` is an unknown command, and every step checks again, so a forged or stale
button cannot start anything. The broadcast and its deliveries are written in the confirming
turn's transaction and sent after it commits, in the background; the admin gets the report in
chat when it ends (see `BroadcastService`).
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.domain.ids import number_after
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import start as start_handlers
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.broadcast.content import MAX_TEXT_CHARS, InvalidBroadcast, make_spec, render
from dogcoach.services.broadcast.report import broadcast_name, preview_detail, preview_text
from dogcoach.services.broadcast.service import CREATOR_USER
from dogcoach.services.broadcast.tips import tip_keys, tip_title
from dogcoach.services.i18n import LOCALES
from dogcoach.services.store import ConversationState
from dogcoach.services.store.base import BroadcastSpec

FLOW = "admin_broadcast"
PREFIX = "admin:bc:"
KIND_TIP = f"{PREFIX}kind:tip"
KIND_TEXT = f"{PREFIX}kind:text"
TIP = f"{PREFIX}tip:"
PAGE = f"{PREFIX}page:"
SKIP = f"{PREFIX}skip"
TARGET = f"{PREFIX}target:"
CONFIRM = f"{PREFIX}confirm"
CANCEL = f"{PREFIX}cancel"
ADD = f"{PREFIX}add:"  # + locale: write the text of a language the preview says is missing
TIPS_PER_PAGE = 7  # + previous, next and cancel: 10 buttons, within every channel's limit
TARGETS: tuple[str, ...] = ("all", Channel.TELEGRAM, Channel.KAKAO, "ko", "en")


def is_admin(turn: Turn) -> bool:
    if turn.user.channel != Channel.TELEGRAM:
        return False
    try:
        return int(turn.user.external_id) in turn.services.admin_telegram_ids
    except ValueError:
        return False


async def start(turn: Turn) -> None:
    if not is_admin(turn):
        await start_handlers.unknown(turn)
        return
    suspend(turn, FLOW, "kind")
    _ask_kind(turn)


async def handle(turn: Turn) -> None:
    if not is_admin(turn):
        turn.state = ConversationState()
        await start_handlers.unknown(turn)
        return
    if turn.picked(CANCEL, "admin-bc-cancel"):
        turn.say("admin-bc-cancelled")
        await _leave(turn)
        return
    step = turn.state.step
    if step == "kind":
        await _on_kind(turn)
    elif step == "tip":
        await _on_tip(turn)
    elif step in ("text_ko", "text_en"):
        await _on_text(turn, step.removeprefix("text_"))
    elif step == "target":
        await _on_target(turn)
    elif step == "confirm":
        await _on_confirm(turn)
    else:
        turn.state = ConversationState()
        await start(turn)


async def reprompt(turn: Turn) -> None:
    """Ask the current step's question again (after /help, /language... in the middle)."""
    step = turn.state.step
    if step == "tip":
        _ask_tip(turn, int(turn.state.data.get("page", 0)))
    elif step in ("text_ko", "text_en"):
        _ask_text(turn, step.removeprefix("text_"))
    elif step == "target":
        _ask_target(turn)
    elif step == "confirm":
        await _preview(turn)
    else:
        _ask_kind(turn)


# -- steps ------------------------------------------------------------------------------------


async def _on_kind(turn: Turn) -> None:
    if turn.picked(KIND_TIP, "admin-bc-kind-tip"):
        turn.state.data["kind"] = "tip"
        _ask_tip(turn, 0)
    elif turn.picked(KIND_TEXT, "admin-bc-kind-text"):
        turn.state.data["kind"] = "text"
        _ask_text(turn, "ko")
    else:
        turn.say("survey-use-buttons")
        _ask_kind(turn)


async def _on_tip(turn: Turn) -> None:
    choice = turn.incoming.choice or ""
    keys = tip_keys(turn.messages)
    if (page := number_after(choice, PAGE)) is not None:
        _ask_tip(turn, page)
    elif choice.startswith(TIP) and choice.removeprefix(TIP) in keys:
        turn.state.data["tip"] = choice.removeprefix(TIP)
        _ask_target(turn)
    else:
        turn.say("survey-use-buttons")
        _ask_tip(turn, int(turn.state.data.get("page", 0)))


async def _on_text(turn: Turn, locale: str) -> None:
    data = turn.state.data
    if turn.picked(SKIP, "admin-bc-skip"):
        data[f"text_{locale}"] = None
    elif turn.incoming.choice is None and turn.text:
        if len(turn.text) > MAX_TEXT_CHARS:
            turn.say("admin-bc-too-long", count=len(turn.text), total=MAX_TEXT_CHARS)
            _ask_text(turn, locale)
            return
        data[f"text_{locale}"] = turn.text
    else:
        turn.say("survey-use-buttons")
        _ask_text(turn, locale)
        return
    if "target" in data:  # a language added from the preview: back to it
        turn.state.step = "confirm"
        await _preview(turn)
    elif locale == "ko":
        _ask_text(turn, "en")
    elif not (data.get("text_ko") or data.get("text_en")):
        turn.say("admin-bc-need-text")
        _ask_text(turn, "en")
    else:
        _ask_target(turn)


async def _on_target(turn: Turn) -> None:
    choice = turn.incoming.choice or ""
    target = choice.removeprefix(TARGET) if choice.startswith(TARGET) else None
    if target is None and turn.incoming.choice is None and turn.text:
        matched = turn.messages.match_any(turn.text, [f"admin-bc-target-{t}" for t in TARGETS])
        target = matched.removeprefix("admin-bc-target-") if matched else None
    if target not in TARGETS:
        turn.say("survey-use-buttons")
        _ask_target(turn)
        return
    turn.state.data["target"] = target
    turn.state.step = "confirm"
    await _preview(turn)


async def _on_confirm(turn: Turn) -> None:
    choice = turn.incoming.choice or ""
    added = choice.removeprefix(ADD) if choice.startswith(ADD) else None
    if added in LOCALES and turn.state.data.get("kind") == "text":
        _ask_text(turn, added)
        return
    if not turn.picked(CONFIRM, "admin-bc-confirm"):
        turn.say("survey-use-buttons")
        await _preview(turn)
        return
    service = turn.services.broadcasts
    spec = _spec(turn)
    if service is None or spec is None:
        turn.say("admin-bc-unavailable")
        await _leave(turn)
        return
    # Only the row, in this turn: its deliveries are written in batches once the run starts, so
    # the other owners' turns need not wait for them (`BroadcastService.fill`).
    broadcast = await turn.session.create_broadcast(spec, created_by=f"{CREATOR_USER}{turn.user.id}")
    assert broadcast is not None  # no daily or request key, so no conflict
    count = int(turn.state.data.get("count", 0))  # as the preview counted them: skipped ones not
    if count == 0:
        turn.say("admin-bc-none", field=_audience_label(turn))
    else:
        label = broadcast_name(turn.messages, turn.locale, broadcast.id, broadcast.kind)
        turn.say("admin-bc-started", label=label, count=count)

    async def send() -> None:
        service.launch(broadcast.id)

    turn.after_commit.append(send)
    await _leave(turn)


# -- questions --------------------------------------------------------------------------------


def _ask_kind(turn: Turn) -> None:
    turn.state.step = "kind"
    choices = (
        turn.choice(KIND_TIP, "admin-bc-kind-tip"),
        turn.choice(KIND_TEXT, "admin-bc-kind-text"),
        turn.choice(CANCEL, "admin-bc-cancel"),
    )
    turn.reply(Reply(turn.t("admin-bc-intro"), choices))


def _ask_tip(turn: Turn, page: int) -> None:
    keys = tip_keys(turn.messages)
    pages = max(1, -(-len(keys) // TIPS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    turn.state.step = "tip"
    turn.state.data["page"] = page
    shown = keys[page * TIPS_PER_PAGE : (page + 1) * TIPS_PER_PAGE]
    choices = [Choice(f"{TIP}{k}", tip_title(turn.messages, turn.locale, k)) for k in shown]
    if page > 0:
        choices.append(turn.choice(f"{PAGE}{page - 1}", "admin-bc-prev"))
    if page + 1 < pages:
        choices.append(turn.choice(f"{PAGE}{page + 1}", "admin-bc-next"))
    choices.append(turn.choice(CANCEL, "admin-bc-cancel"))
    turn.reply(Reply(turn.t("admin-bc-pick-tip", n=page + 1, total=pages), tuple(choices)))


def _ask_text(turn: Turn, locale: str) -> None:
    turn.state.step = f"text_{locale}"
    data = turn.state.data
    if locale == "en" and "text_ko" in data and not data["text_ko"] and "target" not in data:
        # Korean was skipped: this text is the only one, so it cannot be skipped too.
        choices: tuple[Choice, ...] = (turn.choice(CANCEL, "admin-bc-cancel"),)
        turn.reply(Reply(turn.t("admin-bc-ask-en-only"), choices, free_text=True))
        return
    choices = (turn.choice(SKIP, "admin-bc-skip"), turn.choice(CANCEL, "admin-bc-cancel"))
    turn.reply(Reply(turn.t(f"admin-bc-ask-{locale}"), choices, free_text=True))


def _ask_target(turn: Turn) -> None:
    turn.state.step = "target"
    choices = [turn.choice(f"{TARGET}{t}", f"admin-bc-target-{t}") for t in TARGETS]
    choices.append(turn.choice(CANCEL, "admin-bc-cancel"))
    turn.reply(Reply(turn.t("admin-bc-ask-target"), tuple(choices)))


async def _preview(turn: Turn) -> None:
    """What the confirmation shows: the summary (`report.preview_text`), then each language's
    text as its readers get it (only languages someone gets), the buttons under the last."""
    spec = _spec(turn)
    if spec is None:  # the state lost its content (should not happen): start over
        _ask_kind(turn)
        return
    service = turn.services.broadcasts
    if service is None:  # nothing could be sent: say so now, not after the admin confirmed
        turn.say("admin-bc-unavailable")
        await _leave(turn)
        return
    preview = await service.preview(spec, turn.session)
    turn.state.data["count"] = preview.will_send
    audience = _audience_label(turn)
    if preview.will_send == 0:
        lines = [
            turn.t("admin-bc-none", field=audience),
            *preview_detail(turn.messages, turn.locale, preview),
        ]
        turn.reply(Reply("\n".join(lines)))
        await _leave(turn)
        return
    turn.reply(Reply(preview_text(turn.messages, turn.locale, preview, audience)))
    for locale, count in preview.to_send.items():
        if count:
            # The footer as its readers get it: Kakao's names words (a Kakao-only broadcast shows that).
            shown = render(turn.messages, spec, locale, spec.channel or Channel.TELEGRAM)
            turn.say(f"admin-bc-preview-{locale}", value=shown)
    last = turn.replies.pop()
    choices = [turn.choice(CONFIRM, "admin-bc-confirm")]
    if spec.kind == "text":
        choices += [
            turn.choice(f"{ADD}{loc}", f"admin-bc-add-{loc}")
            for loc, count in preview.to_send.items()
            if count and preview.fallback(loc)
        ]
    choices.append(turn.choice(CANCEL, "admin-bc-cancel"))
    turn.reply(Reply(last.text, tuple(choices)))


# -- helpers ----------------------------------------------------------------------------------


def _spec(turn: Turn) -> BroadcastSpec | None:
    data: dict[str, Any] = turn.state.data
    target = data.get("target", "all")
    channel = target if target in (Channel.TELEGRAM, Channel.KAKAO) else None
    locale = target if target in LOCALES else None
    try:
        if data.get("kind") == "tip":
            return make_spec(turn.messages, tip=data.get("tip"), channel=channel, locale=locale)
        return make_spec(
            turn.messages,
            text_ko=data.get("text_ko"),
            text_en=data.get("text_en"),
            channel=channel,
            locale=locale,
        )
    except InvalidBroadcast:
        return None


def _audience_label(turn: Turn) -> str:
    return turn.t(f"admin-bc-target-{turn.state.data.get('target', 'all')}")


async def _leave(turn: Turn) -> None:
    """Back to whatever the admin was doing before /broadcast."""
    if restore(turn):
        turn.resume_flow()
