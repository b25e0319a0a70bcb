"""KakaoTalk (Kakao i Open Builder skill) protocol layer: parse, convert, render, call back.

Pure and transport-free except `post_callback`; the FastAPI route, the secret header, the 5-second
budget and storing overflow/pages are the webhook's job.
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
