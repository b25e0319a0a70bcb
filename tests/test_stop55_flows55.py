# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 55, helper flows55: faults a verification trial found in the flows, each reproduced
through a real channel first (Kakao skill webhook, Telegram over the fake Bot API; ko and en),
what was stored read back.

1. After a language switch (ko → en with /language) a plan step written earlier in Korean was
   shown inside English replies ("Barking: 초인종 소리를 작게 들려주고… (since Dec 6, trying
   now)" in /progress; the check-in question and the "keep the current step" line alike). A step
   is the model's words in its report's language, no Fluent message, so it cannot be said again
   in the new one: it is shown as written, labelled with the language it was written in
   (`coaching.words.step_shown`, `coaching-step-other-language`) wherever a stored step is
   re-shown (progress, check-in question, plan line). Before: 2 of 2 failed (Telegram, ko → en
   and en → ko).
2. Survey concerns (multi-choice): "짖음이랑 공격성" then "다됐어" stored barking alone. The typed
   text ticked barking and asked "어느 쪽인가요: 사람에 대한 공격성 / 다른 개에 대한 공격성?"
   (one word, two options); "done" then finished with the ticks and dropped the aggression
   without a word. Fix: a "which do you mean" left unanswered when the question is finished
   (typed or tapped Done) ticks all the options it asked about, said in a line
   (`picking._unanswered_which`, `survey-which-kept-all`): a wrong tick shows at the review, a
   dropped one is never seen. Before: 6 of 7 failed (the guard, told apart before Done, passed).
   Stop 62 (owner trial 62: "aggression, fear" stored aggression toward dogs, never said) changed
   this: the options not told apart are never ticked as a guess, the line says they were left out
   (`survey-which-left-out`); these tests now check that.
3. The profile's worst reaction stayed "none" after a bite that drew blood was reported (the
   hand-over summary and every analysis read the profile). Fix: a report's bite raises it to the
   option its red flag shows (a bite that drew blood "bite_injury", a bite or a child bitten
   "bite", a snap at a person "snap"), only upward, only once the question was answered, said in
   a line under the safety card (`handlers.safety._raise_worst`, `safety-worst-raised`). A
   puppy's nip raises nothing. Before: 9 of 9 failed.
4. A puppy's teething nip that drew a little blood ("3개월 강아지가 이갈이하면서 손을 물었는데 피가
   조금 났어요", "my 10 week old puppy nipped my hand while teething and drew a little blood")
   got the bite-injury card (a doctor, "if another dog was hurt"), a behaviour professional, and
   under the result "After a bite to a child, or one that injured someone, the training plan
   comes after a professional…". Fix: a puppy's nip that broke the owner's skin is its own flag
   (`FlagKind.PUPPY_NIP`: teething said, else the profile's age under 6 months, else a puppy or a
   young age said; nothing said of stitches, the ER or the face): still care advice first, ahead
   of the model (wash, cover, a doctor if deep or it swells), then how a puppy learns a soft
   mouth; no behaviour referral, no child, and the result's plan goes on. A grown dog's bite, or a
   serious wound, keeps the bite card. Before: 10 of 10 failed (the 3 grown-dog guards only on
   the flag missing; the 7 others on the card, the referral and the child line).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import DAYS
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _telegram_plan
from tests.timetravel import travel

# -- 2. a word that pointed at two options is never dropped at "done" ---------------------------

CHECKER = SafetyChecker(Messages())
BOTH = ["barking"]  # stop 62: the aggression not told apart is left out, said
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
    assert t(lang, "survey-which-left-out", options=labels) in user.text, user.texts


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


# -- 4. a puppy's teething nip that drew a little blood: the owner's wound, a soft mouth -----------

PUPPY_NIPS: tuple[tuple[str, str], ...] = (
    ("ko", "3개월 강아지가 이갈이하면서 손을 물었는데 피가 조금 났어요"),
    ("en", "my 10 week old puppy nipped my hand while teething and drew a little blood"),
)
# (lang, typed): a grown dog's bite that drew blood keeps the bite card and its professional
STILL_BITES: tuple[tuple[str, str], ...] = (
    ("ko", "강아지가 손을 물었는데 피가 조금 났어요"),
    ("en", "my dog bit my hand and it bled a little"),
    ("en", "my puppy bit my son and he needed stitches"),
)


def _puppy_card_only(lang: str, shown: str) -> bool:
    """The puppy's card, ahead of anything else, and none of the adult bite's lines."""
    card = t(lang, "safety-puppy_nip")
    return (
        card in shown
        and t(lang, "safety-bite_injury") not in shown
        and t(lang, "safety-referral-behaviour") not in shown
        and all(t(lang, "coaching-plan-bite", bitten=b) not in shown for b in ("child", "other"))
    )


@pytest.mark.parametrize(("lang", "typed"), PUPPY_NIPS)
def test_a_puppys_nip_with_a_little_blood_is_its_own_flag(lang: str, typed: str) -> None:
    assert CHECKER.check(typed).kinds == {FlagKind.PUPPY_NIP}, typed
    assert CHECKER.check(typed, age_months=36).kinds == {FlagKind.PUPPY_NIP}, typed  # teething said


