# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Detail sent about a report seconds after it, before its result was shown (issue 11): "우리
초코가 밤마다 현관 앞에서 짖어요 ㅠㅠ", then "매일 그래요 한달쯤 됐어요". It is added to that report,
which is analysed once with both texts (the analysis of the first text, still running, is
superseded), and one result comes; a new incident stays its own report. Through real channels:
Telegram over the fake Bot API and the webhook, KakaoTalk over the skill, the terminal engine."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from dogcoach.domain.types import META_RESULT
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.analysis_support import running_bot
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for

MESSAGES = Messages()
REPORT = {
    "ko": "우리 초코가 밤마다 현관 앞에서 짖어요 ㅠㅠ",
    "en": "my dog barks at the front door every night",
}
DETAIL = {"ko": "매일 그래요 한달쯤 됐어요", "en": "it started a month ago"}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _asked(fake: FakeOllama) -> list[str]:
    """The report text of each analysis the model was asked for."""
    return [user_text(r.body) for r in fake.requests if r.path == "/api/chat"]


async def _reports(tg: Harness, chat: int) -> list[tuple[str, str]]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [(r.text, r.status) for r in sorted(await s.list_reports(user.id), key=lambda r: r.id)]


def _results(tg: Harness, chat: int) -> dict[int, str]:
    """The finished results shown in the chat, by message (sent, or edited into the message the
    analysis was written in): the last text of each that is not "still writing…"."""
    title = (t("ko", "analysis-title-pending"), t("en", "analysis-title-pending"))
    writing = (t("ko", "analysis-writing"), t("en", "analysis-writing"))
    shown: dict[int, str] = {}
    for m in tg.fake.sent_messages(chat):
        if m.kind in ("message", "edit_text") and (m.text or "").startswith(title):
            shown[m.message_id] = m.text or ""
    return {k: v for k, v in shown.items() if not v.endswith(writing)}


async def test_detail_seconds_after_a_report_is_added_to_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Report, then detail while the first analysis runs: one report with both texts, the old
    analysis never delivered, one result; both languages."""
    fake_ollama.behaviour.delay = 1.5  # the first analysis is still running when the detail comes
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'detail.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((14001, "ko"), (14002, "en")):
            fake_ollama.requests.clear()
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, REPORT[lang])
            await eventually(lambda: len(_asked(fake_ollama)) == 1)  # being analysed now
            await tg.say(chat, DETAIL[lang])
            assert tg.last_text(chat).startswith(t(lang, "analysis-detail-added", wait="")[:12])
            both = f"{REPORT[lang]}\n{DETAIL[lang]}"
            await eventually(lambda: bool(_results(tg, chat)))
            await asyncio.sleep(2.0)  # room for a second (wrong) result to arrive
            assert len(_results(tg, chat)) == 1, tg.sent(chat)
            assert await _reports(tg, chat) == [(both, "done")]
            asked = _asked(fake_ollama)
            assert len(asked) == 2, asked  # the first text (cut off), then both: once each
            assert REPORT[lang] in asked[-1] and DETAIL[lang] in asked[-1]
