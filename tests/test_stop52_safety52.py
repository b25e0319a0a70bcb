# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 52 owner trials, safety before the model (helper safety52), each reproduced through a real
channel (Kakao skill webhook, Telegram over HTTP), ko and en, what was kept read back from the store.

1. A method someone else told the owner to use, asked about ("옆집 사람이 알파롤 하라던데 해도
   돼요?", "my neighbour said to scruff him") got no card: the neighbour right before the method was
   read as the one who did it (stop 50's bystander rule, meant for "옆집 아저씨가 소리질러서").
   Now a Korean ending that passes on what was said right after the method (하라던데, 쓰라는데,
   하라고, 하래요, 하면 된대요) or a word of saying before it in its clause ("said", "told me",
   "recommended") makes it advice to the owner (`SafetyChecker._advised`,
   `safety-term-aversive-advice`): the card shows, asked or told. "목줄 채기" (a lead jerk) and
   "도미넌스 다운" were no method at all; putting a collar on ("목줄 채기를 싫어해요") is none.
2. Holding the mouth shut when the dog BARKS ("짖을 때 입 잡고 안돼 해요") got stop 51's mouthing
   alternative, "i hold his muzzle shut when he barks" no card ("hold his muzzle" was no word of the
   list). Now the mouth hold's alternative follows the behaviour said (`AversiveMethod.behaviour`):
   barking the barking one (`safety-aversive-alt-barking`), another behaviour ("when he growls")
   the general one; biting or mouthing said, or nothing, keeps the mouthing one.
3. A child named by age alone as the one bitten ("she bit a 5 year old", "he bit a 7-year-old
   boy") got no child card: only "my/our" + an age was a child. Now a bite, an article and an age
   under 18 with no dog word after it, or that age and a passive bite ("a 6 year old got bitten"),
   is the child (`_aged_bitten`); "she's a 5 year old", "bit a 5 year old lab", "bit a 40 year old
   man" are not. "5살 아이를 물었어요", "7살짜리를 물었어요" had the card on the current tip (kept).
4. Bleeding said alone ("피나요", "피 나요ㅠㅠ", "it's bleeding") was "not sure what you mean".
   Decided: alone it is the injury's note (`safety-trauma`: press on it now; a vet now if it will not
   stop), as a paw said to bleed is since stop 51: where it bleeds is not said, but pressing is what
   to do whatever it is. With a report about a bite or an injury waiting, it is that report's detail
   (no new report), read with the report's words: "he bit my hand" then "it's bleeding" gets the
   bite-wound card.
5. Short red flags typed on phones: "숨을 헐떡여요 계속" (panting on and on at rest), "뒷다리를
   못써요" / "he can't stand up" (cannot stand or walk), "his belly is swollen" had no flag: now the
   illness card. "경련해요", "배가 빵빵해요 토하려는데 안나와요", "he ate a sock", "양말 먹었어요" had
   theirs (kept).
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, Method, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.owners import tg_owner_typed
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())


async def _kakao_shown(kakao: Server, lang: str, typed: str) -> tuple[str, str]:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    return "\n".join(user.texts), user.key


# -- 1. a method someone else advised ------------------------------------------------------------

ADVISED = (
    ("en", "my neighbour said i should alpha roll him when he growls, should i?", Method.FORCE),
    ("ko", "옆집 사람이 알파롤 하라던데 해도 돼요?", Method.FORCE),
    ("en", "my neighbour said to scruff him", Method.FORCE),
    ("ko", "이웃이 전기목줄 쓰라는데 써도 돼요?", Method.SHOCK),
)
ADVISED_CHECKER_ONLY = (
    ("a guy at the park said to alpha roll her", Method.FORCE),
    ("someone said dominance down works", Method.FORCE),
    ("my neighbor told me to alpha-roll him", Method.FORCE),
    ("a trainer recommended a prong collar", Method.PRONG),
    ("옆집 아저씨가 때리라던데 그래도 돼요?", Method.HITTING),
    ("사람들이 알파롤 하라고 하던데요", Method.FORCE),
    ("옆집 사람이 꼬집으라고 했어요", Method.HITTING),
    ("훈련사가 목줄 채기 하라고 했어요", Method.LEASH),
    ("목줄 채기 해도 돼요?", Method.LEASH),
    ("알파 롤링 해도 되나요", Method.FORCE),
    ("도미넌스 다운 해도돼요?", Method.FORCE),
    ("이웃이 알파롤 하면 된대요", Method.FORCE),
)
# stop 49 and 50's bystanders and previous owners stay none
NOT_ADVISED = (
    "옆집 아저씨가 소리질러서 해피가 놀라서 짖었어요",
    "my neighbour yelled and he barked",
    "혹시 전주인이 때렸을까요?",
    "i think his old owner hit him",
    "목줄 채기를 싫어해요",
    "목줄 채우면 도망가요",
)


@pytest.mark.parametrize(("typed", "method"), [(x, m) for _, x, m in ADVISED] + list(ADVISED_CHECKER_ONLY))
def test_a_method_someone_advised_is_the_method(typed: str, method: Method) -> None:
    assert method in CHECKER.check(typed).methods, typed


@pytest.mark.parametrize("typed", NOT_ADVISED)
def test_someone_elses_doing_or_a_collar_put_on_is_no_method(typed: str) -> None:
    assert not CHECKER.check(typed).methods, typed


@pytest.mark.parametrize(("lang", "typed", "method"), ADVISED)
async def test_a_method_someone_advised_gets_its_card_on_kakao(
    kakao: Server, lang: str, typed: str, method: Method
) -> None:
    shown, _ = await _kakao_shown(kakao, lang, typed)
    assert t(lang, "safety-aversive-why-asked")[:25] in shown, shown
    assert t(lang, f"safety-aversive-alt-{method}")[:25] in shown, shown


@pytest.mark.parametrize(("lang", "typed", "method"), ADVISED)
async def test_a_method_someone_advised_gets_its_card_on_telegram(
    tg: Harness, lang: str, typed: str, method: Method
) -> None:
    shown = await tg_owner_typed(tg, 52101 + ADVISED.index((lang, typed, method)), lang, typed)
    assert t(lang, f"safety-aversive-alt-{method}")[:25] in shown, shown


# -- 2. the mouth held shut for barking ------------------------------------------------------------

FOR_BARKING = (
    ("ko", "짖을 때 입 잡고 안돼 해요", "safety-aversive-alt-barking"),
    ("en", "i hold his muzzle shut when he barks", "safety-aversive-alt-barking"),
)
HOLD_ALTERNATIVES = (
    ("짖으면 주둥이를 잡아요", "safety-aversive-alt-barking"),
    ("should i grab his muzzle when he barks", "safety-aversive-alt-barking"),
    ("i hold his muzzle shut when he growls", "safety-aversive-alt-general"),
    ("으르렁거리면 입을 꽉 잡아요", "safety-aversive-alt-general"),
    # mouthing or biting said, or nothing: the mouthing alternative (stop 51)
    ("혼낼때 입 잡고 안돼 하면 되나요", "safety-aversive-alt-mouth"),
    ("is it ok to hold his mouth shut when he bites", "safety-aversive-alt-mouth"),
    ("짖고 물 때 입을 잡아요", "safety-aversive-alt-mouth"),
    ("꾸짖으면서 입 잡아요", "safety-aversive-alt-shouting"),
)


@pytest.mark.parametrize(
    ("typed", "alternative"), [(x, a) for _, x, a in FOR_BARKING] + list(HOLD_ALTERNATIVES)
)
def test_the_mouth_holds_alternative_fits_the_behaviour(typed: str, alternative: str) -> None:
    check = CHECKER.check(typed)
    assert check.aversive, typed
    assert check.aversive[0].alternative_id == alternative, typed


@pytest.mark.parametrize(("lang", "typed", "alternative"), FOR_BARKING)
async def test_the_mouth_held_for_barking_gets_the_barking_alternative_on_kakao(
    kakao: Server, lang: str, typed: str, alternative: str
) -> None:
    shown, _ = await _kakao_shown(kakao, lang, typed)
    assert t(lang, alternative)[:40] in shown, shown
    assert t(lang, "safety-aversive-alt-mouth")[:40] not in shown, shown


@pytest.mark.parametrize(("lang", "typed", "alternative"), FOR_BARKING)
async def test_the_mouth_held_for_barking_gets_the_barking_alternative_on_telegram(
    tg: Harness, lang: str, typed: str, alternative: str
) -> None:
    shown = await tg_owner_typed(tg, 52201 + FOR_BARKING.index((lang, typed, alternative)), lang, typed)
    assert t(lang, alternative)[:40] in shown, shown
    assert t(lang, "safety-aversive-alt-mouth")[:40] not in shown, shown


# -- 3. a child named by age alone as the one bitten ------------------------------------------------

AGED = (
    ("en", "she bit a 5 year old"),
    ("en", "he bit a 7-year-old boy"),
    ("ko", "5살 아이를 물었어요"),
    ("ko", "7살짜리를 물었어요"),
)
AGED_CHECKER_ONLY = (
    "a 6 year old got bitten",
    "he bit a five year old on the hand",
    "max bit the neighbours 4yo",
    "she bit a 5 year old yesterday and there was blood",
    "5살짜리 애를 물었어요",
)
NOT_AGED = (
    "she's a 5 year old",
    "bit a 5 year old lab",
    "she bit a 40 year old man",
    "i adopted a 5 year old and he bites",
    "5살 푸들을 물었어요",
)


@pytest.mark.parametrize("typed", [x for _, x in AGED] + list(AGED_CHECKER_ONLY))
def test_a_child_named_by_age_bitten_is_a_child(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", NOT_AGED)
def test_the_dogs_age_or_an_adults_is_no_child(typed: str) -> None:
    assert FlagKind.CHILD_BITTEN not in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize(("lang", "typed"), AGED)
async def test_a_child_named_by_age_bitten_gets_the_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    shown, key = await _kakao_shown(kakao, lang, typed)
    assert t(lang, "safety-child_bitten")[:30] in shown, shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), AGED)
