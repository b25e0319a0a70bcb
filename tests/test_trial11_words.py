# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11: commands in plain words (issue 11, corpus batch 99). Each reproduced through a
real channel first (Kakao and Telegram), both languages, then fixed for its kind.

1. Ordinary words read as dog names by a dog's view: "그거 pdf로는 안돼요?", "우리 강아지 목록",
   "둘 다 기록 보여줘" got "이름이 '그거'/'우리'/'둘'인 강아지는 등록돼 있지 않아서…", and "도우말"
   (도움말 one jamo off) after a result "도우말은 아직 등록되지 않은 강아지예요… 등록할까요?".
   A pronoun, a determiner or "both" before a view is no dog: the view, as asked without it; a
   command word one jamo off is that command.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial9_followup import _at_recent_result
from tests.test_trial9_words import _with_dogs_on_kakao

DOGS = {"ko": ("초코", "콩이"), "en": ("Milo", "Rex")}

# (typed with a word that names no dog, the same view asked plainly; "둘 다 기록 보여줘", "both
# history" show every dog's since batch 104, `tests/test_trial11_dogs_left.py`)
NOT_A_DOG: dict[str, tuple[tuple[str, str], ...]] = {
    "ko": (
        ("그거 pdf로는 안돼요?", "요약"),
        ("우리 강아지 목록", "강아지 목록"),
        ("도우말", "도움말"),
    ),
    "en": (
        ("that history", "history"),
        ("show hepl", "help"),
    ),
}


def _unknown(lang: str) -> tuple[str, ...]:
    """The openings of the replies that take a word for a dog's name."""
    return (
        t(lang, "view-unknown-dog", name="X", dogs="Y").split("X")[0],
        t(lang, "report-retold-unregistered", typed="X", name="Y").split("X")[1].split("Y")[0][:12],
        t(lang, "correction-unknown-dog", name="X", dogs="Y").split("X")[-1].split("Y")[0][:12],
    )


async def _reply(user: KakaoUser, text: str) -> str:
    await user.send(text)
    return user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_words_that_name_no_dog_show_the_view_on_kakao(kakao: Server, lang: str) -> None:
    user = await _with_dogs_on_kakao(kakao, lang, DOGS[lang])
    for typed, plain in NOT_A_DOG[lang]:
        got = await _reply(user, typed)
        assert not any(u in got for u in _unknown(lang)), (typed, got)
        assert got == await _reply(user, plain), typed


async def test_a_question_word_is_no_dog_to_edit_on_kakao(kakao: Server) -> None:
    user = await _with_dogs_on_kakao(kakao, "ko", DOGS["ko"])
    got = await _reply(user, "나이 어떻게 바꿔요?")
    assert not any(u in got for u in _unknown("ko")), got


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_command_word_one_letter_off_after_a_result_is_the_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    typed = "도우말" if lang == "ko" else "show hepl"
    got = await _reply(user, typed)
    assert not any(u in got for u in _unknown(lang)), (typed, got)
    assert got == await _reply(user, "도움말" if lang == "ko" else "help"), typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_words_that_name_no_dog_show_the_view_on_telegram(tg: Harness, lang: str) -> None:
    chat = 111101 if lang == "ko" else 111102
    for text in ("/start", DOGS[lang][0], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    for typed, plain in NOT_A_DOG[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed, language_code=lang)
        got = tg.sent(chat)[before:]
        assert got, typed
        assert not any(u in g for g in got for u in _unknown(lang)), (typed, got)
        before = len(tg.sent(chat))
        await tg.say(chat, plain, language_code=lang)
        assert got == tg.sent(chat)[before:], typed


# -- 2. questions about the app or the owner's own data --------------------------------------------

# (asked about the app, the command asked plainly): answered from the app, never the model
ABOUT_THE_APP: dict[str, tuple[tuple[str, str], ...]] = {
    "ko": (
        ("지난번에 뭐 하라고 했죠?", "지난 결과"),
        ("아까 알려준 방법 다시 알려줘", "지난 결과"),
        ("둘째 어떻게 추가해요?", "강아지 추가"),
        ("나이 어떻게 바꿔요?", "나이 바꿔줘"),
        ("무슨 언어 할 줄 알아요?", "/language"),
    ),
    "en": (
        ("whats the last thing you told me", "last result"),
        ("is it done yet?", "last result"),
        ("what commands r there", "help"),
        ("how do i add my 2nd dog", "add another dog"),
        ("how do i change my dogs age", "change age"),
        ("what language do u speak", "/language"),
        ("can u see my pic?", "can you see the photo?"),
    ),
}
ACTIVE_ASKED = {"ko": "지금 누구 얘기하는거에요?", "en": "which dog am i on"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_questions_about_the_app_are_answered_by_the_app_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    for typed, plain in ABOUT_THE_APP[lang]:
        got = await _reply(user, typed)
        await user.send("/cancel")
        assert got == await _reply(user, plain), typed
        await user.send("/cancel")
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_which_dog_is_talked_about_is_said_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _with_dogs_on_kakao(kakao, lang, DOGS[lang])
    calls = _model_calls(fake_ollama)
    got = await _reply(user, ACTIVE_ASKED[lang])
    assert t(lang, "profile-active", name=DOGS[lang][-1]) in got, got
    assert t(lang, "profile-pick-dog") in got, got
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_questions_about_the_app_are_answered_by_the_app_on_telegram(tg: Harness, lang: str) -> None:
    chat = 111201 if lang == "ko" else 111202
    for text in ("/start", DOGS[lang][0], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    for typed, plain in ABOUT_THE_APP[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed, language_code=lang)
        got = tg.sent(chat)[before:]
        await tg.say(chat, "/cancel", language_code=lang)
        before = len(tg.sent(chat))
        await tg.say(chat, plain, language_code=lang)
        assert got == tg.sent(chat)[before:], typed
        await tg.say(chat, "/cancel", language_code=lang)
    await tg.say(chat, ACTIVE_ASKED[lang], language_code=lang)
    assert t(lang, "profile-active", name=DOGS[lang][0]) in tg.last_text(chat), tg.sent(chat)[-2:]
