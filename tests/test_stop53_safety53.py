# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53, safety before the model (helper safety53), each reproduced through a real channel
(Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored and how many
times the model was called read back.

1. Our dog bitten by another dog ("the neighbours dog just bit him on our walk, small cut on his
   ear", "옆집 개가 방금 산책하다 물었어요", "산책하다 큰 개한테 물렸어요"): the dog-bitten card was
   shown, then the report was sent to the model for an analysis "of his behaviour" and "how often
   does this happen?" was asked: our dog was the victim, not the behaving animal. Now a report
   that tells only that (the dog-bitten flag, body signs at most, no behaviour of the dog's beside
   the bite: `understanding.bitten_only`) is kept (history) with the card, not sent to the model,
   no follow-up question; one line says the analysis is about the dog's own behaviour and invites
   the owner to tell how the dog reacted (`report-bitten-noted`), which then is a report analysed.
   /history labels it "bitten by another dog" (`history-status-bitten`), opening it shows the card
   again, /week counts it on a line of its own (`week-bitten`), not as "not analysed yet". A bite
   told with the dog's own reaction ("… and now he lunges at every dog") is analysed as before.
2. "she bit a 5 year old", "5살 아이를 물었어요" at the worst-reaction question: the child card and
   the report were right, but the question was asked again whole and a later "snapped once" was
   stored: "bite" is half an option ("Bite, no injury") and the alarm path took whole options only.
   Now a bite on a person told at that question, no wound said, answers it "bite"
   (`SurveyReading._bite_no_injury`), with the card and the report; a wound said is "bite with injury"
   (as before).
3. "7살 남자애 물었어요" got the adult-bite card (남자 = a man). Owners call their own dogs
   남자애/여자애: "7살 남자애가 물었어요" (the subject: our boy dog bit) is no child bitten, while
   "7살 남자애를 물었어요", "옆집 7살 남자애 물었어요" (the object, particle dropped right before the
   bite) are: the child card. English "he bit a 7yo boy" is the child; "my 7yo boy bit the mailman"
   (the subject) is not.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_owner_typed, tg_surveyed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, harness, settings_for, tg  # noqa: F401  (`tg`)

CHECKER = SafetyChecker(Messages())

# -- 1. our dog bitten by another dog -----------------------------------------------------------------

BITTEN = (
    ("en", "the neighbours dog just bit him on our walk, small cut on his ear"),
    ("ko", "옆집 개가 방금 산책하다 물었어요"),
    ("ko", "산책하다 큰 개한테 물렸어요"),
)
# the dog's own behaviour told beside the bite: analysed as before
BITTEN_AND_REACTED = (
    ("en", "he got bitten by a husky and now he lunges at every dog"),
    ("ko", "큰 개한테 물린 뒤로 다른 개만 보면 짖어요"),
)
REACTED = {
    "en": "he's scared of big dogs since and barks at them",
    "ko": "그 뒤로 큰 개만 보면 무서워서 짖어요",
}


async def _settled() -> None:
    await asyncio.sleep(0.6)  # the analysis worker would have taken it by now


@pytest.mark.parametrize(("lang", "typed"), BITTEN)
async def test_our_dog_bitten_is_kept_with_the_card_and_not_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-dog_bitten")[:30] in shown, shown
    assert t(lang, "report-bitten-noted")[:30] in shown, shown
    await _settled()
    assert _model_calls(fake_ollama) == 0, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]
    await user.send("/history")
    assert t(lang, "history-status-bitten") in user.text, user.text
    assert t(lang, "history-status-pending") not in user.text, user.text
    await user.send("/week")
    assert t(lang, "week-bitten", count=1) in user.text, user.text
    assert t(lang, "week-unfinished", count=1) not in user.text, user.text
    # how the dog reacted, told next: a report, analysed
    await user.send(REACTED[lang])
    await _settled()
    assert _model_calls(fake_ollama) == 1, user.texts
    kept = [r.text for r in await _kakao_reports(kakao, user.key)]
    assert sorted(kept) == sorted([typed, REACTED[lang]]), kept  # its own report, the bite's kept as it was


@pytest.mark.parametrize(("lang", "typed"), BITTEN)
async def test_our_dog_bitten_is_kept_with_the_card_and_not_analysed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str, typed: str
) -> None:
    chat = 53101 + BITTEN.index((lang, typed))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        await _settled()
        shown = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "safety-dog_bitten")[:30] in shown, shown
        assert t(lang, "report-bitten-noted")[:30] in shown, shown
        assert t(lang, "analysis-followup-skip") not in shown, shown
        assert _model_calls(fake_ollama) == 0, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), BITTEN_AND_REACTED)
