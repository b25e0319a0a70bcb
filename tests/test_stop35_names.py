# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 17 at the survey's name question (stop 35, corpus batch 138), each reproduced
through a real channel first (Kakao over the skill's HTTP, Telegram through the fake Bot API),
Korean and English. The name is never a fragment of a sentence, and facts told with it are kept.

1. A topic particle after the name, a fact after it ("초코는 5살이에요": the dog named "초코는",
   "초코는은 남아인가요"; "초코는 5살 밤이는 2살": the same, and a later "2살" took 초코's age):
   the name without its particle, the age kept; two dogs told, the first's survey and the
   second offered ("첫째는 초코 둘째는 라떼요": only 라떼 registered, 초코 never offered).
2. A name said with a comment ("똘이요 ㅋㅋ 이름 촌스럽죠": named "촌스럽죠"; "이름은 두부요! 진짜
   귀여워요ㅎㅎ": "not understood as a name"): the name, the comment ignored.
3. Introductions ("안녕하세요 3살 말티즈 여아 콩이 키우고 있어요" as the first Kakao message:
   everything lost; "hi I have a 3 year old male beagle named Charlie", "his name's Rocky, he's a
   pug lol": only the breed kept): name, age, sex and breed kept.
4. An amount right after a first report about grapes with the survey offered ("5알정도요",
   "3알이요": the survey started, the dog named "알정도", "알이"): never a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import kakao_at, kakao_reports, t, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def kakao_dogs(server: Server, key: str) -> list[dict[str, Any]]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        return [d.answers for d in await s.list_dogs(user.id)] if user is not None else []


async def tg_dogs(tg: Harness, chat: int) -> list[dict[str, Any]]:
    user = await tg.user(chat)
    if user is None:
        return []
    async with tg.rt.store.session() as s:
        return [d.answers for d in await s.list_dogs(user.id)]


# -- 1. a topic particle after the name ------------------------------------------------------------

# typed at the name: (the name kept, the age in months kept or None, another dog offered or "")
PARTICLE = {
    "초코는 5살이에요": ("초코", 60, ""),
    "초코는 5살 밤이는 2살": ("초코", 60, "밤이"),
    "첫째는 초코 둘째는 라떼요": ("초코", None, "라떼"),
    "보리가 3살이에요": ("보리", 36, ""),
}


@pytest.mark.parametrize("typed", list(PARTICLE))
async def test_a_topic_particle_after_the_name_on_kakao(kakao: Server, typed: str) -> None:
    name, age, other = PARTICLE[typed]
    user = await kakao_at(kakao, "ko", "name")
    await user.send(typed)
    dogs = await kakao_dogs(kakao, user.key)
    assert [d.get("name") for d in dogs] == [name], (dogs, user.text)
    assert dogs[0].get("age_months") == age, (dogs, user.text)
    if other:
        assert other in user.text, user.text
    assert name + "는은" not in user.text and name + "는의" not in user.text, user.text


@pytest.mark.parametrize("typed", list(PARTICLE))
async def test_a_topic_particle_after_the_name_on_telegram(tg: Harness, typed: str) -> None:
    name, age, other = PARTICLE[typed]
    chat = 351000 + list(PARTICLE).index(typed)
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, typed)
    dogs = await tg_dogs(tg, chat)
    assert [d.get("name") for d in dogs] == [name], (dogs, tg.sent(chat)[-3:])
    assert dogs[0].get("age_months") == age, dogs
    if other:
        assert other in " ".join(tg.sent(chat)[-3:]), tg.sent(chat)[-3:]


async def test_a_later_age_is_this_dogs_after_two_told_on_kakao(kakao: Server) -> None:
    """ "초코는 5살 밤이는 2살", then "2살" at the next question: 밤이's age was 초코's (trial 17)."""
    user = await kakao_at(kakao, "ko", "name")
    await user.send("초코는 5살 밤이는 2살")
    dogs = await kakao_dogs(kakao, user.key)
    assert dogs[0].get("age_months") == 60, (dogs, user.text)
    assert t("ko", "survey-q-age_months", name="초코") not in user.text, user.text


# -- 2. a name said with a comment ------------------------------------------------------------------

COMMENTED = {
    "ko": [("똘이요 ㅋㅋ 이름 촌스럽죠", "똘이"), ("이름은 두부요! 진짜 귀여워요ㅎㅎ", "두부")],
    "en": [("Max lol kinda a silly name right", "Max"), ("her name is Bella! she's so cute", "Bella")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_with_a_comment_on_kakao(kakao: Server, lang: str) -> None:
    for typed, name in COMMENTED[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        dogs = await kakao_dogs(kakao, user.key)
        assert [d.get("name") for d in dogs] == [name], (typed, dogs, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_with_a_comment_on_telegram(tg: Harness, lang: str) -> None:
    for i, (typed, name) in enumerate(COMMENTED[lang]):
        chat = 352000 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        dogs = await tg_dogs(tg, chat)
        assert [d.get("name") for d in dogs] == [name], (typed, dogs, tg.sent(chat)[-3:])


# -- 3. introductions -------------------------------------------------------------------------------

# typed: (name, age in months, sex once the neutering is told at its question, breed)
INTRODUCED = {
    "ko": ("안녕하세요 3살 말티즈 여아 콩이 키우고 있어요", ("콩이", 36, "female_spayed", "말티즈")),
    "en": ("hi I have a 3 year old male beagle named Charlie", ("Charlie", 36, "male_neutered", "beagle")),
}
ROCKY = ("his name's Rocky, he's a pug lol", ("Rocky", None, None, "pug"))
# the neutering alone, typed at the sex question the introduction leads to: the half told is kept
NEUTERED = {"ko": "중성화 했어요", "en": "neutered"}


def _facts(dog: dict[str, Any]) -> tuple[Any, ...]:
    return (dog.get("name"), dog.get("age_months"), dog.get("sex"), dog.get("breed"))


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_introduction_at_the_name_on_kakao(kakao: Server, lang: str) -> None:
    for typed, facts in (INTRODUCED[lang], *((ROCKY,) if lang == "en" else ())):
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        if facts[2]:
            assert t(lang, "survey-q-sex", name=facts[0]) in user.text, user.text
            await user.send(NEUTERED[lang])
        dogs = await kakao_dogs(kakao, user.key)
        assert [_facts(d) for d in dogs] == [facts], (typed, dogs, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_introduction_at_the_name_on_telegram(tg: Harness, lang: str) -> None:
    for i, (typed, facts) in enumerate((INTRODUCED[lang], *((ROCKY,) if lang == "en" else ()))):
        chat = 353000 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        if facts[2]:
            await tg.say(chat, NEUTERED[lang])
        dogs = await tg_dogs(tg, chat)
        assert [_facts(d) for d in dogs] == [facts], (typed, dogs, tg.sent(chat)[-3:])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_introduction_as_the_first_message_on_kakao(kakao: Server, lang: str) -> None:
    """Kakao trial 17: the welcome, the name asked, everything told lost."""
    typed, facts = INTRODUCED[lang]
    user = kakao.user(lang=lang)
    await user.send(typed)
    assert t(lang, "survey-q-name") not in user.texts[-1], user.texts
    await user.send(NEUTERED[lang])
    dogs = await kakao_dogs(kakao, user.key)
    assert [_facts(d) for d in dogs] == [facts], (dogs, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_introduction_as_the_first_message_on_telegram(tg: Harness, lang: str) -> None:
    typed, facts = INTRODUCED[lang]
    chat = 353100 + (lang == "en")
    await tg.say(chat, typed, language_code=lang)
    await tg.say(chat, NEUTERED[lang])
    dogs = await tg_dogs(tg, chat)
    assert [_facts(d) for d in dogs] == [facts], (dogs, tg.sent(chat)[-3:])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_introduction_first_in_the_terminal(tmp_path: Path, lang: str) -> None:
    """The terminal's first screen asks the name (owner trial 17, c15_en_early: only the breed)."""
    typed, (name, _age, _sex, breed) = INTRODUCED[lang]
    out = _chat(tmp_path, [typed, NEUTERED[lang]], "--lang", lang)
    assert t(lang, "survey-q-age_months", name=name) not in out, out  # the age kept, not asked
    assert t(lang, "survey-q-breed", name=name) in out or breed in out, out
    assert t(lang, "survey-q-size", name=name) in out, out  # sex completed, breed kept: the size next


# -- 4. an amount right after a report ----------------------------------------------------------------

GRAPES = {
    "ko": ("우리애가 포도를 먹었어요", ["5알정도요", "3알이요"]),
    "en": ("my dog ate grapes", ["like 5", "3 of them"]),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_amount_after_a_report_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    report, amounts = GRAPES[lang]
    for amount in amounts:
        user = kakao.user(lang=lang)
        await user.send(report)
        assert t(lang, "first-report-offer") in user.text, user.text
        await user.send(amount)
        dogs = await kakao_dogs(kakao, user.key)
        assert all("name" not in d for d in dogs), (amount, dogs, user.text)
        assert t(lang, "survey-q-age_months", name="알정도") not in user.text
        assert t(lang, "survey-q-age_months", name="알이") not in user.text
        assert any(amount in r for r in await kakao_reports(kakao, user.key)), user.text  # joined it


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_amount_after_a_report_is_no_name_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    report, amounts = GRAPES[lang]
    for i, amount in enumerate(amounts):
        chat = 354000 + 10 * i + (lang == "en")
        await tg.say(chat, report, language_code=lang)
        await tg.say(chat, amount)
        dogs = await tg_dogs(tg, chat)
        assert all("name" not in d for d in dogs), (amount, dogs, tg.sent(chat)[-3:])
