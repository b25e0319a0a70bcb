"""The type check a webhook update passes before python-telegram-bot sees it.

PTB's `Update.de_json` trusts the Bot API: it copies whatever JSON it is given into its objects,
so a forged update with a numeric `language_code` or a list as a chat id became a turn that
crashed with no reply. Telegram itself never sends such a thing, so an update whose fields the bot
reads have the wrong JSON type is refused (422) at the route, before any turn. Only those fields
are checked, as the Bot API types them (https://core.telegram.org/bots/api#update); everything
else is left to PTB, and an update PTB cannot read either is refused too (`webhook.telegram`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, ValidationError

from dogcoach.domain.ids import MAX_ROW_ID

# Bot API ids are signed 64-bit integers ("at most 52 significant bits" for users and chats).
Int64 = Annotated[StrictInt, Field(ge=-MAX_ROW_ID - 1, le=MAX_ROW_ID)]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class _User(_Shape):
    id: Int64
    is_bot: StrictBool
    first_name: StrictStr
    last_name: StrictStr | None = None
    username: StrictStr | None = None
    language_code: StrictStr | None = None


class _Chat(_Shape):
    id: Int64
    type: StrictStr
    title: StrictStr | None = None
    username: StrictStr | None = None
    first_name: StrictStr | None = None
    last_name: StrictStr | None = None


class _Message(_Shape):
    message_id: Int64
    date: Int64
    chat: _Chat
    from_: _User | None = Field(None, alias="from")
    text: StrictStr | None = None
    caption: StrictStr | None = None


class _CallbackQuery(_Shape):
    id: StrictStr
    from_: _User = Field(alias="from")
    chat_instance: StrictStr
    message: _Message | None = None
    data: StrictStr | None = None


class _Update(_Shape):
    update_id: Int64
    message: _Message | None = None
    edited_message: _Message | None = None
    callback_query: _CallbackQuery | None = None


def update_errors(data: Any) -> list[dict[str, Any]]:
    """Where `data` (a parsed webhook body) is not an update the bot can read: `loc` and `type`
    of at most five faults; empty when it is one."""
    try:
        _Update.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        return [{"loc": list(e["loc"]), "type": e["type"]} for e in errors[:5]]
    return []
