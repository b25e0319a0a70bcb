# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""The follow-up question after a result (new-owner trial): not asked about what the report already
says (F4: "매일 그래요 한달쯤 됐어요" added to the report, then "얼마나 자주, 그리고 언제부터?"), and, while
it is open, asked again once below an unrelated reply, not under every one (F7: seven times in a
row on Kakao and in the terminal). Through real channels: Telegram over the fake Bot API and the
webhook, KakaoTalk over the skill, the terminal's engine with the real analysis service. The fake
Ollama always reports the frequency as missing."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.services.understanding import tells
from tests.analysis_support import running_bot
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import FAST_BOX, SHOW_RESULT, TITLE_KO, idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import open_store, serve
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import eventually, harness, settings_for

MESSAGES = Messages()
# A report that says nothing of how often, and detail that says it (the trial's words).
REPORT = {"ko": "우리 초코가 현관 앞에서 짖어요 ㅠㅠ", "en": "my dog barks at the front door"}
DETAIL = {"ko": "매일 그래요 한달쯤 됐어요", "en": "he does it every night, it started a month ago"}
# One message that says it all, typed on a phone.
TOLD = {
    "ko": "손님오면 현관에서 매일 짖어요 한달쯤 됐어요ㅠㅠ",
    "en": "he barks at guests every day since last month",
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _asked(fake: FakeOllama) -> list[str]:
    return [user_text(r.body) for r in fake.requests if r.path == "/api/chat"]


def _count(texts: list[str], part: str) -> int:
    return sum(part in text for text in texts)


# --------------------------------------------------------------------------- F4


async def test_telegram_no_question_about_what_the_report_already_says(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Detail added before the result, or one message that says how often: the result asks
    nothing (the model still lists the frequency as missing); a report that does not say it is
    asked, in both languages."""
    fake_ollama.behaviour.delay = 1.0  # the first analysis still runs when the detail comes
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'told.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        assert tg.rt.analysis is not None
        for n, lang in enumerate(("ko", "en")):
            question = t(lang, "analysis-followup-frequency")
            detail_chat, told_chat, plain_chat = 15001 + 10 * n, 15002 + 10 * n, 15003 + 10 * n
            for chat in (detail_chat, told_chat, plain_chat):
                await owner_with_dog(tg, chat, lang)
            fake_ollama.requests.clear()
            await tg.say(detail_chat, REPORT[lang], language_code=lang)
            await eventually(lambda: len(_asked(fake_ollama)) == 1)
            await tg.say(detail_chat, DETAIL[lang], language_code=lang)
            await tg.say(told_chat, TOLD[lang], language_code=lang)
            await tg.say(plain_chat, REPORT[lang], language_code=lang)
            assert await tg.rt.analysis.drain(20)
            for chat in (detail_chat, told_chat, plain_chat):
                await report_done(tg, chat)
            assert any(DETAIL[lang] in text for text in _asked(fake_ollama))  # added, analysed again
            assert _count(tg.sent(detail_chat), question) == 0, tg.sent(detail_chat)
            assert _count(tg.sent(told_chat), question) == 0, tg.sent(told_chat)
            assert tg.last_text(plain_chat) == question, tg.sent(plain_chat)
            for chat, flow in ((detail_chat, None), (told_chat, None), (plain_chat, "followup")):
                user = await tg.user(chat)
                assert user is not None
                async with tg.rt.store.session() as s:
                    assert (await s.get_state(user.id)).flow == flow


async def _kakao_result(user: Any) -> list[str]:
    """Tap "Show result" until the result is shown; every text shown meanwhile."""
    shown: list[str] = list(user.texts)
    for _ in range(100):
        if any(x.startswith(TITLE_KO) for x in shown):
            return shown
        await asyncio.sleep(0.1)
        await user.send(t("ko", "analysis-show-result"), extra={"choice": SHOW_RESULT})
        shown += user.texts
    raise AssertionError(shown)


async def test_kakao_no_question_about_what_the_report_already_says(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve(kakao_settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        told = await idle_user(srv)
        await told.send(TOLD["ko"])
        shown = await _kakao_result(told)
        assert _count(shown, t("ko", "analysis-followup-frequency")) == 0, shown
        plain = await idle_user(srv)
        await plain.send(REPORT["ko"])
        shown = await _kakao_result(plain)
        assert _count(shown, t("ko", "analysis-followup-frequency")) == 1, shown
        await until_owed(srv, plain)


async def test_terminal_no_question_about_what_the_report_already_says(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for n, lang in enumerate(("en", "ko")):
            chat = Chat(bot.engine, f"told-{lang}", hint=lang)
            await chat.send("/start")
            await chat.send("/cancel")
            await chat.send(TOLD[lang])
            await bot.recorder.wait_for(n + 1)
            _user, pushed = bot.recorder.sent[n]
            texts = [r.text for r in pushed]
            assert texts and _count(texts, t(lang, "analysis-followup-frequency")) == 0, texts


# --------------------------------------------------------------------------- F7

UNRELATED = {
    "ko": ["고마워요!", "👍", "ㅋㅋㅋ", "...", "기록", "이번 주"],
    "en": ["thanks!", "👍", "lol", "...", "history", "this week"],
}
ANSWER = {"ko": "하루에 두세번이요", "en": "2-3 times a day"}
_STOP = "\x00"
NEW_REPORT = {lang: t(lang, "analysis-working", wait=_STOP).split(_STOP)[0] for lang in ("ko", "en")}


async def _open_question_then_chatter(send: Any, lang: str) -> list[list[str]]:
    """With the question open: unrelated messages, then the answer; the texts of each turn."""
    turns = []
    for text in UNRELATED[lang]:
        turns.append(await send(text))
    turns.append(await send(ANSWER[lang]))
    return turns


def _assert_asked_again_once(lang: str, turns: list[list[str]]) -> None:
    question = t(lang, "analysis-followup-frequency")
    asked = [_count(texts, question) for texts in turns[:-1]]
    # not under the thanks (it closes the exchange: test_no_report_without_behaviour.py), then
    # once under the next unrelated reply ("👍"), never again
    assert asked == [0, 1] + [0] * (len(asked) - 2), (asked, turns)
    # still open: the answer is no new report (the callers check it was added to the report)
    assert not any(text.startswith(NEW_REPORT[lang]) for text in turns[-1]), turns[-1]


async def _report_texts(store: Store, channel: Channel, key: str) -> list[str]:
    async with store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        return [r.text for r in sorted(await s.list_reports(user.id), key=lambda r: r.id)]


async def test_kakao_open_question_is_asked_again_once(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    async with serve(kakao_settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        for lang in ("ko", "en"):
            user = await idle_user(srv, english=lang == "en")
            await user.send(REPORT[lang])
            shown: list[str] = list(user.texts)
            question = t(lang, "analysis-followup-frequency")
            for _ in range(100):
                if _count(shown, question):
                    break
                await asyncio.sleep(0.1)
                await user.send(t(lang, "analysis-show-result"), extra={"choice": SHOW_RESULT})
                shown += user.texts
            assert _count(shown, question) == 1, shown

            async def send(text: str, user: Any = user) -> list[str]:
                await user.send(text)
                return list(user.texts)

            _assert_asked_again_once(lang, await _open_question_then_chatter(send, lang))
            await until_owed(srv, user)
            async with open_store(srv.settings.database_url) as store:
                texts = await _report_texts(store, Channel.KAKAO, user.key)
            assert texts[0] == f"{REPORT[lang]}\n{ANSWER[lang]}", texts


async def test_terminal_open_question_is_asked_again_once(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for lang in ("ko", "en"):
            chat = Chat(bot.engine, f"nag-{lang}", hint=lang)
            await chat.send("/start")
            await chat.send("/cancel")
            before = len(bot.recorder.sent)
            await chat.send(REPORT[lang])
            await bot.recorder.wait_for(before + 1)
            _user, pushed = bot.recorder.sent[before]
            assert pushed[-1].text == t(lang, "analysis-followup-frequency")

            async def send(text: str, chat: Chat = chat) -> list[str]:
                return [r.text for r in await chat.send(text)]

            _assert_asked_again_once(lang, await _open_question_then_chatter(send, lang))
            assert await bot.service.drain(15)
            texts = await _report_texts(store, Channel.CONSOLE, f"nag-{lang}")
            assert texts == [f"{REPORT[lang]}\n{ANSWER[lang]}"]


# --------------------------------------------------------------------------- what a report tells

TELLS_FREQUENCY = [
    ("우리 초코가 현관 앞에서 짖어요 ㅠㅠ\n매일 그래요 한달쯤 됐어요", True),
    ("밤마다짖어요ㅠㅠ", True),
    ("일주일에 두세번 그래요", True),
    ("my dog barks at the front door\nhe does it every night, it started a month ago", True),
    ("she lunges at bikes twice a week", True),
    ("현관에서 택배 기사님을 보면 계속 짖어요", False),  # how long, not how often
    ("손님이 올 때마다 현관에서 짖어요", False),  # when (the situation), not how often
    ("처음 보는 사람한테 으르렁거려요", False),  # a stranger
    ("My dog barks at the door every time guests come over", False),
    ("he never stops barking at the mailman", False),
    ("He barks at every delivery man and jumps at the door", False),  # when, not how often
    ("오늘 산책하다가 자전거 보고 짖었어요", False),  # 오늘 is not 늘
    ("he always barks at the mailman", True),
    ("my dog barks at the front door", False),
]


def test_what_a_report_tells_about_how_often() -> None:
    wrong = [(text, want) for text, want in TELLS_FREQUENCY if tells(MESSAGES, text, "frequency") != want]
    assert wrong == []
