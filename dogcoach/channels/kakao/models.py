"""Pydantic models of the Kakao i Open Builder skill protocol (version 2.0).

Requests are parsed leniently where Kakao is loose (unknown fields ignored, most fields optional,
`clientExtra` sometimes missing, null or a JSON string) and strictly where we depend on a field
(`userRequest`, `user.id`, `utterance`), with size caps so a hostile body fails validation cheaply
instead of reaching the conversation core. Responses are models too, so that every body we send
has been checked against Kakao's limits (1-3 outputs, at most 10 quick replies, 1000-character
`simpleText`) before Kakao rejects it.
"""

from __future__ import annotations

from typing import Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel
from pydantic_core import from_json

# Kakao's documented and practical limits, shared by the renderer and the tests.
# A long report is kept, not refused (issue 11): Kakao's own limit on what a user types is about
# 1000 characters, but pasted text may be longer; 10,000 Hangul characters are 30 kB, inside the
# skill endpoint's 64 kB body cap.
MAX_UTTERANCE = 10_000
MAX_USER_ID = 256
MAX_SIMPLE_TEXT = 1000
MAX_OUTPUTS = 3
MAX_QUICK_REPLIES = 10
QUICK_REPLY_LABEL_DISPLAY = 14
MAX_LIST_ITEMS = 5
MAX_LIST_BUTTONS = 2
MAX_TEXT_CARD_BUTTONS = 3
SKILL_VERSION = "2.0"


