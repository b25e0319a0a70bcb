# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11 leftovers about flows and Kakao (owner trial), through the real channels.

1. "그게다에요", "that's all", "that's it" with nothing open got the noise hint ("I'm not sure what
   you mean"): a short closing reply that says what to do next; where a multi-choice question or a
   result's follow-up question is open, the same words still finish it.
5. "I want tips again", "tips again please", "팁 다시 보내줘" were not understood: they turn the
   daily tips back on."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dogcoach.handlers.onboarding import CONFIRM, CONTINUE
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao, open_store, quick_of  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, kakao_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

DONE_WORDS = {
    "ko": ("그게다에요", "그게 다예요", "이게 다예요", "그게 다예요 감사해요"),
    "en": ("that's all", "that's it", "thats all for now", "ok that's it"),
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _calls(fake: FakeOllama) -> int:
    return sum(r.path == "/api/chat" for r in fake.requests)


# -- 1: "that's all" with nothing open -----------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_thats_all_with_nothing_open_closes_kindly_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    calls = _calls(fake_ollama)
    for word in DONE_WORDS[lang]:
        await user.send(word)
        expected = "talk-thanks" if word.endswith(("감사해요",)) else "talk-done"
        assert user.text == t(lang, expected), (word, user.text)
        assert user.text != t(lang, "noise-hint")
    assert _calls(fake_ollama) == calls


async def test_thats_all_with_nothing_open_closes_kindly_on_telegram(tg: Harness) -> None:
    chat = 18100
    for lang, words in DONE_WORDS.items():
        for word in words:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, word, language_code=lang)
            expected = "talk-thanks" if word.endswith("감사해요") else "talk-done"
            assert tg.last_text(chat) == t(lang, expected), (word, tg.last_text(chat))


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_thats_all_still_finishes_a_multi_choice_question_on_kakao(kakao: Server, lang: str) -> None:
    """At the other-pets question (many answers) with a cat ticked in words, "그게다에요" / "that's
    all" is its Done: the cat kept, the next question asked, no closing small talk."""
    for word in DONE_WORDS[lang][:2]:
        user = await kakao_at(kakao, lang, "other_pets")
        await user.send({"ko": "고양이 한마리 있어요", "en": "we have a cat"}[lang])
        await user.send(word)
        assert asked(lang, "alone_hours") in user.text, (word, user.text)
        assert t(lang, "talk-done") not in user.text, (word, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert answers["other_pets"] == ["cat"], (word, answers)


# -- 5: tips back on -------------------------------------------------------------------------------


TIPS_BACK = {
    "ko": ("팁 다시 받을래요", "다시 팁 보내줘", "팁 다시 보내 주세요"),
    "en": ("I want tips again", "tips back on please", "tips again please", "send me tips again"),
}


TIPS_OFF = {"ko": "팁 그만", "en": "tips off"}


async def _tips_off(store: Store, channel: str, external_id: str) -> bool:
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        return await s.tips_opt_out(user.id)


async def test_tips_back_on_in_words_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, texts in TIPS_BACK.items():
        for text in texts:
            user = kakao.user(lang=lang)
            await user.send("/start")
            await user.send("/cancel")
            await user.send(TIPS_OFF[lang])
            async with open_store(kakao.settings.database_url) as store:
                assert await _tips_off(store, "kakao", user.key), text
            await user.send(text)
            assert user.text == t(lang, "tips-on-done"), (text, user.text)
            async with open_store(kakao.settings.database_url) as store:
                assert not await _tips_off(store, "kakao", user.key), text


async def test_tips_back_on_in_words_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    chat = 18200
    for lang, texts in TIPS_BACK.items():
        for text in texts:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, "/tips off", language_code=lang)
            assert await _tips_off(tg.rt.store, "telegram", str(chat)), text
            await tg.say(chat, text, language_code=lang)
            assert tg.last_text(chat) == t(lang, "tips-on-done"), (text, tg.last_text(chat))
            assert not await _tips_off(tg.rt.store, "telegram", str(chat)), text


# -- 3: a file the channel cannot deliver -----------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_export_without_a_download_address_tells_the_owner_and_warns_the_operator_on_kakao(
    kakao: Server, lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Without PUBLIC_BASE_URL Kakao cannot offer the file: the owner is told in their words that
    exporting is not available here and what to send instead (`export-nofiles`: the history, the
    week, the summary in the chat; batch 65), never the operator's
    ("the download address is not configured"); the operator gets a warning in the log."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    for typed in ("/export", {"ko": "내 기록 내보내기", "en": "export my data"}[lang]):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="dogcoach.channels.kakao"):
            await user.send(typed)
        assert user.texts[0] == t(lang, "export-nofiles"), (typed, user.texts)
        for operator in ("설정", "운영자", "config", "operator", "PUBLIC_BASE_URL", "address"):
            assert operator not in user.text, (typed, user.text)
        assert t(lang, "kakao-menu-history") in user.texts[0], user.texts[0]  # what to send instead
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert any("PUBLIC_BASE_URL" in r.getMessage() for r in warnings), [r.getMessage() for r in warnings]


def test_export_the_terminal_cannot_write_tells_the_owner(tmp_path: Path) -> None:
    """The terminal writes the file where it runs; where it cannot (a folder in the way, no room,
    no permission) the owner is told so in their language with what to send instead, the chat goes
    on (it crashed with a traceback), and the reason goes to the log (stderr)."""
    for lang, user in (("ko", "min"), ("en", "ann")):
        (tmp_path / f"dogcoach-{user}-export.json").mkdir()  # the file's path is taken
        result = subprocess.run(
            [sys.executable, "-m", "dogcoach", "chat", "--lang", lang, "--user", user],
            input="/cancel\n/export\n/help\n",
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            timeout=60,
            check=True,
        )
        assert t(lang, "console-file-failed") in result.stdout, result.stdout
        assert t(lang, "help-survey") in result.stdout, result.stdout  # the chat went on
        assert "Traceback" not in result.stderr, result.stderr
        assert f"dogcoach-{user}-export.json" in result.stderr, result.stderr


# -- 2: the way back into a paused survey, on every idle answer -------------------------------------


def _labels(user: Any) -> list[str]:
    return [q["label"] for q in quick_of(user.last)]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_paused_survey_is_offered_on_every_idle_answer_on_kakao(kakao: Server, lang: str) -> None:
    """ "설문 이어서" / "Resume survey" came only with the pause's own answer: after any other idle
    answer (small talk, the menu's words) the owner had to remember to type "시작". It leads the
    menu while the survey is paused, and goes once it is finished."""
    user = await kakao_at(kakao, lang, "breed")
    await user.send({"ko": "잠깐만요 이따 할게요", "en": "i'll finish this later"}[lang])
    resume = t(lang, "kakao-menu-resume")
    assert _labels(user)[0] == resume, _labels(user)
    for text in (
        {"ko": "안녕하세요", "en": "hello there"}[lang],
        t(lang, "kakao-menu-help"),
        t(lang, "kakao-menu-history"),
        t(lang, "kakao-menu-week"),
        t(lang, "kakao-menu-profile"),
        DONE_WORDS[lang][0],
    ):
        await user.send(text)
        labels = _labels(user)
        if not any(q.get("extra", {}).get("choice") for q in quick_of(user.last)):  # the idle menu
            assert labels[0] == resume, (text, labels)
            assert t(lang, "kakao-menu-help") in labels, (text, labels)
        else:  # buttons of the answer itself (the profile card): the way back is among them
            assert CONTINUE in user.choice_ids, (text, labels)
    await user.send(resume)  # the quick reply says its label: the survey where it stopped
    assert asked(lang, "breed") in user.text, user.text
    for _key, text in ANSWERS[lang][3:]:
        await user.send(text)
    await user.tap(CONFIRM)
    await user.send({"ko": "안녕하세요", "en": "hello there"}[lang])
    assert resume not in _labels(user), _labels(user)
    assert t(lang, "kakao-menu-help") in _labels(user), _labels(user)


# -- 4: one language for a turn about a report -------------------------------------------------------

REPORT = {
    "ko": "산책할 때 다른 강아지를 보면 짖고 달려들어요",
    "en": "he barks and lunges at other dogs on walks",
}
DETAIL = {
    "ko": "거의 매일 저녁에 그래요",
    "en": "he does it every day, mostly in the evening",
}
GREET = {"ko": "안녕하세요", "en": "hello there"}
OTHER = {"ko": "en", "en": "ko"}


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _in(lang: str, texts: list[str]) -> list[str]:
    """The texts not in `lang` (a quote of the report aside): Korean has Hangul, English none. The
    offer to switch to the report's language is written in both on purpose (stop 58, lang58: an
    owner writing a whole report in the other language is offered it once): left out."""
    offers = {t(loc, f"language-offer-{x}") for loc in ("ko", "en") for x in ("ko", "en")}
    return [x for x in texts if _hangul(x) != (lang == "ko") and x not in offers]


@pytest.mark.parametrize("owner", ["ko", "en"])
async def test_a_report_in_the_other_language_is_answered_in_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, owner: str
) -> None:
    """A Korean owner's English report (and an English owner's Korean one): the analysis is in the
    report's language, and so is every notice of that turn — "saved, analysing", "added to the
    report", the buttons; "kakao-added" was said in the owner's language (a mixed answer)."""
    typed = OTHER[owner]
    user = kakao.user(lang=owner)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(GREET[owner])  # the owner's language, as they type it
    await user.send(REPORT[typed])
    if user.quick("report:result") is not None:
        await user.tap("report:result")
    assert not _in(typed, user.texts), user.texts
    assert not _in(typed, _labels(user)), _labels(user)
    await user.send(DETAIL[typed])
    assert not _in(typed, user.texts), user.texts
    assert not _in(typed, _labels(user)), _labels(user)
    await user.send(GREET[owner])  # the next turn in the owner's own language again
    assert not _in(owner, user.texts), user.texts


async def test_a_report_in_the_other_language_is_answered_in_it_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, owner in ((18301, "ko"), (18302, "en")):
        typed = OTHER[owner]
        await tg.say(chat, "/start", language_code=owner)
        await tg.say(chat, "/cancel", language_code=owner)
        await tg.say(chat, GREET[owner], language_code=owner)
        n = len(tg.sent(chat))
        await tg.say(chat, REPORT[typed], language_code=owner)
        said = tg.sent(chat)[n:]
        assert said and not _in(typed, said), said
        n = len(tg.sent(chat))
        await tg.say(chat, DETAIL[typed], language_code=owner)
        said = tg.sent(chat)[n:]
        assert said and not _in(typed, said), said
