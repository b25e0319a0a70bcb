# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""What an owner says right after a result (pre-merge owner trial): plans ("내일부터 해볼게요",
"will try tomorrow"), praise, feedback on the advice ("tried your tip and it worked!",
"already tried that, doesn't work"), Kakao's "(이모티콘)" were appended to the report and analysed
again. Only what the follow-up asks (how often, since when, what happened right before or after)
is added; the rest gets its own short answer, the report stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.handlers.results.render import OPEN
from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import owner_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_show_result_words import _report_until_followup
from tests.test_telegram_e2e import eventually, harness, settings_for

MESSAGES = Messages()
REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "On walks he barks and lunges at every other dog",
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def until_followup(user: KakaoUser, locale: str) -> None:
    """Out of the survey, a report, then "show result" until the result and its follow-up
    question are on screen."""
    await _report_until_followup(user, REPORT[locale], locale)


# (locale, message, the reply expected, or None: any reply that adds nothing)
NOT_DETAIL = [
    ("ko", "내일부터 해볼게요", "talk-plan"),
    ("en", "will try tomorrow", "talk-plan"),
    ("ko", "근데 우리 초코 진짜 착한 애예요", "talk-praise"),
    ("en", "he's such a sweet boy though", "talk-praise"),
    ("ko", "알려주신대로 해봤는데 효과 있었어요 ㅎㅎ", "talk-worked"),
    ("en", "tried your tip and it worked!", "talk-worked"),
    ("ko", "그건 이미 해봤는데 안돼요 ㅠ", None),
    ("en", "already tried that, doesn't work", None),
    ("ko", "(이모티콘)", None),
]


@pytest.mark.parametrize(("locale", "text", "reply"), NOT_DETAIL)
async def test_what_is_not_detail_is_not_added_after_a_result_on_kakao(
    kakao: Server, locale: str, text: str, reply: str | None
) -> None:
    user = kakao.user(lang=locale)
    await until_followup(user, locale)
    await user.send(text)
    said = user.text
    assert t(locale, "analysis-followup-received", wait="X").split("X")[0] not in said, (text, said)
    if reply is not None:
        assert t(locale, reply) in said, (text, said)
    async with open_store(kakao.settings.database_url) as store:
        kept = await owner_reports(store, "kakao", user.key)
    assert kept[0].text == REPORT[locale], (text, kept[0].text)


async def test_pretty_much_every_day_after_skip_is_added_on_kakao(kakao: Server) -> None:
    """After Skip, "pretty much every day, started 2 months ago" tells what the follow-up asked
    anyway: added to the report, not praise ("pretty")."""
    user = kakao.user(lang="en")
    await until_followup(user, "en")
    await user.tap("report:followup:skip")
    text = "pretty much every day, started 2 months ago"
    await user.send(text)
    assert t("en", "talk-praise") not in user.text, user.text
    async with open_store(kakao.settings.database_url) as store:
        [kept] = await owner_reports(store, "kakao", user.key)
    assert text in kept.text, kept.text


@pytest.mark.parametrize(
    ("locale", "text"), [("ko", "짖음방지 목걸이 써도 돼요?"), ("en", "is it ok to use a bark collar?")]
)
async def test_asking_about_an_aversive_tool_is_a_question_on_kakao(
    kakao: Server, locale: str, text: str
) -> None:
    """A fresh owner asks about a tool ("짖음방지" holds "짖음", barking): a question for the coach
    with "good that you asked first", never an incident analysed."""
    user = kakao.user(lang=locale)
    await user.send(text)
    assert t(locale, "safety-aversive-why-asked") in user.text, user.text
    async with open_store(kakao.settings.database_url) as store:
        kept = await owner_reports(store, "kakao", user.key)
    assert [(r.kind, r.text) for r in kept] == [("question", text)], kept


@pytest.mark.parametrize(("locale", "history"), [("ko", "기록"), ("en", "history")])
async def test_a_history_button_typed_opens_it_after_a_result_on_kakao(
    kakao: Server, locale: str, history: str
) -> None:
    """ "1번 보기" / "Open 1" under the history list, as Kakao sends a tap whose `extra` was lost
    (its label): the same as the tap, never detail added to the report on screen a moment ago."""
    user = kakao.user(lang=locale)
    await until_followup(user, locale)
    await user.send(history)
    label = t(locale, "history-open", n=1)  # on screen (the follow-up's own button may replace it)
    await user.send(label)
    typed = user.texts
    await user.send(history)
    async with open_store(kakao.settings.database_url) as store:
        [kept] = await owner_reports(store, "kakao", user.key)
    await user.send(label, extra={"choice": f"{OPEN}{kept.id}"})
    assert typed == user.texts, (typed, user.texts)
    async with open_store(kakao.settings.database_url) as store:
        [kept] = await owner_reports(store, "kakao", user.key)
    assert kept.text == REPORT[locale], kept.text


