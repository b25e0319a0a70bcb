# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "dogsroute": with two dogs, which dog a report or a command is about. Each
reproduced through a real channel first (Kakao, Telegram, Korean and English), what was kept read
back from the store.

1. "hes been limping" with Pip (a female) active and Bruno the male: filed under Pip. Now the one
   other dog the opening pronoun fits takes it (`report.by_pronoun`), said with how to move it
   (`report-filed-pronoun`); the active dog's sex unknown, several dogs of that sex, "she" for a
   female active, and the Korean "걔가", "그 아이가" (no gender): the active dog, as before.
2. "밤이가 초코 밥을 뺏어먹어요 초코는 가만히 있어요" (초코 active): filed under 초코, marked as the
   topic of the calm second sentence. Now the sentences are cut (a full stop, or
   `understanding-sentence-end` after a behaviour word before a dog's name) and a telling one
   naming both gives its subject: 밤이. "Bruno keeps stealing Pip's food, Pip just lets him" was
   Bruno's already; "Pip just lets him. Bruno keeps…" was not.
3. "비글로 바꿔줘", "switch to the beagle": "no dog called 비글"; "the beagle" at the dogs' list
   stored "the beagle" as Pip's breed. Now a breed picks its dog (`profile.of_breed`).
4. "초코로 바꿔줘" mid-survey with one dog: "콩이 is the only dog", 초코 neither named nor offered.
   Now said not registered and offered by her name when the survey is done.
5. "Pip", "now pip" at "shall we add the other dog you mentioned?": "I'm not sure what you mean";
   "2": declined (the second button, which no channel numbers). Now the offer is taken with that
   name (or none, asked); "now bruno" for a dog of theirs switches to him.
6. "lulu keeps stealing socks" (no Lulu, two dogs): filed under Pip without a word. Now said to
   be kept under Pip for now, Lulu offered (`report-filed-unregistered`, stop 49's pieces).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.owners import kakao_two_dogs, tg_two_dogs
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import _answers
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_stop48_otherdog import _kakao_dogs, _tg_dogs
from tests.test_survey_answers_misread import ANSWERS, NAME, asked, kakao_at, t, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial14_values import AGREED

# lang: (the other dog, a neutered male beagle; the active dog, a spayed female poodle)
PAIR = {
    "ko": (("밤이", "3살", "남아 중성화", "비글"), ("초코", "2살", "여아 중성화", "푸들")),
    "en": (("Bruno", "3", "male neutered", "beagle"), ("Pip", "2", "female spayed", "poodle")),
}
SWITCH = {"ko": "{name}로 바꿔줘", "en": "switch to {name}"}


async def kakao_pair(kakao: Server, lang: str) -> tuple[KakaoUser, dict[str, int]]:
    """A Kakao owner of the two dogs of `PAIR[lang]`, the female one active; their ids by name."""
    return await kakao_two_dogs(kakao, lang, *PAIR[lang], SWITCH[lang])


async def tg_pair(tg: Harness, chat: int, lang: str) -> dict[str, int]:
    """A Telegram owner of the two dogs of `PAIR[lang]`, the female one active; their ids by name."""
    return await tg_two_dogs(tg, chat, lang, *PAIR[lang], SWITCH[lang])


# (lang, the report, the dog it is about: 0 the other, 1 the active)
REPORTS: tuple[tuple[str, str, int], ...] = (
    ("en", "hes been limping", 0),
    ("en", "he's been limping since yesterday", 0),
    ("en", "she's been limping since yesterday", 1),
    ("ko", "걔가 어제부터 다리를 절어요", 1),
    ("ko", "그 아이가 요즘 자꾸 짖어요", 1),
    ("ko", "밤이가 초코 밥을 뺏어먹어요 초코는 가만히 있어요", 0),
    ("en", "Bruno keeps stealing Pip's food, Pip just lets him", 0),
)


@pytest.mark.parametrize(("lang", "text", "which"), REPORTS)
async def test_the_report_is_filed_under_its_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, which: int
) -> None:
    user, ids = await kakao_pair(kakao, lang)
    await user.send(text)
    dog = PAIR[lang][which][0]
    assert await _kakao_report_dogs(kakao, user.key) == [ids[dog]], user.texts[-2:]


async def test_the_report_is_filed_under_its_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, text, which) in enumerate(REPORTS, 50101):
        ids = await tg_pair(tg, chat, lang)
        await tg.say(chat, text)
        dog = PAIR[lang][which][0]
        assert await _tg_report_dogs(tg, chat) == [ids[dog]], (text, tg.sent(chat)[-2:])


