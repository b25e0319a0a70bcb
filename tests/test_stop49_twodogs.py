# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper "twodogs": owner trial 34, two dogs told at the first contact and a report about
a dog told of but not yet added; each reproduced through a real channel first (Kakao, Telegram,
Korean and English), what was kept read back from the store.

1. "첫째는 망고 둘째는 키위에요", then "망고는 5살 키위는 1살이요" at 망고's age: 망고 5 years
   stored, 키위's 1살 lost (the offer of 키위 after the survey came with no age). English, "the
   older one is Mango and the younger is Kiwi": no name read ("I didn't catch a name"), then "Mango
   is 5 and Kiwi is 1" stored the dog "Mango is". Now the order of several words is one order
   (`understanding-name-ordinal`), and a message telling both dogs' facts is cut at the names
   (`DogNames.apart`): the waiting dog's kept for her survey (`newdog-after-survey-kept-beside`),
   this dog's read as the answer typed alone; 키위's survey does not ask her age.
2. "we also have Lulu" ("Is your dog's name Lulu?"), then "lulu keeps stealing socks": filed under
   Tank (Rex here) with no word (English), or "not registered yet… I'll offer after this survey"
   (Korean) while Lulu's own survey was open. Now the report names the dog the question offers:
   her name is taken and the report is hers. Stopped first ("/cancel"), the report is kept under
   Rex "for now", said so with the offer; once Lulu is added it moves to her records
   (`report-moved-to-new-dog`). Nothing is lost either way.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_stop48_otherdog import _kakao_dogs, _tg_dogs
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. two dogs told at the first contact, both dogs' ages in one message -------------------------

# (lang, the messages typed, the first dog, the second, their ages in months, yes)
MESSY: tuple[tuple[str, tuple[str, ...], str, str, int, int, str], ...] = (
    ("ko", ("첫째는 망고 둘째는 키위에요", "망고는 5살 키위는 1살이요"), "망고", "키위", 60, 12, "네"),
    (
        "ko",
        (
            "저희 강아지 두마리에요ㅎㅎ 둘다 물어봐도 되나요?",
            "첫째는 망고 둘째는 키위에요",
            "망고는 5살 키위는 1살이요",
        ),
        "망고",
        "키위",
        60,
        12,
        "네",
    ),
    ("ko", ("첫째는 망고 둘째는 키위에요", "키위는 1살이고 망고는 5살이에요"), "망고", "키위", 60, 12, "네"),
    (
        "en",
        ("the older one is Mango and the younger is Kiwi", "Mango is 5 and Kiwi is 1"),
        "Mango",
        "Kiwi",
        60,
        12,
        "yes",
    ),
    (
        "en",
        ("hi i have two dogs", "the older one is Mango, the younger one is Kiwi", "Mango is 5 and Kiwi is 1"),
        "Mango",
        "Kiwi",
        60,
        12,
        "yes",
    ),
    (
        "en",
        ("the older one is Mango and the younger is Kiwi", "Mango is 5 years old and Kiwi is 1"),
        "Mango",
        "Kiwi",
        60,
        12,
        "yes",
    ),
)


def _kept_beside(lang: str, other: str, first: str, months: int) -> str:
    value = {("ko", 12): "1살", ("en", 12): "1 year"}[lang, months]
    field = t(lang, "survey-field-age_months")
    return t(lang, "newdog-after-survey-kept-beside", name=other, field=field, value=value, dog=first)


@pytest.mark.parametrize(("lang", "typed", "first", "second", "age1", "age2", "yes"), MESSY)
async def test_both_dogs_ages_each_kept_for_its_dog_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    typed: tuple[str, ...],
    first: str,
    second: str,
    age1: int,
    age2: int,
    yes: str,
) -> None:
    user = kakao.user(lang=lang)
    for text in typed:
        await user.send(text)
    dogs: dict[str, dict[str, Any]] = await _kakao_dogs(kakao, user.key)
    assert list(dogs) == [first] and dogs[first]["age_months"] == age1, (dogs, user.texts[-2:])
    assert _kept_beside(lang, second, first, age2) in user.text, user.texts[-2:]
    assert t(lang, "survey-q-sex", name=first) in user.text, user.texts[-2:]
    await user.send("/cancel")  # stopped: the second dog offered, her age with her
    assert t(lang, "newdog-offer-named", name=second) in user.text, user.texts[-2:]
    await user.tap("profile:newdog")
    assert t(lang, "survey-q-name-hint", name=second) in user.text, user.texts[-2:]
    await user.send(yes)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[second].get("age_months") == age2, (dogs, user.texts[-2:])
    assert dogs[first]["age_months"] == age1, dogs
    assert t(lang, "survey-q-sex", name=second) in user.text, user.texts[-2:]  # her age not asked


