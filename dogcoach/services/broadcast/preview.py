"""What a broadcast would do if it were sent now, for the admin to read before confirming: how many
get it in which language (and whether that is their own language or the other one, when an
ad-hoc text was written in one language only), who is skipped because their channel cannot be
pushed to from this process, and who is left out (turned tips off, blocked the bot).

The same figures the sender will apply: recipients as `fill_broadcast` writes them, skipped as
`_Run._skip_channel` settles them (a channel without a configured sender). What only the platform
can tell (a block not known yet, a refusal, a lost answer) shows in the report afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.services.broadcast.content import text_locale
from dogcoach.services.broadcast.outcome import SKIP_KAKAO_OFF, SKIP_TELEGRAM_OFF
from dogcoach.services.i18n import LOCALES
from dogcoach.services.store.broadcast_rows import Audience, BroadcastSpec

# Why a channel's recipients are skipped when it has no sender in this process.
SKIP_WHEN_OFF: dict[str, str] = {Channel.TELEGRAM: SKIP_TELEGRAM_OFF, Channel.KAKAO: SKIP_KAKAO_OFF}


@dataclass(frozen=True, slots=True)
class Preview:
    """`recipients`: delivery rows the broadcast would get (its report's `total`). `to_send`:
    locale -> recipients on a channel that can be sent to, for every locale the spec reaches.
    `text_from`: locale -> the language of the body those users read (a fallback when it is
    not theirs). `skipped`: reason code (`outcome.SKIP_*`) -> recipients that will be skipped.
    `left_out`: `opted_out` / `blocked` -> users in the spec's channel and locale who get nothing
    and have no delivery row."""

    spec: BroadcastSpec
    recipients: int
    to_send: dict[str, int]
    text_from: dict[str, str]
    skipped: dict[str, int]
    left_out: dict[str, int]

    @property
    def will_send(self) -> int:
        return sum(self.to_send.values())

    def fallback(self, locale: str) -> bool:
        """True when users reading `locale` get the body in the other language."""
        return self.text_from[locale] != locale

    def as_dict(self) -> dict[str, Any]:
        """The admin API's shape: {"recipients": 8, "will_send": 6, "languages": {"en": {"count":
        2, "text": "ko", "fallback": true}, ...}, "skipped": {"kakao_not_configured": 2},
        "left_out": {"opted_out": 3}}."""
        return {
            "recipients": self.recipients,
            "will_send": self.will_send,
            "languages": {
                loc: {"count": n, "text": self.text_from[loc], "fallback": self.fallback(loc)}
                for loc, n in self.to_send.items()
            },
            "skipped": dict(self.skipped),
            "left_out": dict(self.left_out),
        }


def preview_from_dict(spec: BroadcastSpec, data: dict[str, Any]) -> Preview:
    """The preview `Preview.as_dict` gave (the admin API's `dry_run` answer) for `spec`."""
    languages: dict[str, dict[str, Any]] = data.get("languages") or {}
    return Preview(
        spec,
        int(data["recipients"]),
        {loc: int(v["count"]) for loc, v in languages.items()},
        {loc: str(v["text"]) for loc, v in languages.items()},
        {str(k): int(n) for k, n in (data.get("skipped") or {}).items()},
        {str(k): int(n) for k, n in (data.get("left_out") or {}).items()},
    )


def preview(spec: BroadcastSpec, audience: Audience, configured: frozenset[str]) -> Preview:
    """The preview of `spec` for `audience`, when the channels in `configured` have a sender."""
    locales = [spec.locale] if spec.locale else list(LOCALES)
    to_send = dict.fromkeys(locales, 0)
    skipped: dict[str, int] = {}
    for (channel, locale), n in sorted(audience.recipients.items()):
        if channel in configured:
            to_send[locale] = to_send.get(locale, 0) + n
        else:
            reason = SKIP_WHEN_OFF.get(channel, f"{channel}_not_configured")
            skipped[reason] = skipped.get(reason, 0) + n
    return Preview(
        spec,
        audience.total,
        to_send,
        {loc: text_locale(spec, loc) for loc in to_send},
        skipped,
        {k: n for k, n in sorted(audience.left_out.items()) if n},
    )
