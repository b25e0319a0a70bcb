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
from tests.test_kakao_reports import SHOW_RESULT, TITLE_KO, idle_user, receiver, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import open_store, serve, texts_of
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for

MESSAGES = Messages()
REPORT = {
    "ko": "우리 콩이가 밤마다 현관 앞에서 짖어요 ㅠㅠ",  # the owner's dog (another name gets a line)
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
            assert tg.rt.analysis is not None
            assert await tg.rt.analysis.drain(15)  # analysed and pushed: nothing left in flight
            assert len(_results(tg, chat)) == 1, tg.sent(chat)
            assert await _reports(tg, chat) == [(both, "done")]
            asked = _asked(fake_ollama)
            assert len(asked) == 2, asked  # the first text (cut off), then both: once each
            assert REPORT[lang] in asked[-1] and DETAIL[lang] in asked[-1]


async def test_detail_seconds_after_a_report_is_added_to_it_on_kakao_with_callbacks(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """On Kakao each message may bring a callback: the report's and the detail's both wait for the
    one report; the result is posted once, with both texts analysed."""
    fake_ollama.behaviour.delay = 1.5
    async with receiver("SUCCESS") as rx, serve(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT["ko"], callback_url=rx.url)
        for _ in range(500):
            if _asked(fake_ollama):
                break
            await asyncio.sleep(0.01)
        await user.send(DETAIL["ko"], callback_url=rx.url)
        said = user.last.get("data", {}).get("text", "")  # a callback turn says it in `data`
        # one analysis away (it starts over, first in line), not behind the one cut off
        one = t("ko", "analysis-wait-seconds", seconds=25)
        assert said == t("ko", "analysis-detail-added", wait=one), user.last
        await rx.wait_posts(1)
        await until_owed(srv, user)
        posts = [texts_of(p.body) for p in rx.posts]
        results = [p for p in posts if p and p[0].startswith(TITLE_KO)]
        assert len(results) == 1, posts
        asked = _asked(fake_ollama)
        assert len(asked) == 2 and REPORT["ko"] in asked[-1] and DETAIL["ko"] in asked[-1], asked
        async with open_store(srv.settings.database_url) as store, store.session() as s:
            owner = await s.get_user("kakao", user.key)
            assert owner is not None
            reports = await s.list_reports(owner.id)
        assert [(r.text, r.status) for r in reports] == [(f"{REPORT['ko']}\n{DETAIL['ko']}", "done")]


async def test_detail_in_the_terminal_and_a_new_incident_stays_its_own_report(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The terminal's engine with the real analysis service: English detail is added, one result
    comes; then, while a report waits, a new incident ("yesterday it lunged…") and a behaviour
    told with its situation each stay a report of their own."""
    fake_ollama.behaviour.delay = 1.0
    async with running_bot(store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "detail-en", hint="en")
        await chat.send("/start")
        await chat.send("/cancel")
        await chat.send(REPORT["en"])
        for _ in range(500):
            if _asked(fake_ollama):
                break
            await asyncio.sleep(0.01)
        await chat.send(DETAIL["en"])
        assert chat.texts[0].startswith(t("en", "analysis-detail-added", wait="")[:12]), chat.texts
        assert await bot.service.drain(15)
        pushes = [replies for _, replies in bot.recorder.sent if any(META_RESULT in r.meta for r in replies)]
        assert len(pushes) == 1, bot.recorder.sent
        asked = _asked(fake_ollama)
        assert len(asked) == 2 and REPORT["en"] in asked[-1] and DETAIL["en"] in asked[-1], asked

        other = Chat(bot.engine, "detail-ko", hint="ko")
        await other.send("/start")
        await other.send("/cancel")
        await other.send(REPORT["ko"])
        await other.send("어제는 산책하다가 다른 개한테 달려들었어요")  # a new incident
        assert other.texts[-1] != t("ko", "analysis-detail-added", wait="")
        await other.send("산책할 때 줄을 엄청 당겨요")  # a behaviour with its situation
        assert other.texts[-1] != t("ko", "analysis-detail-added", wait="")
        assert await bot.service.drain(15)
        async with store.session() as s:
            user = await s.get_user("console", "detail-ko")
            assert user is not None
            texts = sorted(r.text for r in await s.list_reports(user.id))
        assert texts == sorted(
            [REPORT["ko"], "어제는 산책하다가 다른 개한테 달려들었어요", "산책할 때 줄을 엄청 당겨요"]
        )


# -- a survey question is asked again below a result that arrives later ---------------------------


async def test_the_open_survey_question_is_asked_again_below_a_streamed_result_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """A report typed mid-survey is analysed while the survey asks its question again; on
    Telegram the result is written into a message below that question as the model writes.
    Owner trial 9 (issue 11): the question came two or three times for one report; it is asked
    once, below the line that says the report was kept, and the result does not repeat it while
    the owner has not answered. The answer typed after the result is still taken."""
    fake_ollama.behaviour.token_rate = 200.0  # streamed: the result is edited in as it is written
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'survey.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, name, report in (
            (14011, "ko", "콩이", REPORT["ko"]),
            (14012, "en", "Rex", "He barks at the front door every night when the doorbell rings"),
        ):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, name)
            age = t(lang, "survey-q-age_months", name=name)
            assert tg.last_text(chat).endswith(age)
            await tg.say(chat, report)
            assert tg.last_text(chat).endswith(age)  # asked again in the turn, after "kept"
            assert tg.rt.analysis is not None
            assert await tg.rt.analysis.drain(15)
            assert _results(tg, chat), tg.sent(chat, ("message", "edit_text"))
            assert sum(m.endswith(age) for m in tg.sent(chat)) == 2, tg.sent(chat)  # first, and once more
            await tg.say(chat, "3살" if lang == "ko" else "3 years")  # and it still takes the answer
            assert tg.last_text(chat).endswith(t(lang, "survey-q-sex", name=name)), tg.sent(chat)


async def test_detail_on_kakao_without_callbacks_then_show_result(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """Without callbacks the skill answers within its budget, then "결과 보기" shows the result:
    after the detail, it shows one result, of both texts, and nothing more comes with the next
    message."""
    fake_ollama.behaviour.delay = 1.5
    settings = kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)
    async with serve(settings) as srv:
        user = await idle_user(srv)
        await user.send(REPORT["ko"])
        for _ in range(500):
            if _asked(fake_ollama):
                break
            await asyncio.sleep(0.01)
        await user.send(DETAIL["ko"])
        assert user.text.startswith(t("ko", "kakao-added", wait="")[:12]), user.text
        shown: list[str] = []
        for _ in range(100):
            await user.send(t("ko", "analysis-show-result"), extra={"choice": SHOW_RESULT})
            shown += [x for x in user.texts if x.startswith(TITLE_KO)]
            if shown:
                break
            await asyncio.sleep(0.1)
        await until_owed(srv, user)
        await user.send("고마워요")
        shown += [x for x in user.texts if x.startswith(TITLE_KO)]
        assert len(shown) == 1, shown
        asked = _asked(fake_ollama)
        assert len(asked) == 2 and REPORT["ko"] in asked[-1] and DETAIL["ko"] in asked[-1], asked
