# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 52, helper survey52: survey answers owners typed naturally, misread or lost in the owner
trial on the stop 51 tip, each reproduced through a real channel first (Kakao skill webhook,
Telegram over the fake Bot API; ko and en), what was stored read back from the store (corpus
batches 440 and 441).

1. A behaviour told as not happening at a choice question with a report waiting or just analysed
   ("물려고 한적은 없어요": "please pick an option"; "he never tried to bite before": "Mouthing /
   nipping" ticked at the concerns, "snap" at the worst reaction): detail for that report
   (`NEGATED_DETAIL`), the question asked again, nothing ticked; with no report it ticks nothing
   at the concerns and is "none" at the worst reaction (the denied bite read outside the denial).
2. "no health issues" / "건강 문제 없어요" at the concerns (the concerns' "none" ticked) or the
   children ("no"): the health question's none told early (`HEALTH_NONE_TOLD`), kept ahead as
   "nothing to note", the open question asked again.
3. Another question's answer and a question at the wrong question ("중성화는 했어요 근데 이거 왜
   물어봐요?", "she's spayed, why do you need this?" at the age: only the question kept): the
   answer read as typed alone (kept ahead: the sex or its half, the children, the health) and the
   survey's why said, or the question kept for the coach.
4. Hedged amounts ("maybe 4ish? could be 5", "between 7 and 8 i guess", "유기견이라 정확히는
   모르는데 7~8살 정도?" stored as exactly 7): ranges, approximate, at every quantity question.
5. "she's 14 and barks at night and seems lost" at the hours alone was 14 hours: an age told as a
   bare number is no amount where no age is asked ("4 hours alone" at the age likewise).
6. Korean growl forms ("그르렁거려요", "크르렁", "으르릉") at the worst reaction: a growl.
7. "another dog, max" at the other pets: the dog ticked, "max" its name, never said back as an
   option left out.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. a behaviour denied at a choice question, a report waiting -------------------------------

REPORT = {
    "ko": "어제 손님이 만지려고 하니까 으르렁거렸어요",
    "en": "yesterday he growled at my friend when she tried to pet him",
}
EXERCISE = {"ko": "1시간", "en": "60"}
BARKING = {"ko": "짖음", "en": "barking"}

# (lang, the question open, typed): each a detail for the report waiting
DENIED: tuple[tuple[str, str, str], ...] = (
    ("ko", "concerns", "물려고 한적은 없어요"),
    ("en", "concerns", "he never tried to bite before"),
    ("ko", "concerns", "짖은 적은 없어요"),
    ("en", "worst_reaction", "he never tried to bite before"),
    ("ko", "worst_reaction", "물려고 한적은 없어요"),
)


async def _kakao_report_at(kakao: Server, lang: str, key: str) -> Any:
    """A Kakao user at question `key` (concerns or the worst reaction) with a report told at the
    exercise question a moment before."""
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send(REPORT[lang])
    await user.send(EXERCISE[lang])
    if key == "worst_reaction":
        await user.send(BARKING[lang])
        await user.send(t(lang, "nav-done"))
    assert asked(lang, key) in user.text, user.texts
    return user


async def _tg_report_at(tg: Harness, chat: int, lang: str, key: str) -> None:
    await tg_at(tg, chat, lang, "exercise_minutes")
    await tg.say(chat, REPORT[lang])
    await tg.say(chat, EXERCISE[lang])
    if key == "worst_reaction":
        await tg.say(chat, BARKING[lang])
        await tg.say(chat, t(lang, "nav-done"))
    assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize(("lang", "key", "typed"), DENIED)
async def test_a_denied_behaviour_is_detail_for_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await _kakao_report_at(kakao, lang, key)
    before = (await kakao_answers(kakao, user.key)).get(key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == before, (typed, answers, user.texts)  # nothing ticked
    assert asked(lang, key) in user.text, user.texts  # the question again
    reports = [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question]
    assert any(typed in r and REPORT[lang] in r for r in reports), (reports, user.texts)
    assert t(lang, f"survey-err-{key}") not in user.text, user.texts


async def test_a_denied_behaviour_is_detail_for_the_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(DENIED, 52101):
        await _tg_report_at(tg, chat, lang, key)
        before = (await tg_answers(tg, chat)).get(key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == before, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
        reports = [r.text for r in await _tg_reports(tg, chat) if not r.is_question]
        assert any(typed in r and REPORT[lang] in r for r in reports), (reports, tg.sent(chat)[-3:])


# With no report: nothing ticked at the concerns; "none" at the worst reaction (never "snap").
NO_REPORT: tuple[tuple[str, str, str, Any], ...] = (
    ("en", "concerns", "he never tried to bite before", None),
    ("ko", "concerns", "물려고 한적은 없어요", None),
    ("en", "worst_reaction", "he never tried to bite before", "none"),
    ("ko", "worst_reaction", "물려고 한적은 없어요", "none"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), NO_REPORT)
async def test_a_denied_behaviour_with_no_report_ticks_nothing_wrong_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)


async def test_a_denied_behaviour_with_no_report_ticks_nothing_wrong_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(NO_REPORT, 52121):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])


# -- 2. the health's none told at another question ----------------------------------------------

HEALTH_NONE: tuple[tuple[str, str, str], ...] = (
    ("en", "concerns", "no health issues"),
    ("ko", "concerns", "건강 문제 없어요"),
    ("en", "children", "no health problems"),
    ("ko", "children", "건강 문제 없어요"),
    ("ko", "alone_hours", "아픈 데는 없어요"),
    ("en", "other_pets", "she's healthy"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), HEALTH_NONE)
async def test_the_health_none_told_early_is_kept_for_the_health_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, (typed, answers, user.texts)  # nothing ticked for the open question
    assert answers.get("health") == "none", (typed, answers, user.texts)
    assert asked(lang, key) in user.text, user.texts  # asked again
    assert t(lang, "survey-opt-health-none") in user.text, user.texts  # said in a line


async def test_the_health_none_told_early_is_kept_for_the_health_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(HEALTH_NONE, 52141):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert key not in answers, (typed, answers, tg.sent(chat)[-3:])
        assert answers.get("health") == "none", (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 4. hedged amounts: ranges and alternatives are approximate ---------------------------------

# (lang, question, typed, stored, [low, high])
HEDGED: tuple[tuple[str, str, str, float, list[float]], ...] = (
    ("en", "age_months", "maybe 4ish? could be 5", 54, [48, 60]),
    ("en", "age_months", "between 7 and 8 i guess", 90, [84, 96]),
    ("ko", "age_months", "유기견이라 정확히는 모르는데 7~8살 정도?", 90, [84, 96]),
    ("ko", "age_months", "4살이나 5살쯤", 54, [48, 60]),
    ("en", "age_months", "probably 3 or 4", 42, [36, 48]),
    ("en", "age_months", "3 or 4 maybe", 42, [36, 48]),
    ("ko", "age_months", "7살에서 8살 사이", 90, [84, 96]),
    ("en", "alone_hours", "maybe 4ish? could be 5", 4.5, [4, 5]),
    ("en", "alone_hours", "between 7 and 8 hrs", 7.5, [7, 8]),
    ("ko", "alone_hours", "정확히는 모르는데 7~8시간 정도?", 7.5, [7, 8]),
    ("en", "exercise_minutes", "between 30 and 40 mins i guess", 35, [30, 40]),
    ("ko", "exercise_minutes", "30분이나 40분 정도?", 35, [30, 40]),
    ("en", "exercise_minutes", "maybe 30? could be 40", 35, [30, 40]),
)
AFTER = {"age_months": "sex", "alone_hours": "exercise_minutes", "exercise_minutes": "concerns"}


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "between"), HEDGED)
async def test_hedged_amounts_are_approximate_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float, between: list[float]
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert answers.get("approximate", {}).get(key) == between, (typed, answers)
    assert asked(lang, AFTER[key]) in user.text, user.texts


async def test_hedged_amounts_are_approximate_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored, between) in enumerate(HEDGED, 52161):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert answers.get("approximate", {}).get(key) == between, (typed, answers)


