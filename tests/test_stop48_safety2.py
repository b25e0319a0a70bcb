# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, safety before the model, the rest of owner trial 33's faults (after
tests/test_stop48_safety.py), each reproduced through a real channel first (Kakao skill webhook,
Telegram over HTTP), what was kept read back from the store, the model calls counted.

1. A sign of illness alone at a choice question ("토에 피가 섞여있어요" at the children) was stored
   as an answer ("yes", from the "있어요" of 섞여있어요): the report kept, an answer invented. A
   message whose every clause tells a sign of the dog's body (`BODY_SIGNS`) picks no option: the
   report is kept and the question asked again.
2. "어떡해요??", "어떻게 해야돼요", "어쩌죠", "what should i do now" right after a safety card (the
   bleeding bite, the vomiting vet card) went to the coach model, or were read as nothing: the
   card again, no model call, nothing stored.
3. A bite on a young sibling with a child under 12 told at the survey ("남동생 8살", children yes;
   then "어제 동생 손 물었는데 피났어요ㅠㅠ") got the adult bite card: a young sibling is a child
   there (the child bite card), ko and en ("my little brother"); "초등학생 손" is a child's hand.
4. A snap at a person ("she snapped at my dad (once) when he reached over her head", "아빠한테
   입질했어요") got no guidance: a snap line of its own (the warning, no punishment, space, a
   professional). Korean's bare habit ("우리 개가 물어요") gets the bite guidance as "my dog bites".
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
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
from tests.test_trial14_values import AGREED

CHECKER = SafetyChecker(Messages())

# -- 1. a sign of illness alone answers no choice ----------------------------------------------

SIGNS = (
    ("ko", "children", "토에 피가 섞여있어요"),
    ("en", "children", "there's blood in her vomit"),
    ("ko", "other_pets", "똥에 피가 섞여 있어요"),
    ("en", "other_pets", "he puked blood this morning"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), SIGNS)
async def test_a_sign_of_illness_alone_is_no_choice_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert key not in await kakao_answers(kakao, user.key), user.texts
    assert t(lang, "safety-pain_illness")[:20] in "\n".join(user.texts), user.texts
    assert asked(lang, key) in user.text, user.texts
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "key", "typed"), SIGNS[:2])
async def test_a_sign_of_illness_alone_is_no_choice_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 48201 + SIGNS.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert key not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == [typed]


async def test_an_answer_beside_a_sign_of_illness_is_still_taken_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "children")
    await user.send("네 있어요, 근데 토에 피가 섞여있어요")
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts


# -- 2. "what do I do?" right after a safety card ----------------------------------------------

CARDS = (
    ("ko", "어제 손님 손을 물었는데 피가 많이 났어요", "safety-bite_injury"),
    ("ko", "오늘 아침부터 세번 토했어요", "safety-pain_illness"),
    ("en", "he bit my neighbour's hand and it's bleeding a lot", "safety-bite_injury"),
    ("en", "she keeps vomiting since this morning", "safety-pain_illness"),
)
ASKED = {
    "ko": ("어떡해요??", "어떻게 해야돼요", "어쩌죠", "어쩌죠ㅠㅠ", "어떻게 하면 돼요?", "이제 어째요"),
    "en": (
        "what should i do now",
        "what do i do",
        "what do i do??",
        "what now?",
        "what should we do",
        "help what do i do",
    ),
}


@pytest.mark.parametrize(("lang", "report", "card"), CARDS)
async def test_what_to_do_after_a_card_shows_it_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, card: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(report)
    assert t(lang, card)[:20] in "\n".join(user.texts), user.texts
    await asyncio.sleep(0.3)
    calls = _model_calls(fake_ollama)
    for typed in ASKED[lang]:
        await user.send(typed)
        assert t(lang, card)[:20] in "\n".join(user.texts), (typed, user.texts)
        await asyncio.sleep(0.1)
        assert _model_calls(fake_ollama) == calls, typed
    assert await kakao_reports(kakao, user.key) == [report]


