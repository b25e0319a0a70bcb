# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, safety before the model (helper safety49): the English owner trial's faults, each
reproduced through a real channel first (Kakao skill webhook, Telegram over HTTP), ko and en, what
was kept read back from the store, the model calls counted.

1. A medicine asked about ("how many mg of trazodone for a 20kg dog", "can i give my dog human
   ibuprofen", "트라조돈 몇mg 줘야돼요", "타이레놀 먹여도 돼요?") was sent to the coach model with no
   vet line: a human painkiller gets the toxic line (`safety-medicine-human`), any other medicine
   or dose "only your vet sets a dose" (`safety-medicine-dose`), instead of the model; the question
   is kept as the owner's question row, answered with that note.
2. An aversive tool the owner was told to use ("my trainer says use a slip lead and give a quick
   pop when he lunges") was a report with a training plan; "e-collars" (hyphen, plural) got no
   card. Both are questions about the method, with the aversive card.
3. A nip or snap that drew blood ("she nipped my boyfriends ankle and made it bleed a bit") at the
   survey's worst-reaction question was stored as "bite, no injury": the bite card, the report.
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
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())

# -- 1. a medicine asked about: the vet note, not the model ------------------------------------

HUMAN = "safety-medicine-human"
DOSE = "safety-medicine-dose"
MEDICINE = (
    ("en", "can i give my dog human ibuprofen for his sore leg", HUMAN),
    ("en", "how many mg of trazodone for a 20kg dog", DOSE),
    ("en", "my vet gave fluoxetine for his anxiety, should i double the dose if its not working", DOSE),
    ("en", "how much benadryl can i give him for fireworks night", DOSE),
    ("en", "can i give him cbd oil", DOSE),
    ("en", "the vet mentioned trazodone, would that help?", DOSE),
    ("en", "is it ok to give her melatonin", DOSE),
    ("en", "can i give her tylenol for the pain?", HUMAN),
    ("ko", "강아지한테 타이레놀 먹여도 돼요?", HUMAN),
    ("ko", "사람 진통제 먹여도 되나요?", HUMAN),
    ("ko", "트라조돈 몇mg 줘야돼요", DOSE),
    ("ko", "약 두배로 먹여도 될까요", DOSE),
    ("ko", "멜라토닌 먹여도 돼요?", DOSE),
)


@pytest.mark.parametrize(("lang", "typed", "note"), MEDICINE)
def test_a_medicine_named_gets_its_note(lang: str, typed: str, note: str) -> None:
    assert CHECKER.check(typed).medicine == note


@pytest.mark.parametrize(
    "typed",
    ["he ate my ibuprofen", "강아지가 타이레놀 먹었어요", "약속 있어서 나갔는데 짖었어요", "예약했어요"],
)
def test_a_painkiller_eaten_is_the_poison_card_and_other_yak_words_are_none(typed: str) -> None:
    assert CHECKER.check(typed).medicine is None


@pytest.mark.parametrize(("lang", "typed", "note"), MEDICINE)
async def test_a_medicine_question_is_answered_by_the_vet_note_on_kakao(
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
    assert row.analysis is not None and row.analysis["answer"] == [t(lang, note)]


@pytest.mark.parametrize(("lang", "typed", "note"), MEDICINE[1::4])
async def test_a_medicine_question_is_answered_by_the_vet_note_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str, note: str
) -> None:
    chat = 49101 + MEDICINE.index((lang, typed, note))
    await tg_owner(tg, chat, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, note)[:30] in shown, shown
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, shown
    [row] = await _tg_reports(tg, chat)
    assert (row.text, row.is_question, row.status) == (typed, True, "done")


async def test_a_medicine_told_in_a_report_is_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """The note answers a question; a report naming a medicine is analysed as before."""
    user = await kakao_owner(kakao, "en")
    await user.send("yesterday he barked at the mailman for ten minutes, he's on trazodone")
    assert t("en", DOSE)[:30] not in "\n".join(user.texts)
    [row] = await _kakao_reports(kakao, user.key)
    assert not row.is_question


# -- 2. an aversive tool someone told the owner to use, "e-collars" ----------------------------

AVERSIVE = (
    ("en", "my trainer says use a slip lead and give a quick pop when he lunges", Method.LEASH),
    ("en", "whats ur opinion on e-collars for recall", Method.SHOCK),
    ("en", "what do you think about shock collars", Method.SHOCK),
    ("en", "is a leash correction ok when he pulls?", Method.LEASH),
    ("ko", "훈련사가 리드줄 당겨서 교정하라고 했어요", Method.LEASH),
    ("ko", "전기목걸이 써도 돼요?", Method.SHOCK),
    ("ko", "초크체인 어때요?", Method.CHOKE),
)


@pytest.mark.parametrize(("lang", "typed", "method"), AVERSIVE)
def test_the_tool_is_found(lang: str, typed: str, method: Method) -> None:
    assert method in CHECKER.check(typed).methods


@pytest.mark.parametrize(("lang", "typed", "method"), AVERSIVE)
async def test_a_tool_asked_about_is_a_question_with_the_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, method: Method
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-aversive-why-asked")[:20] in shown, shown
    assert t(lang, f"safety-aversive-alt-{method}")[:20] in shown, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert row.is_question, (typed, shown)


@pytest.mark.parametrize(("lang", "typed", "method"), AVERSIVE[::4])
async def test_a_tool_asked_about_is_a_question_with_the_card_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str, method: Method
) -> None:
    chat = 49201 + AVERSIVE.index((lang, typed, method))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-aversive-why-asked")[:20] in shown, shown
    [row] = await _tg_reports(tg, chat)
    assert row.is_question, (typed, shown)


# -- 3. a nip or a snap that drew blood is a bite that hurt ------------------------------------

BLED = (
    ("en", "she nipped my boyfriends ankle and made it bleed a bit"),
    ("en", "he snapped at my dad and it bled"),
    ("en", "nipped a guest's hand, there was blood"),
    ("ko", "남친 발목을 입질했는데 피가 났어요"),
    ("ko", "손님한테 입질해서 피났어요"),
)


@pytest.mark.parametrize(("lang", "typed"), BLED)
def test_a_nip_that_bled_is_a_bite_injury(lang: str, typed: str) -> None:
    assert FlagKind.BITE_INJURY in CHECKER.check(typed).kinds


@pytest.mark.parametrize("typed", ["she nipped at my heels", "he snapped at my dad", "nip it in the bud"])
def test_a_nip_without_blood_is_no_bite_injury(typed: str) -> None:
    assert FlagKind.BITE_INJURY not in CHECKER.check(typed).kinds


@pytest.mark.parametrize(("lang", "typed"), BLED)
async def test_a_nip_that_bled_at_the_worst_reaction_is_a_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    await asyncio.sleep(0.2)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-bite_injury")[:20] in shown, shown
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite_injury"
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "typed"), BLED[::3])
async def test_a_nip_that_bled_at_the_worst_reaction_is_a_report_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 49301 + BLED.index((lang, typed))
    await tg_at(tg, chat, lang, "worst_reaction")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-bite_injury")[:20] in shown, shown
    assert (await tg_answers(tg, chat)).get("worst_reaction") == "bite_injury"
    assert await tg_reports(tg, chat) == [typed]


@pytest.mark.parametrize(("lang", "typed"), BLED[::3])
async def test_a_nip_that_bled_told_idle_is_a_bite_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-bite_injury")[:20] in shown, shown
    [row] = await _kakao_reports(kakao, user.key)
    assert not row.is_question
