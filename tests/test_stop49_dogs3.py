# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper "dogs3": owner trial 34/35, two-dog owners. Reproduced through a real channel
first (Kakao, Telegram, Korean and English), what was kept read back from the store.

1. A bare answer-like message (sex, breed, size) that contradicts the confirmed profile of the
   only dog ("girl spayed" with Rex a neutered male) was applied silently ("Updated Rex's
   profile — Sex: Female, spayed"): it is asked about now, never stored on its own.
2. A correction naming a dog that is not registered ("pip is actually 3 not 2") was applied to
   the active dog: it never is; adding Pip is offered.
3. "i have another one too, pip" idle: "I'm not sure what you mean"; now Pip's adding offered.
   "한마리 더 있어요 밤이라고": adding started, the name asked again; now 밤이's survey starts named.
6. "who's active rn", "지금 누구로 돼있어요?": noise, the coach; now the active dog is said.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop48_otherdog import _kakao_dogs, _tg_dogs
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

OWN = {"ko": "콩이", "en": "Rex"}

# -- 1. an answer contradicting the confirmed profile -------------------------------------------

# (lang, typed, the key it would change) -- Rex is a neutered male poodle, small
CONTRA: tuple[tuple[str, str, str], ...] = (
    ("en", "girl spayed", "sex"),
    ("en", "jack russell", "breed"),
    ("en", "large", "size"),
    ("ko", "여아 중성화했어요", "sex"),
    ("ko", "잭러셀이요", "breed"),
)


@pytest.mark.parametrize(("lang", "typed", "key"), CONTRA)
async def test_a_bare_answer_contradicting_the_profile_is_not_applied_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str
) -> None:
    user = await kakao_owner(kakao, lang, sex="male")
    before: dict[str, dict[str, Any]] = await _kakao_dogs(kakao, user.key)
    await user.send(typed)
    after = await _kakao_dogs(kakao, user.key)
    assert after[OWN[lang]].get(key) == before[OWN[lang]].get(key), (user.texts[-2:], after)
    assert t(lang, "profile-contradict-update", name=OWN[lang]) in str(user.last), user.last
    await user.tap("profile:contradict-yes")  # "update Rex": it was his after all
    after = await _kakao_dogs(kakao, user.key)
    assert after[OWN[lang]].get(key) != before[OWN[lang]].get(key), (user.texts[-2:], after)


async def test_a_bare_answer_contradicting_the_profile_is_not_applied_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, key) in enumerate(CONTRA, 49301):
        await tg_owner(tg, chat, lang, sex="male")
        before = await _tg_dogs(tg, chat)
        await tg.say(chat, typed)
        after = await _tg_dogs(tg, chat)
        assert after[OWN[lang]].get(key) == before[OWN[lang]].get(key), (tg.sent(chat)[-2:], after)


# -- 2. a correction naming a dog not registered ------------------------------------------------

NAMED: tuple[tuple[str, str, str], ...] = (
    ("en", "pip is actually 5 not 2", "Pip"),
    ("en", "change pip's age to 5", "Pip"),
    ("ko", "밤이 나이 5살로 고쳐주세요", "밤이"),
    ("ko", "밤이는 2살 아니고 5살이에요", "밤이"),
)


@pytest.mark.parametrize(("lang", "typed", "other"), NAMED)
async def test_a_correction_naming_another_dog_never_changes_the_active_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, other: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[OWN[lang]]["age_months"] == 36, (user.texts[-2:], dogs)
    assert t(lang, "newdog-offer-named", name=other) in user.text, user.texts[-2:]
    await user.tap("profile:newdog")
    await user.send({"ko": "네", "en": "yes"}[lang])  # her name offered, taken
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[other].get("age_months") == 60 and dogs[OWN[lang]]["age_months"] == 36, (
        dogs,
        user.texts[-2:],
    )


async def test_a_correction_naming_another_dog_never_changes_the_active_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, _other) in enumerate(NAMED, 49311):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        dogs = await _tg_dogs(tg, chat)
        assert dogs[OWN[lang]]["age_months"] == 36, (tg.sent(chat)[-2:], dogs)


# -- 3. a second dog announced in words -----------------------------------------------------------

ANNOUNCED: tuple[tuple[str, str, str], ...] = (
    ("en", "i have another one too, pip", "Pip"),
    ("ko", "한마리 더 있어요 밤이라고", "밤이"),
    ("ko", "강아지 한마리 더 있어요 밤이라고", "밤이"),
)


@pytest.mark.parametrize(("lang", "typed", "other"), ANNOUNCED)
async def test_a_second_dog_announced_is_offered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, other: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    if t(lang, "survey-q-name-hint", name=other) in user.text:  # "…, pip": offered to confirm
        await user.send({"ko": "네", "en": "yes"}[lang])
    assert t(lang, "survey-q-age_months", name=other) in user.text, user.texts[-2:]  # her survey
    assert list(await _kakao_dogs(kakao, user.key)) == [OWN[lang], other], user.texts[-2:]


async def test_a_second_dog_announced_is_offered_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, other) in enumerate(ANNOUNCED, 49321):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        if t(lang, "survey-q-name-hint", name=other) in tg.last_text(chat):
            await tg.say(chat, {"ko": "네", "en": "yes"}[lang])
        assert t(lang, "survey-q-age_months", name=other) in tg.last_text(chat), tg.sent(chat)[-2:]
        assert list(await _tg_dogs(tg, chat)) == [OWN[lang], other], tg.sent(chat)[-2:]


# -- 6. the active dog asked in words not understood ---------------------------------------------

ACTIVE_ASKED = (
    ("en", "who's active rn"),
    ("en", "which dog is selected rn"),
    ("ko", "지금 누구로 돼있어요?"),
)


@pytest.mark.parametrize(("lang", "typed"), ACTIVE_ASKED)
async def test_the_active_dog_asked_is_said_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "profile-active", name=OWN[lang]) in user.text, user.texts[-2:]


async def test_the_active_dog_asked_is_said_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(ACTIVE_ASKED, 49331):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert t(lang, "profile-active", name=OWN[lang]) in tg.last_text(chat), tg.sent(chat)[-2:]