async def test_the_dog_called_by_his_pronoun_is_said_with_how_to_move_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user, ids = await kakao_pair(kakao, "en")
    await user.send("hes been chewing the door frame")
    said = t("en", "report-filed-pronoun", name="Bruno", other="Pip")
    assert said in user.text, user.texts[-2:]
    await user.send("I meant Pip")  # moved back, as the line says
    assert await _kakao_report_dogs(kakao, user.key) == [ids["Pip"]], user.texts[-2:]


# -- 3. switching by the dog's breed --------------------------------------------------------------

# (lang, typed): each ends on 밤이 / Bruno, the beagle
BY_BREED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ko", ("비글로 바꿔줘",)),
    ("en", ("switch to the beagle",)),
    ("ko", ("강아지 바꿔줘", "비글")),
    ("en", ("switch dog", "the beagle")),
)


@pytest.mark.parametrize(("lang", "typed"), BY_BREED)
async def test_switching_by_the_breed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: tuple[str, ...]
) -> None:
    user, _ids = await kakao_pair(kakao, lang)
    for text in typed:
        await user.send(text)
    other, active = PAIR[lang]
    assert t(lang, "profile-switched", name=other[0]) in user.text, user.texts[-2:]
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[active[0]]["breed"] == active[3], dogs  # never the active dog's breed changed


async def test_switching_by_the_breed_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(BY_BREED, 50201):
        await tg_pair(tg, chat, lang)
        for text in typed:
            await tg.say(chat, text)
        other, active = PAIR[lang]
        assert t(lang, "profile-switched", name=other[0]) in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        assert (await _tg_dogs(tg, chat))[active[0]]["breed"] == active[3]


# -- 4. switching to a dog not registered, mid-survey -----------------------------------------------

NOT_THERE = {"ko": ("초코로 바꿔줘", "초코"), "en": ("switch to choco", "choco")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_switching_to_a_dog_not_registered_mid_survey_offers_her_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    typed, name = NOT_THERE[lang]
    await user.send(typed)
    said = t(lang, "profile-switch-unregistered-later", typed=name, name=NAME[lang])
    assert said in user.text, user.texts[-2:]
    assert asked(lang, "breed") in user.text, user.texts[-2:]  # the question again
    for text in [*answers_from(lang, "breed"), AGREED[lang]]:
        await user.send(text)
    assert t(lang, "newdog-offer-named", name=name) in user.text, user.texts[-2:]


async def test_switching_to_a_dog_not_registered_mid_survey_offers_her_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 50301):
        await tg_at(tg, chat, lang, "breed")
        typed, name = NOT_THERE[lang]
        await tg.say(chat, typed)
        said = t(lang, "profile-switch-unregistered-later", typed=name, name=NAME[lang])
        assert said in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        for text in [*answers_from(lang, "breed"), AGREED[lang]]:
            await tg.say(chat, text)
        assert t(lang, "newdog-offer-named", name=name) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]


def answers_from(lang: str, key: str) -> list[str]:
    keys = [k for k, _ in ANSWERS[lang]]
    return [text for _, text in ANSWERS[lang][keys.index(key) :]]


# -- 5. the other dog's name (or "2") at "shall we add the other dog?" ----------------------------

FIRST = {"ko": "안녕하세요 강아지 두마리 키워요", "en": "hi i have two dogs"}
# (lang, typed at the offer, the name its survey offers; "" none: asked)
AT_OFFER: tuple[tuple[str, str, str], ...] = (
    ("en", "Pip", "Pip"),
    ("en", "now pip", "Pip"),
    ("en", "2", ""),
    ("ko", "밤이", "밤이"),
    ("ko", "이제 밤이요", "밤이"),
)


