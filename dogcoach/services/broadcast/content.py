"""What each recipient reads: the broadcast rendered in their language, and checks on a spec."""

from __future__ import annotations

from dogcoach.domain.channel import Channel
from dogcoach.services.broadcast.tips import has_tip, tip_text, tip_title
from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.store.base import BroadcastSpec

# Telegram takes 4096 characters; this leaves room for the localized opt-out footer.
MAX_TEXT_CHARS = 3800
CHANNELS: tuple[str, ...] = (Channel.TELEGRAM, Channel.KAKAO)


class InvalidBroadcast(ValueError):
    """The spec cannot be sent; `code` says why (for the API and the CLI)."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def clean_text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def make_spec(
    messages: Messages,
    *,
    tip: str | None = None,
    text_ko: str | None = None,
    text_en: str | None = None,
    channel: str | None = None,
    locale: str | None = None,
) -> BroadcastSpec:
    """A validated spec from what an admin typed (CLI, API or chat); raises `InvalidBroadcast`."""
    text_ko, text_en = clean_text(text_ko), clean_text(text_en)
    if channel is not None and channel not in CHANNELS:
        raise InvalidBroadcast("unknown_channel", f"channel must be one of {', '.join(CHANNELS)}")
    if locale is not None and locale not in LOCALES:
        raise InvalidBroadcast("unknown_locale", f"locale must be one of {', '.join(LOCALES)}")
    if tip is not None:
        if text_ko or text_en:
            raise InvalidBroadcast("tip_and_text", "send either a tip or a text, not both")
        if not has_tip(messages, tip):
            raise InvalidBroadcast("unknown_tip", f"no tip with key {tip!r}")
        return BroadcastSpec("tip", tip_key=tip, channel=channel, locale=locale)
    if not (text_ko or text_en):
        raise InvalidBroadcast("no_content", "give a tip key or a text in at least one language")
    for text in (text_ko, text_en):
        if text is not None and len(text) > MAX_TEXT_CHARS:
            raise InvalidBroadcast("text_too_long", f"a text may have at most {MAX_TEXT_CHARS} characters")
    return BroadcastSpec("text", text_ko=text_ko, text_en=text_en, channel=channel, locale=locale)


def text_for(spec: BroadcastSpec, locale: str) -> str:
    """The ad-hoc text for a locale; when that language is missing, the other one."""
    mine, other = (spec.text_ko, spec.text_en) if locale == "ko" else (spec.text_en, spec.text_ko)
    text = mine or other
    assert text is not None, "a text broadcast has at least one language"
    return text


def text_locale(spec: BroadcastSpec, locale: str) -> str:
    """The language of the body that users reading `locale` get: their own, or (an ad-hoc text
    written only in the other language) the other one; the footer is always theirs."""
    if spec.kind == "tip":
        return locale  # the catalogue has every tip in every language (test_tips_catalogue_is_complete)
    mine = spec.text_ko if locale == "ko" else spec.text_en
    if mine:
        return locale
    return next(other for other in LOCALES if other != locale)


def render(messages: Messages, spec: BroadcastSpec, locale: str, channel: str = Channel.TELEGRAM) -> str:
    """The full message one recipient on `channel` gets, opt-out footer included: the footer names
    the command on Telegram and the plain words on KakaoTalk, where nobody types slash commands
    (`broadcast-footer`'s `$surface`)."""
    if spec.kind == "tip":
        assert spec.tip_key is not None
        return messages.format(
            locale,
            "broadcast-tip-message",
            field=tip_title(messages, locale, spec.tip_key),
            value=tip_text(messages, locale, spec.tip_key),
            surface=str(channel),
        )
    return messages.format(
        locale, "broadcast-text-message", value=text_for(spec, locale), surface=str(channel)
    )


def render_all(messages: Messages, spec: BroadcastSpec) -> dict[tuple[str, str], str]:
    """Every (channel, locale) text of one broadcast."""
    return {
        (channel, locale): render(messages, spec, locale, channel)
        for channel in CHANNELS
        for locale in LOCALES
    }
