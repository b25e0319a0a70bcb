# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 51 owner trials, safety notes and cards missing (helper safety51), each reproduced through a
real channel (Kakao skill webhook, Telegram over HTTP), ko and en, what was kept read back from the
store.

1. A human painkiller said as a painkiller and whose it is, apart or in the other order ("진통제
   사람꺼 반알 먹여도 돼요?", "해열제 사람꺼", "제가 먹는 진통제", "a painkiller, the human one") got the
   dose note ("only your vet sets a dose"), not the human-painkiller one (toxic to dogs): only the
   glued "사람진통제" and the brands were known. Now a painkiller (`safety-term-medicine-painkiller`)
   with a person's word (`safety-term-medicine-human-whose`) anywhere in the message is the human
   painkiller; "my pain pills" and the like are its English phrases. "half a tylenol", "some of my
   advil" were covered already and are kept.
2. Holding the dog's mouth shut as a punishment ("혼낼때 입 잡고 안돼 하면 되나요", "is it ok to hold
   his mouth shut when he bites") got no card: no word for the muzzle hold but the glued "주둥이를잡"
   (read as hitting), and the "안돼" said to the dog read as a negation of it. Now holding or grabbing
   the mouth or the muzzle is a method of its own (`Method.MOUTH`, AVSAB 2021), with an alternative
   about mouthing (`safety-aversive-alt-mouth`, ASPCA); holding it to brush the teeth or give a pill
   is not (`safety-term-aversive-unrelated`), and "안돼 하면" / "안돼라고" said to the dog negates
   nothing (`safety-term-negation-false`). "코를 톡 쳐요" (a tap on the nose) is hitting now;
   "코 때리기", "scruff him", "alpha roll" were covered.
3. A sleeping pill or a vet's medicine asked about ("수면제 먹여도 되나요", "can i give him metacam",
   "리마딜 먹여도 돼요?") got no note: metacam, carprofen and the like were only a medicine said beside
   a dose word, and sleeping pills nothing. Now the vet NSAIDs, steroids, antibiotics, painkillers
   and sleep aids are medicines (`safety-term-medicine-drug`): asked about, the vet note, no model
   call; told at the health question ("arthritis, on metacam", "shes on fluoxetine 10mg") they are
   the health note, stored whole (they were). Told alone before the health question ("shes on
   fluoxetine 10mg", "트라조돈 먹어요" at the concerns) they were "please pick an option", the health
   lost: a medicine's name is health told now (`understanding-health-told`), kept ahead.
4. An older dog that seems lost ("14살인데 밤에 짖고 길을 잃은것 같아요", "she's 14 and barks at
   night and seems lost") got no cognitive-dysfunction card: only "길을 잃은 것처럼" and "lost in the
   house" were known. Now seeming lost, confused or not knowing the family is the card in a senior
   (the age said, else the profile's: `safety-term-cognitive-senior`); in a young dog it is none.
5. A photo's caption naming a sign: "look at her paw, it's bleeding" was read as words pointing at
   the photo (what it shows asked for, no card), and a bleeding paw, leg, ear or tail with no cut
   named was no red flag at all, typed or captioned. Now pointing words with a red flag are a report,
   screened (the photo is never read, its caption always is), and a part said to bleed is the cut's
   trauma note (`safety-term-trauma-part`; a nail cut to the quick, or the owner's own leg, none).
   "토했어요 사진이에요" as a caption was screened already (kept).
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, Method, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())
HUMAN = "safety-medicine-human"
DOSE = "safety-medicine-dose"

# -- 1. a human painkiller said apart from whose it is ---------------------------------------------

PAINKILLERS = (
    ("ko", "진통제 사람꺼 반알 먹여도 돼요?"),
    ("en", "can i give her half a tylenol"),
    ("en", "can i give her some of my advil"),
    ("ko", "제가 먹는 진통제 줘도 되나요"),
)
PAINKILLERS_CHECKER_ONLY = (
    "해열제 사람꺼 먹여도 돼요",
    "사람 해열제 먹여도 돼요?",
    "can i give him one of my pain pills",
    "can i give him a painkiller, the human one",
    "can i give her a pain pill, the human kind",
)
VETS_PAINKILLER = ("병원에서 받은 진통제 반알 줘도 돼요?", "강아지 진통제 처방받았는데 반알 줘도 돼요?")


@pytest.mark.parametrize("typed", [x for _, x in PAINKILLERS] + list(PAINKILLERS_CHECKER_ONLY))
def test_a_persons_painkiller_is_the_human_note(typed: str) -> None:
    assert CHECKER.check(typed).medicine == HUMAN, typed


@pytest.mark.parametrize("typed", VETS_PAINKILLER)
def test_the_vets_painkiller_keeps_the_dose_note(typed: str) -> None:
    assert CHECKER.check(typed).medicine == DOSE, typed


@pytest.mark.parametrize(("lang", "typed"), PAINKILLERS)
async def test_a_persons_painkiller_gets_the_human_note_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, HUMAN)[:30] in shown, shown
    assert t(lang, DOSE)[:30] not in shown, shown
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, shown
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), PAINKILLERS[:2])
async def test_a_persons_painkiller_gets_the_human_note_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 51101 + PAINKILLERS.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, HUMAN)[:30] in shown, shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# -- 2. holding the mouth shut, a tap on the nose ----------------------------------------------------

