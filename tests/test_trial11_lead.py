# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11, left by the words helper (issue 11, corpus batch 100). Each reproduced through a
real channel first, both languages, then fixed for its kind.

1. A language set aside beside the other one: "영어 말고 한국어요" was "not sure what you mean" with
   nothing open and stored as the dog's breed at the breed question ("korean instead of english"
   too). Now the language named as wanted is set, and the open question asked again in it.
2. Export and the summary asked in a sentence: "내 데이터 다운받고 싶어요", "파일로 받을래요", "내 정보
   파일로 받고 싶어요" (Kakao: it cannot send files, and should say so), "전문가한테 보여줄거
   만들어줘" were "not sure what you mean"; "can i get my info as a file" went to the coach model.
   Now each gets what its command word gets.
3. "r u a bot" was "not sure what you mean" (batch 101); "are you a bot" gets the introduction.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (typed while the other language is set, the language it asks for)
SET_ASIDE = (("영어 말고 한국어요", "ko"), ("korean instead of english", "ko"), ("한국어 말고 영어로", "en"))
OTHER = {"ko": "en", "en": "ko"}


@pytest.mark.parametrize(("typed", "wanted"), SET_ASIDE)
async def test_a_language_set_aside_switches_to_the_other_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str, wanted: str
) -> None:
    user = kakao.user(lang=OTHER[wanted])
    await user.send("/start")
    await user.send("/cancel")
    await user.send(typed)
    assert t(wanted, "language-set") in user.texts, user.texts
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("typed", "wanted"), SET_ASIDE[:2])
async def test_a_language_set_aside_at_the_breed_is_no_breed_on_kakao(
    kakao: Server, typed: str, wanted: str
) -> None:
    lang = OTHER[wanted]
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert t(wanted, "language-set") in user.texts, user.texts
    assert "breed" not in await kakao_answers(kakao, user.key)
    # the open question again, in the language asked for (the dog keeps the name it was given)
    assert t(wanted, "survey-q-breed", name=NAME[lang]) in user.text, user.text


async def test_a_language_set_aside_at_the_breed_is_no_breed_on_telegram(tg: Harness) -> None:
    chat = 116001
    await tg_at(tg, chat, "en", "breed")
    await tg.say(chat, "영어 말고 한국어요")
    assert t("ko", "language-set") in tg.sent(chat), tg.sent(chat)[-3:]
    assert "breed" not in await tg_answers(tg, chat)
    assert tg.last_text(chat).endswith(t("ko", "survey-q-breed", name=NAME["en"])), tg.last_text(chat)
    assert asked("en", "breed") not in tg.sent(chat)[-2:]


# (typed, the command word it asks for), per language
ASKED = {
    "ko": (
        ("내 데이터 다운받고 싶어요", "내보내기"),
        ("파일로 받을래요", "내보내기"),
        ("내 정보 파일로 받고 싶어요", "내보내기"),
        ("전문가한테 보여줄거 만들어줘", "요약"),
    ),
    "en": (
        ("can i get my info as a file", "export"),
        ("can you make something to show my vet", "summary"),
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_export_and_the_summary_asked_in_a_sentence_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, word in ASKED[lang]:
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        await user.send(word)
        plain = user.texts
        await user.send(typed)
        assert user.texts == plain, (typed, user.texts, plain)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_export_asked_in_a_sentence_sends_the_file_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 116010 + (lang == "en")
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, "/cancel")
    await tg.say(chat, ASKED[lang][0][0])
    files = tg.sent(chat, ("document",))
    assert files == [t(lang, "export-ready")], tg.sent(chat)[-2:]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("typed", ["r u a bot", "r u real", "are u a bot"])
async def test_the_bot_asked_about_in_texting_spelling_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    """Owner trial 11: "r u a bot" got "not sure what you mean" while "who are you" got the
    introduction. Texting spelling is the same question about the bot, never one for the model."""
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("/cancel")
    await user.send(typed)
    assert t("en", "coach-about") in user.texts, user.texts
    assert _model_calls(fake_ollama) == 0