async def test_a_child_named_by_age_bitten_gets_the_card_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    shown = await tg_owner_typed(tg, 52301 + AGED.index((lang, typed)), lang, typed)
    assert t(lang, "safety-child_bitten")[:30] in shown, shown


# -- 4. bleeding said alone ------------------------------------------------------------------------

BLEEDING = (("ko", "피나요"), ("ko", "피 나요ㅠㅠ"), ("en", "it's bleeding"), ("en", "he's bleeding!!"))
BLEEDING_CHECKER_ONLY = ("피가 나요", "피 났어요", "bleeding", "피가 계속 나요 어떡해요", "it bled")
NOT_BLEEDING_ALONE = ("발정이라 피가 좀 나요", "I'm bleeding", "제가 피나요", "해피 나요", "잇몸에서 피나요")


@pytest.mark.parametrize("typed", [x for _, x in BLEEDING] + list(BLEEDING_CHECKER_ONLY))
def test_bleeding_said_alone_is_the_injury(typed: str) -> None:
    assert FlagKind.TRAUMA in CHECKER.check(typed).kinds, typed
    assert CHECKER.bleeding_alone(typed), typed


@pytest.mark.parametrize("typed", NOT_BLEEDING_ALONE)
def test_heat_the_owners_blood_or_a_name_is_no_bleeding_alone(typed: str) -> None:
    assert FlagKind.TRAUMA not in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize(("lang", "typed"), BLEEDING)
