# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, sayback: parts of an answer lost or misplaced (owner trials, stop 49), each
reproduced through a real channel first (Kakao, Telegram; ko and en), what was kept read back
from the store.

1. A multi-option answer with a part no option names ("밤에 우는거랑 배변실수요", "nipping,
   herding" at the concerns): what matched is ticked, the rest said back in one line, never
   dropped silently (batch 386).
2. "개 밤이ㅋㅋ" at the other pets: the one-syllable 개 is the dog when the rest is a name or
   laughter (batch 387).
3. "my son is 7", "남동생 8살" at the sex: a child at home (the children's yes, kept ahead),
   never the origin "Friend / family"; the sex asked again (batch 388).
4. "we play in the garden, no walks yet cos of her jabs" at the hours alone: kept ahead as the
   health note, as the Korean already was, never "not noted" (batch 388).
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.survey import BY_KEY
from dogcoach.handlers.parsing import survey_context
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

CHILD_AT_SEX: tuple[Any, ...] = (
    ("en", "my son is 7"),
    ("en", "my daughter is 4"),
    ("ko", "남동생 8살"),
    ("ko", "딸이 5살이에요"),
)


@pytest.mark.parametrize(("lang", "typed"), CHILD_AT_SEX)
async def test_a_young_relative_at_the_sex_is_the_childrens_yes_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "yes", (typed, answers, user.texts)
    assert "origin" not in answers and "sex" not in answers, (typed, answers)
    assert asked(lang, "sex") in user.texts[-1], user.texts


@pytest.mark.parametrize(("lang", "typed"), CHILD_AT_SEX)
async def test_a_young_relative_at_the_sex_is_the_childrens_yes_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 38600 + len(typed) * 3
    await tg_at(tg, chat, lang, "sex")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("children") == "yes", (typed, answers, tg.sent(chat))
    assert "origin" not in answers and "sex" not in answers, (typed, answers)
    assert asked(lang, "sex") in tg.last_text(chat), tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed"), [("en", "my son is 15"), ("en", "from my brother")])
async def test_an_older_or_ageless_relative_at_the_origin_is_still_the_origin_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """Kept as it was: no age under 12, no child (the origin "Friend / family" at its question)."""
    user = await kakao_at(kakao, lang, "origin")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("origin") == "friend_family", (typed, answers, user.texts)
    assert "children" not in answers or answers["children"] == "no", answers


JABS: tuple[Any, ...] = (
    ("en", "we play in the garden, no walks yet cos of her jabs"),
    ("en", "no walks till she's had her jabs"),
    ("ko", "마당에서 놀아요 접종 때문에 산책은 아직"),
)


@pytest.mark.parametrize(("lang", "typed"), JABS)
async def test_jabs_at_the_alone_hours_are_kept_ahead_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") == typed, (answers, user.texts)
    assert "alone_hours" not in answers, answers
    assert asked(lang, "alone_hours") in user.texts[-1], user.texts


@pytest.mark.parametrize(("lang", "typed"), JABS)
async def test_jabs_at_the_alone_hours_are_kept_ahead_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 38700 + len(typed) * 3
    await tg_at(tg, chat, lang, "alone_hours")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("health") == typed, (answers, tg.sent(chat))
    said = " ".join(tg.sent(chat)[before:])
    assert "didn't note" not in said and "적지 않았" not in said, tg.sent(chat)
    assert asked(lang, "alone_hours") in tg.last_text(chat), tg.sent(chat)


NAMED_PET: tuple[Any, ...] = (
    ("개 밤이ㅋㅋ", ["dog"], "밤이"),
    ("밤이 개요", ["dog"], "밤이"),
    ("고양이 콩이ㅎㅎ", ["cat"], ""),
)


@pytest.mark.parametrize(("typed", "ticked", "offered"), NAMED_PET)
async def test_a_pet_told_with_its_bare_name_is_ticked_on_kakao(
    kakao: Server, typed: str, ticked: list[str], offered: str
) -> None:
    user = await kakao_at(kakao, "ko", "other_pets")
    await user.send(typed)
    said = " ".join(user.texts)
    line = t("ko", "newdog-after-survey-named", name=offered or "밤이")
    assert (line in said) == bool(offered), (typed, user.texts)
    await user.send("완료")
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ticked, user.texts


@pytest.mark.parametrize(("typed", "ticked", "offered"), NAMED_PET)
async def test_a_pet_told_with_its_bare_name_is_ticked_on_telegram(
    tg: Harness, typed: str, ticked: list[str], offered: str
) -> None:
    chat = 38750 + len(typed) * 3
    await tg_at(tg, chat, "ko", "other_pets")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    said = " ".join(tg.sent(chat)[before:])
    line = t("ko", "newdog-after-survey-named", name=offered or "밤이")
    assert (line in said) == bool(offered), (typed, tg.sent(chat))
    await tg.say(chat, "완료")
    assert (await tg_answers(tg, chat)).get("other_pets") == ticked, tg.sent(chat)


# (language, question, typed, done word, ticked, the part said back or "" for none)
LISTS: tuple[Any, ...] = (
    ("ko", "concerns", "밤에 우는거랑 배변실수요", "완료", ["house_soiling"], "밤에 우는거"),
    ("en", "concerns", "nipping, herding", "done", ["mouthing"], "herding"),
    ("en", "concerns", "barking at night, whining in the crate", "done", ["barking"], "whining in the crate"),
    ("en", "concerns", "barking and jumping", "done", ["barking", "jumping"], ""),
    ("ko", "other_pets", "개랑 햄스터", "완료", ["dog", "other"], ""),
)


def _said_back(lang: str, part: str) -> str:
    return t(lang, "survey-unmatched-parts", typed=part)


def _line_tail(lang: str) -> str:
    """The words of the said-back line after the part (whatever the part): none said."""
    return _said_back(lang, "\x00").split("\x00")[-1]


@pytest.mark.parametrize(("lang", "key", "typed", "done", "ticked", "part"), LISTS)
async def test_a_part_no_option_names_is_said_back_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, done: str, ticked: list[str], part: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    said = " ".join(user.texts)
    if part:
        assert _said_back(lang, part) in said, user.texts
    else:
        assert _line_tail(lang) not in said, user.texts
    await user.send(done)
    assert sorted((await kakao_answers(kakao, user.key)).get(key) or []) == sorted(ticked), user.texts


@pytest.mark.parametrize(("lang", "key", "typed", "done", "ticked", "part"), LISTS)
async def test_a_part_no_option_names_is_said_back_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, done: str, ticked: list[str], part: str
) -> None:
    chat = 38800 + len(typed) * 3 + len(key)
    await tg_at(tg, chat, lang, key)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    said = " ".join(tg.sent(chat)[before:])
    if part:
        assert _said_back(lang, part) in said, tg.sent(chat)
    else:
        assert _line_tail(lang) not in said, tg.sent(chat)
    await tg.say(chat, done)
    assert sorted((await tg_answers(tg, chat)).get(key) or []) == sorted(ticked), tg.sent(chat)


# (question, typed, the parts carried as unmatched): an aside, a count or a list's end is no item
UNMATCHED: tuple[Any, ...] = (
    ("concerns", "밤에 우는거랑 배변실수요", ("밤에 우는거",)),
    ("concerns", "nipping, herding", ("herding",)),
    ("concerns", "짖는거랑 밤에 낑낑대는거", ("밤에 낑낑대는거",)),
    ("concerns", "barking and jumping", ()),
    ("concerns", "짖는거요, 특히 밤에", ()),
    ("concerns", "barking, especially at night", ()),
    ("concerns", "barking, jumping, etc", ()),
    ("concerns", "leash pulling, that's it", ()),
    ("concerns", "짖음, 그게 다예요", ()),
    ("other_pets", "cat, 2 of them", ()),
    ("other_pets", "개랑 햄스터", ()),
)


@pytest.mark.parametrize(("key", "typed", "parts"), UNMATCHED)
def test_only_an_item_no_option_names_is_carried_as_unmatched(
    key: str, typed: str, parts: tuple[str, ...]
) -> None:
    read = Understander(Messages()).understand(typed, survey_context(BY_KEY[key]))
    assert read.picks, read
    assert read.unmatched == parts, read
