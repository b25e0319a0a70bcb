# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Detail about a report sent while a survey question is open, and detail sent after its result
was shown (issue 11, a new owner's trial, faults F1 and F2), through real channels.

F1: at the name question "우리 강아지가 밤마다 짖어요 ㅠㅠ" was kept and analysed, but "매일 그래요
한달쯤 됐어요" became a second report and "하루에 두세번이요" the dog's name ("2-3 times a day" →
"Times A Day"). F2: after the result was shown and its follow-up answered, "it started about a
month ago" became a new report ("한달쯤 됐어요": the noise hint), and on Kakao without a callback
every detail was a report of its own."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dogcoach.handlers.results.detail import RECENT_WINDOW
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.analysis_support import running_bot
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import FAST_BOX, TITLE_EN, idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import open_store, serve
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _asked(fake: FakeOllama) -> list[str]:
    return [user_text(r.body) for r in fake.requests if r.path == "/api/chat"]


async def _reports(tg: Harness, chat: int) -> list[str]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [r.text for r in sorted(await s.list_reports(user.id), key=lambda r: r.id)]


async def _dog_names(tg: Harness, chat: int) -> list[Any]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [d.answers.get("name") for d in await s.list_dogs(user.id)]


async def _says(tg: Harness, chat: int, text: str, start: str) -> bool:
    """Send `text`; whether a message the bot sent for it begins with `start` (the analysis's
    "still writing" message may come before or after the acknowledgement)."""
    before = len(tg.sent(chat))
    await tg.say(chat, text)
    return any(x.startswith(start) for x in tg.sent(chat)[before:])


# -- F1: a survey question open, a report waiting ---------------------------------------------

SURVEY_CASES = (
    # chat, language, report, detail (follow-up cues), a frequency that is no name, the name
    (
        14101,
        "ko",
        "우리 강아지가 밤마다 짖어요 ㅠㅠ",
        "매일 그래요 한달쯤 됐어요",
        "하루에 두세번이요",
        "콩이",
    ),
    (14102, "en", "my dog barks every night :(", "he does it every night", "2-3 times a day", "Rex"),
)


async def test_detail_at_the_name_question_is_added_to_the_waiting_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """At the name question: the report is kept, the detail and the frequency are added to it
    (one report, analysed with all three texts), the name question comes again after each, and
    no frequency becomes the dog's name; the name, then the age "한달쯤 됐어요" (a puppy's age, a
    plausible answer) are answers."""
    fake_ollama.behaviour.delay = 1.5  # still being analysed when the detail comes
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'f1.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, report, more, often, name in SURVEY_CASES:
            fake_ollama.requests.clear()
            await tg.say(chat, "/start", language_code=lang)
            asked_name = t(lang, "survey-q-name")
            assert tg.last_text(chat).endswith(asked_name)
            await tg.say(chat, report)
            assert tg.last_text(chat).endswith(asked_name)
            await eventually(lambda: len(_asked(fake_ollama)) == 1)
            for detail in (more, often):
                added = t(lang, "analysis-detail-added", wait="")[:12]
                assert await _says(tg, chat, detail, added), tg.sent(chat)
                assert tg.last_text(chat).endswith(asked_name), tg.sent(chat)  # the question again, last
            assert await _dog_names(tg, chat) in ([], [None]), await _dog_names(tg, chat)
            await tg.say(chat, name)
            assert tg.last_text(chat).endswith(t(lang, "survey-q-age_months", name=name)), tg.sent(chat)
            assert tg.rt.analysis is not None
            assert await tg.rt.analysis.drain(15)
            assert await _reports(tg, chat) == [f"{report}\n{more}\n{often}"]
            assert await _dog_names(tg, chat) == [name]
            asked = _asked(fake_ollama)
            assert all(x in asked[-1] for x in (report, more, often)), asked
            assert "Times A Day" not in asked[-1]  # no frequency sent to the model as the dog's name
        # "한달쯤 됐어요" at the age question, a report waiting or not: a puppy's age, an answer
        await tg.say(14101, "한달쯤 됐어요")
        assert tg.last_text(14101).endswith(t("ko", "survey-q-sex", name="콩이")), tg.sent(14101)


