"""Kakao skill request -> channel-neutral `Incoming`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

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
# Hosts (and their subdomains) that serve what KakaoTalk users upload: a photo or a video sent to
# the bot arrives as its address on one of them, sometimes without `media` in the params
# (seen: http://dn-m.talk.kakao.com/talkm/…/i_….jpeg, https://talk.kakaocdn.net/dc/…).
MEDIA_HOSTS = ("kakaocdn.net", "talk.kakao.com", "kakao.co.kr")


def is_upload_address(text: str) -> bool:
    """The whole utterance is one address on a Kakao upload host (`MEDIA_HOSTS`)."""
    words = text.split()
    if len(words) != 1:
        return False
    try:
        parts = urlsplit(words[0])
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    return any(host == h or host.endswith("." + h) for h in MEDIA_HOSTS)


def is_media(req: SkillRequest) -> bool:
    """A photo or file upload: Kakao puts `media` in the action's (or the request's) params, and
    the utterance is only the upload's signed address — or, without those params, the utterance
    is an address on one of Kakao's upload hosts."""
    return is_upload_address(req.user_request.utterance) or any(
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
