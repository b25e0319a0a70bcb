# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""The third new-owner trial's vocabulary faults, each through a real channel in both languages:
a thing eaten or destroyed ("콩이가 양말을 먹었어요", "Max ate a sock today", a photo captioned
"look what max did to the couch 😭") was answered "not sure what you mean" and kept nowhere (and a
sock swallowed raised no red flag); a
problem behaviour told as never happening ("물려고한적은없어요", "he never bites though") was
analysed as a report; "어떻게 해야 될지 모르겠어요ㅠㅠ" and "I don't know what to do anymore" got
a cold reply, and "he was so good today!" was not understood."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def _kept(store: Any, channel: str, key: str) -> list[str]:
    """The first line of each behaviour report kept for one owner (questions to the coach aside)."""
    return [r.text.split("\n")[0] for r in await owner_reports(store, channel, key) if not r.is_question]


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


EATEN = {
    "ko": ("콩이가 양말을 먹었어요", "산책하다가 쓰레기를 주워먹었어요"),
    "en": ("Max ate a sock today", "she ate my sock"),
}

# Told as never happening, at a loss, good news: each a short reply, nothing kept, no model call.
TALK = {
    "ko": (("물려고한적은없어요", "talk-news"), ("안 물어요", "talk-news"),
           ("어떻게 해야 될지 모르겠어요ㅠㅠ", "talk-lost")),
    "en": (("he never bites though", "talk-news"), ("he's never aggressive", "talk-news"),
           ("I don't know what to do anymore", "talk-lost"), ("he was so good today!", "talk-news")),
}  # fmt: skip


async def test_a_thing_eaten_is_a_report_on_telegram(tg: Harness) -> None:
    chat = 31001
    for lang, texts in EATEN.items():
        chat += 1
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        for text in texts:
            await tg.say(chat, text)
            assert t(lang, "noise-hint") not in tg.last_text(chat), (text, tg.last_text(chat))
        kept = await _kept(tg.rt.store, "telegram", str(chat))
        assert kept == list(texts), kept
        # a sock swallowed can block the gut: a vet now, in the owner's language
        assert any(t(lang, "safety-foreign_body") in x for x in tg.sent(chat)), tg.sent(chat)


async def test_a_photo_caption_that_tells_an_incident_is_a_report_on_telegram(tg: Harness) -> None:
    for chat, lang, caption in (
        (31011, "en", "look what max did to the couch 😭"),
        (31012, "ko", "콩이가 양말을 먹었어요"),
    ):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        result = await tg.fake.deliver_photo(chat, caption=caption)
        assert result.status_code == 200, result.text
        assert await _kept(tg.rt.store, "telegram", str(chat)) == [caption]
        before = len(tg.sent(chat))
        await tg.fake.deliver_photo(chat, caption="우리 애 사진이에요")  # a caption that tells nothing
        assert len(tg.sent(chat)) > before
        assert await _kept(tg.rt.store, "telegram", str(chat)) == [caption]


async def test_never_at_a_loss_and_good_news_are_small_talk_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((31021, "ko"), (31022, "en")):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        for text, reply in TALK[lang]:
            await tg.say(chat, text)
            assert tg.last_text(chat) == t(lang, reply), (text, tg.last_text(chat))
        assert await _kept(tg.rt.store, "telegram", str(chat)) == []
    assert _model_calls(fake_ollama) == 0


async def test_eaten_never_and_at_a_loss_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang in ("ko", "en"):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        calls = _model_calls(fake_ollama)  # the server's own warm-up aside
        for text, reply in TALK[lang]:
            await user.send(text)
            assert user.texts == [t(lang, reply)], (text, user.texts)
        async with open_store(kakao.settings.database_url) as store:
            assert await _kept(store, "kakao", user.key) == []
        assert _model_calls(fake_ollama) == calls
        await user.send(EATEN[lang][0])
        assert t(lang, "noise-hint") not in user.text, user.text
        for _ in range(50):  # kept before the reply; the analysis may run on
            async with open_store(kakao.settings.database_url) as store:
                kept = await _kept(store, "kakao", user.key)
            if kept:
                break
            await asyncio.sleep(0.05)
        assert kept == [EATEN[lang][0]], kept


def test_eaten_never_and_at_a_loss_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["Choco ate a sock today", "Choco"], "--lang", "en")
    # the first message in the terminal is first contact (owner trial 16): kept, the survey offered
    assert t("en", "first-report-offer") in out, out
    for lang in ("ko", "en"):
        lines = ["/cancel", *(text for text, _ in TALK[lang])]
        out = _chat(tmp_path, lines, "--lang", lang, "--user", f"owner-{lang}")
        for text, reply in TALK[lang]:
            assert t(lang, reply) in out, (text, out)