async def test_detail_at_the_age_question_and_a_frequency_is_never_a_name_in_the_terminal(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The terminal engine, SQLite and Postgres: with no report waiting, a frequency at the name
    question is re-asked for a name; at the age question with a report waiting, "하루에
    두세번이요" (a frequency, not an age) is added to the report and the age asked again."""
    fake_ollama.behaviour.delay = 1.0
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for user, lang, often, name in (
            ("f1-ko", "ko", "하루에 두세번이요", "콩이"),
            ("f1-en", "en", "2-3 times a day", "Rex"),
        ):
            chat = Chat(bot.engine, user, hint=lang)
            await chat.send("/start")
            await chat.send(often)
            assert chat.texts[0] == t(lang, "survey-err-name-unknown"), chat.texts
            await chat.send(name)
            age = t(lang, "survey-q-age_months", name=name)
            assert chat.texts[-1].endswith(age)
            report = "우리 강아지가 밤마다 짖어요 ㅠㅠ" if lang == "ko" else "my dog barks every night :("
            await chat.send(report)
            await chat.send(often)
            assert chat.texts[0].startswith(t(lang, "analysis-detail-added", wait="")[:12]), chat.texts
            assert chat.texts[-1].endswith(age), chat.texts
            assert await bot.service.drain(15)
            async with store.session() as s:
                owner = await s.get_user("console", user)
                assert owner is not None
                texts = [r.text for r in await s.list_reports(owner.id)]
                dogs = [d.answers.get("name") for d in await s.list_dogs(owner.id)]
            assert texts == [f"{report}\n{often}"], texts
            assert dogs == [name]


# -- F2: the result shown a moment ago -----------------------------------------------------------


async def _followup_answered(chat: Chat, bot: Any, report: str, answer: str) -> None:
    await chat.send(report)
    assert await bot.service.drain(15)
    await chat.send(answer)  # the follow-up question's answer: added, analysed again, delivered
    assert await bot.service.drain(15)


async def test_detail_after_the_result_was_shown_is_added_and_analysed_again_in_the_terminal(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """After the result and its follow-up: "it started about a month ago" / "한달쯤 됐어요" is
    received for the same report and analysed again; a typed "show result" is never added."""
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for user, lang, report, answer, later in (
            ("f2-ko", "ko", "우리 강아지가 밤마다 짖어요 ㅠㅠ", "매일 그래요", "한달쯤 됐어요"),
            (
                "f2-en",
                "en",
                "my dog barks every night :(",
                "he does it every night",
                "it started about a month ago",
            ),
        ):
            fake_ollama.requests.clear()
            chat = Chat(bot.engine, user, hint=lang)
            await chat.send("/start")
            await chat.send("/cancel")
            await _followup_answered(chat, bot, report, answer)
            await chat.send(later)
            assert chat.texts[0].startswith(t(lang, "analysis-followup-received", wait="")[:12]), chat.texts
            assert await bot.service.drain(15)
            await chat.send(t(lang, "analysis-show-result"))
            assert await bot.service.drain(15)
            async with store.session() as s:
                owner = await s.get_user("console", user)
                assert owner is not None
                reports = sorted(await s.list_reports(owner.id), key=lambda r: r.id)
            # one report with all three texts: the typed "show result" label is not glued on
            assert reports[0].text == f"{report}\n{answer}\n{later}", [r.text for r in reports]
            asked = _asked(fake_ollama)
            assert any(later in x and report in x for x in asked), asked


async def test_detail_after_a_result_shown_in_the_turn_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """Kakao without a callback shows the result in the same turn (the unseen window closes at
    once): "he does it every night", then "it started a month ago" both go to the one report;
    the typed "show result" label is never glued on."""
    settings = kakao_settings_for(tmp_path, fake_ollama.url, **FAST_BOX)
    async with serve(settings) as srv:
        user = await idle_user(srv, english=True)
        texts = ("my dog barks every night :(", "he does it every night", "it started a month ago")
        for text in texts:
            await user.send(text)
            assert any(x.startswith(TITLE_EN) for x in user.texts), user.texts  # shown in the turn
            await until_owed(srv, user)
        await user.send(t("en", "analysis-show-result"))
        await until_owed(srv, user)
        await asyncio.sleep(0)
        async with open_store(srv.settings.database_url) as store, store.session() as s:
            owner = await s.get_user("kakao", user.key)
            assert owner is not None
            reports = sorted(await s.list_reports(owner.id), key=lambda r: r.id)
        # the typed label is not glued on (whether it is a command is the command words' business)
        assert reports[0].text == "\n".join(texts), [r.text for r in reports]


async def test_detail_after_the_result_on_telegram_and_not_once_the_window_passed(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Telegram, both languages: after the result and its follow-up, "한달쯤 됐어요" / "it started
    about a month ago" is received for the report (it was dropped with the noise hint, or made a
    new report); once `RECENT_WINDOW` has passed it is not added any more, and a behaviour told
    again after the result is a report of its own."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'f2.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        assert tg.rt.analysis is not None
        for chat, lang, report, answer, later, other in (
            (
                14111,
                "ko",
                "우리 강아지가 밤마다 짖어요 ㅠㅠ",
                "매일 그래요",
                "한달쯤 됐어요",
                "매일 오줌 실수를 해요",
            ),
            (
                14112,
                "en",
                "my dog barks every night :(",
                "he does it every night",
                "it started about a month ago",
                "he chews the sofa every day",
            ),
        ):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, report)
            assert await tg.rt.analysis.drain(15)
            await tg.say(chat, answer)  # the follow-up question's answer
            assert await tg.rt.analysis.drain(15)
            assert await _says(tg, chat, later, t(lang, "analysis-followup-received", wait="")[:12])
            assert await tg.rt.analysis.drain(15)
            assert await _reports(tg, chat) == [f"{report}\n{answer}\n{later}"]
            await tg.say(chat, other)  # another behaviour, told after the result: its own report
            assert await tg.rt.analysis.drain(15)
            assert await _reports(tg, chat) == [f"{report}\n{answer}\n{later}", other]
            await tg.say(chat, "/cancel")  # its follow-up question set aside
            async with tg.rt.store.session() as s:  # the newest result seen longer ago than the window
                past = datetime.now(UTC) - RECENT_WINDOW - timedelta(minutes=1)
                await s.execute("UPDATE reports SET delivered_at = ?", s.d.ts_in(past))
            assert not await _says(tg, chat, later, t(lang, "analysis-followup-received", wait="")[:12])
            assert await tg.rt.analysis.drain(15)
            assert (await _reports(tg, chat))[:2] == [f"{report}\n{answer}\n{later}", other]


async def test_detail_at_the_name_question_on_kakao(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    """KakaoTalk without a callback, both languages: the greeting opens the name question, the
    report is kept, the frequency is added to it (not the dog's name) and the question comes
    again in the same answer."""
    fake_ollama.behaviour.delay = 1.5
    settings = kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)
    async with serve(settings) as srv:
        for lang, hello, report, often in (
            ("ko", "안녕하세요", "우리 강아지가 밤마다 짖어요 ㅠㅠ", "하루에 두세번이요"),
            ("en", "English", "my dog barks every night :(", "2-3 times a day"),  # the welcome in English
        ):
            user = srv.user()
            await user.send(hello)
            asked_name = t(lang, "survey-q-name")
            assert user.text.endswith(asked_name), user.texts
            await user.send(report)
            await user.send(often)
            assert any(x.startswith(t(lang, "kakao-added", wait="")[:12]) for x in user.texts), user.texts
            assert any(x.endswith(asked_name) for x in user.texts), user.texts
            await until_owed(srv, user)
            async with open_store(srv.settings.database_url) as store, store.session() as s:
                owner = await s.get_user("kakao", user.key)
                assert owner is not None
                texts = [r.text for r in await s.list_reports(owner.id)]
                names = [d.answers.get("name") for d in await s.list_dogs(owner.id)]
            assert texts == [f"{report}\n{often}"], texts
            assert names in ([], [None]), names
