# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Commands in plain words, faults of owner trials (issue 11, corpus batch 79), each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API
and the webhook), in both languages.

1. "처음으로", "back to start" resumed the survey where it stopped (mid-survey "back to start"
   even went back a question): mid-survey they ask whether to start over (`restart-ask`); with
   nothing open (after a cancel) they show the menu.
2. "whats the menu" at a survey question went to the model or was stored as the breed; "Show
   resluts" (a typo) was the noise hint: the help, and the result as "show results" is.
3. "설문은 나중에 할게요", "I'll do the survey later" at a question asked it again: the survey put
   off. "콩이 설문 이어서 할게요", "continue Rex's survey" (the dog's name in front) were not
   understood: the survey resumed.
4. "start over", "설문 이어서 할게요" with no dog yet, later in a conversation, said the whole
   first-contact welcome again: only the short line before the name question.
Nothing of it reaches the model.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

LANGS = ("ko", "en")
HOME = {"ko": ("처음으로", "처음으로 돌아갈래요"), "en": ("back to start", "go back to the start")}
CANCEL = {"ko": "취소", "en": "cancel"}
NO = {"ko": "아니요", "en": "no"}
MENU = {"ko": "메뉴가 뭐예요", "en": "whats the menu"}
PUT_OFF = {"ko": "설문은 나중에 할게요", "en": "I'll do the survey later"}
RESUME_NAMED = {"ko": f"{NAME['ko']} 설문 이어서 할게요", "en": f"continue {NAME['en']}'s survey"}
AGAIN = {"ko": ("설문 이어서 할게요", "처음부터 다시"), "en": ("continue the survey", "start over")}


def _restart_asked(lang: str) -> str:
    return t(lang, "restart-ask", name=NAME[lang])


@pytest.mark.parametrize("lang", LANGS)
async def test_back_to_start_asks_to_start_over_mid_survey_and_shows_the_menu_after_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in HOME[lang]:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(typed)
        assert _restart_asked(lang) in user.text, (typed, user.texts)
        assert t(lang, "start-resume") not in user.text, user.texts
        await user.send(NO[lang])  # kept: the question again
        assert asked(lang, "breed") in user.text, user.texts
        await user.send(CANCEL[lang])
        await user.send(typed)  # nothing open: the menu, never the survey resumed
        assert t(lang, "help-survey") in user.text, (typed, user.texts)
        assert t(lang, "start-resume") not in user.text, user.texts
        assert "breed" not in await kakao_answers(kakao, user.key)
    assert _calls(fake_ollama) == 0


async def test_back_to_start_asks_to_start_over_mid_survey_and_shows_the_menu_after_on_telegram(
    tg: Harness,
) -> None:
    for chat, lang in enumerate(LANGS, 79001):
        typed = HOME[lang][0]
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, typed)
        assert _restart_asked(lang) in tg.last_text(chat), tg.sent(chat)
        await tg.say(chat, NO[lang])
        await tg.say(chat, CANCEL[lang])
        await tg.say(chat, typed)
        assert t(lang, "help-survey") in tg.last_text(chat), tg.sent(chat)
        assert "breed" not in await tg_answers(tg, chat)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_menu_asked_mid_survey_and_a_misspelt_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(MENU[lang])
    assert t(lang, "help-survey") in user.text, user.texts
    assert asked(lang, "breed") in user.text, user.texts  # the question again
    assert "breed" not in await kakao_answers(kakao, user.key)
    await user.send(CANCEL[lang])
    if lang == "en":  # (a typo of an English command's word: Hangul is not read so)
        await user.send("show results")
        expected = user.texts
        await user.send("Show resluts")
        assert user.texts == expected, (user.texts, expected)
    assert _calls(fake_ollama) == 0


async def test_the_menu_asked_mid_survey_and_a_misspelt_command_on_telegram(tg: Harness) -> None:
    chat = 79011
    await tg_at(tg, chat, "en", "breed")
    await tg.say(chat, "what's the menu")
    assert t("en", "help-survey") in "\n".join(tg.sent(chat)[-2:]), tg.sent(chat)
    assert "breed" not in await tg_answers(tg, chat)
    await tg.say(chat, "cancel")
    await tg.say(chat, "show results")
    expected = tg.last_text(chat)
    await tg.say(chat, "Show resluts")
    assert tg.last_text(chat) == expected, tg.sent(chat)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_survey_put_off_in_words_and_resumed_with_the_dogs_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(PUT_OFF[lang])
    assert t(lang, "cancel-kept") in user.text, user.texts
    assert "breed" not in await kakao_answers(kakao, user.key)
    await user.send(RESUME_NAMED[lang])
    assert t(lang, "start-resume") in user.text, user.texts
    assert asked(lang, "breed") in user.text, user.texts
    assert _calls(fake_ollama) == 0


async def test_the_survey_put_off_in_words_and_resumed_with_the_dogs_name_on_telegram(
    tg: Harness,
) -> None:
    for chat, lang in enumerate(LANGS, 79021):
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, PUT_OFF[lang])
        assert t(lang, "cancel-kept") in tg.last_text(chat), tg.sent(chat)
        await tg.say(chat, RESUME_NAMED[lang])
        assert asked(lang, "breed") in tg.last_text(chat), tg.sent(chat)
        assert "breed" not in await tg_answers(tg, chat)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_survey_again_with_no_dog_yet_says_no_second_welcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in AGAIN[lang]:
        user = kakao.user(lang=lang)
        await user.send("/start")
        assert t(lang, "start-welcome") in user.text, user.texts
        await user.send(CANCEL[lang])  # at the name question: no dog yet
        await user.send(typed)
        assert t(lang, "start-welcome") not in user.text, (typed, user.texts)
        assert t(lang, "start-survey-again") in user.text, (typed, user.texts)
        assert t(lang, "survey-q-name") in user.text, (typed, user.texts)
    assert _calls(fake_ollama) == 0


async def test_the_survey_again_with_no_dog_yet_says_no_second_welcome_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(LANGS, 79031):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, CANCEL[lang])
        await tg.say(chat, AGAIN[lang][1])
        sent = "\n".join(tg.sent(chat)[-2:])
        assert t(lang, "start-welcome") not in sent, tg.sent(chat)
        assert t(lang, "start-survey-again") in sent, tg.sent(chat)
