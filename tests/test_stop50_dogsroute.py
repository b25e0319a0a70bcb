# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "dogsroute": with two dogs, which dog a report or a command is about. Each
reproduced through a real channel first (Kakao, Telegram, Korean and English), what was kept read
back from the store.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_dog_ids, _tg_dog_ids
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# lang: (the other dog, a neutered male beagle; the active dog, a spayed female poodle)
PAIR = {
    "ko": (("밤이", "3살", "남아 중성화", "비글"), ("초코", "2살", "여아 중성화", "푸들")),
    "en": (("Bruno", "3", "male neutered", "beagle"), ("Pip", "2", "female spayed", "poodle")),
}
SWITCH = {"ko": "{name}로 바꿔줘", "en": "switch to {name}"}


def _typed(lang: str) -> list[str]:
    other, active = PAIR[lang]
    return ["/start", *other, "/cancel", "/newdog", *active, "/cancel", SWITCH[lang].format(name=active[0])]


async def kakao_pair(kakao: Server, lang: str) -> tuple[KakaoUser, dict[str, int]]:
    """A Kakao owner of the two dogs of `PAIR[lang]`, the female one active; their ids by name."""
    user = kakao.user(lang=lang)
    for text in _typed(lang):
        await user.send(text)
    assert t(lang, "profile-switched", name=PAIR[lang][1][0]) in user.text, user.texts[-2:]
    return user, await _kakao_dog_ids(kakao, user.key)


async def tg_pair(tg: Harness, chat: int, lang: str) -> dict[str, int]:
    for i, text in enumerate(_typed(lang)):
        await tg.say(chat, text, **({"language_code": lang} if not i else {}))
    assert t(lang, "profile-switched", name=PAIR[lang][1][0]) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[
        -2:
    ]
    return await _tg_dog_ids(tg, chat)


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
