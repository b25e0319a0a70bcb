# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 38, owner trial 21 (a fresh helper, five new owners on Kakao, Telegram and the terminal):
the kinds it found lost or misfiled, each reproduced through a real channel first, the stored
value read back:

1. Said at the name question: "no sorry wrong", "아 아니에요 잘못 말했어요" named the dog "No Sorry
   Wrong" / "아니"; "oops wrong, its Max" named it "Oops Wrong"; "Mochi (like the rice cake)" was
   no name. Now nothing is named by a retraction, the name after it is the name, and a remark in
   brackets is left out.
2. Other animals: "고양이 한마리 있어요 이름은 나비" at the other pets offered 나비 as a dog to add
   (and at the age renamed the dog 나비); "a cat and a bearded dragon" ticked only Cat.
3. Children: "yes 2 under 12, one teen" stored no (the teen read as the only child).
4. Settings: "can you turn off the tips but keep the check-ins" turned the check-ins off.
5. The review: "네 이제 맞아요" once the age was fixed kept the card open ("I'll leave it");
   "ok the health one is right, looks good" replaced the health note with that sentence.
6. Numbers: "네살로 해주세요" was 7 years (the 세 of 해주세요 read as three); "평일엔 8시간
   정도..? 재택하는 날은 거의 같이 있구요" was about 0 hours.
7. "what counts as medium?" at the size stored Medium; "오늘은 여기까지 할게요" at the age was a
   report for the model; "last night he got into the trash ... ate a whole bag of chicken bones"
   was "I couldn't tell what your dog did".
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.survey import index_of
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _model_calls
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    ANSWERS,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    kakao_dog_confirmed,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. the name question --------------------------------------------------------------------------

# (lang, typed at the name question, the dog's name after, or None: no dog yet)
NAMES: tuple[tuple[str, str, str | None], ...] = (
    ("en", "no sorry wrong", None),
    ("ko", "아 아니에요 잘못 말했어요", None),
    ("en", "oops wrong, its Max", "Max"),
    ("en", "Mochi (like the rice cake)", "Mochi"),
    ("ko", "콩이(본명은 콩순이)", "콩이"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), NAMES)
async def test_the_name_question_on_kakao(kakao: Server, lang: str, typed: str, name: str | None) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == ([name] if name else []), user.text
    if name is None:
        assert t(lang, "survey-q-name") in user.text, user.text


async def test_the_name_question_on_telegram(tg: Harness) -> None:
    await tg.say(382100, "/start", language_code="en")
    await tg.say(382100, "no sorry wrong")
    owner = await tg.user(382100)
    assert owner is not None
    async with tg.rt.store.session() as s:
        assert await s.list_dogs(owner.id) == [], tg.sent(382100)[-2:]  # no dog "No Sorry Wrong"
    await tg.say(382100, "Mochi (like the rice cake)")
    assert (await tg_answers(tg, 382100)).get("name") == "Mochi", tg.sent(382100)[-2:]


# -- 2. other animals --------------------------------------------------------------------------------


async def test_a_cat_named_at_the_other_pets_is_no_dog_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "other_pets")
    await user.send("고양이 한마리 있어요 이름은 나비")
    await user.send(t("ko", "nav-done"))
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("other_pets") == ["cat"], (answers, user.text)
    later = [text for key, text in ANSWERS["ko"] if index_of(key) > index_of("other_pets")]
    for text in [*later, "네 맞아요"]:
        await user.send(text)
        assert "나비" not in user.text, user.text  # no offer to add 나비 as a dog, then or at the end
    assert await kakao_dog_confirmed(kakao, user.key), user.text


async def test_a_cat_named_at_the_age_renames_nothing_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("고양이 한마리 있어요 이름은 나비")
    assert (await kakao_answers(kakao, user.key)).get("name") == "콩이", user.text


async def test_another_animal_beside_a_cat_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 382200, "en", "other_pets")
    await tg.say(382200, "a cat and a bearded dragon")
    await tg.say(382200, t("en", "nav-done"))
    assert sorted((await tg_answers(tg, 382200)).get("other_pets", [])) == ["cat", "other"]


# -- 3. children ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "stored"), [("en", "yes 2 under 12, one teen", "yes"), ("en", "yes a teenager", "no")]
)
async def test_children_under_12_beside_a_teen_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") == stored, user.text


# -- 4. settings ---------------------------------------------------------------------------------------

KEEP = {
    "en": ("can you turn off the tips but keep the check-ins", "keep the check-ins but turn off the tips"),
    "ko": ("팁은 끄고 체크인은 유지해 주세요", "체크인은 유지하고 팁은 꺼주세요"),
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, typed) for lang, both in KEEP.items() for typed in both])
async def test_tips_off_with_the_checkins_kept_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        owner = await s.get_user("kakao", user.key)
        assert owner is not None
        assert await s.tips_opt_out(owner.id), user.text
        assert not await s.checkins_opt_out(owner.id), user.text


# -- 5. the review card --------------------------------------------------------------------------------


async def test_now_right_confirms_the_review_on_kakao(kakao: Server) -> None:
    user = await kakao_at_review(kakao, "ko")
    await user.send("네 이제 맞아요")
    assert await kakao_dog_confirmed(kakao, user.key), user.text


async def test_a_field_said_right_at_the_review_is_no_new_value_on_kakao(kakao: Server) -> None:
    user = await kakao_at_review(kakao, "en")
    before = (await kakao_answers(kakao, user.key)).get("health")
    await user.send("ok the health one is right, looks good")
    assert (await kakao_answers(kakao, user.key)).get("health") == before, user.text


# -- 6. numbers ----------------------------------------------------------------------------------------

NUMBERS: tuple[tuple[str, str, str, Any], ...] = (
    ("ko", "age_months", "네살로 해주세요", 48),
    ("ko", "alone_hours", "평일엔 8시간 정도..? 재택하는 날은 거의 같이 있구요", 8),
    ("en", "alone_hours", "like 8 hours, on wfh days hardly any", 8),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), NUMBERS)
async def test_numbers_misread_on_kakao(kakao: Server, lang: str, key: str, typed: str, stored: Any) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == stored, user.text


# -- 7. an option asked about, a goodbye at a question, a trash raid --------------------------------------


async def test_what_an_option_means_asked_stores_nothing_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "size")
    await user.send("what counts as medium?")
    assert "size" not in await kakao_answers(kakao, user.key), user.text
    assert asked("en", "size") in user.text, user.text


async def test_a_goodbye_at_a_question_is_no_report_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    calls = _model_calls(fake_ollama)
    await user.send("오늘은 여기까지 할게요")
    assert await _kakao_reports(kakao, user.key) == [], user.text
    assert _model_calls(fake_ollama) == calls


async def test_a_trash_raid_is_a_report_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 382700, "en")
    typed = "last night he got into the trash while we were asleep and ate a whole bag of chicken bones"
    await tg.say(382700, typed)
    assert await tg_reports(tg, 382700) == [typed], tg.sent(382700)[-2:]


async def test_the_review_typed_confirm_still_works(kakao: Server) -> None:
    user = await kakao_at_review(kakao, "en")
    assert REVIEW["en"] in user.text
    await user.send("looks good")
    assert await kakao_dog_confirmed(kakao, user.key), user.text
