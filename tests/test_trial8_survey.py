# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 8's survey findings (issue 11, corpus batch 83): answers misfiled at a survey
question, each reproduced through a real channel first, then fixed for its kind in both languages.

1. A report waiting, "한달 전부터 매번 그래요" at the health question became the health note: it is
   detail about the report (how long, how often).
2. "산책은 거의 못해요ㅠ" at the hours-alone question was stored as 0 hours: a sentence about walks.
3. "진도믹스", back, "아니 그냥 믹스로 해주세요" was stored as the breed "아니·해주세 믹스": a request
   around a breed or an option ("로 해주세요", "make it", a leading no) is read past.
5. "she nipped once" at the worst reaction was "Snap, no contact": a nip is tooth contact, the
   lightest bite.
6. "pit mix" (a breed no list held, with "mix") was lost; "poodle x" is a poodle cross.
7. "idk like a few hrs" and "she comes to work with me" at the hours alone were refused: a few hours
   is a range, the dog at work with the owner is about none.
8. "한 4~5시간?" at the name question went to the model as a coach question: no name, asked again.
9. A long span was shown in months ("about 70–72 months"): a year or more is shown in years.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

BACK = {"en": "back", "ko": "이전"}
# (typed first, then after going back: the breed asked for, what is stored)
BREED_ASKED_FOR = {
    "ko": (("진도믹스", "아니 그냥 믹스로 해주세요", "mixed"), ("말티즈", "아니 푸들로 해주세요", "푸들")),
    "en": (("lab mix", "no just make it mixed", "mixed"), ("maltese", "nah put poodle", "poodle")),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_breed_asked_for_politely_is_the_breed_on_kakao(kakao: Server, lang: str) -> None:
    for first, then, stored in BREED_ASKED_FOR[lang]:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(first)
        assert asked(lang, "size") in user.text, (first, user.text)
        await user.send(BACK[lang])
        assert asked(lang, "breed") in user.text, user.text
        await user.send(then)
        assert asked(lang, "size") in user.text, (then, user.text)
        assert (await kakao_answers(kakao, user.key))["breed"] == stored, then


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Pit mix?", "Pit mix"), ("she is a pit mix we think", "pit mix"), ("poodle x", "poodle mix")],
)
async def test_a_named_breed_with_mix_is_that_breeds_mix_on_telegram(
    tg: Harness, typed: str, stored: str
) -> None:
    chat = 83100 + len(typed)
    await tg_at(tg, chat, "en", "breed")
    await tg.say(chat, typed)
    assert asked("en", "size") in tg.last_text(chat), tg.sent(chat)[-2:]
    assert (await tg_answers(tg, chat))["breed"] == stored


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "she nipped once"), ("en", "he nips"), ("ko", "손을 살짝 깨물었어요")]
)
async def test_a_nip_is_the_lightest_bite_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    """The answer at its question (not a report, not asked again): the bite with no injury."""
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert asked(lang, "health") in user.text, (typed, user.text)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "bite", typed