HOLDS = (
    ("ko", "혼낼때 입 잡고 안돼 하면 되나요", Method.MOUTH),
    ("en", "is it ok to hold his mouth shut when he bites", Method.MOUTH),
)
HOLDS_CHECKER_ONLY = (
    ("주둥이 잡고 안돼 해요", Method.MOUTH),
    ("grab his muzzle when he nips?", Method.MOUTH),
    ("물면 입을 꽉 잡아요", Method.MOUTH),
    ("i clamp her mouth shut when she mouths", Method.MOUTH),
    ("코를 톡 쳐요", Method.HITTING),
    ("코 때리기 괜찮아요?", Method.HITTING),
    ("should i scruff him", Method.FORCE),
    ("is alpha roll ok", Method.FORCE),
    ("목덜미 잡고 흔들어요", Method.FORCE),
)
CARE = (
    "양치할때 입을 잡으면 물어요",
    "i hold her mouth open to give a pill",
    "입질 잡는 법 알려주세요",
    "입을 잡고 양치시켜요",
)


@pytest.mark.parametrize(("typed", "method"), [(x, m) for _, x, m in HOLDS] + list(HOLDS_CHECKER_ONLY))
def test_a_physical_punishment_is_its_method(typed: str, method: Method) -> None:
    assert method in CHECKER.check(typed).methods, typed


@pytest.mark.parametrize("typed", CARE)
def test_holding_the_mouth_for_care_is_no_method(typed: str) -> None:
    assert not CHECKER.check(typed).methods, typed


@pytest.mark.parametrize(("lang", "typed", "method"), HOLDS)
async def test_holding_the_mouth_shut_gets_the_card_on_kakao(
    kakao: Server, lang: str, typed: str, method: Method
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-aversive-why-asked")[:25] in shown, shown
    assert t(lang, f"safety-aversive-alt-{method}")[:25] in shown, shown


@pytest.mark.parametrize(("lang", "typed", "method"), HOLDS)
async def test_holding_the_mouth_shut_gets_the_card_on_telegram(
    tg: Harness, lang: str, typed: str, method: Method
) -> None:
    chat = 51201 + HOLDS.index((lang, typed, method))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, f"safety-aversive-alt-{method}")[:25] in shown, shown


# -- 3. sleeping pills and a vet's medicines ---------------------------------------------------------

VET_ONLY = (
    ("ko", "수면제 먹여도 되나요"),
    ("en", "can i give him metacam"),
    ("ko", "진정제 좀 줘도 될까요"),
    ("en", "can i give her a sleeping pill"),
)
VET_ONLY_CHECKER_ONLY = (
    "리마딜 먹여도 돼요?",
    "is carprofen ok for him",
    "can i give him apoquel",
    "멜록시캄 먹여도 되나요",
    "졸피뎀 반알 괜찮을까요",
)


@pytest.mark.parametrize("typed", [x for _, x in VET_ONLY] + list(VET_ONLY_CHECKER_ONLY))
def test_a_vet_only_medicine_is_the_dose_note(typed: str) -> None:
    assert CHECKER.check(typed).medicine == DOSE, typed


@pytest.mark.parametrize(("lang", "typed"), VET_ONLY)
async def test_a_vet_only_medicine_gets_the_note_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, DOSE)[:30] in shown, shown
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert (row.text, row.is_question, row.status) == (typed, True, "done")


@pytest.mark.parametrize(("lang", "typed"), VET_ONLY[:2])
async def test_a_vet_only_medicine_gets_the_note_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 51301 + VET_ONLY.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, DOSE)[:30] in shown, shown


HEALTH = (
    ("en", "arthritis, on metacam"),
    ("en", "shes on fluoxetine 10mg"),
    ("ko", "관절염이 있어서 메타캄 먹어요"),
)


@pytest.mark.parametrize(("lang", "typed"), HEALTH)
async def test_a_medicine_told_at_the_health_question_is_the_health_note_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") == typed, (answers, user.texts)
    assert await _kakao_reports(kakao, user.key) == [], user.texts


@pytest.mark.parametrize(("lang", "typed"), HEALTH[:2])
async def test_a_medicine_told_at_the_health_question_is_the_health_note_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 51311 + HEALTH.index((lang, typed))
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    answers = await tg_answers(tg, chat)
    assert answers.get("health") == typed, (answers, tg.sent(chat)[-3:])