def _offer_taken(lang: str, name: str) -> str:
    return t(lang, "survey-q-name-hint", name=name) if name else t(lang, "newdog-intro")


@pytest.mark.parametrize(("lang", "typed", "name"), AT_OFFER)
async def test_the_other_dogs_name_at_the_offer_adds_her_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    for text in [FIRST[lang], *_male_answers(lang), AGREED[lang]]:
        await user.send(text)
    assert t(lang, "newdog-offer") in user.text, user.texts[-2:]
    await user.send(typed)
    assert _offer_taken(lang, name) in user.text, user.texts[-2:]


async def test_the_other_dogs_name_at_the_offer_adds_her_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, name) in enumerate(AT_OFFER, 50401):
        await tg.say(chat, FIRST[lang], language_code=lang)
        for text in [*_male_answers(lang), AGREED[lang]]:
            await tg.say(chat, text)
        assert t(lang, "newdog-offer") in tg.last_text(chat), tg.sent(chat)[-2:]
        await tg.say(chat, typed)
        assert _offer_taken(lang, name) in " ".join(tg.sent(chat)[-2:]), (typed, tg.sent(chat)[-2:])


def _male_answers(lang: str) -> list[str]:
    return _answers(lang, "male")


# -- 6. a lower-case name not registered opening a report, with two dogs ---------------------------

LULU = {"ko": ("루루가 자꾸 양말을 훔쳐가요", "루루"), "en": ("lulu keeps stealing socks", "lulu")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_not_registered_is_said_and_offered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user, ids = await kakao_pair(kakao, lang)
    text, name = LULU[lang]
    await user.send(text)
    active = PAIR[lang][1][0]
    assert t(lang, "report-filed-unregistered", typed=name, name=active) in user.text, user.texts[-2:]
    # stop 64 (dogs64): kept with no dog, counted for neither registered dog, until lulu is added
    assert await _kakao_report_dogs(kakao, user.key) == [None], ids


async def test_a_dog_not_registered_is_said_and_offered_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 50501):
        ids = await tg_pair(tg, chat, lang)
        text, name = LULU[lang]
        await tg.say(chat, text)
        active = PAIR[lang][1][0]
        said = t(lang, "report-filed-unregistered", typed=name, name=active)
        assert said in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        assert await _tg_report_dogs(tg, chat) == [None], ids  # kept with no dog (stop 64)


# (lang, typed): the owner's other dog named with a word before it at the offer of adding one
OWN_AT_OFFER = {"ko": ("코코로 바꿔줘", "이제 밤이요"), "en": ("switch to coco", "now bruno")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_owners_dog_named_at_the_offer_is_switched_to_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user, _ids = await kakao_pair(kakao, lang)
    for text in OWN_AT_OFFER[lang]:
        await user.send(text)
    assert t(lang, "profile-switched", name=PAIR[lang][0][0]) in user.text, user.texts[-2:]
    assert list(await _kakao_dogs(kakao, user.key)) == [PAIR[lang][0][0], PAIR[lang][1][0]]


async def test_the_owners_dog_named_at_the_offer_is_switched_to_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 50601):
        await tg_pair(tg, chat, lang)
        for text in OWN_AT_OFFER[lang]:
            await tg.say(chat, text)
        said = t(lang, "profile-switched", name=PAIR[lang][0][0])
        assert said in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]


RESUME = {"ko": "설문 이어서", "en": "Resume survey"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_switching_to_a_dog_not_registered_mid_survey_with_two_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """With two dogs, "say yes to add her" mid-survey was a yes the open question would take."""
    user, _ids = await kakao_pair(kakao, lang)
    await user.send(RESUME[lang])  # Pip's survey, at its size question
    typed, name = NOT_THERE[lang]
    await user.send(typed.replace("초코", "코코").replace("choco", "coco"))
    coco = name.replace("초코", "코코").replace("choco", "coco")
    assert t(lang, "profile-switch-unknown-later", name=coco) in user.text, user.texts[-2:]
    assert t(lang, "survey-q-size", name=PAIR[lang][1][0]) in user.text, user.texts[-2:]