class _KakaoModel(BaseModel):
    """Base: camelCase on the wire, snake_case in Python, unknown fields ignored."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="ignore",
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready dict Kakao expects (camelCase keys, unset optionals left out)."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


# --------------------------------------------------------------------------- request


class Block(_KakaoModel):
    """A block reference (id and display name)."""

    id: str | None = None
    name: str | None = None


class Intent(_KakaoModel):
    """The block Open Builder matched; `extra` carries knowledge matches and a reason."""

    id: str | None = None
    name: str | None = None
    extra: dict[str, Any] | None = None


class UserProperties(_KakaoModel):
    """Additional user keys; which ones appear depends on the channel and plugins."""

    bot_user_key: str | None = None
    plusfriend_user_key: str | None = None
    app_user_id: str | None = None
    is_friend: bool | None = None


class User(_KakaoModel):
    """The user. `id` is the bot-scoped key: stable per bot, our external id."""

    id: str = Field(min_length=1, max_length=MAX_USER_ID)
    type: str | None = None
    properties: UserProperties = Field(default_factory=UserProperties)

    @field_validator("properties", mode="before")
    @classmethod
    def _null_properties(cls, value: Any) -> Any:
        """Kakao may send `null`; an empty object keeps attribute access simple."""
        return {} if value is None else value


class UserRequest(_KakaoModel):
    """What the user said, in which block, and (callback blocks only) where to answer later."""

    timezone: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    block: Block | None = None
    utterance: str = Field(max_length=MAX_UTTERANCE)
    lang: str | None = None
    callback_url: str | None = Field(default=None, max_length=2048)
    user: User

    @field_validator("params", mode="before")
    @classmethod
    def _null_params(cls, value: Any) -> Any:
        """Treat `null` as no params."""
        return {} if value is None else value


class Action(_KakaoModel):
    """The skill action. `client_extra` is the `extra` of the tapped quick reply or button."""

    id: str | None = None
    name: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    detail_params: dict[str, Any] = Field(default_factory=dict)
    client_extra: dict[str, Any] = Field(default_factory=dict)

    @field_validator("params", "detail_params", mode="before")
    @classmethod
    def _null_dict(cls, value: Any) -> Any:
        """Treat `null` as empty."""
        return {} if value is None else value

    @field_validator("client_extra", mode="before")
    @classmethod
    def _loose_extra(cls, value: Any) -> Any:
        """Kakao has sent `null`, `"null"` and JSON strings here; anything but an object is empty."""
        if isinstance(value, str):
            try:  # pydantic-core's parser: a deeply nested string is a ValueError, not a RecursionError
                value = from_json(value, allow_inf_nan=False)
            except ValueError:
                return {}
        return value if isinstance(value, dict) else {}


class Bot(_KakaoModel):
    """The bot that was addressed."""

    id: str | None = None
    name: str | None = None


class Trigger(_KakaoModel):
    """How the block was reached (`TEXT_INPUT`, `QUICKREPLY_BUTTON_MESSAGE`, ...)."""

    type: str | None = None
    referrer_block: Block | None = None


class Flow(_KakaoModel):
    """Where the conversation came from."""

    last_block: Block | None = None
    trigger: Trigger | None = None


class Context(_KakaoModel):
    """An Open Builder context (unused by DogCoach; our state lives in the store)."""

    name: str | None = None
    lifespan: int | None = None
    ttl: int | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class SkillRequest(_KakaoModel):
    """The body Kakao POSTs to the skill URL.

    The raw body is kept (`raw`) because the transcript stores what the platform really sent,
    including fields this model ignores.
    """

    intent: Intent | None = None
    user_request: UserRequest
    bot: Bot | None = None
    action: Action = Field(default_factory=Action)
    flow: Flow | None = None
    contexts: list[Context] = Field(default_factory=list)

    _raw: dict[str, Any] | None = PrivateAttr(default=None)

    @field_validator("action", mode="before")
    @classmethod
    def _null_action(cls, value: Any) -> Any:
        """Treat `null` as an empty action."""
        return {} if value is None else value

    @field_validator("contexts", mode="before")
    @classmethod
    def _null_contexts(cls, value: Any) -> Any:
        """Treat `null` as no contexts."""
        return [] if value is None else value

    @model_validator(mode="wrap")
    @classmethod
    def _keep_raw(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Self:
        """Remember the body as received so `raw` can return it unchanged."""
        obj: Self = handler(data)
        if isinstance(data, dict):
            obj._raw = data
        elif isinstance(data, str | bytes | bytearray):
            loaded = from_json(data)
            obj._raw = loaded if isinstance(loaded, dict) else None
        return obj

    @property
    def raw(self) -> dict[str, Any]:
        """The body as Kakao sent it (or this model's wire form when built in code)."""
        return self._raw if self._raw is not None else self.to_wire()

    @property
    def callback_url(self) -> str | None:
        """Where a late answer goes; only present on callback-enabled blocks."""
        return self.user_request.callback_url


# --------------------------------------------------------------------------- response


class QuickReply(_KakaoModel):
    """A quick reply button; `message_text` is what the user appears to say when tapping it."""

    label: str = Field(min_length=1)
    action: Literal["message", "block"] = "message"
    message_text: str | None = None
    block_id: str | None = None
    extra: dict[str, Any] | None = None


class Button(_KakaoModel):
    """A card button; DogCoach uses `message` buttons only, so taps come back as turns."""

    label: str = Field(min_length=1)
    action: Literal["message", "block", "webLink", "share"] = "message"
    message_text: str | None = None
    block_id: str | None = None
    web_link_url: str | None = None
    extra: dict[str, Any] | None = None


class SimpleText(_KakaoModel):
    """A text bubble."""

    text: str = Field(min_length=1, max_length=MAX_SIMPLE_TEXT)


class SimpleImage(_KakaoModel):
    """An image bubble; Kakao fetches `image_url` itself, so it must be public."""

    image_url: str = Field(min_length=1)
    alt_text: str = Field(min_length=1)


class TextCard(_KakaoModel):
    """A card with a title, a description and up to 3 buttons."""

    title: str | None = None
    description: str | None = None
    buttons: list[Button] = Field(default_factory=list, max_length=MAX_TEXT_CARD_BUTTONS)


class ListItem(_KakaoModel):
    """One row of a list card (also its header, where only `title` is used)."""

    title: str = Field(min_length=1)
    description: str | None = None
    image_url: str | None = None
    action: Literal["message", "block"] | None = None
    message_text: str | None = None
    extra: dict[str, Any] | None = None


class ListCardHeader(_KakaoModel):
    """The list card's header."""

    title: str = Field(min_length=1)


class ListCard(_KakaoModel):
    """A header, 1-5 items and up to 2 buttons: fits a short history."""

    header: ListCardHeader
    items: list[ListItem] = Field(min_length=1, max_length=MAX_LIST_ITEMS)
    buttons: list[Button] = Field(default_factory=list, max_length=MAX_LIST_BUTTONS)


class Output(_KakaoModel):
    """One output component; exactly one field is set."""

    simple_text: SimpleText | None = None
    simple_image: SimpleImage | None = None
    text_card: TextCard | None = None
    list_card: ListCard | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        """Kakao reads one component per output; two would silently drop one."""
        n = sum(x is not None for x in (self.simple_text, self.simple_image, self.text_card, self.list_card))
        if n != 1:
            raise ValueError("an output holds exactly one component")
        return self


class SkillTemplate(_KakaoModel):
    """The visible answer: 1-3 outputs and up to 10 quick replies."""

    outputs: list[Output] = Field(min_length=1, max_length=MAX_OUTPUTS)
    quick_replies: list[QuickReply] | None = Field(default=None, max_length=MAX_QUICK_REPLIES)


class SkillResponse(_KakaoModel):
    """A complete skill answer, as returned to the skill POST or sent to a callback URL."""

    version: Literal["2.0"] = "2.0"
    template: SkillTemplate
    data: dict[str, Any] | None = None


class CallbackData(_KakaoModel):
    """The interim text shown while Kakao waits for the callback."""

    text: str | None = None


class CallbackAccepted(_KakaoModel):
    """The immediate answer on a callback-enabled block: "result follows via callbackUrl"."""

    version: Literal["2.0"] = "2.0"
    use_callback: Literal[True] = True
    data: CallbackData | None = None


class CallbackAnswer(_KakaoModel):
    """Kakao's answer to our POST on a callback URL."""

    status: str
    task_id: str | None = None
    message: str | None = None
    timestamp: int | str | None = None

    @property
    def ok(self) -> bool:
        """Only SUCCESS means the user will see the answer."""
        return self.status == "SUCCESS"


def callback_accepted(text: str | None = None) -> dict[str, Any]:
    """The body that tells Kakao to wait for the callback (text: a localized "thinking" line)."""
    return CallbackAccepted(data=CallbackData(text=text) if text is not None else None).to_wire()
