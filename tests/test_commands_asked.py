# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Commands asked for in a sentence (the sixth fresh trial, corpus batch 10): "where's my result?", "이번주 어땠어?",
"how do i use this?", "stop reminders", "I have another dog" each went to the coach model as a
question (or was analysed as a report). Each gets what its command gives — the same reply as the
command's own word — with nothing stored as a report or question and no model call."""

from __future__ import annotations

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

ASKED = {
    "en": (
        ("where's my result?", "show result"),
        ("what happened this week?", "this week"),
        ("how do i use this?", "help"),
        ("stop reminders", "notifications off"),  # reminders of any kind: tips and check-ins
        ("I have another dog", "add a dog"),
        ("make a pdf for my vet", "summary"),
    ),
    "ko": (
        ("분석 결과 어딨어요?", "결과 보기"),
        ("이번주 어땠어?", "이번 주"),
        ("수의사한테 보여줄 거 만들어줘", "요약"),
        ("둘째도 등록하고 싶어요", "강아지 추가"),
        ("콩이 정보 보여줘", "프로필"),
    ),
}


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def answered_as_the_word_on_kakao(kakao: Server, asked: dict[str, tuple[tuple[str, str], ...]]) -> None:
    """Each sentence (a new Kakao user, survey cancelled) gets the same replies as the command's
    own word from another new user, and nothing is stored as a report."""
    for lang, pairs in asked.items():
        for sentence, word in pairs:
            by_sentence, by_word = kakao.user(lang=lang), kakao.user(lang=lang)
            for user in (by_sentence, by_word):
                await user.send("/start")
                await user.send("/cancel")
            await by_word.send(word)
            await by_sentence.send(sentence)
            assert by_sentence.texts == by_word.texts, (sentence, by_sentence.texts)
            async with open_store(kakao.settings.database_url) as store:
                assert await owner_reports(store, "kakao", by_sentence.key) == [], sentence


async def answered_as_the_word_on_telegram(
    tg: Harness, asked: dict[str, tuple[tuple[str, str], ...]], chat: int
) -> None:
    """The same over the fake Bot API, from chat ids `chat`, `chat + 1`, …"""
    for lang, pairs in asked.items():
        for sentence, word in pairs:
            by_sentence, by_word = chat, chat + 1
            chat += 2
            for c in (by_sentence, by_word):
                await tg.say(c, "/start", language_code=lang)
                await tg.say(c, "/cancel", language_code=lang)
            await tg.say(by_word, word, language_code=lang)
            await tg.say(by_sentence, sentence, language_code=lang)
            assert tg.last_text(by_sentence) == tg.last_text(by_word), (sentence, tg.last_text(by_sentence))
            assert await owner_reports(tg.rt.store, "telegram", str(by_sentence)) == [], sentence


async def test_commands_asked_in_a_sentence_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_kakao(kakao, ASKED)
    assert _model_calls(fake_ollama) == 0


async def test_commands_asked_in_a_sentence_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_telegram(tg, ASKED, 15100)
    assert _model_calls(fake_ollama) == 0
