# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, safety faults of the Korean owner trial (helper "safetyko"), each reproduced through a
real channel (Kakao skill webhook, Telegram over HTTP), what was kept read back from the store.

1. "멍때려요" (zoning out) got the don't-hit card: words holding 때리/때려 that mean no hitting, and
   English look-alikes ("he hit puberty", "it hit me"), are none (`safety-term-aversive-unrelated`).
2. "혹시 전주인이 때렸을까요?" got "good that you asked first" about punishment: hitting by a previous
   owner is a rescue's past, no method of the owner's (`safety-term-aversive-past-owner`).
3. Head pressing ("벽에 머리를 대고 한참 가만히 서있었어요": lost) and cognitive signs (night pacing,
   stuck in corners) got no vet card: `FlagKind.NEURO` (now), `FlagKind.COGNITIVE` (within days).
4. After a not-eating report, trembling told with fear ("꼬리 말고 제 다리 뒤로 숨더니 덜덜 떨었어요")
   got "a new sign: go now" and the 24-hour card in one message: fear is no new sign
   (`understanding-aftercare-fear`), and the go-now line never comes with a day's wait after it.
5. A cognitive sign's result (its card: a vet before training) showed a training step with a
   check-in: the vet is the next step (`understanding.vet_first`).
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, Method, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _step
from tests.test_survey_answers_misread import asked, kakao_at, kakao_reports, t, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())

# -- 1 and 2. no hitting by the owner ----------------------------------------------------------

NOT_HITTING = (
    ("ko", "콩이가 요즘 제 이름 불러도 못알아듣고 멍때려요"),
    ("ko", "멍때리다가 갑자기 짖어요"),
    ("ko", "혹시 전주인이 때렸을까요?"),
    ("en", "i think his old owner hit him"),
    ("en", "he hit puberty and now he humps everything"),
)
CHECKER_ONLY = (
    "멍 때리고 있어요",
    "산책 가기 싫다고 떼써요",
    "it hit me that he is just bored",
    "hit me up if you have tips",
    "he hit the ball back to me",
    "his previous owner used to hit him",
)
STILL_HITTING = ("제가 때렸어요", "말 안들으면 때려요", "I hit him when he barks", "i smacked her nose")


@pytest.mark.parametrize("typed", [typed for _, typed in NOT_HITTING] + list(CHECKER_ONLY))
def test_look_alikes_and_someone_elses_hitting_are_no_method(typed: str) -> None:
    assert Method.HITTING not in CHECKER.check(typed).methods, typed


@pytest.mark.parametrize("typed", STILL_HITTING)
def test_the_owner_hitting_is_still_a_method(typed: str) -> None:
    assert Method.HITTING in CHECKER.check(typed).methods, typed


def _no_punishment_card(lang: str, shown: str) -> None:
    for card in ("safety-aversive-why", "safety-aversive-why-asked", "safety-aversive-alt-hitting"):
        assert t(lang, card)[:20] not in shown, shown


@pytest.mark.parametrize(("lang", "typed"), NOT_HITTING)
async def test_no_punishment_card_for_look_alikes_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    _no_punishment_card(lang, user.text)


@pytest.mark.parametrize(("lang", "typed"), NOT_HITTING[::2])
async def test_no_punishment_card_for_look_alikes_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 49301 + NOT_HITTING.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    _no_punishment_card(lang, "\n".join(tg.sent(chat)[before:]))


# -- 3. head pressing, cognitive signs ---------------------------------------------------------

SIGNS = (
    ("ko", "벽에 머리를 대고 한참 가만히 서있었어요", FlagKind.NEURO),
    ("ko", "요즘 밤마다 안자고 집안을 빙빙 돌면서 낑낑대요", FlagKind.COGNITIVE),
    ("ko", "구석에 끼어서 못빠져나오고 멍하니 있어요", FlagKind.COGNITIVE),
    ("en", "he keeps pressing his head against the wall", FlagKind.NEURO),
    ("en", "she paces and circles all night", FlagKind.COGNITIVE),
    ("en", "he gets stuck in corners and just stands there", FlagKind.COGNITIVE),
)
NOT_SIGNS = (
    "제자리에서 빙빙 돌다가 누워요",
    "꼬리 잡으려고 빙빙 돌아요",
    "im banging my head against the wall with this dog",
)


