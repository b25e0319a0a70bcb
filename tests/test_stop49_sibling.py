# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper sibling: owner trial faults, each reproduced through a real channel first.

1. A bite on a young sibling told MID-SURVEY, after the children question was answered with a
   child under 12, got the adult bite card when the survey was a second dog's (the report is the
   active first dog's, whose profile said no child): the open survey's dog's answer counts too.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, t, tg_answers
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. a young sibling bitten, told at a later survey question ---------------------------------

CHILD = {
    "ko": (("household", "3명"), ("children", "남동생 8살")),
    "en": (("household", "3"), ("children", "my son is 7")),
}
BITES = {"ko": "동생 손 물었어요 피났어요", "en": "he bit my son's hand, it bled"}
LATER = ("other_pets", "alone_hours", "exercise_minutes", "concerns", "worst_reaction", "health")


def _up_to(lang: str, key: str) -> list[str]:
    swap = dict(CHILD[lang])
    out: list[str] = []
    for k, text in ANSWERS[lang]:
        if k == key:
            return out
        out.append(swap.get(k, text))
    return out


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", LATER)
async def test_a_sibling_bitten_mid_survey_gets_the_child_card_on_kakao(
    kakao: Server, lang: str, key: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in _up_to(lang, key):
        await user.send(text)
    assert asked(lang, key) in user.text, user.texts
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts
    await user.send(BITES[lang])
    shown = "\n".join(user.texts)
    assert t(lang, "safety-child_bitten")[:20] in shown, shown


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", LATER[::2])
async def test_a_sibling_bitten_mid_survey_gets_the_child_card_on_telegram(
    tg: Harness, lang: str, key: str
) -> None:
    chat = 49301 + LATER.index(key) + (10 if lang == "en" else 0)
    await tg.say(chat, "/start", language_code=lang)
    for text in _up_to(lang, key):
        await tg.say(chat, text)
    assert (await tg_answers(tg, chat)).get("children") == "yes"
    before = len(tg.sent(chat))
    await tg.say(chat, BITES[lang])
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-child_bitten")[:20] in shown, shown


SECOND = {
    "ko": ("밤이도 등록해줘", ("2살", "여아 중성화", "믹스", "소형", "지인", "1년", "3명", "남동생 8살")),
    "en": (
        "add a dog",
        ("Lulu", "2", "female spayed", "mix", "small", "friend", "1 year", "3", "my son is 7"),
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_sibling_bitten_in_a_second_dogs_survey_gets_the_child_card_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    add, answers = SECOND[lang]
    await user.send(add)
    for text in answers:
        await user.send(text)
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts
    await user.send(BITES[lang])
    shown = "\n".join(user.texts)
    assert t(lang, "safety-child_bitten")[:20] in shown, shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_sibling_bitten_in_a_second_dogs_survey_gets_the_child_card_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 49321 + (lang == "en")
    await tg_owner(tg, chat, lang)
    add, answers = SECOND[lang]
    for text in (add, *answers):
        await tg.say(chat, text)
    assert (await tg_answers(tg, chat)).get("children") == "yes"
    before = len(tg.sent(chat))
    await tg.say(chat, BITES[lang])
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-child_bitten")[:20] in shown, shown
