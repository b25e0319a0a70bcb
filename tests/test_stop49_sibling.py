# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper sibling: owner trial faults, each reproduced through a real channel first.

1. A bite on a young sibling told MID-SURVEY, after the children question was answered with a
   child under 12, got the adult bite card when the survey was a second dog's (the report is the
   active first dog's, whose profile said no child): the open survey's dog's answer counts too.
2. `_sign_only` cut a message in clauses at punctuation and "and" only: it now cuts as the other
   clause readers do (Korean "-고", "-는데", "-서"; English "then", "but", "so"), a sign of the body
   told over connected clauses answering no choice, an answer beside it kept.
3. "말티즈 이 아이도" at the children or the household was read as a child: "아이" after a
   demonstrative or "우리" is the dog (`understanding-child-word-dog`); "아이가 둘이에요" is children.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)
from tests.test_understanding_corpus import context_for

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


# -- 2. a sign of the body told over connected clauses -------------------------------------------

UNDERSTANDER = Understander(Messages())
SIGN_CLAUSES = (
    ("토했는데 피가 섞여있고 기운이 없어요", ["토했는데", "피가 섞여있고", "기운이 없어요"]),
    ("토해서 기운이 없어요", ["토해서", "기운이 없어요"]),
    ("보호소에서 데려왔어요", ["보호소에서 데려왔어요"]),
    ("she threw up blood then she's been lethargic", ["she threw up blood", "she's been lethargic"]),
    ("he vomited blood so he's not eating", ["he vomited blood", "he's not eating"]),
    ("no kids but she threw up blood", ["no kids", "she threw up blood"]),
)


@pytest.mark.parametrize(("text", "parts"), SIGN_CLAUSES)
def test_the_clauses_a_sign_is_read_in(text: str, parts: list[str]) -> None:
    assert UNDERSTANDER.answers.clauses(text) == parts


SIGNS = (
    ("ko", "children", "토했는데 피가 섞여있고 기운이 없어요"),
    ("en", "children", "she threw up blood then she's been lethargic"),
    ("ko", "other_pets", "토해서 피가 섞여 나오고 기운이 없어요"),
    ("en", "other_pets", "he vomited blood so he's not eating"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), SIGNS)
async def test_a_sign_over_clauses_answers_no_choice_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert key not in await kakao_answers(kakao, user.key), user.texts
    assert asked(lang, key) in user.text, user.texts
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "key", "typed"), SIGNS[:2])
async def test_a_sign_over_clauses_answers_no_choice_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 49331 + SIGNS.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert key not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == [typed]


# -- 3. "이 아이" is the dog ----------------------------------------------------------------------

DOG_CALLED = (
    ("ko", "children", "말티즈 이 아이도"),
    ("ko", "children", "요 아이도 소형이에요"),
    ("ko", "household", "말티즈 이 아이도"),
    ("en", "children", "a maltese, this baby too"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), DOG_CALLED)
def test_this_child_word_is_the_dog(lang: str, key: str, typed: str) -> None:
    got = UNDERSTANDER.understand(typed, context_for(f"survey:{key}"))
    assert got.picks != ("yes",) and got.reason != "children-told", got


@pytest.mark.parametrize(("lang", "key", "typed"), DOG_CALLED)
async def test_this_child_word_keeps_no_children_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert "children" not in await kakao_answers(kakao, user.key), user.texts


@pytest.mark.parametrize(("lang", "key", "typed"), DOG_CALLED[::3])
async def test_this_child_word_keeps_no_children_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 49341 + DOG_CALLED.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert "children" not in await tg_answers(tg, chat)


async def test_two_children_are_still_children_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "children")
    await user.send("아이가 둘이에요")
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts
