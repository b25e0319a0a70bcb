# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A behaviour named alone is no incident (fresh owner trial): "jumping up", "leash pulling",
"separation anxiety", "분리불안 ㅠㅠ", "짖음" typed idle were stored and analysed as a report by the
model, with nothing to analyse (no antecedent, no consequence). Each gets a short reply that names
the behaviour understood and asks for one recent time it happened; nothing stored, no model call.
A sentence that tells an incident ("산책하다 다른개보고 짖었어요") is still a report."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

# What the owner typed, and the behaviour the reply names (a concern's label).
LABELS = {
    "en": (
        ("jumping up", "category-jumping"),
        ("leash pulling", "category-pulling"),
        ("separation anxiety", "category-separation"),
        ("barking", "category-barking"),
    ),
    "ko": (
        ("분리불안 ㅠㅠ", "category-separation"),
        ("짖음", "category-barking"),
        ("줄당김이요", "category-pulling"),
        ("입질 문제", "category-mouthing"),
    ),
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def test_a_behaviour_named_alone_asks_for_one_time_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, pairs in LABELS.items():
        for typed, category in pairs:
            user = kakao.user(lang=lang)
            await user.send("/start")
            await user.send("/cancel")
            await user.send(typed)
            assert t(lang, category) in user.text, (typed, user.text)
            assert t(lang, "label-ask-incident", category=t(lang, category)) == user.text, (typed, user.text)
            async with open_store(kakao.settings.database_url) as store:
                assert await owner_reports(store, "kakao", user.key) == [], typed
    assert _model_calls(fake_ollama) == 0


async def test_a_behaviour_named_alone_asks_for_one_time_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 15400
    for lang, pairs in LABELS.items():
        for typed, category in pairs:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, typed, language_code=lang)
            expected = t(lang, "label-ask-incident", category=t(lang, category))
            assert tg.last_text(chat) == expected, (typed, tg.last_text(chat))
            assert await owner_reports(tg.rt.store, "telegram", str(chat)) == [], typed
    assert _model_calls(fake_ollama) == 0


async def test_an_incident_told_in_a_sentence_is_still_a_report(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, text in (
        ("ko", "산책하다 다른개보고 짖었어요"),
        ("en", "he jumped on my guest when she came in"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        await user.send(text)
        async with open_store(kakao.settings.database_url) as store:
            assert [r.text for r in await owner_reports(store, "kakao", user.key)] == [text]


async def test_a_behaviour_named_first_asks_for_one_time_and_offers_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """A new owner's first message a label: the same ask, then the survey offered (as after a first
    report); nothing stored."""
    for lang, typed, category in (
        ("en", "separation anxiety help", "category-separation"),
        ("ko", "짖는 거", "category-barking"),
    ):
        user = kakao.user(lang=lang)
        await user.send(typed)
        assert t(lang, "label-ask-incident", category=t(lang, category)) in user.text, (typed, user.text)
        assert t(lang, "first-report-offer") in user.text, user.text
        async with open_store(kakao.settings.database_url) as store:
            assert await owner_reports(store, "kakao", user.key) == [], typed
    assert _model_calls(fake_ollama) == 0
