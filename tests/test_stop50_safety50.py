# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, safety screening that fired wrongly or not at all (helper safety50), each reproduced
through a real channel (Kakao skill webhook, Telegram over HTTP), ko and en, what was kept read back
from the store, the model calls counted.

1. The medicine note ("only your vet sets a dose", stop 49) fired on a food or treat amount asked
   with a dose word ("사료 용량 얼마나 줘요?", "간식 하루에 몇알 줘도 돼요?", "what's the right dose of
   kibble", "how many mg of fish oil"): the coach's question got the vet line instead of an answer.
   Now the line: a medicine named, or a dose word with nothing named or a medicine said ("몇mg
   줘야돼요", "심장약 밥에 섞어서 몇알"), keeps the note; a dose word beside food, treats or an
   everyday supplement and no medicine (`safety-term-medicine-food`) goes to the coach. Neighbours:
   Korean and English cold and pain medicine brands (판콜, 판피린, 이지엔, 탁센, nyquil, excedrin) got
   nothing: the human-painkiller note asked, the poison card eaten.
2. A previous owner named dropped every punishment method of the message, the owner's own too ("전
   주인이 때렸대요 근데 저도 가끔 코를 때려요", "the previous owner hit her, and tbh i smack her nose
   sometimes too": no card). Now only a method whose nearest person before it is the previous owner
   is theirs; one after the owner or another person is said is the household's, with its card.
3. An older dog newly peeing in the house ("15살인데 집안에 쉬를 해요", "she's 14 and started peeing
   in the house", or "집안에 쉬를 해요" with a 15-year-old dog in the profile) got no flag. In a
   senior house-soiling is medical first (AAHA 2023; cognitive dysfunction is diagnosed once those
   are ruled out, Landsberg et al. 2012): the thirst card (`FlagKind.THIRST`). A puppy's or a young
   dog's accidents, pee on a pad, stay the coach's.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, Method, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _step
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())
DOSE = "safety-medicine-dose"
HUMAN = "safety-medicine-human"

# -- 1. a food or treat amount is the coach's; a medicine keeps the vet note --------------------

FOOD = (
    ("ko", "사료 용량 얼마나 줘요?"),
    ("ko", "간식 하루에 몇알 줘도 돼요?"),
    ("ko", "오메가3 몇mg 먹여요?"),
    ("en", "what's the right dose of kibble for a 10kg dog?"),
    ("en", "how many mg of fish oil should he get?"),
    ("en", "treat dosage for training?"),
)
FOOD_CHECKER_ONLY = (
    "how many grams of food should a 10kg dog eat",
    "사료 몇 그램 줘야돼요",
    "how much fish oil",
    "간식 하루에 몇개",
    "how many treats per day",
    "밥을 두배로 줘도 돼요?",
    "밥양을 두배로 늘려도 되나요",
    "영양제 용량 어떻게 해요",
)
KEPT = (
    ("en", "how many mg of trazodone", DOSE),
    ("ko", "fluoxetine 용량 늘려도 돼요?", DOSE),
    ("en", "can i give benadryl", DOSE),
    ("ko", "심장약 밥에 섞어서 몇알 줘요?", DOSE),
    ("ko", "판콜 먹여도 돼요?", HUMAN),
    ("en", "can i give him nyquil?", HUMAN),
)
KEPT_CHECKER_ONLY = (
    ("몇mg 줘야돼요", DOSE),
    ("how many mg should i give him", DOSE),
    ("how much food and how many mg of trazodone", DOSE),
    ("트라조돈 사료에 섞어서 몇알", DOSE),
    ("how many calming chews a day", DOSE),
    ("can i give him pepto bismol", DOSE),
    ("게보린 줘도 되나요", HUMAN),
    ("탁센 먹여도 되나요", HUMAN),
    ("can i give her excedrin", HUMAN),
    # a meal said as a time is no food asked about: the pill is
    ("밥 먹기전에 몇알 먹여요?", DOSE),
    ("what dose should i give before his dinner", DOSE),
    ("밥에 섞어서 몇알 줘요?", DOSE),
)


@pytest.mark.parametrize("typed", [typed for _, typed in FOOD] + list(FOOD_CHECKER_ONLY))
def test_a_food_or_treat_amount_gets_no_medicine_note(typed: str) -> None:
    assert CHECKER.check(typed).medicine is None, typed


@pytest.mark.parametrize(
    ("typed", "note"), [(typed, note) for _, typed, note in KEPT] + list(KEPT_CHECKER_ONLY)
)
def test_a_medicine_keeps_its_note(typed: str, note: str) -> None:
    assert CHECKER.check(typed).medicine == note, typed


@pytest.mark.parametrize("typed", ["강아지가 판콜 먹었어요", "he ate my nyquil", "강아지가 게보린 먹었어요"])
def test_a_cold_or_pain_medicine_eaten_is_the_poison_card(typed: str) -> None:
    check = CHECKER.check(typed)
    assert (check.kinds, check.medicine) == ({FlagKind.TOXIN}, None), typed


@pytest.mark.parametrize(("lang", "typed"), FOOD)
async def test_a_food_amount_goes_to_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.5)
    shown = "\n".join(user.texts)
    assert t(lang, DOSE)[:30] not in shown, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert (row.text, row.is_question) == (typed, True)
    assert _model_calls(fake_ollama) > calls, shown


@pytest.mark.parametrize(("lang", "typed"), FOOD[::3])
async def test_a_food_amount_goes_to_the_coach_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 50101 + FOOD.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, DOSE)[:30] not in shown, shown
    [row] = await _tg_reports(tg, chat)
    assert (row.text, row.is_question) == (typed, True)