@pytest.mark.parametrize(("lang", "typed", "kind"), SIGNS)
def test_head_pressing_and_cognitive_signs_are_flags(lang: str, typed: str, kind: FlagKind) -> None:
    assert CHECKER.check(typed).kinds == {kind}, typed


@pytest.mark.parametrize("typed", NOT_SIGNS)
def test_circling_to_lie_down_and_an_owners_idiom_are_none(typed: str) -> None:
    assert not CHECKER.check(typed).flags, typed


@pytest.mark.parametrize(("lang", "typed", "kind"), SIGNS)
async def test_neuro_signs_get_their_vet_card_and_are_kept_on_kakao(
    kakao: Server, lang: str, typed: str, kind: FlagKind
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, f"safety-{kind}")[:20] in user.text, user.texts
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "typed", "kind"), SIGNS[::3])
async def test_neuro_signs_at_a_survey_question_on_kakao(
    kakao: Server, lang: str, typed: str, kind: FlagKind
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert t(lang, f"safety-{kind}")[:20] in user.text, user.texts
    assert asked(lang, "breed") in user.text, user.texts
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "typed", "kind"), SIGNS[::2])
async def test_neuro_signs_get_their_vet_card_and_are_kept_on_telegram(
    tg: Harness, lang: str, typed: str, kind: FlagKind
) -> None:
    chat = 49311 + SIGNS.index((lang, typed, kind))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert t(lang, f"safety-{kind}")[:20] in "\n".join(tg.sent(chat)[before:])
    assert await tg_reports(tg, chat) == [typed]


# -- 4. trembling with fear after a sign of illness --------------------------------------------

FEAR = (
    ("ko", "밥을 잘 안먹어요", "꼬리 말고 제 다리 뒤로 숨더니 덜덜 떨었어요"),
    ("en", "she's not eating well", "she hid behind my legs and was trembling when a man walked past"),
)


def _one_urgency(lang: str, shown: str) -> None:
    assert t(lang, "aftercare-sign-added", kind="other")[:12] not in shown, shown
    assert not (
        t(lang, "safety-header-now")[:15] in shown and t(lang, "safety-header-within_24h")[:15] in shown
    )


@pytest.mark.parametrize(("lang", "first", "fear"), FEAR)
async def test_trembling_with_fear_is_no_new_sign_on_kakao(
    kakao: Server, lang: str, first: str, fear: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(first)
    assert t(lang, "safety-pain_illness")[:20] in user.text, user.texts
    await user.send(fear)
    _one_urgency(lang, user.text)


@pytest.mark.parametrize(("lang", "first", "fear"), FEAR)
async def test_trembling_with_fear_is_no_new_sign_on_telegram(
    tg: Harness, lang: str, first: str, fear: str
) -> None:
    chat = 49321 + FEAR.index((lang, first, fear))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, first)
    await asyncio.sleep(0.3)
    before = len(tg.sent(chat))
    await tg.say(chat, fear)
    await asyncio.sleep(0.3)
    _one_urgency(lang, "\n".join(tg.sent(chat)[before:]))


async def test_a_new_sign_after_a_days_wait_card_says_go_now_only_on_kakao(kakao: Server) -> None:
    """A real new sign after the 24-hour card: the go-now line, no 24-hour card after it."""
    user = await kakao_owner(kakao, "ko")
    await user.send("밥을 잘 안먹어요")
    await user.send("애가 덜덜 떨어요")
    assert t("ko", "aftercare-sign-added", kind="other")[:12] in user.text, user.texts
    assert t("ko", "safety-header-within_24h")[:15] not in user.text, user.texts


# -- 5. a cognitive sign's result: the vet, no training step -----------------------------------

COGNITIVE = (
    ("ko", "요즘 밤마다 안자고 집안을 빙빙 돌면서 낑낑대요"),
    ("en", "she paces and circles all night"),
)


@pytest.mark.parametrize(("lang", "typed"), COGNITIVE)
async def test_a_cognitive_signs_result_shows_no_training_step_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-emergency") in shown, shown
    assert _step(lang) not in shown, shown