@pytest.mark.parametrize(("lang", "typed"), STILL_BITES)
def test_a_grown_dogs_or_a_serious_bite_keeps_the_bite_card(lang: str, typed: str) -> None:
    kinds = CHECKER.check(typed, age_months=36 if "puppy" not in typed else None).kinds
    assert FlagKind.PUPPY_NIP not in kinds and kinds & {FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN}, kinds


def test_the_profiles_puppy_age_decides_without_teething() -> None:
    typed = "she nipped my hand during play and it bled a little"
    assert CHECKER.check(typed, age_months=3).kinds == {FlagKind.PUPPY_NIP}
    assert CHECKER.check(typed, age_months=30).kinds == {FlagKind.BITE_INJURY}


async def _kakao_flags(kakao: Server, key: str) -> list[str]:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [f.kind for f in await s.user_red_flags(user.id)]


@pytest.mark.parametrize(("lang", "typed"), PUPPY_NIPS)
async def test_a_puppys_nip_gets_the_puppy_card_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = user.text
    assert _puppy_card_only(lang, shown), user.texts
    assert shown.index(t(lang, "safety-puppy_nip")) < len(t(lang, "safety-header-now")) + 4  # first
    assert await _kakao_flags(kakao, user.key) == [FlagKind.PUPPY_NIP]
    await user.send("show result" if lang == "en" else "결과 보기")
    assert all(t(lang, "coaching-plan-bite", bitten=b) not in user.text for b in ("child", "other")), (
        user.texts
    )


@pytest.mark.parametrize(("lang", "typed"), PUPPY_NIPS)
async def test_a_puppys_nip_gets_the_puppy_card_first_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 55401 + PUPPY_NIPS.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.5)
    shown = "\n".join(tg.sent(chat)[before:])
    assert _puppy_card_only(lang, shown), shown


# -- 3. a bite reported after the survey said "none" raises the profile's worst reaction ---------

# (lang, reported, the worst reaction stored after it; the survey said "none")
RAISED: tuple[tuple[str, str, str], ...] = (
    ("ko", "어제 콩이가 손님 손을 물어서 피가 났어요", "bite_injury"),
    ("en", "Rex bit a guest's hand yesterday and it bled", "bite_injury"),
    ("ko", "콩이가 남편 손을 물었는데 피는 안 났어요", "bite"),
    ("en", "rex bit my husband on the hand, it didn't bleed", "bite"),
)


def _raised_line(lang: str, name: str, after: str) -> str:
    return t(
        lang,
        "safety-worst-raised",
        name=name,
        field=t(lang, "survey-field-worst_reaction"),
        before=t(lang, "survey-opt-worst_reaction-none"),
        after=t(lang, f"survey-opt-worst_reaction-{after}"),
    )


@pytest.mark.parametrize(("lang", "typed", "after"), RAISED)
async def test_a_bite_reported_raises_the_worst_reaction_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, after: str
) -> None:
    user = await kakao_owner(kakao, lang)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "none"
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == after, user.texts
    assert _raised_line(lang, "콩이" if lang == "ko" else "Rex", after) in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed", "after"), RAISED)
async def test_a_bite_reported_raises_the_worst_reaction_on_telegram(
    tg: Harness, lang: str, typed: str, after: str
) -> None:
    chat = 55301 + RAISED.index((lang, typed, after))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["worst_reaction"] == after, tg.sent(chat)[-3:]


async def test_a_milder_reaction_later_never_lowers_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Only upward: a bite with no blood after one that drew blood keeps "bite_injury"; a puppy's
    nip is no reaction toward anyone and raises nothing."""
    user = await kakao_owner(kakao, "en")
    await user.send("Rex bit a guest's hand yesterday and it bled")
    await user.send("today he bit my husband, no blood")
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "bite_injury"
    other = await kakao_owner(kakao, "en")
    await other.send(PUPPY_NIPS[1][1])
    assert (await kakao_answers(kakao, other.key))["worst_reaction"] == "none"


# -- 1. a step written before a language switch is labelled with its language --------------------


@pytest.mark.parametrize(("before", "after"), [("ko", "en"), ("en", "ko")])
async def test_a_step_written_before_a_language_switch_is_labelled_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, before: str, after: str
) -> None:
    chat = 55501 if before == "ko" else 55502
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, before) as live:
        await live.say(chat, "/language", language_code=before)
        await live.tap(chat, f"lang:{after}")
        user = await live.user(chat)
        assert user is not None and user.locale == after
        start = len(live.sent(chat))
        await live.say(chat, "/progress", language_code=before)
        shown = "\n".join(live.sent(chat)[start:])
        labelled = t(after, "coaching-step-other-language", text=STEP[before], language=before)
        assert labelled in shown, shown
        # the check-in three days on: asked in the new language, the step labelled
        question = t(after, "coaching-checkin-question", text=labelled)
        await travel(live.rt.store, DAYS)
        await eventually(lambda: any(question in s or labelled in s for s in live.sent(chat)))
