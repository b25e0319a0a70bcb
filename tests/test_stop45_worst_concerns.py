# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial 30: "barking i guess" at the worst-reaction question got "I've added Barking
to the concerns" though Barking was ticked already. Reproduced through a real channel (Kakao and
Telegram, Korean and English), read back from the store.

A behaviour told at another question whose concerns are all ticked already is said to be there
already, never "added"; at the worst reaction, where barking is none of the options, the line after
it says what the question asks and that "None" is the answer when there was no growl, snap or bite.
Nothing is stored for the worst reaction from it.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DONE = {"ko": "완료", "en": "done"}
SAID = {"ko": "짖는 거요 아마", "en": "barking i guess"}


def _already(lang: str) -> str:
    return t(lang, "survey-concerns-already", concerns=t(lang, "category-barking"))


def _hint(lang: str) -> str:
    return t(lang, "survey-worst-none-hint")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_concern_ticked_already_is_not_added_again_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(t(lang, "category-barking"))
    await user.send(DONE[lang])
    assert asked(lang, "worst_reaction") in user.text, user.text
    await user.send(SAID[lang])
    added = t(lang, "survey-concerns-added", concerns=t(lang, "category-barking"))
    assert added not in user.text, user.text
    assert _already(lang) in user.text, user.text
    assert _hint(lang) in user.text, user.text
    assert asked(lang, "worst_reaction") in user.text, user.text
    answers = await kakao_answers(kakao, user.key)
    assert answers["concerns"] == ["barking"], answers
    assert "worst_reaction" not in answers, answers


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_concern_ticked_already_is_not_added_again_on_telegram(tg: Harness, lang: str) -> None:
    chat = 45300 + ["en", "ko"].index(lang)
    await tg_at(tg, chat, lang, "concerns")
    await tg.say(chat, t(lang, "category-barking"))
    await tg.say(chat, DONE[lang])
    assert asked(lang, "worst_reaction") in tg.last_text(chat), tg.last_text(chat)
    seen = len(tg.fake.sent_messages(chat))
    await tg.say(chat, SAID[lang])
    said = "\n".join(m.text or "" for m in tg.fake.sent_messages(chat)[seen:])
    assert _already(lang) in said, said
    assert _hint(lang) in said, said
    answers = await tg_answers(tg, chat)
    assert answers["concerns"] == ["barking"], answers
    assert "worst_reaction" not in answers, answers


async def test_a_new_concern_at_the_worst_reaction_is_added_with_the_hint_on_kakao(kakao: Server) -> None:
    """Not ticked before ("None for now" at the concerns): added, as before, and the hint."""
    user = await kakao_at(kakao, "en", "worst_reaction")
    await user.send("barking i guess")
    assert t("en", "survey-concerns-added", concerns=t("en", "category-barking")) in user.text, user.text
    assert _hint("en") in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["concerns"] == ["barking"]
