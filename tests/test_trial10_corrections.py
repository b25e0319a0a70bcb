# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 10: corrections of earlier survey answers, the review, restarting and more than
one dog told during the survey (issue 11), each reproduced through a real channel (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API and the webhook), in Korean and English.

1. "성별 틀렸어요 여아에요 중성화했구요" at a later question was lost (re-asked as a bad count):
   an earlier answer named with its new value is changed, said in a line, the open question again.
2. "아 펫샵이요" one question after the origin was lost: a late answer only the question just
   before reads is taken for it.
3. A field named with its value at the review ("her age is 5", "가족은 4명이에요") was lost:
   changed, and the card shown again.
4. "처음부터 다시", yes, then "그만" left a profile with the name alone: a restart replaces each
   answer only when it is given again; stopping it keeps the profile.
5. "we have 2 dogs, Milo and Daisy" asked the name again; "강아지 두마리 키우는데요" offered no
   second dog; "2마리요" named the dog 마리: the first dog surveyed, another offered after.
6. The profile asked for mid-survey said there was no dog yet: the answers so far, the survey
   under way, and its question again.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# The sex answered as a boy first, so that a correction to a girl changes it.
BOY = {"ko": "남아 중성화 안했어요", "en": "male, not neutered"}


async def kakao_boy_at(server: Server, lang: str, key: str) -> Any:
    """A Kakao user whose survey has the sex "male, not neutered", open at question `key`."""
    user = server.user(lang=lang)
    await user.send("/start")
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await user.send(BOY[lang] if k == "sex" else text)
    assert asked(lang, key) in user.text, (key, user.text)
    return user


async def tg_boy_at(tg: Harness, chat: int, lang: str, key: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await tg.say(chat, BOY[lang] if k == "sex" else text)
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)


def changed(lang: str, key: str, previous: str, value: str) -> str:
    field = t(lang, f"survey-field-{key}")
    return t(lang, "survey-review-corrected", field=field, previous=previous, value=value)


# -- 1. an earlier answer corrected at a later question -------------------------------------------

SEX_FIXES = (
    ("ko", "household", "성별 틀렸어요 여아에요 중성화했구요"),
    ("ko", "breed", "성별 틀렸어요 여아에요 중성화했구요"),
    ("ko", "alone_hours", "성별은 여아에요 중성화했어요"),
    ("en", "household", "sex was wrong, she's a female, spayed"),
    ("en", "children", "sex was wrong, she's a female, spayed"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), SEX_FIXES)
async def test_the_sex_corrected_at_a_later_question_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_boy_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["sex"] == "female_spayed", (typed, answers)
    assert key not in answers or key == "breed", answers  # the open question stays unanswered
    previous, value = (t(lang, f"survey-opt-sex-{v}") for v in ("male_intact", "female_spayed"))
    assert changed(lang, "sex", previous, value) in user.text, user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "wrong breed, she's a beagle"), ("ko", "견종 틀렸어요 비글이에요")]
)
async def test_the_breed_corrected_at_a_later_question_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["breed"] in ("beagle", "비글") and "children" not in answers, answers
    assert asked(lang, "children") in user.text, user.text


async def test_an_earlier_answer_corrected_on_telegram(tg: Harness) -> None:
    await tg_boy_at(tg, 93001, "ko", "household")
    await tg.say(93001, "성별 틀렸어요 여아에요 중성화했구요")
    assert (await tg_answers(tg, 93001))["sex"] == "female_spayed"
    assert asked("ko", "household") in tg.last_text(93001), tg.sent(93001)[-2:]
    await tg_at(tg, 93002, "en", "children")
    await tg.say(93002, "wrong breed, she's a beagle")
    assert (await tg_answers(tg, 93002))["breed"] == "beagle"
    assert asked("en", "children") in tg.last_text(93002), tg.sent(93002)[-2:]


async def test_an_answer_to_the_open_question_is_no_correction_on_kakao(kakao: Server) -> None:
    """Controls: the open question's own answer, naming it, is its answer as before."""
    for lang, key, typed, value in (
        ("ko", "household", "가족은 3명이에요", 3),
        ("en", "children", "no kids", "no"),
        ("ko", "owned_months", "2년이요", 24),
    ):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))[key] == value, typed
    for lang, key, typed in (
        ("ko", "other_pets", "있어요"),
        ("en", "other_pets", "yes we do"),
        ("ko", "worst_reaction", "으르렁 정도요 크기가 작아서요"),
    ):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)  # a yes is no late answer of the children; the size said beside an answer
        answers = await kakao_answers(kakao, user.key)
        assert answers["children"] == "no" and answers["size"] == "small", (typed, answers)


# -- 2. a late answer of the question just before ---------------------------------------------------

