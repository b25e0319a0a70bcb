# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50 owner trials, safety screening (helper safety50b), each reproduced through a real channel
(Kakao skill webhook, Telegram over HTTP), ko and en, what was kept read back from the store, the
model calls counted.

1. Someone else shouting got the owner-punishment notice ("💛 솔직하게 말씀해 주셔서 고마워요. 다만
   때리기, 소리 지르기… 벌은…"): "그럼 애들이 소리지르고 도망가요", "옆집 아저씨가 소리질러서 해피가
   놀라서 짖었어요", "my neighbour yelled and he barked", "the kids yell and he chases them". Now a
   method whose person right before it, in its clause, is a bystander (`safety-term-aversive-
   bystander`) or a child whose shouting is not aimed at the dog (`safety-term-aversive-child`,
   `-aimed`) is no method of the owner's: what set the dog off, or what followed. The owner's own
   ("애들이 뛰어다니면 제가 소리질러요", "when the kids scream i yell at him") and a child shouting at
   the dog ("the kids yell at him") keep the notice.
2. Medicines. "is it ok to give her some of my ibuprofen shes limping a bit" (read as the limping
   report) got the limping card alone: a human painkiller's note is now shown told or asked
   (`SafetyCheck.told`), first, before the flag's card. "can i give him pepto" is the dose note
   (Pepto-Bismol is a salicylate: ask the vet; no model call). "does it matter that shes on
   fluoxetine from the vet?" at the hours-alone question got "Time alone matters for…" (read as why
   the survey asks): a question naming a medicine is the dose note's, kept as the owner's question.
3. "is a shock collar ok for pulling" got the card with "find out why your dog barks or lunges":
   a method said to be for pulling on the lead (`safety-term-aversive-pulling`) gets the loose-lead
   alternative (`safety-aversive-alt-pulling`), unless its own is that already (prong, choke, lead
   jerks). The other tools asked about ("전기 목걸이 써도 돼요?", "짖음방지기 괜찮아요?", "prong collar
   for pulling?", "citronella collar") keep their cards.
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
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())
WHY = ("safety-aversive-why", "safety-aversive-why-asked")


def _notice(lang: str, shown: str) -> bool:
    return any(t(lang, why)[:25] in shown for why in WHY)


# -- 1. someone else shouting ---------------------------------------------------------------------

OTHERS = (
    ("ko", "해피가 애들이 뛰어다니면 쫓아가서 바지 물고 늘어져요 그럼 애들이 소리지르고 도망가요"),
    ("ko", "옆집 아저씨가 소리질러서 해피가 놀라서 짖었어요"),
    ("en", "my neighbour yelled and he barked"),
    ("en", "the kids yell and he chases them"),
)
OTHERS_CHECKER_ONLY = (
    "the kids scream and he chases them",
    "윗집 사람이 소리지르면 같이 짖어요",
    "a stranger shouted at us on the walk and now he's scared",
    "my neighbour hit him with a stick",
    "애들이 꺅 소리지르면 흥분해서 뛰어요",
)
OWNERS = (
    ("애들이 해피한테 소리질러요", Method.SHOUTING),
    ("the kids yell at him", Method.SHOUTING),
    ("애들이 뛰어다니면 제가 소리질러요", Method.SHOUTING),
    ("우리 애들이 짖으면 소리질러요", Method.SHOUTING),  # 애들: the owner's dogs, who do not shout
    ("when the kids scream i yell at him", Method.SHOUTING),
    ("the kids run and we yell", Method.SHOUTING),
    ("옆집 아저씨가 소리지르면 저도 소리질러요", Method.SHOUTING),
    ("애들이 해피를 때려요", Method.HITTING),
    ("i yell at him", Method.SHOUTING),
)


@pytest.mark.parametrize("typed", [typed for _, typed in OTHERS] + list(OTHERS_CHECKER_ONLY))
def test_someone_elses_shouting_is_no_method(typed: str) -> None:
    assert not CHECKER.check(typed).methods, typed


@pytest.mark.parametrize(("typed", "method"), OWNERS)
def test_the_owners_or_the_households_method_is_kept(typed: str, method: Method) -> None:
    assert method in CHECKER.check(typed).methods, typed


@pytest.mark.parametrize(("lang", "typed"), OTHERS)
async def test_someone_elses_shouting_gets_no_notice_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert not _notice(lang, shown), shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), OTHERS)
async def test_someone_elses_shouting_gets_no_notice_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 50401 + OTHERS.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert not _notice(lang, shown), shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), [("ko", OWNERS[2][0]), ("en", OWNERS[4][0])])
async def test_the_owners_shouting_beside_the_kids_keeps_the_notice_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert _notice(lang, shown), shown
    assert t(lang, "safety-aversive-alt-shouting")[:25] in shown, shown


# -- 2. medicines ---------------------------------------------------------------------------------

HUMAN = "safety-medicine-human"
DOSE = "safety-medicine-dose"
PAIN = "safety-pain_illness"
BOTH = (
    ("en", "is it ok to give her some of my ibuprofen shes limping a bit"),
    ("ko", "다리를 절뚝거리는데 타이레놀 좀 먹여도 될까요"),
)


@pytest.mark.parametrize(("lang", "typed"), BOTH)
def test_a_painkiller_beside_a_sign_is_both_notes_the_painkiller_first(lang: str, typed: str) -> None:
    check = CHECKER.check(typed)
    assert (check.kinds, check.medicine) == ({FlagKind.PAIN_ILLNESS}, HUMAN), typed
    for ids in (check.message_ids(), check.told.message_ids(), check.message_ids(asked=True)):
        assert ids[0] == HUMAN and PAIN in ids, ids


