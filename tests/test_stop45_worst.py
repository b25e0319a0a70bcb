# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial 30, the worst-reaction question ("What is the strongest reaction Rex has
ever shown…?"), each reproduced through a real channel (Kakao skill webhook, Telegram over HTTP),
in Korean and English, read back from the store.

1. "no bites or anything" was saved as a behaviour report and analysed (on Kakao even a training
   plan with a check-in), nothing stored for the question, while "never bitten anyone" stored
   "None". A none said in other words is the option "None": no report, no model call.
2. "she's never hurt anyone" got 'I understood "injury"': the option's words under "never"/"없어요"
   deny it; "None".
3. A rescue owner's "we've only had her a week, don't know yet" is don't-know: the question is
   marked unknown and the survey moves on, as "no idea" is.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1 and 2. a none said in other words ----------------------------------------------------------

NONE_SAID = [
    ("en", "no bites or anything"),
    ("en", "none that we know"),
    ("en", "nope all good"),
    ("en", "hes a sweetheart, nothing like that"),
    ("en", "nothing like that"),
    ("en", "not really no"),
    ("en", "she's never hurt anyone"),
    ("en", "never growled or snapped"),
    ("ko", "물거나 그런 적은 없어요"),
    ("ko", "딱히 없어요"),
    ("ko", "그런 거 없어요 순해요"),
    ("ko", "아직 없었어요"),
    ("ko", "사람 다치게 한 적 없어요"),
]
# look-alikes: a reaction told as having happened beside the one denied stays that reaction
TOLD = [
    ("en", "no bites, just growls", "growl"),
    ("en", "growled once but never bit", "growl"),
    ("ko", "문 적은 없고 으르렁거려요", "growl"),
]


@pytest.mark.parametrize(("lang", "typed"), NONE_SAID)
async def test_a_none_in_other_words_is_none_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert asked(lang, "health") in user.text, (typed, user.text)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "none", typed
    assert await kakao_reports(kakao, user.key) == [], typed


@pytest.mark.parametrize(("lang", "typed"), NONE_SAID)
async def test_a_none_in_other_words_is_none_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 45100 + NONE_SAID.index((lang, typed))
    await tg_at(tg, chat, lang, "worst_reaction")
    await tg.say(chat, typed)
    assert asked(lang, "health") in tg.last_text(chat), (typed, tg.last_text(chat))
    assert (await tg_answers(tg, chat)).get("worst_reaction") == "none", typed
    assert await tg_reports(tg, chat) == [], typed


@pytest.mark.parametrize(("lang", "typed", "stored"), TOLD)
async def test_a_reaction_told_beside_a_denied_one_stays_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == stored, (typed, user.text)


# -- 3. don't know yet ----------------------------------------------------------------------------

NOT_KNOWN = [
    ("en", "we've only had her a week, don't know yet"),
    ("en", "just adopted him so not sure"),
    ("ko", "입양한지 얼마 안돼서 모르겠어요"),
]


@pytest.mark.parametrize(("lang", "typed"), NOT_KNOWN)
async def test_not_known_yet_is_dont_know_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert asked(lang, "health") in user.text, (typed, user.text)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("worst_reaction") is None, answers
    assert "worst_reaction" in answers.get("unknown", []), answers
    assert await kakao_reports(kakao, user.key) == [], typed


async def test_not_known_yet_is_dont_know_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 45200, "en", "worst_reaction")
    await tg.say(45200, "we've only had her a week, don't know yet")
    assert asked("en", "health") in tg.last_text(45200), tg.last_text(45200)
    answers = await tg_answers(tg, 45200)
    assert "worst_reaction" in answers.get("unknown", []), answers
    assert await tg_reports(tg, 45200) == []