LATE = (
    ("ko", "owned_months", "아 펫샵이요", "origin", "pet_shop"),
    ("ko", "owned_months", "아 펫샵에서 데려왔어요", "origin", "pet_shop"),
    ("en", "owned_months", "oh, a pet shop", "origin", "pet_shop"),
    ("en", "owned_months", "actually from a pet shop", "origin", "pet_shop"),
    ("ko", "size", "아 비글이에요", "breed", "비글"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "earlier", "value"), LATE)
async def test_a_late_answer_of_the_question_before_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, earlier: str, value: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers[earlier] == value and key not in answers, (typed, answers)
    assert t(lang, f"survey-field-{earlier}") in user.text, user.text  # said what changed
    assert asked(lang, key) in user.text, user.text


async def test_a_late_origin_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 93011, "ko", "owned_months")
    await tg.say(93011, "아 펫샵이요")
    assert (await tg_answers(tg, 93011))["origin"] == "pet_shop"
    assert asked("ko", "owned_months") in tg.last_text(93011)
    await tg_at(tg, 93012, "en", "owned_months")
    await tg.say(93012, "oh, a pet shop")
    assert (await tg_answers(tg, 93012))["origin"] == "pet_shop"
    assert asked("en", "owned_months") in tg.last_text(93012)


# -- 3. a field named with its value at the review -------------------------------------------------

AT_REVIEW = (
    ("en", "her weight is 12kg", "size", "medium"),
    ("ko", "몸무게 12kg이에요", "size", "medium"),
    ("en", "her age is 5", "age_months", 60),
    ("en", "there are 4 of us", "household", 4),
    ("ko", "가족은 4명이에요", "household", 4),
    ("ko", "혼자 있는 시간 8시간이에요", "alone_hours", 8),
    ("en", "she is alone 8 hours", "alone_hours", 8),
    ("en", "we've had her 3 years", "owned_months", 36),
    ("en", "origin is pet shop", "origin", "pet_shop"),
)


@pytest.mark.parametrize(("lang", "typed", "key", "value"), AT_REVIEW)
async def test_a_field_named_at_the_review_on_kakao(
    kakao: Server, lang: str, typed: str, key: str, value: object
) -> None:
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))[key] == value, typed
    assert t(lang, f"survey-field-{key}") in user.text and REVIEW[lang] in user.text, user.text


@pytest.mark.parametrize(
    ("lang", "typed", "rest"), [("ko", "성별 남아에요", "중성화 했어요"), ("en", "sex: male", "neutered")]
)
async def test_a_field_half_named_at_the_review_on_kakao(
    kakao: Server, lang: str, typed: str, rest: str
) -> None:
    """Its value not whole ("남아": neutered or not?): that question asked, what was understood
    kept, and the card again once answered (was the review's reminder, the message lost)."""
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert t(lang, "survey-q-sex", name=ANSWERS[lang][0][1]) in user.text, user.text
    await user.send(rest)
    assert (await kakao_answers(kakao, user.key))["sex"] == "male_neutered"
    assert REVIEW[lang] in user.text, user.text


async def test_a_field_named_at_the_review_on_telegram(tg: Harness) -> None:
    for chat, lang, typed, key, value in (
        (93021, "en", "her weight is 12kg", "size", "medium"),
        (93022, "ko", "가족은 4명이에요", "household", 4),
    ):
        await tg.say(chat, "/start", language_code=lang)
        for _key, text in ANSWERS[lang]:
            await tg.say(chat, text)
        assert REVIEW[lang] in tg.last_text(chat)
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat))[key] == value, typed
        assert REVIEW[lang] in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 4. restarting keeps the answers until they are replaced ----------------------------------------

YES = {"ko": "네", "en": "yes"}
RESTART = {"ko": "처음부터 다시", "en": "start over"}
STOP = {"ko": "그만", "en": "stop"}
PROFILE = {"ko": "프로필", "en": "/profile"}


async def kakao_confirmed(server: Server, lang: str) -> Any:
    user = await kakao_at_review(server, lang)
    await user.send(YES[lang])
    return user


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_restart_stopped_keeps_the_profile_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_confirmed(kakao, lang)
    before = await kakao_answers(kakao, user.key)
    await user.send(RESTART[lang])
    await user.send(YES[lang])
    assert t(lang, "restart-done") in user.text, user.text
    assert await kakao_answers(kakao, user.key) == before  # nothing erased by the restart itself
    await user.send("Bori")  # the name given again
    await user.send(PROFILE[lang])  # mid-restart: every answer still there
    assert t(lang, "survey-opt-size-small") in user.text, user.text
    await user.send(STOP[lang])
    assert t(lang, "cancel-restart-kept", name="Bori", count=1) in user.text, user.text
    after = await kakao_answers(kakao, user.key)
    # the name before is kept as the dog's former name (stop 34: "rex" after rex → rexy)
    assert after.pop("former_names", None) == [before["name"]], after
    assert after == {**before, "name": "Bori"}, after
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        owner = await s.get_user("kakao", user.key)
        assert owner is not None
        [dog] = await s.list_dogs(owner.id)
        assert dog.completed_at is not None  # still the confirmed profile


