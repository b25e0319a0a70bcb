# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Commands asked in a sentence in the middle of the survey (fresh owner trial): "how was this
week", "이번주 어땠어?", "how do I use this" went to the coach model or were taken as the answer;
"what can u do" / "뭐 할 수 있어?" were never help. Mid-survey a message that clearly asks for a
command (and is no plausible answer to the open question) runs it, as its own word does, and the
survey keeps its place: the same question comes again and its answer is still taken."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import kakao_dog_answers, owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

# (asked in a sentence, the command's own word), per language.
ASKED = {
    "en": (
        ("how was this week", "this week"),
        ("how do I use this", "help"),
        ("what can u do", "help"),
        ("what can you do?", "help"),
        ("what are your features?", "help"),
    ),
    "ko": (
        ("이번주 어땠어?", "이번 주"),
        ("뭐 할 수 있어?", "도움말"),
        ("뭘 할 수 있어요", "도움말"),
        ("무슨 기능 있어요?", "도움말"),
        ("어떻게 사용해요?", "도움말"),
    ),
}
NAME = {"en": "Max", "ko": "보리"}
AGE = {"en": "3 years", "ko": "3살"}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def test_a_command_asked_at_a_survey_question_runs_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, pairs in ASKED.items():
        for asked, word in pairs:
            by_sentence, by_word = kakao.user(lang=lang), kakao.user(lang=lang)
            for user in (by_sentence, by_word):
                await user.send("/start")
                await user.send(NAME[lang])  # the age question is open
            await by_word.send(word)
            await by_sentence.send(asked)
            assert by_sentence.texts == by_word.texts, (asked, by_sentence.texts)
            assert t(lang, "survey-q-age_months", name=NAME[lang]) in by_sentence.text, (
                asked,
                by_sentence.text,
            )
            await by_sentence.send(AGE[lang])  # the survey kept its place
            assert (await kakao_dog_answers(kakao, by_sentence.key))["age_months"] == 36, asked
            async with open_store(kakao.settings.database_url) as store:
                assert await owner_reports(store, "kakao", by_sentence.key) == [], asked
    assert _model_calls(fake_ollama) == 0


async def test_a_command_asked_at_a_free_text_question_runs_it_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    """At the breed question (any text is an answer) a question naming a command is still the command."""
    chat = 15500
    for lang, pairs in ASKED.items():
        for asked, word in pairs:
            by_sentence, by_word = chat, chat + 1
            chat += 2
            for c in (by_sentence, by_word):
                for text in ("/start", NAME[lang], AGE[lang]):
                    await tg.say(c, text, language_code=lang)
                await tg.tap(c, t(lang, "survey-opt-sex-male_neutered"))
            assert t(lang, "survey-q-breed", name=NAME[lang]) in tg.last_text(by_sentence)
            await tg.say(by_word, word, language_code=lang)
            await tg.say(by_sentence, asked, language_code=lang)
            assert tg.sent(by_sentence)[-2:] == tg.sent(by_word)[-2:], (asked, tg.sent(by_sentence)[-2:])
            assert t(lang, "survey-q-breed", name=NAME[lang]) in tg.last_text(by_sentence), asked
            assert await owner_reports(tg.rt.store, "telegram", str(by_sentence)) == [], asked
    assert _model_calls(fake_ollama) == 0


async def test_what_can_you_do_is_help_idle_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, pairs in ASKED.items():
        for asked, word in pairs:
            if word not in ("help", "도움말"):
                continue
            by_sentence, by_word = kakao.user(lang=lang), kakao.user(lang=lang)
            for user in (by_sentence, by_word):
                await user.send("/start")
                await user.send("/cancel")
            await by_word.send(word)
            await by_sentence.send(asked)
            assert by_sentence.texts == by_word.texts, (asked, by_sentence.texts)
    assert _model_calls(fake_ollama) == 0
