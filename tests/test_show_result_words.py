# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, third owner trial, finding F6: the bot's own acknowledgement says "tap 'Show result'"
('결과 보기'); typed, those words were not understood ("무슨 뜻인지 잘 모르겠어요", or the open survey
question's "I didn't catch the age"). They are a command in plain words, on every channel and in
every state: a result that is ready is shown, a result still being written says so with the time
left, and nothing waiting says so; never a report, never detail appended to one.

F5 is here too: a message left at "add or new?" and the incident sent after it, filed in the order
sent, each acknowledgement and follow-up question naming its report."""

from __future__ import annotations

import asyncio
from pathlib import Path

from dogcoach.handlers.results.render import quote
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.store import Report
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import owner_reports
from tests.test_console import _chat
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for


async def _kakao_reports(server: Server, key: str) -> list[Report]:
    async with open_store(server.settings.database_url) as store:
        return await owner_reports(store, "kakao", key)


async def _kakao_analysed(server: Server, key: str) -> None:
    """Wait until every report of the user has its analysis (no result delivered)."""
    for _ in range(400):
        reports = await _kakao_reports(server, key)
        if reports and all(r.status != "pending" for r in reports):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the analysis did not finish")


async def test_typed_show_result_mid_survey_on_kakao_shows_it_then_asks_again(kakao: Server) -> None:
    """F6 on Kakao: a result ready but its button gone from the view (a survey question is shown),
    "결과보기" / "show result" typed: the result, then the survey question once, nothing else."""
    for lang, name, report, words in (
        ("ko", "콩이", "산책할 때 다른 개만 보면 계속 짖고 달려들어요", "결과보기"),
        ("en", "Rex", "He barks at every delivery man and jumps at the door", "show result"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        await user.send(report)
        await _kakao_analysed(kakao, user.key)
        age = t(lang, "survey-q-age_months", name=name)
        await user.send(words)
        text = user.text
        assert t(lang, "analysis-summary") in text, text  # the result is shown (or shown again)
        assert t(lang, "survey-err-age_months") not in text and t(lang, "noise-hint") not in text
        assert text.endswith(age) and text.count(age) == 1, text
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]


async def test_typed_show_result_with_nothing_waiting_says_so(kakao: Server) -> None:
    """F6: with nothing ever reported, "결과 보기", "결과 알려줘", "show results" said the noise hint."""
    user = kakao.user()
    await user.send("/start")
    await user.send("/cancel")
    for words in ("결과 보기", "결과 알려줘", "results"):
        await user.send(words)
        assert user.texts == [t("ko", "analysis-no-reports")], words
    assert await _kakao_reports(kakao, user.key) == []


async def test_typed_show_result_while_analysing_says_the_time_left(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """F6: typed while the analysis is still being written: "still working", with the time left
    (as the tapped button says), not "I've added that to your report"."""
    fake_ollama.behaviour.delay = 3.0
    user = kakao.user()
    await user.send("/start")
    await user.send("/cancel")
    report = "산책할 때 다른 개만 보면 계속 짖고 달려들어요"
    await user.send(report)
    await user.send("결과 알려줘")  # not the button's label: understood by the core, not the view
    text = user.text
    assert text.startswith("⏳"), text
    assert t("ko", "kakao-added", wait=t("ko", "analysis-wait-seconds", seconds=25)) not in text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]


async def test_typed_show_result_on_telegram_mid_survey(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """F6 on Telegram, in English: "show result" at the age question was "I didn't catch the age"."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await _telegram_mid_survey(tg)


async def _telegram_mid_survey(tg: Harness) -> None:
    chat = 11601
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Rex")
    await tg.say(chat, "He barks at every delivery man and jumps at the door")
    age = t("en", "survey-q-age_months", name="Rex")
    await eventually(
        lambda: any(t("en", "analysis-summary") in s for s in tg.sent(chat, ("message", "edit_text")))
    )  # streamed: an edit
    # asked once, below the receipt; the pushed result does not ask it again (owner trial 9)
    await eventually(lambda: any(s.endswith(age) for s in tg.sent(chat)))
    before = len(tg.sent(chat))
    await tg.say(chat, "show results")
    await eventually(
        lambda: (
            any(t("en", "analysis-summary") in s for s in tg.sent(chat)[before:])
            and tg.last_text(chat).endswith(age)
        )
    )
    new = tg.sent(chat)[before:]
    assert t("en", "survey-err-age_months") not in new and t("en", "noise-hint") not in new, new
    assert any(t("en", "analysis-summary") in s for s in new), new
    assert sum(age in s for s in new) == 1, new
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        reports = await s.list_reports(user.id)
    assert [r.text for r in reports] == ["He barks at every delivery man and jumps at the door"]


def test_typed_show_result_in_the_terminal(tmp_path: Path) -> None:
    """F6 in the terminal: nothing reported yet, "결과보기" says so (it was the noise hint)."""
    out = _chat(tmp_path, ["/start", "/cancel", "결과보기"], "--lang", "ko")
    assert t("ko", "analysis-no-reports") in out, out
    assert t("ko", "noise-hint") not in out


# -- F5: an unanswered "add or new?" message, then another incident ------------------------------

F5 = {
    "ko": (
        "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
        "손님 오면 현관에서 계속 짖어요",
        "그리고 밥 먹을때 만지면 으르렁거려요 ㅠ",
    ),
    "en": (
        "He lunges and barks at other dogs on every walk",
        "Every time guests come he barks at the door",
        "And he growls when I touch him while he eats",
    ),
}


async def test_a_message_left_at_add_or_new_is_filed_first_and_each_ack_says_which(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """F5: with the follow-up question open, a message got the add-or-new buttons; ignoring them
    the owner sent another incident: two identical "🔍 알겠어요. 바로 분석하고 있어요" in a row, and the
    waiting message was saved after the new one. Now it is filed first, in the order sent, and each
    acknowledgement quotes the report it is about."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((11651, "ko"), (11652, "en")):
            first, waiting, second = F5[lang]
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, first)
            question = t(lang, "analysis-followup-frequency")
            await eventually(lambda: tg.last_text(chat) == question)  # noqa: B023
            await tg.say(chat, waiting)
            assert tg.last_text(chat) == t(lang, "analysis-followup-which")
            before = len(tg.sent(chat))
            await tg.say(chat, second)
            user = await tg.user(chat)
            assert user is not None
            async with tg.rt.store.session() as s:
                reports = sorted(await s.list_reports(user.id), key=lambda r: r.id)
            assert [r.text for r in reports] == [first, waiting, second]
            # the acknowledgements: a result streamed meanwhile starts with its quote too (stop 62)
            working = t(lang, "analysis-working", wait="")[:12]
            acks = [
                text
                for text in tg.sent(chat)[before:]
                if text.startswith("“") and text.split("\n", 2)[1].startswith(working)
            ]
            assert len(acks) == 2, tg.sent(chat)[before:]
            quoted = [quote(Translator(Messages(), lang), text) for text in (waiting, second)]
            assert [ack.split("\n", 1)[0] for ack in acks] == quoted, acks
            # both results come close together: each follow-up question names its report
            asked = t(lang, "analysis-followup-frequency")
            await eventually(lambda: sum(asked in s for s in tg.sent(chat)[before:]) == 2)  # noqa: B023
            questions = [s for s in tg.sent(chat)[before:] if asked in s]
            assert questions == [f"{q}\n{asked}" for q in quoted], questions


async def _report_until_followup(user: KakaoUser, report: str, locale: str = "ko") -> None:
    """A Kakao owner out of the survey reports, then taps "결과 보기" until the result and its
    follow-up question ("❓ 얼마나 자주…") are on screen."""
    await user.send("/start")
    await user.send("/cancel")
    await user.send(report)
    question = t(locale, "analysis-followup-frequency")
    for _ in range(100):
        if question in user.text:
            break
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")
    assert question in user.text, user.text


async def test_two_reports_acknowledged_in_one_kakao_answer_are_both_named(kakao: Server) -> None:
    """F5 on Kakao: the same turn acknowledged two reports; each is named (its quote), and both
    are filed in the order sent."""
    first, waiting, second = F5["ko"]
    user = kakao.user()
    await _report_until_followup(user, first)
    await user.send(waiting)
    assert t("ko", "analysis-followup-which") in user.text
    await user.send(second)
    text = user.text
    # the waiting message's result may be in hand (then it is shown in its acknowledgement's place)
    assert t("ko", "analysis-summary") in text or t("ko", "analysis-about", text=waiting) in text, text
    assert quote(Translator(Messages(), "ko"), second) in text, text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [first, waiting, second]


async def test_an_answer_after_an_unanswered_add_or_new_is_not_lost(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Issue 11 ("nothing the owner types lost"): with a message waiting for "add or new?", the
    owner answers the follow-up question instead ("매일 저녁마다 그래요"): the waiting message is
    filed as its own report and the answer is added to the report it answers (it was dropped)."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, answer in (
            (11661, "ko", "매일 저녁마다 그래요"),
            (11662, "en", "every evening, for a month now"),
        ):
            first, waiting, _ = F5[lang]
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")
            await tg.say(chat, first)
            question = t(lang, "analysis-followup-frequency")
            await eventually(lambda: tg.last_text(chat) == question)  # noqa: B023
            await tg.say(chat, waiting)
            assert tg.last_text(chat) == t(lang, "analysis-followup-which")
            await tg.say(chat, answer)
            user = await tg.user(chat)
            assert user is not None
            async with tg.rt.store.session() as s:
                reports = sorted(await s.list_reports(user.id), key=lambda r: r.id)
            assert [r.text for r in reports] == [f"{first}\n{answer}", waiting]


async def test_typed_show_result_at_the_follow_up_question_is_not_an_answer(kakao: Server) -> None:
    """F6 at the follow-up question ("❓ 얼마나 자주…" on screen, "결과 보기" gone): the typed words
    showed the result, the question and "무슨 뜻인지 잘 모르겠어요"; they must never be the answer
    added to the report. Now the result again, nothing else, the report as it was."""
    report = F5["ko"][0]
    user = kakao.user()
    await _report_until_followup(user, report)
    for words in ("결과 보기", "결과 알려줘", "show results"):
        await user.send(words)
        text = user.text
        assert t("ko", "analysis-summary") in text and t("ko", "noise-hint") not in text, text
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]
