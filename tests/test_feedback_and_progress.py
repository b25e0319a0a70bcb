# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, acceptance trial e2 (corpus batch 57): what an owner said after a result, with its
follow-up question open, at a survey question, or while a report was still being analysed.

1. Progress asked in everyday words ("how's she been doing", "요즘 어때요?", "보리 요즘 어떤지
   보여줘") was glued onto the report and analysed again, or "not sure what you mean", or the
   survey's re-ask: now /progress in every state, no model call.
2. "a cat lol" at the follow-up question was glued on and analysed again: small talk, the question
   again, no model call.
3. At a survey question after a result was shown, "like every day" was glued onto the report
   though no follow-up question was open: the survey question read it (re-asked). Batch 70
   (trial 4) reverses this: how often it happens is still about that report, added to it.
4. and 5. Feedback on the advice ("we tried that already", "that didnt work", "그거 이미
   해봤어요", "효과 없던데요") was glued onto a report, sent to the coach model, or lost at a survey
   question: now kept against the plan it is about (an answered check-in "same", its words the
   note), answered with a fixed line, never sent to the model.
6. "progress" while the first report was still being analysed said "No reports yet": it says the
   report is being analysed and when its result comes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_after_result import REPORT, t, until_followup
from tests.test_console import _chat as console_chat
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop45_ux import paused_at
from tests.test_survey_answers_misread import NAME, asked, kakao_at
from tests.test_telegram_e2e import eventually, harness, settings_for

PROGRESS = {
    "en": ("how's she been doing", "how's he been doing"),
    "ko": ("요즘 어때요?", "좀 나아졌나요?", "보리 요즘 어떤지 보여줘"),
}
JOKE = {"en": "a cat lol", "ko": "고양이 ㅋㅋ"}
FEEDBACK = {
    "en": (
        "we tried that already lol she doesnt care about treats when shes worked up",
        "that didnt work",
        "we tried that already",
    ),
    "ko": ("그거 이미 해봤어요", "해봤는데 안 돼요", "효과 없던데요"),
}
EVERY_DAY = {"en": "like every day", "ko": "거의 매일이요"}


def _progress_said(lang: str, text: str) -> bool:
    """/progress answered: its title (with the dog's name or without) is in the reply."""
    titled = t(lang, "coaching-progress-title-dog", name="X").split("X")[0]
    return t(lang, "coaching-progress-title") in text or titled in text


def _feedback_said(lang: str, text: str) -> bool:
    head = t(lang, "talk-feedback", category="X").split("X")[0]
    return head in text


async def _checkin_notes(server: Server, key: str) -> list[tuple[str | None, str | None]]:
    """The outcome and note of each answered check-in of a Kakao owner."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [(c.outcome, c.note) for c in await s.list_checkins(user.id) if c.outcome is not None]


async def _result_shown(user: KakaoUser, lang: str) -> None:
    """At a survey question with a report kept: "show result" until the result is on screen."""
    for _ in range(100):
        if t(lang, "analysis-summary") in user.text:
            return
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")
        else:
            await user.send({"en": "what's the result", "ko": "결과 보여줘"}[lang])
    raise AssertionError(user.text)


async def test_progress_words_at_the_followup_question_show_progress_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        for typed in PROGRESS[lang]:
            user = kakao.user(lang=lang)
            await until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            assert _progress_said(lang, user.text), (typed, user.text)
            assert _model_calls(fake_ollama) == calls, typed
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == REPORT[lang], (typed, report.text)


async def test_a_joke_at_the_followup_question_is_not_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        user = kakao.user(lang=lang)
        await until_followup(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(JOKE[lang])
        assert _model_calls(fake_ollama) == calls, user.text
        [report] = await _kakao_reports(kakao, user.key)
        assert report.text == REPORT[lang], report.text
        assert t(lang, "analysis-followup-frequency") in user.text, user.text


async def test_feedback_after_a_result_is_kept_against_the_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        for typed in FEEDBACK[lang]:
            user = kakao.user(lang=lang)
            await until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            assert _feedback_said(lang, user.text), (typed, user.text)
            assert _model_calls(fake_ollama) == calls, typed
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == REPORT[lang], (typed, report.text)
            assert await _checkin_notes(kakao, user.key) == [("same", typed)], typed


def _origin_open(lang: str, text: str) -> bool:
    """The origin question asked again, in full or (after a second reply about something else in a
    row, stop 45) as the one line that says it is still open."""
    return asked(lang, "origin") in text or paused_at(lang, NAME[lang], "origin") in text


async def test_at_a_survey_question_after_a_result_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """A report kept at the origin question, its result shown: feedback and progress words are
    what they are there too, nothing added to the report; how often told there is still about
    that report (batch 70, reversing batch 57's re-ask: the detail was lost): added to it, the
    origin asked again."""
    for lang in ("en", "ko"):
        user = await kakao_at(kakao, lang, "origin")
        await user.send(REPORT[lang])
        await _result_shown(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(FEEDBACK[lang][1])
        assert _feedback_said(lang, user.text), user.text
        assert _origin_open(lang, user.text), user.text
        assert await _checkin_notes(kakao, user.key) == [("same", FEEDBACK[lang][1])]
        await user.send(PROGRESS[lang][0])
        assert _progress_said(lang, user.text), user.text
        assert _model_calls(fake_ollama) == calls
        [report] = await _kakao_reports(kakao, user.key)
        assert report.text == REPORT[lang], report.text
        await user.send(EVERY_DAY[lang])
        [report] = await _kakao_reports(kakao, user.key)
        assert EVERY_DAY[lang] in report.text, report.text
        assert _origin_open(lang, user.text.split(EVERY_DAY[lang])[-1]), user.text


async def test_feedback_and_progress_idle_after_a_result_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((57101, "en"), (57102, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, REPORT[lang], language_code=lang)
            question = t(lang, "analysis-followup-frequency")
            await eventually(
                lambda chat=chat, q=question: any(q in (m.text or "") for m in tg.fake.sent_messages(chat))
            )
            await tg.tap(chat, "report:followup:skip", language_code=lang)
            calls = _model_calls(fake_ollama)
            for typed in (FEEDBACK[lang][0], PROGRESS[lang][0], JOKE[lang]):
                before = len(tg.fake.sent_messages(chat))
                await tg.say(chat, typed, language_code=lang)
                await eventually(lambda chat=chat, n=before: len(tg.fake.sent_messages(chat)) > n)
                said = "\n".join(m.text or "" for m in tg.fake.sent_messages(chat)[before:])
                if typed in FEEDBACK[lang]:
                    assert _feedback_said(lang, said), (typed, said)
                if typed in PROGRESS[lang]:
                    assert _progress_said(lang, said), (typed, said)
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls
            [report] = await _tg_reports(tg, chat)
            assert report.text == REPORT[lang], report.text


def _chat(cwd: Path, fake: FakeOllama, lang: str, lines: list[str]) -> str:
    """`dogcoach chat` in `lang` against the fake model (`test_console._chat`)."""
    args = ("--lang", lang, "--user", f"fb-{lang}")
    return console_chat(cwd, lines, *args, env_extra={"OLLAMA_HOST": fake.url}, timeout=120)


def _owner_texts(fake: FakeOllama) -> list[str]:
    texts: list[str] = []
    for body in fake.chat_bodies():
        messages: list[dict[str, Any]] = body.get("messages") or []
        texts.extend(str(m.get("content", "")) for m in messages if m.get("role") == "user")
    return texts


def test_while_the_first_report_is_analysed_in_the_terminal(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    """The first report still with the model (the fake answers after 3 s): "progress" and "how's
    he been doing" say it is being analysed, feedback is never added to its prompt."""
    fake_ollama.behaviour.delay = 3.0
    for lang, report in (
        ("en", "rex barks at the door every time someone walks past the house"),
        ("ko", "누가 집 앞을 지나갈 때마다 문 앞에서 짖어요"),
    ):
        before = len(fake_ollama.chat_bodies())
        out = _chat(
            tmp_path, fake_ollama, lang, ["/cancel", report, "progress", PROGRESS[lang][0], FEEDBACK[lang][2]]
        )
        analysing = t(lang, "coaching-progress-analysing", wait="X").split("X")[0]
        assert out.count(analysing) == 2, out
        assert t(lang, "coaching-progress-empty") not in out, out
        assert t(lang, "talk-feedback-early") in out, out
        assert t(lang, "noise-hint") not in out, out
        prompts = _owner_texts(fake_ollama)[before:]
        assert not any(FEEDBACK[lang][2] in p for p in prompts), prompts
        assert len(fake_ollama.chat_bodies()) - before <= 1
