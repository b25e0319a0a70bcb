# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""New-owner trial 3: after a report, the owner's short words about the conversation itself were
glued onto the report and analysed again (a model call, "덧붙여 주신 내용을 기록에 더해서…"):
"이어서 할게요", "계속할게요", "다시 할게요" (continue the survey), "없음", "그게다에요" (nothing more).
And after the survey was paused, Kakao offered no way back but typing "시작", "이어서 할게요" was
not understood, and "8시간정도?" (a survey answer sent after the pause) got a coach's answer.
Through real channels: KakaoTalk over the skill, Telegram over the fake Bot API and the webhook,
both languages; the fake Ollama always lists the frequency as missing, so a result asks it."""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.store import ConversationState
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import (  # noqa: F401  (the `kakao` fixture)
    KakaoUser,
    Server,
    kakao,
    open_store,
    quick_of,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()
REPORT = {
    "ko": "산책할 때 다른 강아지를 보면 짖고 달려들어요",
    "en": "he barks and lunges at other dogs on walks",
}
GREETING = {"ko": "안녕하세요", "en": "hello there"}
NAME = {"ko": "콩이", "en": "Max"}
PAUSE = {"ko": "잠깐만요 이따 할게요", "en": "i'll finish this later"}
RESUME = {
    "ko": ("이어서 할게요", "계속할게요", "다시 할게요"),
    "en": ("let's continue", "continue", "back to the questions"),
}
ENOUGH = {"ko": ("없음", "그게다에요"), "en": ("that's all", "nothing more")}
QUANTITY = {"ko": "8시간정도?", "en": "about 8 hours?"}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _calls(fake: FakeOllama) -> int:
    return sum(r.path == "/api/chat" for r in fake.requests)


async def _reports(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        reports = await s.list_reports(user.id) if user is not None else []
    return [r.text for r in sorted(reports, key=lambda r: r.id) if not r.is_question]


async def _paused_with_result(user: KakaoUser, lang: str) -> None:
    """A Kakao owner who named their dog, paused the survey, then reported: the result is shown,
    its follow-up question open."""
    await user.send(GREETING[lang])
    await user.send(NAME[lang])
    await user.send(PAUSE[lang])
    assert t(lang, "cancel-kept") in user.text, user.text
    await user.send(REPORT[lang])
    if user.quick("report:result") is not None:
        await user.tap("report:result")
    assert t(lang, "analysis-followup-frequency") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_resume_words_after_a_report_continue_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Each resume word, with the follow-up question open, goes back to the survey's question
    (the age): never appended to the report, never a model call."""
    for word in RESUME[lang]:
        user = kakao.user(lang=lang)
        await _paused_with_result(user, lang)
        calls = _calls(fake_ollama)
        await user.send(word)
        assert t(lang, "start-resume") in user.text, (word, user.text)
        assert NAME[lang] in user.text, (word, user.text)  # the age question names the dog
        assert await _reports(kakao, user.key) == [REPORT[lang]], word
        assert _calls(fake_ollama) == calls, word


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_nothing_more_at_the_follow_up_skips_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """ "없음", "그게다에요", "that's all", "nothing more" at the follow-up question skip it; sent
    again with nothing open, they are not glued onto the report either."""
    for word in ENOUGH[lang]:
        user = kakao.user(lang=lang)
        await _paused_with_result(user, lang)
        calls = _calls(fake_ollama)
        await user.send(word)
        assert user.text == t(lang, "analysis-followup-skipped"), (word, user.text)
        await user.send(word)  # nothing open now, the report still recent
        assert t(lang, "analysis-followup-received") not in user.text, (word, user.text)
        assert t(lang, "analysis-detail-added") not in user.text, (word, user.text)
        assert await _reports(kakao, user.key) == [REPORT[lang]], word
        assert _calls(fake_ollama) == calls, word


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_after_a_pause_kakao_offers_the_way_back(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """The pause's answer offers "설문 이어서" / "Resume survey" (tapping it resumes); a bare
    quantity sent idle gets the hint, not the coach model; the resume words resume."""
    user = kakao.user(lang=lang)
    await user.send(GREETING[lang])
    await user.send(NAME[lang])
    await user.send(PAUSE[lang])
    labels = [q["label"] for q in quick_of(user.last)]
    assert labels[0] == t(lang, "kakao-menu-resume"), labels
    calls = _calls(fake_ollama)
    await user.send(QUANTITY[lang])
    assert user.text == t(lang, "noise-hint"), user.text
    assert _calls(fake_ollama) == calls
    await user.send(t(lang, "kakao-menu-resume"))  # the quick reply says its label
    assert t(lang, "start-resume") in user.text, user.text
    await user.send(PAUSE[lang])
    await user.send(RESUME[lang][0])
    assert t(lang, "start-resume") in user.text, user.text
    assert await _reports(kakao, user.key) == []


async def test_resume_and_nothing_more_at_the_follow_up_on_telegram(tg: Harness) -> None:
    """The same words on Telegram, both languages: "계속할게요" at the follow-up resumes the survey
    and "그게다에요" skips the question; nothing is appended."""
    from dogcoach.handlers.results.followup import followup_state

    for chat, lang in ((11701, "ko"), (11702, "en")):
        await tg.say(chat, GREETING[lang], language_code=lang)
        await tg.say(chat, NAME[lang], language_code=lang)
        await tg.say(chat, PAUSE[lang], language_code=lang)
        await tg.say(chat, REPORT[lang], language_code=lang)
        user = await tg.user(chat)
        assert user is not None
        for word, expected in (
            (RESUME[lang][1], "start-resume"),
            (ENOUGH[lang][1], "analysis-followup-skipped"),
        ):
            async with tg.rt.store.session() as s:
                [report] = await s.list_reports(user.id)
                report.status = "done"
                report.analysis = {
                    "missing": ["frequency"],
                    "category": "barking",
                    "summary": ["a", "b", "c"],
                }
                await s.update_report(report)
                await s.save_state(user.id, followup_state(report, MESSAGES))
            await tg.say(chat, word, language_code=lang)
            assert t(lang, expected) in "\n".join(tg.sent(chat)[-3:]), (word, tg.sent(chat)[-3:])
            async with tg.rt.store.session() as s:
                [report] = await s.list_reports(user.id)
                state = await s.get_state(user.id)
            assert report.text == REPORT[lang], word
            if expected == "start-resume":
                assert state.flow is not None and state.flow != "followup", state
                await tg.say(chat, PAUSE[lang], language_code=lang)
            else:
                assert state == ConversationState(), state