async def test_bleeding_said_alone_gets_the_first_aid_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    shown, _ = await _kakao_shown(kakao, lang, typed)
    assert t(lang, "safety-trauma")[:30] in shown, shown


@pytest.mark.parametrize(("lang", "typed"), BLEEDING)
async def test_bleeding_said_alone_gets_the_first_aid_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    shown = await tg_owner_typed(tg, 52401 + BLEEDING.index((lang, typed)), lang, typed)
    assert t(lang, "safety-trauma")[:30] in shown, shown


AFTER_BITE = (("en", "he bit my hand", "it's bleeding"), ("ko", "남편 손을 물었어요", "피나요"))


@pytest.mark.parametrize(("lang", "bite", "blood"), AFTER_BITE)
async def test_bleeding_after_a_bite_is_its_detail_and_the_wound_card_on_kakao(
    kakao: Server, lang: str, bite: str, blood: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(bite)
    assert t(lang, "safety-bite_person")[:30] in "\n".join(user.texts), user.texts
    await user.send(blood)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-bite_injury")[:30] in shown, shown
    assert t(lang, "safety-trauma")[:30] not in shown, shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [f"{bite}\n{blood}"]


@pytest.mark.parametrize(("lang", "bite", "blood"), AFTER_BITE)
async def test_bleeding_after_a_bite_is_its_detail_and_the_wound_card_on_telegram(
    tg: Harness, lang: str, bite: str, blood: str
) -> None:
    chat = 52451 + AFTER_BITE.index((lang, bite, blood))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, bite)
    await asyncio.sleep(0.2)
    before = len(tg.sent(chat))
    await tg.say(chat, blood)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-bite_injury")[:30] in shown, shown
    assert t(lang, "safety-trauma")[:30] not in shown, shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [f"{bite}\n{blood}"]