@pytest.mark.parametrize(("lang", "typed", "note"), KEPT)
async def test_a_medicine_question_keeps_the_vet_note_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, note: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, note)[:30] in shown, shown
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert (row.text, row.is_question, row.status) == (typed, True, "done")


@pytest.mark.parametrize(("lang", "typed", "note"), KEPT[::2])
async def test_a_medicine_question_keeps_the_vet_note_on_telegram(
    tg: Harness, lang: str, typed: str, note: str
) -> None:
    chat = 50111 + KEPT.index((lang, typed, note))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, note)[:30] in shown, shown
    [row] = await _tg_reports(tg, chat)
    assert (row.text, row.is_question, row.status) == (typed, True, "done")


# -- 2. the owner's own method beside a previous owner's ---------------------------------------

OWN = (
    ("ko", "전 주인이 때렸대요 근데 저도 가끔 코를 때려요", Method.HITTING),
    ("en", "the previous owner hit her, and tbh i smack her nose sometimes too", Method.HITTING),
)
OWN_CHECKER_ONLY = (
    ("he was abused, should i hit him when he barks?", Method.HITTING),
    ("전 주인이 때린 것 같은데 남편이 가끔 소리질러요", Method.SHOUTING),
    ("her previous owner used a shock collar and my husband yells at her", Method.SHOUTING),
    ("전견주가 학대해서 그런지 제가 혼내면 오줌을 싸요", Method.SHOUTING),
)
PAST_ONLY = (
    "혹시 전주인이 때렸을까요?",
    "전 주인이 때렸대요",
    "i think his old owner hit him",
    "she was smacked by her old owner",
    "전주인이 때렸나봐요 제가 손만 들어도 피해요",
)


@pytest.mark.parametrize(("typed", "method"), [(x, m) for _, x, m in OWN] + list(OWN_CHECKER_ONLY))
def test_the_owners_method_beside_a_previous_owners_is_found(typed: str, method: Method) -> None:
    assert method in CHECKER.check(typed).methods, typed


def test_the_previous_owners_method_beside_the_owners_is_not() -> None:
    """ "her previous owner used a shock collar and my husband yells": the shouting, not the collar."""
    typed = OWN_CHECKER_ONLY[2][0]
    assert CHECKER.check(typed).methods == {Method.SHOUTING}


@pytest.mark.parametrize("typed", PAST_ONLY)
def test_a_previous_owners_method_alone_is_none(typed: str) -> None:
    assert not CHECKER.check(typed).methods, typed


@pytest.mark.parametrize(("lang", "typed", "method"), OWN)
async def test_the_owners_method_gets_its_card_on_kakao(
    kakao: Server, lang: str, typed: str, method: Method
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, f"safety-aversive-alt-{method}")[:20] in shown, shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed", "method"), OWN)
async def test_the_owners_method_gets_its_card_on_telegram(
    tg: Harness, lang: str, typed: str, method: Method
) -> None:
    chat = 50201 + OWN.index((lang, typed, method))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, f"safety-aversive-alt-{method}")[:20] in shown, shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), [("ko", PAST_ONLY[1]), ("en", PAST_ONLY[2])])
async def test_a_previous_owners_method_alone_gets_no_card_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-aversive-alt-hitting")[:20] not in shown, shown


# -- 3. an older dog newly peeing in the house -------------------------------------------------