@pytest.mark.parametrize(("lang", "report", "card"), CARDS[::3])
async def test_what_to_do_after_a_card_shows_it_again_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, report: str, card: str
) -> None:
    chat = 48211 + CARDS.index((lang, report, card))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, report)
    await asyncio.sleep(0.3)
    calls = _model_calls(fake_ollama)
    for typed in ASKED[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        shown = "\n".join(tg.sent(chat)[before:])
        assert t(lang, card)[:20] in shown, (typed, shown)
    await asyncio.sleep(0.1)
    assert _model_calls(fake_ollama) == calls
    assert await tg_reports(tg, chat) == [report]


# -- 3. a young sibling bitten, a child told at the survey -------------------------------------

SIBLING = {
    "ko": ("남동생 8살이랑 저랑 엄마 3명", "네", "어제 동생 손 물었는데 피났어요ㅠㅠ"),
    "en": ("3", "yes", "he bit my little brother yesterday, it bled"),
}


def _with_children(lang: str) -> list[str]:
    household, children, _ = SIBLING[lang]
    swap = {"household": household, "children": children}
    return [swap.get(key, text) for key, text in ANSWERS[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_young_sibling_bitten_gets_the_child_card_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in _with_children(lang):
        await user.send(text)
    await user.send(AGREED[lang])
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts
    await user.send(SIBLING[lang][2])
    shown = "\n".join(user.texts)
    assert t(lang, "safety-child_bitten")[:20] in shown, shown


async def test_a_young_sibling_bitten_gets_the_child_card_on_telegram(tg: Harness) -> None:
    chat = 48221
    await tg.say(chat, "/start", language_code="ko")
    for text in _with_children("ko"):
        await tg.say(chat, text)
    await tg.say(chat, AGREED["ko"])
    before = len(tg.sent(chat))
    await tg.say(chat, SIBLING["ko"][2])
    shown = "\n".join(tg.sent(chat)[before:])
    assert t("ko", "safety-child_bitten")[:20] in shown, shown


@pytest.mark.parametrize("typed", ["어제 동생 손 물었는데 피났어요ㅠㅠ", "he bit my little brother, it bled"])
def test_a_sibling_without_a_child_told_is_no_child(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN not in CHECKER.check(typed).kinds
    assert FlagKind.CHILD_BITTEN in CHECKER.check(typed, children=True).kinds


@pytest.mark.parametrize("typed", ["동생 강아지를 물었어요", "첫째가 동생개를 물었어요"])
def test_a_second_dog_called_little_sibling_is_no_child(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN not in CHECKER.check(typed, children=True).kinds


@pytest.mark.parametrize(
    "typed",
    [
        "초등학생 손 물었는데 피났어요",
        "어제 조카 손 물었는데 피났어요",
        "he bit the kid's hand",
        "my toddler got bitten",
    ],
)
def test_a_word_for_a_child_bitten_is_the_child_bite(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN in CHECKER.check(typed).kinds, typed


# -- 4. a snap at a person; the Korean bare habit ----------------------------------------------

SNAPS = (
    ("en", "she snapped at my dad (once) when he reached over her head"),
    ("en", "he air snapped at my husband"),
    ("en", "he snapped at me when i touched his paw"),
    ("ko", "아빠한테 입질했어요 머리 위로 손 뻗었을때"),
    ("ko", "손님한테 으르렁거리고 입질해요"),
)


@pytest.mark.parametrize(("lang", "typed"), SNAPS)
def test_a_snap_at_a_person_is_its_own_flag(lang: str, typed: str) -> None:
    kinds = CHECKER.check(typed).kinds
    assert kinds == {FlagKind.SNAP_PERSON}, (typed, kinds)


@pytest.mark.parametrize(
    "typed",
    [
        "oh snap he did it again",
        "he snapped his leash",
        "낚시 갔는데 입질이 없었어요",
        "장난치다가 입질해요",
        "she snaps at my son",
    ],
)
def test_look_alikes_of_a_snap_at_a_person_are_none(typed: str) -> None:
    assert FlagKind.SNAP_PERSON not in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize(("lang", "typed"), SNAPS[::3])
async def test_a_snap_at_a_person_gets_the_snap_line_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-snap_person")[:30] in shown, shown
    assert t(lang, "safety-bite_person")[:30] not in shown, shown
    assert await kakao_reports(kakao, user.key) == [typed]


async def test_a_snap_at_a_person_gets_the_snap_line_on_telegram(tg: Harness) -> None:
    chat = 48231
    await tg_owner(tg, chat, "ko")
    before = len(tg.sent(chat))
    await tg.say(chat, "아빠한테 입질했어요")
    shown = "\n".join(tg.sent(chat)[before:])
    assert t("ko", "safety-snap_person")[:30] in shown, shown


@pytest.mark.parametrize("typed", ["우리 개가 물어요", "콩이가 자꾸 물어요ㅠㅠ", "사람을 물어요"])
def test_the_korean_bare_habit_of_biting_gets_the_bite_guidance(typed: str) -> None:
    assert FlagKind.BITE_PERSON in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", ["다른 개가 물어요", "물어요", "장난감을 물어요"])
def test_a_bite_not_the_dogs_habit_is_none(typed: str) -> None:
    assert FlagKind.BITE_PERSON not in CHECKER.check(typed).kinds, typed


async def test_the_korean_bare_habit_gets_the_bite_guidance_on_telegram(tg: Harness) -> None:
    chat = 48232
    await tg_owner(tg, chat, "ko")
    before = len(tg.sent(chat))
    await tg.say(chat, "우리 개가 물어요")
    shown = "\n".join(tg.sent(chat)[before:])
    assert t("ko", "safety-bite_person")[:30] in shown, shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "he bit me, lil scratch"),
        ("en", "he bit my hand and left a lil scratch"),
        ("ko", "손 물어서 스크래치 났어요"),
        ("ko", "물었는데 스크래치 났어요"),
    ],
)
def test_a_scratch_after_a_bite_is_a_bite_that_hurt(lang: str, typed: str) -> None:
    assert FlagKind.BITE_INJURY in CHECKER.check(typed).kinds, typed