# -- the add-or-new question typed -----------------------------------------------------------------

WAITING = {"ko": "손님 오면 현관에서 계속 짖어요", "en": "Every time guests come he barks at the door"}


async def until_which(user: KakaoUser, locale: str) -> None:
    """A result and its follow-up question, then a message that may be either: "add or new?"."""
    await until_followup(user, locale)
    await user.send(WAITING[locale])
    assert t(locale, "analysis-followup-which") in user.text, user.text


async def texts_kept(server: Server, user: KakaoUser) -> list[str]:
    async with open_store(server.settings.database_url) as store:
        return [r.text for r in await owner_reports(store, "kakao", user.key)]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [("ko", "덧붙여줘"), ("ko", "추가해줘"), ("en", "add it"), ("en", "add it to the last one")],
)
async def test_add_typed_at_add_or_new_adds_the_waiting_message_on_kakao(
    kakao: Server, locale: str, typed: str
) -> None:
    user = kakao.user(lang=locale)
    await until_which(user, locale)
    await user.send(typed)
    assert await texts_kept(kakao, user) == [f"{REPORT[locale]}\n{WAITING[locale]}"], typed


@pytest.mark.parametrize(
    ("locale", "typed"),
    [("ko", "새로 기록해줘"), ("ko", "따로 해주세요"), ("en", "new one"), ("en", "keep it separate")],
)
async def test_new_typed_at_add_or_new_files_it_apart_on_kakao(
    kakao: Server, locale: str, typed: str
) -> None:
    user = kakao.user(lang=locale)
    await until_which(user, locale)
    await user.send(typed)
    assert await texts_kept(kakao, user) == [REPORT[locale], WAITING[locale]], typed


@pytest.mark.parametrize(
    ("locale", "typed"), [("ko", "네"), ("en", "yes"), ("en", "thanks"), ("ko", "감사해요")]
)
async def test_yes_or_thanks_at_add_or_new_asks_again_on_kakao(
    kakao: Server, locale: str, typed: str
) -> None:
    """ "네" answers neither button: the question again, nothing filed yet; a tap then files it."""
    user = kakao.user(lang=locale)
    await until_which(user, locale)
    await user.send(typed)
    assert t(locale, "analysis-followup-which") in user.text, (typed, user.text)
    assert await texts_kept(kakao, user) == [REPORT[locale]], typed
    await user.tap("report:followup:add")
    assert await texts_kept(kakao, user) == [f"{REPORT[locale]}\n{WAITING[locale]}"], typed


@pytest.mark.parametrize(("locale", "command"), [("ko", "기록"), ("en", "help")])
async def test_a_view_at_add_or_new_keeps_the_waiting_message_on_kakao(
    kakao: Server, locale: str, command: str
) -> None:
    """A view typed at "add or new?" ("기록", "help") runs and the message keeps waiting, the
    question asked again below it (owner trial 9: filed as a new report silently)."""
    user = kakao.user(lang=locale)
    await until_which(user, locale)
    await user.send(command)
    assert t(locale, "analysis-followup-which") in user.text, (command, user.text)
    assert await texts_kept(kakao, user) == [REPORT[locale]], command


async def test_after_a_result_and_at_add_or_new_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """The same on Telegram: a plan after the result is small talk; at "add or new?" typed
    "덧붙여줘" adds the waiting message (never the word itself), "네" asks again."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, typed, kept in (
            (16101, "덧붙여줘", lambda r, w: [f"{r}\n{w}"]),
            (16102, "따로 기록해줘", lambda r, w: [r, w]),
        ):
            await tg.say(chat, "/start", language_code="ko")
            await tg.say(chat, "/cancel")
            await tg.say(chat, REPORT["ko"])
            question = t("ko", "analysis-followup-frequency")
            await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
            await tg.say(chat, "내일부터 해볼게요")
            assert tg.last_text(chat) == t("ko", "talk-plan")
            await tg.say(chat, WAITING["ko"])
            assert tg.last_text(chat) == t("ko", "analysis-followup-which")
            await tg.say(chat, "네")
            assert tg.last_text(chat) == t("ko", "analysis-followup-which")
            await tg.say(chat, typed)
            reports = await owner_reports(tg.rt.store, "telegram", str(chat))
            assert [r.text for r in reports] == kept(REPORT["ko"], WAITING["ko"]), typed