# -- 5. the dog's age told at another quantity question -----------------------------------------

# (lang, question, typed): no amount of that question stored
AGE_ELSEWHERE: tuple[tuple[str, str, str], ...] = (
    ("en", "alone_hours", "she's 14 and barks at night and seems lost"),
    ("en", "alone_hours", "she's 14"),
    ("en", "exercise_minutes", "he's 14"),
    ("en", "household", "she's 14"),
    ("ko", "alone_hours", "14살이고 밤에 짖고 헤매요"),
    # the same kind the other way: hours read past with their unit where no hour is asked
    ("en", "age_months", "4 hours alone"),
    ("en", "household", "4 hours alone"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), AGE_ELSEWHERE)
async def test_an_age_at_another_quantity_is_no_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, (typed, answers, user.texts)
    assert asked(lang, key) in user.text, user.texts  # asked again


async def test_an_age_at_another_quantity_is_no_answer_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(AGE_ELSEWHERE, 52181):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert key not in answers, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 6. Korean growl forms at the worst reaction ------------------------------------------------

GROWLS: tuple[str, ...] = ("그르렁거려요", "그르렁대요", "으르렁대요", "크르렁거려요", "으르릉 해요")


@pytest.mark.parametrize("typed", GROWLS)
async def test_korean_growl_forms_are_a_growl_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "growl", (typed, user.texts)


async def test_korean_growl_forms_are_a_growl_on_telegram(tg: Harness) -> None:
    for chat, typed in enumerate(GROWLS, 52201):
        await tg_at(tg, chat, "ko", "worst_reaction")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("worst_reaction") == "growl", (typed, answers, tg.sent(chat)[-3:])


# -- 7. another dog named at the other pets -----------------------------------------------------

PETS: tuple[tuple[str, str, list[str], str], ...] = (
    ("en", "another dog, max", ["dog"], "max"),
    ("en", "one more dog, max", ["dog"], "max"),
    ("en", "we have another dog, max", ["dog"], "max"),
    ("en", "cat, luna", ["cat"], "luna"),
    ("ko", "강아지 한마리 더 있어요 맥스", ["dog"], "맥스"),
    ("ko", "다른 강아지 하나 있어요, 맥스", ["dog"], "맥스"),
)


