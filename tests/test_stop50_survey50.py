# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, survey50: survey answers typed naturally, lost or misread (owner trials, stop 49),
each reproduced through a real channel first (Kakao, Telegram; ko and en), what was kept read
back from the store.

3. "my son is 15", "딸이 14살이에요" at the children under 12 were stored yes: a relative told
   only with ages of 12 or more (`CHILD_MAX_YEARS`) is no, said why (`survey-children-older`);
   the ages are read in number words too ("my son is seven", "아들 일곱살": yes at the children,
   the children's yes kept ahead at the sex) (`SurveyReading._relative_ages`).
4. "개 없어요" at the other pets ticked the dog AND none: an option with a bare denial beside it
   ("고양이는 없어요", "no dog", "dogs no") is denied, the answer none
   (`understanding-none-denies`, `ChoiceReader._options_denied`); "고양이는 없고 개 한마리 더
   있어요", "cats no, dogs yes" tick the dog only, as before.
6. "네 있고 토에 피가 났어요" at the children lost the yes (a report only): a yes or no word with a
   joining ending ("네 있고", "네 있는데", "아뇨 없고") is the answer, kept beside the report.
2. "뭉치요", "Max" at the age right after the name got "I didn't catch the age": a name typed alone
   there is said back and offered as the name fix (the name question as an edit, the name
   suggested; yes renames, the age asked again). A stage of life ("senior", "할배") is no name.
5. "말티즈 아이도 있어요", "we also have a maltese" at the other pets were asked again: a breed
   named is another dog ticked; at the children, 아이 right after a breed is the dog, no yes.
7. "밤에 우는거", "herding" beside ticked concerns were said back and kept nowhere: the words are
   kept (`concerns_own`), "Something else" ticked, the card shows them.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.survey import BY_KEY
from dogcoach.handlers.parsing import survey_context
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

UNDERSTANDER = Understander(Messages())
DONE = {"ko": "완료", "en": "done"}

# -- 3. the children under 12: a teenager is no child, ages in number words ----------------------

# (lang, typed at the children question, stored)
RELATIVES: tuple[Any, ...] = (
    ("en", "my son is 15", "no"),
    ("ko", "딸이 14살이에요", "no"),
    ("en", "my daughter is fourteen", "no"),
    ("ko", "아들 열다섯살", "no"),
    ("en", "my son is seven", "yes"),
    ("ko", "아들 일곱살", "yes"),
    ("ko", "아들 15살 딸 7살", "yes"),
    ("en", "yes my son is 7", "yes"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), RELATIVES)
async def test_a_relatives_age_decides_the_children_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == stored, (typed, answers, user.texts)
    assert asked(lang, "other_pets") in user.texts[-1], user.texts
    older = t(lang, "survey-children-older", typed=typed)
    assert (older in " ".join(user.texts)) == (stored == "no"), user.texts


@pytest.mark.parametrize(("lang", "typed", "stored"), RELATIVES[::2])
async def test_a_relatives_age_decides_the_children_on_telegram(
    tg: Harness, lang: str, typed: str, stored: str
) -> None:
    chat = 50100 + RELATIVES.index((lang, typed, stored))
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("children") == stored, tg.sent(chat)
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed"), [("en", "my son is seven"), ("ko", "아들 일곱살")])
async def test_a_relatives_age_in_words_at_the_sex_is_the_childrens_yes_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "yes", (answers, user.texts)
    assert "origin" not in answers and "sex" not in answers, answers


async def test_a_relatives_age_in_words_at_the_sex_is_the_childrens_yes_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 50120, "en", "sex")
    await tg.say(50120, "my son is seven")
    assert (await tg_answers(tg, 50120)).get("children") == "yes", tg.sent(50120)


@pytest.mark.parametrize("typed", ["딸 하나", "a son", "my son is 15"])
def test_no_age_under_twelve_is_no_child_told_at_the_sex(typed: str) -> None:
    """A relative counted ("딸 하나": one daughter) or older tells no child under 12 ahead."""
    read = UNDERSTANDER.understand(typed, survey_context(BY_KEY["sex"]))
    assert read.reason != "children-told", read