async def test_a_restart_replaces_the_answers_given_again_on_kakao(kakao: Server) -> None:
    user = await kakao_confirmed(kakao, "ko")
    await user.send(RESTART["ko"])
    await user.send(YES["ko"])
    await user.send(YES["ko"])  # the name kept
    await user.send("5살")
    await user.send(STOP["ko"])
    answers = await kakao_answers(kakao, user.key)
    assert answers["age_months"] == 60 and answers["breed"] == "푸들", answers


async def test_a_restart_stopped_keeps_the_profile_on_telegram(tg: Harness) -> None:
    chat = 93031
    await tg.say(chat, "/start", language_code="en")
    for _key, text in ANSWERS["en"]:
        await tg.say(chat, text)
    await tg.say(chat, "yes")
    before = await tg_answers(tg, chat)
    await tg.say(chat, "start over")
    await tg.say(chat, "yes")
    await tg.say(chat, "yes")  # the name kept
    await tg.say(chat, "stop")
    assert await tg_answers(tg, chat) == before


# -- 5. more than one dog told at the name question --------------------------------------------------


async def _finish(user: Any, lang: str, name_given: bool = True) -> None:
    """The rest of the survey after the name, and its review confirmed."""
    for key, text in ANSWERS[lang]:
        if key != "name" or not name_given:
            await user.send(text)
    await user.send(YES[lang])


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "강아지 두마리 키우는데요"), ("ko", "2마리요"), ("en", "we have 2 dogs")]
)
async def test_a_count_of_dogs_at_the_name_question_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert t(lang, "survey-name-count") in user.text, user.text
    assert t(lang, "survey-q-name") in user.text, user.text
    await _finish(user, lang, name_given=False)
    assert (await kakao_answers(kakao, user.key))["name"] == ANSWERS[lang][0][1]
    assert t(lang, "newdog-offer") in user.text, user.text


async def test_two_dogs_named_at_the_name_question_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("we have 2 dogs, Milo and Daisy")
    assert t("en", "survey-q-age_months", name="Milo") in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["name"] == "Milo"
    await _finish(user, "en")
    assert t("en", "newdog-offer-named", name="Daisy") in user.text, user.text


async def test_dogs_told_at_the_name_question_on_telegram(tg: Harness) -> None:
    await tg.say(93041, "/start", language_code="ko")
    await tg.say(93041, "강아지 두마리 키우는데요")
    assert t("ko", "survey-name-count") in "\n".join(tg.sent(93041)[-2:])
    await tg.say(93041, "콩이")
    assert asked("ko", "age_months") in tg.last_text(93041)
    await tg.say(93042, "/start", language_code="en")
    await tg.say(93042, "we have 2 dogs, Milo and Daisy")
    assert (await tg_answers(tg, 93042))["name"] == "Milo"


# -- 6. the profile asked for mid-survey -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "key"), [("ko", "age_months"), ("en", "size")])
async def test_the_profile_mid_survey_on_kakao(kakao: Server, lang: str, key: str) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(PROFILE[lang])
    assert t(lang, "profile-survey-open") in user.text, user.text
    assert t(lang, "card-line", field=t(lang, "survey-field-name"), value=ANSWERS[lang][0][1]) in user.text
    assert asked(lang, key) in user.text, user.text  # the way on: its question again
    await user.send(ANSWERS[lang][[k for k, _ in ANSWERS[lang]].index(key)][1])
    assert key in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_profile_at_the_first_question_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(PROFILE[lang])
    assert t(lang, "profile-survey-open-empty") in user.text, user.text
    assert t(lang, "profile-none-offer") not in user.text, user.text
    assert t(lang, "survey-q-name") in user.text, user.text


async def test_the_profile_mid_survey_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 93051, "en", "size")
    await tg.say(93051, "/profile")
    shown = "\n".join(tg.sent(93051)[-2:])
    assert t("en", "profile-survey-open") in shown and "Breed: poodle" in shown, shown
    assert asked("en", "size") in tg.last_text(93051)
    await tg.say(93052, "/start", language_code="ko")
    await tg.say(93052, "프로필")
    shown = "\n".join(tg.sent(93052)[-2:])
    assert t("ko", "profile-survey-open-empty") in shown, shown


@pytest.mark.parametrize(
    ("lang", "typed", "start"), [("ko", "프로필", "강아지 소개"), ("en", "profile", "about my dog")]
)
async def test_the_profile_with_no_dog_and_no_survey_on_kakao(
    kakao: Server, lang: str, typed: str, start: str
) -> None:
    """Control (moved from tests/test_wording.py): no dog and no survey open, the profile offers
    the survey in the words that start it."""
    user = kakao.user(lang=lang)
    await user.send("고마워요" if lang == "ko" else "thanks")
    await user.send(STOP[lang])
    await user.send(typed)
    assert t(lang, "profile-none-offer") in user.text, user.text
    await user.send(start)
    assert t(lang, "survey-q-name") in user.text, user.text
