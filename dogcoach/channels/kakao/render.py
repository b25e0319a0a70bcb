"""Channel-neutral `Reply` list -> Kakao skill response.

Kakao's limits shape everything here: at most 3 outputs, 1000 characters per `simpleText`, at most
10 quick replies whose labels show about 14 characters. What does not fit is not dropped: long text
becomes an overflow served behind a "more" quick reply, long choice lists become pages behind a
"more options" quick reply. Every label a user reads is passed in by the caller (from Fluent);
this module only invents ids.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dogcoach.domain.ids import number_after
from dogcoach.domain.types import Attachment, Choice, Reply

from .incoming import CHOICE_KEY
from .models import (
    MAX_OUTPUTS,
    MAX_QUICK_REPLIES,
    MAX_SIMPLE_TEXT,
    QUICK_REPLY_LABEL_DISPLAY,
    Button,
    ListCard,
    ListCardHeader,
    ListItem,
    Output,
    QuickReply,
    SimpleImage,
    SimpleText,
    SkillResponse,
    SkillTemplate,
    TextCard,
)

MORE_CHOICE_ID = "kakao.more"
PAGE_CHOICE_ID = "kakao.page"
ELLIPSIS = "…"
CHECK_PREFIX = "✓ "
PAGE_KEY = "page"

ImageUrl = Callable[[Attachment], str | None]


def text_width(text: str) -> int:
    """Length as Kakao's servers likely count it (UTF-16 units), so emoji never push us over."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _cut(text: str, limit: int) -> tuple[str, str]:
    """Split `text` after at most `limit` UTF-16 units (never inside a code point)."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return text[:i], text[i:]
    return text, ""


def _split_line(line: str, limit: int) -> list[str]:
    """Split one over-long line at spaces, and inside words only when a word alone is too long."""
    parts: list[str] = []
    cur = ""
    for word in line.split(" "):
        while text_width(word) > limit:
            if cur:
                parts.append(cur)
                cur = ""
            head, word = _cut(word, limit)
            parts.append(head)
        candidate = f"{cur} {word}" if cur else word
        if text_width(candidate) <= limit:
            cur = candidate
        else:
            parts.append(cur)
            cur = word
    if cur:
        parts.append(cur)
    return [p for p in parts if p.strip()]


def split_text(text: str, limit: int = MAX_SIMPLE_TEXT) -> list[str]:
    """Cut text into bubbles of at most `limit` units, preferring line breaks, then spaces.

    Blank lines at a cut are dropped so a bubble never starts or ends with empty space; an empty
    or blank text gives no bubbles.
    """
    chunks: list[str] = []
    buf: list[str] = []
    width = 0

    def flush() -> None:
        nonlocal buf, width
        chunk = "\n".join(buf).strip("\n")
        if chunk.strip():
            chunks.append(chunk)
        buf, width = [], 0

    for raw_line in text.split("\n"):
        line = raw_line.rstrip("\r")
        lw = text_width(line)
        if lw > limit:
            flush()
            pieces = _split_line(line, limit)
            chunks.extend(pieces[:-1])
            if pieces:
                buf, width = [pieces[-1]], text_width(pieces[-1])
            continue
        extra = lw + (1 if buf else 0)
        if buf and width + extra > limit:
            flush()
            buf, width = [line], lw
        else:
            buf.append(line)
            width += extra
    flush()
    return chunks


def shorten_label(label: str, limit: int = QUICK_REPLY_LABEL_DISPLAY) -> str:
    """Fit a label into `limit` characters, ending in "…" when cut.

    Kakao itself truncates long labels without a mark. A cut lands on a space when that loses at
    most 3 characters; otherwise mid-word, because options often differ only in their tail.
    """
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    head = label[: max(limit - len(ELLIPSIS), 1)]
    space = head.rfind(" ")
    if space > 0 and space >= len(head) - 3:
        head = head[:space]
    return head.rstrip(" ,.;:·-") + ELLIPSIS


def page_choice(page: int, page_choice_id: str = PAGE_CHOICE_ID) -> str:
    """The choice id that asks for choice page `page`."""
    return f"{page_choice_id}:{page}"


def parse_page_choice(choice: str | None, page_choice_id: str = PAGE_CHOICE_ID) -> int | None:
    """The page asked for by a "more options" tap, or None when `choice` is not one."""
    return number_after(choice, f"{page_choice_id}:", maximum=9999)


def choice_quick_reply(choice: Choice, *, mark_selected: bool = True) -> dict[str, Any]:
    """One of our options as a quick reply.

    `messageText` is the full label, so the chat shows what was picked and the engine can match it
    if `extra` is lost; `extra.choice` carries the stable id.
    """
    return _choice_quick_reply(choice, mark_selected).to_wire()


@lru_cache(maxsize=4096)
def _choice_quick_reply(choice: Choice, mark_selected: bool = True) -> QuickReply:
    """`choice_quick_reply` as the model the answer is built from, made once per option (the
    survey's options are the same for every owner): validating and dumping each quick reply on
    every answer was a tenth of a Kakao turn's rendering. Never changed once made."""
    prefix = CHECK_PREFIX if mark_selected and choice.selected else ""
    room = QUICK_REPLY_LABEL_DISPLAY - len(prefix)
    written = choice.short if choice.short and len(choice.label) > room else choice.label
    label = prefix + shorten_label(written, room)
    return QuickReply(label=label, action="message", message_text=choice.label, extra={CHOICE_KEY: choice.id})


def _nav_quick_reply(label: str, choice_id: str, extra: dict[str, Any] | None = None) -> QuickReply:
    """A quick reply of ours that is not an option (more text, next page)."""
    return QuickReply(
        label=shorten_label(label),
        action="message",
        message_text=label,
        extra={CHOICE_KEY: choice_id, **(extra or {})},
    )


def menu_quick_reply(label: str) -> dict[str, Any]:
    """A menu word ("help", "history") as a quick reply: tapping it says the word, which the core
    understands as that command (no `extra`: it is what the user could have typed)."""
    return _menu_quick_reply(label).to_wire()


@lru_cache(maxsize=1024)
def _menu_quick_reply(label: str) -> QuickReply:
    """`menu_quick_reply` as a model, made once per word (never changed once made)."""
    return QuickReply(label=shorten_label(label), action="message", message_text=label)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A skill response body plus what did not fit.

    `overflow` holds the texts beyond the 3-output limit, in order, each already ≤ 1000 units;
    store them and, when the "more" quick reply (`extra.choice == more_choice_id`) comes back,
    render `more_replies()`. `choices`/`multi` are those of the question on screen, repeated on
    the last overflow bubble because Kakao shows quick replies only under the newest message.
    """

    body: dict[str, Any]
    overflow: list[str] = field(default_factory=list)
    choices: tuple[Choice, ...] = ()
    multi: bool = False
    page: int = 0
    page_count: int = 1

    def more_replies(self) -> list[Reply]:
        """The replies to render when "more" is tapped (empty when nothing overflowed)."""
        return more_replies(self.overflow, self.choices, self.multi)


def more_replies(overflow: Sequence[str], choices: tuple[Choice, ...], multi: bool) -> list[Reply]:
    """The overflow as replies; the question's choices ride on the last one."""
    if not overflow:
        return []
    head = [Reply(text=t) for t in overflow[:-1]]
    return [*head, Reply(text=overflow[-1], choices=choices, multi=multi)]


def _pieces(
    replies: Sequence[Reply], image_url: ImageUrl | None, image_alt: str | None
) -> list[str | SimpleImage]:
    """Each reply as text bubbles (then its image, when it has a public URL), in order."""
    out: list[str | SimpleImage] = []
    for reply in replies:
        out.extend(split_text(reply.text))
        if reply.image is not None and image_url is not None:
            url = image_url(reply.image)
            if url:
                alt = reply.image.alt or image_alt or _first_line(reply.text) or reply.image.filename
                out.append(SimpleImage(image_url=url, alt_text=alt))
    return out


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _pack(pieces: list[str | SimpleImage]) -> list[str | SimpleImage]:
    """Join neighbouring short texts into one bubble when there are more pieces than outputs."""
    if len(pieces) <= MAX_OUTPUTS:
        return pieces
    packed: list[str | SimpleImage] = []
    for piece in pieces:
        prev = packed[-1] if packed else None
        if (
            isinstance(piece, str)
            and isinstance(prev, str)
            and text_width(prev) + 2 + text_width(piece) <= MAX_SIMPLE_TEXT
        ):
            packed[-1] = f"{prev}\n\n{piece}"
        else:
            packed.append(piece)
    return packed


def _output(piece: str | SimpleImage) -> Output:
    if isinstance(piece, str):
        return Output(simple_text=SimpleText(text=piece))
    return Output(simple_image=piece)


def render(
    replies: Sequence[Reply],
    *,
    more_label: str,
    more_choice_id: str = MORE_CHOICE_ID,
    more_options_label: str | None = None,
    page_choice_id: str = PAGE_CHOICE_ID,
    page: int = 0,
    pinned_choice_ids: Collection[str] | None = None,
    image_url: ImageUrl | None = None,
    image_alt: str | None = None,
    menu: Sequence[str] = (),
) -> Rendered:
    """Build a skill response from the core's replies.

    - Texts become `simpleText` bubbles (split at lines, then spaces, then characters); beyond 3
      outputs the rest goes to `Rendered.overflow` and a `more_label` quick reply comes first.
    - Images become `simpleImage` only when `image_url` returns a public URL for them; images that
      fall beyond the 3 outputs are dropped (a text overflow cannot carry them).
    - Quick replies come from the last reply with choices. Selected options get "✓ ".
      Over 10, options are paged: `page` picks the page, a `more_options_label` (default:
      `more_label`) quick reply leads to the next one (wrapping to the first), its choice id built
      by `page_choice()`. Choices in `pinned_choice_ids` stay on every page; None means "for a
      multi-choice reply, its last choice" (the done option by convention), `()` pins nothing.
    - Without choices, the `menu` words become quick replies (what the user can say next).

    Raises ValueError when there is nothing to show: Kakao rejects a response without outputs.
    """
    pieces = _pack(_pieces(replies, image_url, image_alt))
    if not pieces:
        raise ValueError("nothing to render: Kakao needs at least one output")
    shown, rest = pieces[:MAX_OUTPUTS], pieces[MAX_OUTPUTS:]
    overflow = [p for p in rest if isinstance(p, str)]

    quick: list[QuickReply] = []
    if overflow:
        quick.append(_nav_quick_reply(more_label, more_choice_id))

    source = next((r for r in reversed(replies) if r.choices), None)
    choices: tuple[Choice, ...] = source.choices if source else ()
    multi = bool(source and source.multi)
    page_count, page_no = 1, 0
    if choices:
        room = MAX_QUICK_REPLIES - len(quick)
        if len(choices) <= room:
            quick.extend(_choice_quick_reply(c) for c in choices)
        else:
            if pinned_choice_ids is None:
                pinned_ids: Collection[str] = {choices[-1].id} if multi else ()
            else:
                pinned_ids = pinned_choice_ids
            pinned = [c for c in choices if c.id in pinned_ids][: max(room - 2, 0)]
            kept = {c.id for c in pinned}
            others = [c for c in choices if c.id not in kept]
            per_page = room - len(pinned) - 1
            page_count = math.ceil(len(others) / per_page)
            page_no = page % page_count if page >= 0 else 0
            window = others[page_no * per_page : (page_no + 1) * per_page]
            quick.extend(_choice_quick_reply(c) for c in [*window, *pinned])
            nxt = (page_no + 1) % page_count
            quick.append(
                _nav_quick_reply(
                    more_options_label or more_label,
                    page_choice(nxt, page_choice_id),
                    {PAGE_KEY: nxt},
                )
            )

    if not choices:
        quick.extend(_menu_quick_reply(label) for label in menu[: MAX_QUICK_REPLIES - len(quick)])

    template = SkillTemplate(
        outputs=[_output(p) for p in shown],
        quick_replies=quick or None,
    )
    return Rendered(
        body=SkillResponse(template=template).to_wire(),
        overflow=overflow,
        choices=choices,
        multi=multi,
        page=page_no,
        page_count=page_count,
    )


# --------------------------------------------------------------------------- cards


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One row of a list card; with `choice_id`, tapping the row sends that choice."""

    title: str
    description: str | None = None
    choice_id: str | None = None
    image_url: str | None = None


def _button(choice: Choice) -> Button:
    return Button(
        label=shorten_label(choice.label),
        action="message",
        message_text=choice.label,
        extra={CHOICE_KEY: choice.id},
    )


def list_card(header: str, items: Sequence[ListEntry], buttons: Sequence[Choice] = ()) -> dict[str, Any]:
    """A `listCard` output for history-like lists: a header, up to 5 rows and up to 2 buttons.

    Extra rows or buttons are a caller bug (page the history instead), so they raise.
    """
    rows = [
        ListItem(
            title=e.title,
            description=e.description,
            image_url=e.image_url,
            action="message" if e.choice_id else None,
            message_text=e.title if e.choice_id else None,
            extra={CHOICE_KEY: e.choice_id} if e.choice_id else None,
        )
        for e in items
    ]
    card = ListCard(header=ListCardHeader(title=header), items=rows, buttons=[_button(b) for b in buttons])
    return Output(list_card=card).to_wire()


def text_card(
    title: str | None = None, description: str | None = None, buttons: Sequence[Choice] = ()
) -> dict[str, Any]:
    """A `textCard` output: a title, a description and up to 3 option buttons."""
    card = TextCard(title=title, description=description, buttons=[_button(b) for b in buttons])
    return Output(text_card=card).to_wire()


def skill_response(
    outputs: Sequence[dict[str, Any]], quick_replies: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    """Assemble a validated skill response from ready outputs (e.g. `list_card(...)`)."""
    template = SkillTemplate(
        outputs=[Output.model_validate(o) for o in outputs],
        quick_replies=[QuickReply.model_validate(q) for q in quick_replies] or None,
    )
    return SkillResponse(template=template).to_wire()