async def test_a_medicine_asked_at_the_health_question_gets_the_note_on_kakao(kakao: Server) -> None:
    """ "shes on fluoxetine 10mg, is that ok?": what she takes noted, the question the vet's."""
    typed = "shes on fluoxetine 10mg, is that ok?"
    user = await kakao_at(kakao, "en", "health")
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t("en", DOSE)[:30] in shown, shown
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert "fluoxetine" in str(answers.get("health")), (answers, user.texts)


# -- 4. an older dog that seems lost ---------------------------------------------------------------

COGNITIVE = "safety-cognitive"
LOST = (
    ("ko", "14살인데 밤에 짖고 길을 잃은것 같아요"),
    ("en", "she's 14 and barks at night and seems lost"),
)
LOST_CHECKER_ONLY = (
    "14살 노견인데 가족을 못 알아봐요",
    "he's 13 and gets confused in the hallway",
    "15살인데 집안에서 헤매요",
    "my 12 year old lab looks lost sometimes",
)
YOUNG = (
    "3살인데 산책하다 길을 잃었어요",
    "she seems lost without her sister",
    "she's 14 and lost her appetite",
    "2살인데 가족을 못 알아봐요",
)


@pytest.mark.parametrize("typed", [x for _, x in LOST] + list(LOST_CHECKER_ONLY))
def test_an_older_dog_seeming_lost_is_the_cognitive_flag(typed: str) -> None:
    assert FlagKind.COGNITIVE in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", YOUNG)
def test_a_young_dog_seeming_lost_is_none(typed: str) -> None:
    assert FlagKind.COGNITIVE not in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", ["밤에 짖고 길을 잃은것 같아요", "she seems lost at night"])
def test_the_profiles_age_decides_when_the_message_says_none(typed: str) -> None:
    assert FlagKind.COGNITIVE in CHECKER.check(typed, age_months=168).kinds, typed
    assert FlagKind.COGNITIVE not in CHECKER.check(typed, age_months=30).kinds, typed


@pytest.mark.parametrize(("lang", "typed"), LOST)
async def test_an_older_dog_seeming_lost_gets_the_card_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, COGNITIVE)[:20] in shown, shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), LOST)
async def test_an_older_dog_seeming_lost_gets_the_card_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 51401 + LOST.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, COGNITIVE)[:20] in shown, shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# -- 5. a photo's caption naming a sign; a bleeding paw --------------------------------------------

CAPTIONS = (
    ("ko", "토했어요 사진이에요", "safety-pain_illness"),
    ("en", "look at her paw, it's bleeding", "safety-trauma"),
    ("ko", "발에서 피가 나요 사진 보세요", "safety-trauma"),
)
BLEEDING_CHECKER_ONLY = ("her paw is bleeding", "귀에서 피가 나요", "his tail is bleeding")
NOT_BLEEDING = (
    "발톱 자르다가 피났어요",
    "cut his nails too short and his paw is bleeding",
    "i fell and my leg is bleeding",
    "제 다리에서 피가 나요",
    "해피가 발바닥을 핥아요",
)


@pytest.mark.parametrize("typed", [x for _, x, _ in CAPTIONS] + list(BLEEDING_CHECKER_ONLY))
def test_a_sign_in_a_caption_is_a_red_flag(typed: str) -> None:
    assert CHECKER.check(typed).flags, typed


@pytest.mark.parametrize("typed", NOT_BLEEDING)
def test_a_nail_or_the_owners_leg_is_no_trauma(typed: str) -> None:
    assert FlagKind.TRAUMA not in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize(("lang", "typed", "card"), CAPTIONS)
async def test_a_photos_caption_naming_a_sign_gets_the_card_on_telegram(
    tg: Harness, lang: str, typed: str, card: str
) -> None:
    chat = 51501 + CAPTIONS.index((lang, typed, card))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.fake.deliver_photo(chat, caption=typed)
    await tg.hook.idle(TURN_BOUND)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, card)[:20] in shown, shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


@pytest.mark.parametrize(("lang", "typed", "card"), CAPTIONS)
async def test_the_same_words_typed_get_the_card_on_kakao(
    kakao: Server, lang: str, typed: str, card: str
) -> None:
    """Kakao sends a photo and its words as two messages: the words are screened as typed."""
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, card)[:20] in shown, shown


AHEAD = (("en", "shes on fluoxetine 10mg"), ("ko", "트라조돈 먹어요"), ("en", "takes metacam daily"))


@pytest.mark.parametrize(("lang", "typed"), AHEAD)
async def test_a_medicine_told_before_the_health_question_is_kept_as_health_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """ "shes on fluoxetine 10mg" at the concerns was "please pick", the health lost: kept ahead."""
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert (await kakao_answers(kakao, user.key)).get("health") == typed, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts


async def test_a_medicine_told_before_the_health_question_is_kept_as_health_on_telegram(tg: Harness) -> None:
    chat = 51321
    lang, typed = AHEAD[0]
    await tg_at(tg, chat, lang, "concerns")
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert (await tg_answers(tg, chat)).get("health") == typed, tg.sent(chat)[-3:]