# -- 4. an option denied at a multi-choice question ----------------------------------------------

# (lang, typed at the other pets, ticked once done)
DENIED: tuple[Any, ...] = (
    ("ko", "개 없어요", ["none"]),
    ("ko", "고양이는 없어요", ["none"]),
    ("ko", "강아지 없음", ["none"]),
    ("en", "no dog", ["none"]),
    ("en", "dogs no", ["none"]),
    ("ko", "고양이는 없고 개 한마리 더 있어요", ["dog"]),
    ("en", "cats no, dogs yes", ["dog"]),
    ("ko", "다른 동물 없어요", ["none"]),
)


@pytest.mark.parametrize(("lang", "typed", "ticked"), DENIED)
async def test_an_option_denied_is_not_ticked_on_kakao(
    kakao: Server, lang: str, typed: str, ticked: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(typed)
    if "other_pets" not in await kakao_answers(kakao, user.key):
        await user.send(DONE[lang])  # a pick of a multi-choice is finished with "done"
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ticked, (typed, user.texts)


@pytest.mark.parametrize(("lang", "typed", "ticked"), DENIED[::3])
async def test_an_option_denied_is_not_ticked_on_telegram(
    tg: Harness, lang: str, typed: str, ticked: list[str]
) -> None:
    chat = 50140 + DENIED.index((lang, typed, ticked))
    await tg_at(tg, chat, lang, "other_pets")
    await tg.say(chat, typed)
    if "other_pets" not in await tg_answers(tg, chat):
        await tg.say(chat, DONE[lang])
    assert (await tg_answers(tg, chat)).get("other_pets") == ticked, (typed, tg.sent(chat))


@pytest.mark.parametrize(("key", "typed", "picks"), [("concerns", "짖음 없어요", ("none",))])
def test_a_concern_denied_is_none(key: str, typed: str, picks: tuple[str, ...]) -> None:
    assert UNDERSTANDER.understand(typed, survey_context(BY_KEY[key])).picks == picks


# -- 6. a yes said with a joining ending, a sign of the body beside it ---------------------------

# (lang, typed at the children, stored)
YES_AND_SIGN: tuple[Any, ...] = (
    ("ko", "네 있고 토에 피가 났어요", "yes"),
    ("ko", "네 있는데 토에 피가 났어요", "yes"),
    ("ko", "아뇨 없고 토에 피가 났어요", "no"),
    ("en", "yes, and he threw up blood", "yes"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), YES_AND_SIGN)
async def test_the_answer_beside_a_sign_is_kept_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") == stored, user.texts
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


@pytest.mark.parametrize(("lang", "typed", "stored"), YES_AND_SIGN[::3])
async def test_the_answer_beside_a_sign_is_kept_on_telegram(
    tg: Harness, lang: str, typed: str, stored: str
) -> None:
    chat = 50160 + YES_AND_SIGN.index((lang, typed, stored))
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("children") == stored, tg.sent(chat)
    assert await tg_reports(tg, chat) == [typed]


def test_a_yes_with_a_joining_ending_alone_is_the_yes() -> None:
    for typed, picks in (
        ("네 있고", ("yes",)),
        ("아니요 없고", ("no",)),
        ("토에 피가 섞여있어요", ()),
        ("토했는데 피가 섞여있고 기운이 없어요", ()),
    ):
        assert UNDERSTANDER.understand(typed, survey_context(BY_KEY["children"])).picks == picks, typed


# -- 2. a name typed alone at the age right after the name ---------------------------------------

YES = {"ko": "네", "en": "yes"}
AGE = {"ko": ("3살", 36), "en": ("3", 36)}
# (lang, the name stored wrong, the name typed alone at the age)
NAME_FIX: tuple[Any, ...] = (("ko", "몽실", "뭉치요", "뭉치"), ("en", "Rex", "Max", "Max"))


async def _dog_name(server: Server, key: str) -> str:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return max(await s.list_dogs(user.id), key=lambda d: d.id).name or ""


@pytest.mark.parametrize(("lang", "stored", "typed", "name"), NAME_FIX)
async def test_a_name_alone_at_the_age_offers_the_name_fix_on_kakao(
    kakao: Server, lang: str, stored: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(stored)
    assert t(lang, "survey-q-age_months", name=stored) in user.text, user.texts
    await user.send(typed)
    said = " ".join(user.texts)
    assert t(lang, "survey-name-fix-offer", typed=typed, old=stored) in said, user.texts
    assert t(lang, "survey-err-age_months") not in said, user.texts
    await user.send(YES[lang])
    assert await _dog_name(kakao, user.key) == name, user.texts
    assert t(lang, "survey-q-age_months", name=name) in user.texts[-1], user.texts
    await user.send(AGE[lang][0])
    assert (await kakao_answers(kakao, user.key)).get("age_months") == AGE[lang][1], user.texts


@pytest.mark.parametrize(("lang", "stored", "typed", "name"), NAME_FIX)
async def test_a_name_alone_at_the_age_offers_the_name_fix_on_telegram(
    tg: Harness, lang: str, stored: str, typed: str, name: str
) -> None:
    chat = 50180 + (lang == "en")
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, stored)
    await tg.say(chat, typed)
    said = " ".join(tg.sent(chat))
    assert t(lang, "survey-name-fix-offer", typed=typed, old=stored) in said, tg.sent(chat)
    await tg.say(chat, YES[lang])
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dogs = await s.list_dogs(user.id)
    assert [d.name for d in dogs] == [name], tg.sent(chat)
    assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), tg.sent(chat)


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "senior"), ("ko", "할배"), ("en", "puppy"), ("ko", "애기")]
)
async def test_a_stage_of_life_at_the_age_is_no_name_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    said = " ".join(user.texts)
    old = {"ko": "콩이", "en": "Rex"}[lang]
    assert t(lang, "survey-name-fix-offer", typed=typed, old=old) not in said, user.texts
    assert await _dog_name(kakao, user.key) == old