@pytest.mark.parametrize(("lang", "typed", "pets", "name"), PETS)
async def test_another_dog_named_at_the_other_pets_on_kakao(
    kakao: Server, lang: str, typed: str, pets: list[str], name: str
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(typed)
    said = t(lang, "survey-unmatched-parts", typed=name)
    assert said not in user.texts, user.texts  # the name is no option left out
    await user.send(t(lang, "nav-done"))
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("other_pets") == pets, (typed, answers, user.texts)
    assert asked(lang, "alone_hours") in user.text, user.texts


async def test_another_dog_named_at_the_other_pets_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, pets, name) in enumerate(PETS, 52221):
        await tg_at(tg, chat, lang, "other_pets")
        await tg.say(chat, typed)
        assert t(lang, "survey-unmatched-parts", typed=name) not in tg.sent(chat), tg.sent(chat)[-3:]
        await tg.say(chat, t(lang, "nav-done"))
        answers = await tg_answers(tg, chat)
        assert answers.get("other_pets") == pets, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, "alone_hours") in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 3. another question's answer and a question, at the wrong question -------------------------

# (lang, typed at the age, the sex or its half kept, the question kept for the coach or None when
# the survey's own "why" answers it)
ALONG_ELSEWHERE: tuple[tuple[str, str, Any, bool], ...] = (
    ("ko", "중성화는 했어요 근데 이거 왜 물어봐요?", ["neutered"], False),
    ("en", "she's spayed, why do you need this?", "female_spayed", False),
    ("en", "she's spayed, is that important for training?", "female_spayed", True),
    ("ko", "남자애예요 근데 중성화 꼭 해야 되나요?", ["male"], True),
)


@pytest.mark.parametrize(("lang", "typed", "sex", "asked_coach"), ALONG_ELSEWHERE)
async def test_another_answer_and_a_question_keep_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, sex: Any, asked_coach: bool
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert asked(lang, "age_months") in user.text, user.texts  # the age asked again
    field = t(lang, "survey-field-sex")
    value = (
        t(lang, f"survey-opt-sex-{sex}")
        if isinstance(sex, str)
        else ", ".join(t(lang, f"understanding-concept-{c}") for c in sex)
    )
    assert t(lang, "survey-answered-ahead", field=field, value=value) in user.text, user.texts
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert questions == ([typed] if asked_coach else []), questions
    if not asked_coach:
        assert t(lang, "survey-why-age_months") in user.text, user.texts
    await user.send("3" if lang == "en" else "3살")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == 36, (answers, user.texts)
    if isinstance(sex, str):
        assert answers.get("sex") == sex, (answers, user.texts)  # not asked: kept ahead
        assert asked(lang, "breed") in user.text, user.texts


async def test_another_answer_and_a_question_keep_both_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed, sex, asked_coach) in enumerate(ALONG_ELSEWHERE, 52241):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        assert asked(lang, "age_months") in tg.last_text(chat), tg.sent(chat)[-3:]
        questions = [r.text for r in await _tg_reports(tg, chat) if r.is_question]
        assert questions == ([typed] if asked_coach else []), questions
        await tg.say(chat, "3" if lang == "en" else "3살")
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == 36, (answers, tg.sent(chat)[-3:])
        if isinstance(sex, str):
            assert answers.get("sex") == sex, (answers, tg.sent(chat)[-3:])


# The same kind for the children and the health told at the age or the breed (stored ahead).
# (lang, the question open, typed, the key kept ahead, its value, a question for the coach kept)
OTHER_ALONG: tuple[tuple[str, str, str, str, Any, bool], ...] = (
    ("en", "age_months", "no kids, why do you ask?", "children", "no", False),
    ("ko", "age_months", "애는 없어요 근데 왜 물어봐요?", "children", "no", False),
    ("ko", "breed", "슬개골이 안 좋아요 근데 이거 왜 물어봐요?", "health", "슬개골이 안 좋아요", False),
    ("en", "breed", "no kids, is that a problem for a poodle?", "children", "no", True),
)


@pytest.mark.parametrize(("lang", "key", "typed", "kept", "value", "asked_coach"), OTHER_ALONG)
async def test_other_answers_and_a_question_keep_both_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    key: str,
    typed: str,
    kept: str,
    value: Any,
    asked_coach: bool,
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, key) in user.text, user.texts  # asked again
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(kept) == value, (typed, answers, user.texts)
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert questions == ([typed] if asked_coach else []), questions
    if not asked_coach:
        assert t(lang, f"survey-why-{key}") in user.text, user.texts


async def test_other_answers_and_a_question_keep_both_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, key, typed, kept, value, asked_coach) in enumerate(OTHER_ALONG, 52261):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
        answers = await tg_answers(tg, chat)
        assert answers.get(kept) == value, (typed, answers, tg.sent(chat)[-3:])
        questions = [r.text for r in await _tg_reports(tg, chat) if r.is_question]
        assert questions == ([typed] if asked_coach else []), questions