def test_a_report_naming_another_medicine_keeps_no_note() -> None:
    """ "he's on trazodone and still barks", told: analysed as it is (stop 49), no note."""
    assert CHECKER.check("he's on trazodone and still barks").told.medicine is None


def _in_order(lang: str, shown: str) -> bool:
    human, pain = shown.find(t(lang, HUMAN)[:30]), shown.find(t(lang, PAIN)[:30])
    return 0 <= human < pain


@pytest.mark.parametrize(("lang", "typed"), BOTH)
async def test_a_painkiller_beside_a_sign_shows_both_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert _in_order(lang, shown), shown
    await asyncio.sleep(0.2)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


@pytest.mark.parametrize(("lang", "typed"), BOTH)
async def test_a_painkiller_beside_a_sign_shows_both_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 50411 + BOTH.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert _in_order(lang, shown), shown
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


async def test_a_painkiller_beside_a_sign_mid_survey_shows_both_on_telegram(tg: Harness) -> None:
    """The trial's message at the concerns question (tg1): the limping card only."""
    chat = 50415
    await tg_at(tg, chat, "en", "concerns")
    before = len(tg.sent(chat))
    await tg.say(chat, BOTH[0][1])
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert _in_order("en", shown), shown


PEPTO = (("en", "can i give him pepto"), ("ko", "펩토비스몰 먹여도 돼요?"))


@pytest.mark.parametrize(("lang", "typed"), PEPTO)
async def test_pepto_is_the_vet_note_on_kakao(
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


async def test_pepto_is_the_vet_note_on_telegram(tg: Harness) -> None:
    chat = 50421
    await tg_owner(tg, chat, "en")
    before = len(tg.sent(chat))
    await tg.say(chat, PEPTO[0][1])
    shown = "\n".join(tg.sent(chat)[before:])
    assert t("en", DOSE)[:30] in shown, shown
    [row] = await _tg_reports(tg, chat)
    assert (row.text, row.is_question, row.status) == (PEPTO[0][1], True, "done")


ON_MEDICINE = (
    ("en", "does it matter that shes on fluoxetine from the vet?"),
    ("ko", "플루옥세틴 먹고 있는데 상관있나요?"),
)


@pytest.mark.parametrize(("lang", "typed"), ON_MEDICINE)
async def test_a_medicine_asked_about_at_the_hours_alone_is_the_vet_note_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, DOSE)[:30] in shown, shown
    assert t(lang, "survey-why-alone_hours") not in shown, shown
    assert asked(lang, "alone_hours") in shown, shown  # the question again
    await asyncio.sleep(0.2)
    rows = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.is_question) for r in rows] == [(typed, True)]
    assert "alone_hours" not in await kakao_answers(kakao, user.key)


async def test_a_medicine_asked_about_at_the_hours_alone_is_the_vet_note_on_telegram(tg: Harness) -> None:
    chat = 50431
    lang, typed = ON_MEDICINE[0]
    await tg_at(tg, chat, lang, "alone_hours")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, DOSE)[:30] in shown, shown
    assert t(lang, "survey-why-alone_hours") not in shown, shown
    assert [(r.text, r.is_question) for r in await _tg_reports(tg, chat)] == [(typed, True)]
    assert "alone_hours" not in await tg_answers(tg, chat)


# -- 3. a tool asked about for pulling ------------------------------------------------------------

PULLING = (
    ("en", "is a shock collar ok for pulling"),
    ("ko", "전기목걸이 줄 당길 때 써도 돼요?"),
)
PULLING_CHECKER_ONLY = (
    "is an e-collar ok for pulling on walks",
    "i smack him when he pulls",
    "citronella collar for lead pulling?",
    "산책할때 줄당김 심한데 짖음방지기 써도 되나요",
)
TOOLS = (
    ("ko", "전기 목걸이 써도 돼요?", Method.SHOCK),
    ("ko", "짖음방지기 괜찮아요?", Method.SHOCK),
    ("en", "prong collar for pulling?", Method.PRONG),
    ("en", "citronella collar", Method.SPRAY),
    ("en", "is a shock collar ok for barking", Method.SHOCK),
)


@pytest.mark.parametrize("typed", [typed for _, typed in PULLING] + list(PULLING_CHECKER_ONLY))
def test_a_method_for_pulling_gets_the_loose_lead_alternative(typed: str) -> None:
    [method, *_] = CHECKER.check(typed).aversive
    assert method.alternative_id == "safety-aversive-alt-pulling", typed


@pytest.mark.parametrize(("lang", "typed", "method"), TOOLS)
def test_a_tool_keeps_its_own_alternative(lang: str, typed: str, method: Method) -> None:
    [found, *_] = CHECKER.check(typed).aversive
    assert (found.method, found.alternative_id) == (method, f"safety-aversive-alt-{method}"), typed


@pytest.mark.parametrize(("lang", "typed"), PULLING)
async def test_a_tool_for_pulling_gets_the_loose_lead_alternative_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-aversive-why-asked")[:25] in shown, shown
    assert t(lang, "safety-aversive-alt-pulling") in shown, shown
    assert t(lang, "safety-aversive-alt-shock")[:40] not in shown, shown


@pytest.mark.parametrize(("lang", "typed"), PULLING)
async def test_a_tool_for_pulling_gets_the_loose_lead_alternative_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 50441 + PULLING.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-aversive-alt-pulling") in shown, shown
    assert t(lang, "safety-aversive-alt-shock")[:40] not in shown, shown


@pytest.mark.parametrize(("lang", "typed", "method"), TOOLS[:4])
async def test_a_tool_asked_about_gets_its_card_on_kakao(
    kakao: Server, lang: str, typed: str, method: Method
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert _notice(lang, shown), shown
    assert t(lang, f"safety-aversive-alt-{method}") in shown, shown
