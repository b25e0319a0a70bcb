# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 55, helper flows55: faults a verification trial found in the flows, each reproduced
through a real channel first (Kakao skill webhook, Telegram over the fake Bot API; ko and en),
what was stored read back.

2. Survey concerns (multi-choice): "짖음이랑 공격성" then "다됐어" stored barking alone. The typed
   text ticked barking and asked "어느 쪽인가요: 사람에 대한 공격성 / 다른 개에 대한 공격성?"
   (one word, two options); "done" then finished with the ticks and dropped the aggression
   without a word. Fix: a "which do you mean" left unanswered when the question is finished
   (typed or tapped Done) ticks all the options it asked about, said in a line
   (`picking._unanswered_which`, `survey-which-kept-all`): a wrong tick shows at the review, a
   dropped one is never seen. Before: 8 of 8 failed.
4. A puppy's teething nip that drew a little blood ("3개월 강아지가 이갈이하면서 손을 물었는데 피가
   조금 났어요", "my 10 week old puppy nipped my hand while teething and drew a little blood")
   got the bite-injury card (a doctor, "if another dog was hurt"), a behaviour professional, and
   under the result "After a bite to a child, or one that injured someone, the training plan
   comes after a professional…". Fix: a puppy's nip that broke the owner's skin is its own flag
   (`FlagKind.PUPPY_NIP`): still care advice first (wash, cover, a doctor if deep or it swells),
   then how a puppy learns a soft mouth; no behaviour referral, no child, the plan goes on. A
   bite's plan line no longer assumes a child (`coaching-plan-bite`). Before: 6 of 6 failed.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 2. a word that pointed at two options is never dropped at "done" ---------------------------

BOTH = ["aggression_dogs", "aggression_people", "barking"]
# (lang, typed at the concerns, then done)
CONCERNS: tuple[tuple[str, str, str], ...] = (
    ("ko", "짖음이랑 공격성", "다됐어"),
    ("ko", "짖음, 공격성", "완료"),
    ("en", "barking and aggression", "done"),
    ("en", "barking & aggression too", "done"),
)


@pytest.mark.parametrize(("lang", "typed", "done"), CONCERNS)
async def test_done_keeps_the_options_one_word_pointed_at_on_kakao(
    kakao: Server, lang: str, typed: str, done: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("concerns") is None  # still open
    await user.send(done)
    assert asked(lang, "worst_reaction") in user.text, user.texts
    assert sorted((await kakao_answers(kakao, user.key))["concerns"]) == BOTH, typed
    labels = " / ".join(t(lang, f"category-{v}") for v in ("aggression_people", "aggression_dogs"))
    assert t(lang, "survey-which-kept-all", options=labels, count=2) in user.text, user.texts


async def test_the_which_told_apart_still_ticks_one_on_kakao(kakao: Server) -> None:
    """Told apart before "done" ("사람한테요"), the one said is ticked, not both."""
    user = await kakao_at(kakao, "ko", "concerns")
    for typed in ("짖음이랑 공격성", "사람한테요", "완료"):
        await user.send(typed)
    assert sorted((await kakao_answers(kakao, user.key))["concerns"]) == ["aggression_people", "barking"]


async def test_done_keeps_the_options_one_word_pointed_at_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, done) in enumerate(CONCERNS, 55201):
        await tg_at(tg, chat, lang, "concerns")
        await tg.say(chat, typed)
        await tg.say(chat, done)
        assert sorted((await tg_answers(tg, chat))["concerns"]) == BOTH, (typed, tg.sent(chat)[-3:])


async def test_a_tapped_done_keeps_them_too_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 55211, "en", "concerns")
    await tg.say(55211, "barking and aggression")
    await tg.tap(55211, t("en", "nav-done"))
    assert sorted((await tg_answers(tg, 55211))["concerns"]) == BOTH, tg.sent(55211)[-3:]