# -- 5. a dog's breed at the other pets --------------------------------------------------------

# (lang, typed at the other pets, ticked once done)
BREEDS: tuple[Any, ...] = (
    ("ko", "말티즈 아이도 있어요", ["dog"]),
    ("en", "we also have a maltese", ["dog"]),
    ("ko", "푸들 한마리랑 고양이", ["cat", "dog"]),
    ("ko", "말티즈는 없어요", ["none"]),
)


@pytest.mark.parametrize(("lang", "typed", "ticked"), BREEDS)
async def test_a_breed_at_the_other_pets_is_a_dog_on_kakao(
    kakao: Server, lang: str, typed: str, ticked: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(typed)
    if "other_pets" not in await kakao_answers(kakao, user.key):
        await user.send(DONE[lang])
    assert sorted((await kakao_answers(kakao, user.key)).get("other_pets") or []) == ticked, user.texts


@pytest.mark.parametrize(("lang", "typed", "ticked"), BREEDS[:2])
async def test_a_breed_at_the_other_pets_is_a_dog_on_telegram(
    tg: Harness, lang: str, typed: str, ticked: list[str]
) -> None:
    chat = 50190 + BREEDS.index((lang, typed, ticked))
    await tg_at(tg, chat, lang, "other_pets")
    await tg.say(chat, typed)
    if "other_pets" not in await tg_answers(tg, chat):
        await tg.say(chat, DONE[lang])
    assert (await tg_answers(tg, chat)).get("other_pets") == ticked, tg.sent(chat)


async def test_a_breed_called_a_child_is_no_child_on_kakao(kakao: Server) -> None:
    """ "말티즈 아이도 있어요" at the children: 아이 right after a breed is the dog, no yes."""
    user = await kakao_at(kakao, "ko", "children")
    await user.send("말티즈 아이도 있어요")
    assert (await kakao_answers(kakao, user.key)).get("children") != "yes", user.texts
