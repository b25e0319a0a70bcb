# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "dogs50b": Korean owner trial, a second dog announced mid-survey. Reproduced
through a real channel first (Kakao, Telegram, Korean and English), what was kept read back from
the store.

1. At 코코's exercise (age and origin answered), "강아지 추가", "보리" ("보리, 알겠어요…"), then "2살"
   changed 코코's age 5살 → 2살 and "지인한테 분양받았어요" her origin 펫숍 → 지인 ("add another
   dog", "pip", "2 yrs", "rescue" alike): a bare answer contradicting an earlier answer of the
   dog's own (age, size, origin), naming no dog, is now kept for the waiting dog when it has a
   name (`newdog-after-survey-kept`), else said to be the other dog's (`newdog-after-survey-fact`);
   never stored on the surveyed dog, and stored on 보리 when her survey starts (not asked there).
   The open question's own answer ("30분") is still its own.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop48_otherdog import _kakao_dogs
from tests.test_survey_answers_misread import (
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

ADD = {"ko": "강아지 추가", "en": "add another dog"}
OTHER = {"ko": "보리", "en": "Pip"}
# (lang, typed at the exercise, the earlier key it contradicts, what is kept shown)
CONTRA = (
    ("ko", "2살", "age_months", "2살"),
    ("ko", "지인한테 분양받았어요", "origin", None),
    ("en", "2 yrs", "age_months", "2 years"),
    ("en", "rescue", "origin", None),
)


def _kept(lang: str, key: str, shown: str | None) -> str:
    field = t(lang, f"survey-field-{key}")
    if shown is None:  # a choice: the reply names the field and the dog, whatever the option's label
        return t(lang, "newdog-after-survey-kept", name=OTHER[lang], field=field, value="\x00").split("\x00")[
            0
        ]
    return t(lang, "newdog-after-survey-kept", name=OTHER[lang], field=field, value=shown)


@pytest.mark.parametrize(("lang", "typed", "key", "shown"), CONTRA)
async def test_a_contradicting_bare_answer_is_kept_for_the_dog_announced_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str, shown: str | None
) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    before = dict(await kakao_answers(kakao, user.key))
    for text in (ADD[lang], OTHER[lang].lower()):
        await user.send(text)
    await user.send(typed)
    after = await kakao_answers(kakao, user.key)
    assert after.get(key) == before.get(key), (user.texts[-2:], after)
    assert _kept(lang, key, shown) in user.text, user.texts[-2:]
    assert asked(lang, "exercise_minutes") in user.text, user.texts[-2:]
    await user.send("30" if lang == "en" else "30분")  # the open question's own answer: its own
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == 30


async def test_a_contradicting_bare_answer_is_kept_for_the_dog_announced_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, key, shown) in enumerate(CONTRA, 50801):
        await tg_at(tg, chat, lang, "exercise_minutes")
        before = dict(await tg_answers(tg, chat))
        for text in (ADD[lang], OTHER[lang].lower(), typed):
            await tg.say(chat, text)
        after = await tg_answers(tg, chat)
        assert after.get(key) == before.get(key), (tg.sent(chat)[-2:], after)
        assert _kept(lang, key, shown) in "\n".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_with_no_name_told_it_is_said_to_be_the_other_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    before = dict(await kakao_answers(kakao, user.key))
    await user.send(ADD[lang])
    await user.send("2살" if lang == "ko" else "2 yrs")
    after = await kakao_answers(kakao, user.key)
    assert after["age_months"] == before["age_months"], (user.texts[-2:], after)
    other = t(lang, "newdog-after-survey-other")
    assert t(lang, "newdog-after-survey-fact", name=other) in user.text, user.texts[-2:]


@pytest.mark.parametrize(("lang", "yes"), [("ko", "네"), ("en", "yes")])
async def test_what_was_kept_is_the_announced_dogs_when_her_survey_starts_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, yes: str
) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    age, origin = [(typed, key) for la, typed, key, _ in CONTRA if la == lang]
    for text in (ADD[lang], OTHER[lang].lower(), age[0], origin[0], "/cancel"):
        await user.send(text)
    assert t(lang, "newdog-offer-named", name=OTHER[lang]) in user.text, user.texts[-3:]
    await user.tap("profile:newdog")
    await user.send(yes)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[OTHER[lang]].get("age_months") == 24, (dogs, user.texts[-3:])
    assert dogs[OTHER[lang]].get("origin") == {"ko": "friend_family", "en": "shelter"}[lang], dogs
    assert dogs[NAME[lang]]["age_months"] == 36, dogs
    assert _model_calls(fake_ollama) == 0
