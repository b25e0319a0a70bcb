"""Kakao skill request -> channel-neutral `Incoming`."""

from __future__ import annotations

from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef

from .models import SkillRequest

# Key our own quick replies put in `extra` (see render.py); the value is a Choice id.
CHOICE_KEY = "choice"
MAX_CHOICE_ID = 128


def choice_from_extra(extra: dict[str, Any]) -> str | None:
    """The option id in a quick reply's `extra`, if it is one of ours.

    Buttons configured in Open Builder (or older shapes such as `{"step": ..., "value": ...}`)
    carry no id we issued; for those the tap is treated as typed text, since Kakao echoes the
    button's message text as the utterance and the engine matches labels itself.
    """
    value = extra.get(CHOICE_KEY)
    if isinstance(value, str) and 0 < len(value) <= MAX_CHOICE_ID:
        return value
    return None


def _locale_hint(lang: str | None) -> str | None:
    """Kakao's `lang`, normalised: old payloads say `kr` (the country) where the language is `ko`."""
    if not lang or not lang.strip():
        return None
    hint = lang.strip().lower()
    return "ko" if hint == "kr" else hint


# Where Kakao says the user sent a picture, a video or a file instead of words.
MEDIA_PARAM = "media"


def is_media(req: SkillRequest) -> bool:
    """A photo or file upload: Kakao puts `media` in the action's (or the request's) params, and
    the utterance is only the upload's signed address."""
    return any(
        bool(params.get(MEDIA_PARAM))
        for params in (req.action.params, req.action.detail_params, req.user_request.params)
    )


def to_incoming(req: SkillRequest) -> Incoming:
    """One skill POST as one user turn.

    `text` is the utterance (for a tap, the quick reply's message text) and `choice` the option id
    we put in `extra`, so the engine gets both and prefers the id. The raw body is the payload so
    the transcript keeps what Kakao really sent.
    """
    ur = req.user_request
    text = ur.utterance if ur.utterance.strip() else None
    return Incoming(
        user=UserRef(channel=Channel.KAKAO, external_id=ur.user.id),
        text=text,
        choice=choice_from_extra(req.action.client_extra),
        locale_hint=_locale_hint(ur.lang),
        payload=req.raw,
        media=is_media(req),
    )
