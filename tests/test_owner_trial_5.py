# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Fifth new-owner trial (issue 11), each finding reproduced through a real channel first, then
kept: KakaoTalk through the skill over HTTP, Telegram through the fake Bot API and the webhook,
the terminal as `dogcoach chat` in a process.

F1: "wait" said at an open question ("잠시만요", "one sec", "hold on") became the dog's name
("잠시만") or its breed; now a short "take your time" and the question again, nothing stored.
F2: not understanding the bot ("뭐라고요?", "what?", "huh?", "무슨 말이에요?", "say that again", "i
don't understand") was a question to the coach (stored, sent to the model, answered about leash
pulling), a name ("Say That Again") or the age "don't know"; now a short reply saying how to go on,
the question again, nothing stored, no model call.
F3: the menu asked as Kakao users ask it ("메인메뉴", "홈", "처음화면", "main menu", "home") became
the dog's name or breed; now it is the help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import _kakao_dog, _tg_dog, t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

WAIT = {
    "ko": ("잠시만요", "잠깐만", "잠깐만요 ㅠ", "잠시만 기다려 주세요", "확인해볼게요"),
    "en": ("one sec", "hold on", "wait", "brb"),
}
CONFUSED = {
    "ko": (
        "뭐라고요?",
        "뭐라구요??",
        "무슨 말이에요?",
        "무슨 말인지 모르겠어요",
        "다시 말해줘",
        "이게 뭐예요?",
        "엥?",
    ),
    "en": (
        "what?",
        "huh?",
        "what do you mean",
        "say that again",
        "i don't understand",
        "what is this?",
        "wdym",
    ),
}
MENU = {
    "ko": ("메인메뉴", "메인 메뉴", "홈", "처음화면", "첫 화면"),
    "en": ("main menu", "home", "Main Menu", "home screen"),
}
FIRST = {"ko": "시작", "en": "hi"}
NAME = {"ko": "보리", "en": "Rex"}


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def _kakao_reports(server: Server, key: str) -> list[Any]:
    async with open_store(server.settings.database_url) as store:
        return await owner_reports(store, "kakao", key)


def _question(lang: str, key: str) -> str:
    return t(lang, f"survey-q-{key}", name=NAME[lang])


async def _at(server: Server, lang: str, key: str) -> Any:
    """A new Kakao owner at the survey question `key` (name, age_months or breed)."""
    user = server.user(lang=lang)
    await user.send(FIRST[lang])
    if key != "name":
        await user.send(NAME[lang])
    if key == "breed":
        await user.send("3")
        await user.tap("survey:sex:male_neutered")
    assert user.texts[-1].endswith(_question(lang, key)), user.texts
    return user


# -- F1, F2: waiting and not understanding at a survey question ---------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["name", "age_months", "breed"])
async def test_wait_and_confusion_at_a_survey_question_store_nothing_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str
) -> None:
    for talk, words in (("talk-wait", WAIT[lang]), ("talk-confused-question", CONFUSED[lang])):
        for word in words:
            user = await _at(kakao, lang, key)
            before = dict(await _kakao_dog(kakao, user.key) or {})
            await user.send(word)
            assert t(lang, talk) in user.texts, (word, user.texts)
            assert user.texts[-1].endswith(_question(lang, key)), (word, user.texts)  # asked again
            assert (await _kakao_dog(kakao, user.key) or {}) == before, word  # no name, no breed
            assert await _kakao_reports(kakao, user.key) == [], word
    assert _model_calls(fake_ollama) == 0


async def test_wait_and_confusion_at_the_name_question_on_telegram(tg: Harness) -> None:
    for chat, lang in ((15001, "ko"), (15002, "en")):
        await tg.say(chat, "/start", language_code=lang)
        for talk, word in (("talk-wait", WAIT[lang][0]), ("talk-confused-question", CONFUSED[lang][0])):
            before = len(tg.sent(chat))
            await tg.say(chat, word)
            replies = tg.sent(chat)[before:]
            assert t(lang, talk) in replies, replies
            assert replies[-1].endswith(t(lang, "survey-q-name")), replies
        assert await _tg_dog(tg, chat) in (None, {})
        assert await owner_reports(tg.rt.store, "telegram", str(chat)) == []


def test_wait_and_confusion_at_the_name_question_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["one sec", "say that again", "Rex"], "--lang", "en", "--user", "wen")
    assert t("en", "talk-wait") in out
    assert t("en", "talk-confused-question") in out
    assert "How old is Rex?" in out
    assert "One Sec" not in out and "Say That Again" not in out
    out = _chat(tmp_path, ["잠시만요", "뭐라고요?", "보리"], "--lang", "ko", "--user", "wko")
    assert t("ko", "talk-wait") in out
    assert t("ko", "talk-confused-question") in out
    assert "보리는 몇 살이에요?" in out
    assert "잠시만은" not in out


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_confusion_idle_is_no_question_to_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])
    await user.send(NAME[lang])
    await user.send("/cancel")
    for word in CONFUSED[lang]:
        await user.send(word)
        assert user.texts == [t(lang, "talk-confused")], (word, user.texts)
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- F3: the menu in a Kakao user's words ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["name", "breed", None])
async def test_menu_words_show_the_help_on_kakao(kakao: Server, lang: str, key: str | None) -> None:
    help_first = t(lang, "help-text-kakao").splitlines()[0]
    for word in MENU[lang]:
        if key is None:  # idle
            user = await _at(kakao, lang, "age_months")
            await user.send("/cancel")
        else:
            user = await _at(kakao, lang, key)
        before = dict(await _kakao_dog(kakao, user.key) or {})
        await user.send(word)
        assert user.texts[0].startswith(help_first), (word, user.texts)
        if key is not None:
            assert user.texts[-1].endswith(_question(lang, key)), (word, user.texts)
        assert (await _kakao_dog(kakao, user.key) or {}) == before, word
        assert await _kakao_reports(kakao, user.key) == [], word
