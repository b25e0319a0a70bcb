"""Every channel offers the same surface (`bot.channel.ChannelAdapter`): a platform payload becomes
the same `Incoming`, whatever the channel; `render` shows replies; `send` is the outbox sender."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ExtBot

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import runtime
from dogcoach.channels.console import ConsoleChat
from dogcoach.channels.kakao.models import SkillRequest
from dogcoach.channels.kakao.skill import KakaoSkill
from dogcoach.channels.telegram.adapter import TelegramAdapter
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Choice, Incoming, Reply, UserRef
from tests.test_kakao_skill import skill_body

TEXT = "my dog barks at the door"


def telegram_update(chat_id: int, text: str) -> dict[str, Any]:
    sender = {"id": chat_id, "is_bot": False, "first_name": "Ann", "language_code": "en"}
    return {
        "update_id": 1,
        "message": {
            "message_id": 5,
            "date": 1_700_000_000,
            "chat": {"id": chat_id, "type": "private", "first_name": "Ann"},
            "from": sender,
            "text": text,
        },
    }


async def test_a_text_message_is_the_same_incoming_on_every_channel(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{tmp_path / 's.db'}")  # type: ignore[call-arg]
    async with runtime(settings, analysis=False) as rt:
        console = ConsoleChat(rt.engine, "ann", locale_hint="en", stdout=io.StringIO())
        telegram = TelegramAdapter(ExtBot("123:ABC"), rt)
        kakao = KakaoSkill(rt.engine, rt.store, rt.messages, settings)
        try:
            raw = telegram_update(42, TEXT)
            seen = {
                Channel.CONSOLE: console.to_incoming(TEXT),
                Channel.TELEGRAM: telegram.to_incoming(Update.de_json(raw, telegram.bot)),
                Channel.KAKAO: kakao.to_incoming(
                    SkillRequest.model_validate(skill_body("kakao-ann", TEXT, lang="en"))
                ),
            }
        finally:
            await telegram.close()
            await kakao.aclose()
    for channel, incoming in seen.items():
        assert incoming is not None
        assert incoming.user.channel is channel
        assert (incoming.text, incoming.choice, incoming.locale_hint) == (TEXT, None, "en")
    tg = seen[Channel.TELEGRAM]
    assert tg is not None and tg.user == UserRef(Channel.TELEGRAM, "42") and tg.display_name == "Ann"
    assert tg.payload is not None and tg.payload["message"]["text"] == TEXT  # the transcript keeps it
    kakao_turn = seen[Channel.KAKAO]
    assert kakao_turn is not None and kakao_turn.user == UserRef(Channel.KAKAO, "kakao-ann")
    # An edit is no text turn: like media, an Incoming without text (answered "send it again").
    edited = {"update_id": 2, "edited_message": {**raw["message"], "edit_date": 1_700_000_001}}
    answered = telegram.to_incoming(Update.de_json(edited, telegram.bot))
    assert answered is not None and answered.media and answered.text is None
    # A group's update that is no turn for the engine is not an Incoming.
    group = {**raw["message"], "chat": {"id": -100, "type": "supergroup", "title": "G"}}
    assert telegram.to_incoming(Update.de_json({"update_id": 3, "message": group}, telegram.bot)) is None


async def test_render_and_the_outbox_sender_of_the_console(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{tmp_path / 's.db'}")  # type: ignore[call-arg]
    out = io.StringIO()
    async with runtime(settings, analysis=False) as rt:
        console = ConsoleChat(rt.engine, "ann", locale_hint="en", stdout=out, files_dir=tmp_path)
        console.render(out, [Reply("Pick one", (Choice("a", "Apple"), Choice("b", "Banana")))])
        assert out.getvalue() == "Pick one\n  1) Apple\n  2) Banana\n\n"
        assert console.to_incoming("2") == Incoming(
            UserRef(Channel.CONSOLE, "ann"), choice="b", locale_hint="en"
        )
        async with rt.store.session() as s:
            ann = await s.create_user(Channel.CONSOLE, "ann")
        async with connected(rt.outbox, console):
            assert rt.outbox.reaches(Channel.CONSOLE)
            assert await rt.outbox.deliver(ann, [Reply("late result")])
        assert not rt.outbox.reaches(Channel.CONSOLE)
        assert "late result" in out.getvalue()
