"""KakaoTalk channel: a Kakao i Open Builder skill over the shared engine.

The protocol, pure and transport-free (exported here): `models` (skill request and response
shapes), `incoming` (request → `Incoming`), `render` (replies → skill response, within Kakao's
limits), `callback` (the callback URL's host allow-list and POST).
The channel's behaviour: `skill.KakaoSkill` answers each request within the 5-second deadline,
`late` gets analysis results to the user (waiting, `useCallback`), `buttons` serves the channel's
own "more" / "more options" / "continue", `screen` renders answers and remembers what was shown
(`memory`: views, held replies, file links and waiting callbacks in the store, so any replica
answers), `delivery` tracks which request a late reply can still ride on.
`dogcoach.webhook.kakao` adds only HTTP: the route, the secret header, body limits.
"""

from __future__ import annotations

from .callback import (
    DEFAULT_CALLBACK_HOSTS,
    CallbackFailed,
    CallbackUrlRejected,
    is_allowed_callback_url,
    parse_hosts,
    post_callback,
    validate_callback_url,
)
from .incoming import choice_from_extra, to_incoming
from .models import (
    CallbackAccepted,
    CallbackAnswer,
    SkillRequest,
    SkillResponse,
    callback_accepted,
)
from .render import (
    MORE_CHOICE_ID,
    PAGE_CHOICE_ID,
    ListEntry,
    Rendered,
    list_card,
    page_choice,
    parse_page_choice,
    render,
    shorten_label,
    skill_response,
    split_text,
    text_card,
)

__all__ = [
    "DEFAULT_CALLBACK_HOSTS",
    "MORE_CHOICE_ID",
    "PAGE_CHOICE_ID",
    "CallbackAccepted",
    "CallbackAnswer",
    "CallbackFailed",
    "CallbackUrlRejected",
    "ListEntry",
    "Rendered",
    "SkillRequest",
    "SkillResponse",
    "callback_accepted",
    "choice_from_extra",
    "is_allowed_callback_url",
    "list_card",
    "page_choice",
    "parse_hosts",
    "parse_page_choice",
    "post_callback",
    "render",
    "shorten_label",
    "skill_response",
    "split_text",
    "text_card",
    "to_incoming",
    "validate_callback_url",
]