async def test_our_dog_bitten_and_its_reaction_told_is_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "report-bitten-noted")[:30] not in "\n".join(user.texts), user.texts
    await _settled()
    assert _model_calls(fake_ollama) == 1, user.texts


# -- 2. a bite told at the worst-reaction question ---------------------------------------------------

BITE_AT_WORST = (
    ("en", "she bit a 5 year old", "bite"),
    ("ko", "5살 아이를 물었어요", "bite"),
    ("en", "she bit a 5 year old and there was blood", "bite_injury"),
    ("ko", "5살 아이를 물었는데 피났어요", "bite_injury"),
)
LATER = {"en": "snapped once", "ko": "한번 입질했어요"}


@pytest.mark.parametrize(("lang", "typed", "stored"), BITE_AT_WORST)
async def test_a_child_bitten_at_the_worst_reaction_answers_it_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert t(lang, "safety-child_bitten")[:30] in "\n".join(user.texts), user.texts
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == stored, user.texts
    assert asked(lang, "health") in user.text, user.text
    await user.send(LATER[lang])
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == stored, user.texts
    assert typed in await kakao_reports(kakao, user.key)


@pytest.mark.parametrize(("lang", "typed", "stored"), BITE_AT_WORST)
async def test_a_child_bitten_at_the_worst_reaction_answers_it_on_telegram(
    tg: Harness, lang: str, typed: str, stored: str
) -> None:
    chat = 53201 + BITE_AT_WORST.index((lang, typed, stored))
    await tg_at(tg, chat, lang, "worst_reaction")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-child_bitten")[:30] in shown, shown
    assert (await tg_answers(tg, chat)).get("worst_reaction") == stored, shown
    assert typed in await tg_reports(tg, chat)


# -- 3. 남자애/여자애: the dog or the child, by its particle ------------------------------------------

CHILD = (
    ("ko", "7살 남자애를 물었어요"),
    ("ko", "옆집 7살 남자애 물었어요"),
    ("ko", "7살 남자애 물었어요"),
    ("en", "he bit a 7yo boy"),
)
THE_DOG = (
    ("ko", "7살 남자애가 물었어요"),
    ("ko", "우리 여자애가 택배기사를 물었어요"),
    ("en", "my 7yo boy bit the mailman"),
)
CHILD_CHECKER_ONLY = ("5살 여자애 물었어요", "bit a 7yo boy", "옆집 여자아이를 물었어요")
THE_DOG_CHECKER_ONLY = (
    "my 7yo boy bit",
    "7살 여자애가 물었는데 피는 안났어요",
    "우리 남자애는 손님을 물어요",
)


@pytest.mark.parametrize("typed", [x for _, x in CHILD] + list(CHILD_CHECKER_ONLY))
def test_a_boy_or_girl_as_the_one_bitten_is_a_child(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", [x for _, x in THE_DOG] + list(THE_DOG_CHECKER_ONLY))
def test_a_boy_or_girl_as_the_one_who_bit_is_the_dog(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN not in CHECKER.check(typed).kinds, typed


async def _kakao_shown(kakao: Server, lang: str, typed: str) -> str:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    return "\n".join(user.texts)


@pytest.mark.parametrize(
    ("lang", "typed", "child"), [(*x, True) for x in CHILD] + [(*x, False) for x in THE_DOG]
)
async def test_a_boy_or_girl_bitten_or_biting_on_kakao(
    kakao: Server, lang: str, typed: str, child: bool
) -> None:
    shown = await _kakao_shown(kakao, lang, typed)
    assert (t(lang, "safety-child_bitten")[:30] in shown) is child, shown
    if not child and lang == "ko":
        assert "남자" not in str(CHECKER.check(typed).flags), CHECKER.check(typed)


@pytest.mark.parametrize(
    ("lang", "typed", "child"), [(*x, True) for x in CHILD] + [(*x, False) for x in THE_DOG]
)
async def test_a_boy_or_girl_bitten_or_biting_on_telegram(
    tg: Harness, lang: str, typed: str, child: bool
) -> None:
    chat = 53301 + (CHILD + THE_DOG).index((lang, typed))
    shown = await tg_owner_typed(tg, chat, lang, typed)
    assert (t(lang, "safety-child_bitten")[:30] in shown) is child, shown