# -- 5. short red flags typed on phones -------------------------------------------------------------

SHORT = (
    ("ko", "숨을 헐떡여요 계속", FlagKind.PAIN_ILLNESS),
    ("ko", "뒷다리를 못써요", FlagKind.PAIN_ILLNESS),
    ("en", "he can't stand up", FlagKind.PAIN_ILLNESS),
    ("en", "his belly is swollen", FlagKind.RETCHING),  # stop 63: bloat graded with retching (urgent)
)
SHORT_KEPT = (
    ("경련해요", FlagKind.SEIZURE),
    ("배가 빵빵해요 토하려는데 안나와요", FlagKind.RETCHING),
    ("he ate a sock", FlagKind.FOREIGN_BODY),
    ("양말 먹었어요", FlagKind.FOREIGN_BODY),
    ("계속 헐떡거려요", FlagKind.PAIN_ILLNESS),
    ("he keeps panting all night", FlagKind.PAIN_ILLNESS),
    ("dragging his back legs", FlagKind.PAIN_ILLNESS),
    ("제대로 못걸어요", FlagKind.PAIN_ILLNESS),
)
NOT_SHORT = (
    "he cant stand other dogs",
    "i cant walk him, he pulls",
    "더워서 헐떡여요",
    "산책하고 헐떡거려요",
)


@pytest.mark.parametrize(("typed", "kind"), [(x, k) for _, x, k in SHORT] + list(SHORT_KEPT))
def test_a_short_red_flag_is_flagged(typed: str, kind: FlagKind) -> None:
    assert kind in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", NOT_SHORT)
def test_panting_after_a_walk_or_a_dog_he_cant_stand_is_none(typed: str) -> None:
    assert not CHECKER.check(typed).flags, typed


@pytest.mark.parametrize(("lang", "typed", "kind"), SHORT)
async def test_a_short_red_flag_gets_its_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, kind: FlagKind
) -> None:
    shown, _ = await _kakao_shown(kakao, lang, typed)
    assert t(lang, f"safety-{kind}")[:30] in shown, shown


@pytest.mark.parametrize(("lang", "typed", "kind"), SHORT)
async def test_a_short_red_flag_gets_its_card_on_telegram(
    tg: Harness, lang: str, typed: str, kind: FlagKind
) -> None:
    shown = await tg_owner_typed(tg, 52501 + SHORT.index((lang, typed, kind)), lang, typed)
    assert t(lang, f"safety-{kind}")[:30] in shown, shown