CARD = "safety-thirst"
SENIOR = (
    ("ko", "15살인데 집안에 쉬를 해요"),
    ("en", "she's 14 and started peeing in the house"),
    ("ko", "14살 노견인데 거실 여기저기 오줌을 싸요"),
    ("en", "he's 11 and wees on the carpet now"),
)
SENIOR_CHECKER_ONLY = ("12yo lab has accidents inside now", "15살 아이가 여기저기 오줌을 싸요")
NOT_SENIOR = (
    "3살인데 집안에 쉬를 해요",
    "our 4 month old puppy pees in the house",
    "my 14 year old son pees in the house lol",
    "she's 14 pounds and pees in the house",
    "15살인데 집에서 쉬를 잘 가려요",
    "she's 14 and still pees on her pad",
    "15살인데 집안에 쉬를 안해요",
    "she's 14 and never pees in the house",
    "14살인데 산책할때 마킹해요",
    "she's 14 and pees on walks",
    "15살인데 실수로 밟았어요 집안에서",
)
# the age from the profile (`age_months`): a 14-year-old's, a 3-year-old's and a puppy's
IDLE = ("집안에 쉬를 해요", "she pees in the house")


@pytest.mark.parametrize("typed", [typed for _, typed in SENIOR] + list(SENIOR_CHECKER_ONLY))
def test_an_older_dog_peeing_in_the_house_is_the_thirst_flag(typed: str) -> None:
    assert CHECKER.check(typed).kinds == {FlagKind.THIRST}, typed


@pytest.mark.parametrize("typed", NOT_SENIOR)
def test_a_young_dog_a_person_a_pad_or_a_denial_is_none(typed: str) -> None:
    assert not CHECKER.check(typed).flags, typed


@pytest.mark.parametrize("typed", IDLE)
def test_the_profiles_age_decides_when_the_message_says_none(typed: str) -> None:
    assert CHECKER.check(typed, age_months=168).kinds == {FlagKind.THIRST}, typed
    assert not CHECKER.check(typed, age_months=36).flags, typed
    assert not CHECKER.check(typed, age_months=3).flags, typed


@pytest.mark.parametrize(("lang", "typed"), SENIOR)
async def test_an_older_dogs_house_soiling_gets_the_card_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, CARD)[:20] in user.text, user.texts
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), SENIOR[:2])
async def test_an_older_dogs_house_soiling_gets_the_card_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 50301 + SENIOR.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert t(lang, CARD)[:20] in "\n".join(tg.sent(chat)[before:]), tg.sent(chat)[before:]
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# the profile's dog (3 years old) made 15 by a correction told first (tests/test_stop35_profile.py)
AGED = {"ko": "콩이 나이 열다섯살이에요", "en": "she's 15 now"}


@pytest.mark.parametrize(("lang", "typed"), [("ko", IDLE[0]), ("en", IDLE[1])])
async def test_the_profiles_age_makes_house_soiling_the_card_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, CARD)[:20] not in user.text, user.texts  # 3 years old: the coach's
    await user.send(AGED[lang])
    await asyncio.sleep(0.2)
    await user.send(typed)
    assert t(lang, CARD)[:20] in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed"), [("ko", IDLE[0]), ("en", IDLE[1])])
async def test_the_profiles_age_makes_house_soiling_the_card_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 50311 + IDLE.index(typed)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, AGED[lang])
    await asyncio.sleep(0.3)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert t(lang, CARD)[:20] in "\n".join(tg.sent(chat)[before:]), tg.sent(chat)[before:]


# -- 3b. the result: the vet first, no training step, no check-in --------------------------------


@pytest.mark.parametrize(("lang", "typed"), SENIOR[:2])
async def test_an_older_dogs_house_soiling_result_is_the_vet_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-emergency") in shown, shown
    assert _step(lang) not in shown, shown
    await asyncio.sleep(0.3)
    assert await checkins_of(kakao.app.state.runtime.store, Channel.KAKAO, user.key) == []


@pytest.mark.xfail(
    strict=True,
    reason="not fixed at stop 50: the card is shown (the screen reads the profile's age), but the "
    "result's vet-first test (`understanding.vet_first`) reads the report's text alone, so a "
    "house-soiling report with the age only in the profile still gets a training step and a "
    "check-in; the dog's age would have to reach every caller (render, followup, delivery, plans)",
)
@pytest.mark.parametrize(("lang", "typed"), [("ko", IDLE[0]), ("en", IDLE[1])])
async def test_the_profiles_older_dogs_house_soiling_result_is_the_vet_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(AGED[lang])
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await eventually(lambda: _model_calls(fake_ollama) > calls)
    await asyncio.sleep(0.3)
    await user.send("/result")
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-emergency") in shown, shown
    assert _step(lang) not in shown, shown
    await asyncio.sleep(0.3)
    assert await checkins_of(kakao.app.state.runtime.store, Channel.KAKAO, user.key) == []