async def test_both_dogs_ages_each_kept_for_its_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, first, second, age1, age2, yes) in enumerate(MESSY[::2], 49101):
        await tg.say(chat, typed[0], language_code=lang)
        for text in typed[1:]:
            await tg.say(chat, text)
        dogs = await _tg_dogs(tg, chat)
        assert list(dogs) == [first] and dogs[first]["age_months"] == age1, (dogs, tg.sent(chat)[-2:])
        assert _kept_beside(lang, second, first, age2) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await tg.say(chat, "/cancel")
        await tg.say(chat, yes)  # the offer taken in words
        await tg.say(chat, yes)  # the name offered taken
        dogs = await _tg_dogs(tg, chat)
        assert dogs[second].get("age_months") == age2, (dogs, tg.sent(chat)[-3:])
        assert t(lang, "survey-q-sex", name=second) in tg.last_text(chat), tg.sent(chat)[-2:]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the older one is Mango and the younger is Kiwi", ("Mango", "Kiwi")),
        ("the older one is Mango, the younger one is Kiwi", ("Mango", "Kiwi")),
        ("the first one is Rex and the second one is Bella", ("Rex", "Bella")),
        ("첫째는 망고 둘째는 키위에요", ("망고", "키위")),
        ("첫째는 콩이고 둘째는 보리예요", ("콩이", "보리")),
    ],
)
def test_two_dogs_told_by_their_order(text: str, names: tuple[str, str]) -> None:
    assert Understander(Messages()).two_named(text) == names


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("망고는 5살 키위는 1살이요", ("망고는 5살", "키위는 1살이요")),
        ("키위는 1살이고 망고는 5살이에요", ("망고는 5살이에요", "키위는 1살이고")),
        ("Mango is 5 and Kiwi is 1", ("mango is 5", "kiwi is 1")),
        ("망고는 5살이에요", None),
        ("Mango is 5 and Mango is 1", None),
    ],
)
def test_a_message_cut_at_the_two_dogs_names(text: str, parts: tuple[str, str] | None) -> None:
    first, second = ("망고", "키위") if not text.isascii() else ("Mango", "Kiwi")
    assert Understander(Messages()).names.apart(text, first, second) == parts


# -- 2. a report about the dog told of, not yet added ---------------------------------------------

ANNOUNCE = {"ko": "우리집에 루루도 있어요", "en": "we also have Lulu"}
REPORT = {"ko": "루루가 자꾸 양말을 훔쳐가요", "en": "lulu keeps stealing socks"}
LULU = {"ko": "루루", "en": "Lulu"}
OWN = {"ko": "콩이", "en": "Rex"}
YES = {"ko": "네", "en": "yes"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_the_told_dogs_name_question_is_hers_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(ANNOUNCE[lang])
    assert t(lang, "survey-q-name-hint", name=LULU[lang]) in user.text, user.texts[-2:]
    await user.send(REPORT[lang])
    dogs = await _kakao_dogs(kakao, user.key)
    assert list(dogs) == [OWN[lang], LULU[lang]], (dogs, user.texts[-2:])
    ids = {name: i for i, name in enumerate(dogs, 1)}
    assert await _kakao_report_dogs(kakao, user.key) == [ids[LULU[lang]]], user.texts[-2:]
    assert t(lang, "report-filed-under", name=LULU[lang]) in user.text, user.texts[-2:]
    assert t(lang, "survey-q-age_months", name=LULU[lang]) in user.text, user.texts[-2:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_about_a_dog_not_added_moves_to_her_once_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(ANNOUNCE[lang])
    await user.send("/cancel")
    await user.send(REPORT[lang])
    said = t(lang, "report-filed-unregistered", typed=LULU[lang], name=OWN[lang])
    assert said in user.text, user.texts[-2:]  # kept apart, said, Lulu offered
    # stop 64 (dogs64): kept with no dog, not under Rex (her red flags were counted in his summary)
    assert await _kakao_report_dogs(kakao, user.key) == [None]
    await user.send(YES[lang])  # the offer taken
    assert t(lang, "survey-q-name-hint", name=LULU[lang]) in user.text, user.texts[-2:]
    await user.send(YES[lang])  # her name
    assert await _kakao_report_dogs(kakao, user.key) == [2], user.texts[-2:]
    assert t(lang, "report-moved-to-new-dog", name=LULU[lang], count=1) in user.text, user.texts[-2:]


async def test_a_report_about_a_dog_told_of_is_hers_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 49201):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, ANNOUNCE[lang])
        await tg.say(chat, REPORT[lang])
        dogs = await _tg_dogs(tg, chat)
        assert list(dogs) == [OWN[lang], LULU[lang]], (dogs, tg.sent(chat)[-3:])
        assert len(set(await _tg_report_dogs(tg, chat))) == 1
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            lulu = next(d for d in await s.list_dogs(user.id) if d.name == LULU[lang])
        assert await _tg_report_dogs(tg, chat) == [lulu.id], tg.sent(chat)[-3:]


async def test_a_report_about_a_dog_not_added_moves_to_her_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 49211):
        await tg_owner(tg, chat, lang)
        for text in (ANNOUNCE[lang], "/cancel", REPORT[lang]):
            await tg.say(chat, text)
        said = t(lang, "report-filed-unregistered", typed=LULU[lang], name=OWN[lang])
        assert said in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        before = await _tg_report_dogs(tg, chat)
        for text in (YES[lang], YES[lang]):
            await tg.say(chat, text)
        after = await _tg_report_dogs(tg, chat)
        assert len(after) == 1 and after != before, (before, after, tg.sent(chat)[-3:])
        said = t(lang, "report-moved-to-new-dog", name=LULU[lang], count=1)
        assert said in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]


async def test_a_report_naming_its_own_dog_too_stays_with_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "Rex growled at lulu again" is Rex's: never moved when Lulu is added."""
    user = await kakao_owner(kakao, "en")
    for text in (ANNOUNCE["en"], "/cancel", "Rex growled at lulu again", "add a dog", "Lulu"):
        await user.send(text)
    assert await _kakao_report_dogs(kakao, user.key) == [1], user.texts[-3:]
    assert list(await _kakao_dogs(kakao, user.key)) == ["Rex", "Lulu"], user.texts[-3:]
    assert "report-moved" not in user.text and "Lulu's records" not in user.text, user.texts[-2:]
