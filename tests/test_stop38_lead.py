# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 38 (issue 11, owner trial 20's list), each reproduced through a real channel first (Kakao
and Telegram, Korean and English), the stored answer read back:

1. An earlier answer in words corrected at a later question, its value anywhere in the sentence
   ("아 맞다 콩이 수컷이에요 제가 잘못썼네" at the household: "I read '수컷 제가 네' as a correction,
   but not which answer"; "hold on, the breed should be aussie not border collie" and "sorry, he is
   a boy not a girl": the household's number asked again; "actually the name is wrong too - it's
   Rufus Jr" at the concerns: "pick at least one"; "콩이 이름 바꾸고 싶어요 보미로": renamed "싶어요
   보미") is that answer changed, its question's reader reading the value (a partial one, "수컷",
   asks the rest), and the survey back where it was.
2. The same after the survey or a report ("sorry can you go back, i think the breed is wrong,
   he's a lab": glued onto the report; "can i change his name? it's Ziggy Stardust": a question for
   the coach model) changes the answer; nothing is stored as a report, nothing reaches the model.
3. A behaviour beside the concerns ticked ("separation anxiety and he eats rocks": the rocks
   dropped) and a warning at a child told as an account ("he herds the kids at the park and nips
   their heels": mouthing ticked, the account lost) tick the concern and keep the account as a
   report; "nips kids" stays the option and its safety line.
4. What is stored, asked ("지금 저장된거 뭐있어요?" at a follow-up: glued onto the report; "what's
   saved?": the coach model) is the profile card.
5. Amounts: "한 2살?3살쯤 됐을걸요" ("I understood 2 years, not '2살?3살쯤 됐을걸요'") is about 2–3
   years; "depends, 4-5 hrs most days, sometimes 9" (13 hours, "most days" not understood) is 4–9
   hours, as "4-5 hrs, sometimes 9" always was.
6. What makes the behaviour just analysed change, told after its follow-up was answered ("목줄
   당기면 더 심해져요", "it gets worse when i pull the leash": a new report of pulling) is detail
   about that report: no second report.
7. A young child told at the household with no count of it ("초등학생 아들하나 있어요" after "3 or
   4?": a household of 1) is the children's answer, and the household asked again.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls
from tests.test_followup_not_reports import _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. an earlier answer in words corrected at a later question ---------------------------------

# (lang, the question open, what is typed there (and the answer to a re-ask), the key changed,
# its stored value after). The survey's dog is 콩이 / Rex, a spayed female poodle.
LATER: tuple[tuple[str, str, tuple[str, ...], str, Any], ...] = (
    ("ko", "household", ("아 맞다 콩이 수컷이에요 제가 잘못썼네", "중성화 했어요"), "sex", "male_neutered"),
    ("ko", "children", ("아 견종 잘못 썼네요 푸들 아니고 말티즈예요",), "breed", "말티즈"),
    ("ko", "concerns", ("콩이 이름 바꾸고 싶어요 보미로",), "name", "보미"),
    ("en", "household", ("hold on, the breed should be aussie not border collie",), "breed", "aussie"),
    ("en", "household", ("sorry, he is a boy not a girl", "not neutered"), "sex", "male_intact"),
    ("en", "concerns", ("actually the name is wrong too - it's Rufus Jr",), "name", "Rufus Jr"),
    ("en", "alone_hours", ("oops she's actually medium not small",), "size", "medium"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "changed", "stored"), LATER)
async def test_an_earlier_answer_in_words_corrected_later_on_kakao(
    kakao: Server, lang: str, key: str, typed: tuple[str, ...], changed: str, stored: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    for text in typed:
        await user.send(text)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(changed) == stored, (answers, user.text)
    assert key not in answers, answers  # the open question is not answered by it
    name = answers["name"]
    assert t(lang, f"survey-q-{key}", name=name) in user.text, user.text  # and asked on
    assert await _kakao_reports(kakao, user.key) == []


async def test_an_earlier_answer_in_words_corrected_later_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, changed, stored) in zip((381100, 381101, 381102), LATER[::3], strict=True):
        await tg_at(tg, chat, lang, key)
        for text in typed:
            await tg.say(chat, text)
        answers = await tg_answers(tg, chat)
        assert answers.get(changed) == stored, (answers, tg.sent(chat)[-3:])
        assert key not in answers, answers
        assert await tg_reports(tg, chat) == []


# -- 2. the same with no survey question open ----------------------------------------------------

# (lang, a report sent first or "", what is typed, the key changed, its stored value after)
AFTER: tuple[tuple[str, str, str, str, Any], ...] = (
    ("en", "he barks at the mailman every morning", "sorry can you go back, i think the breed is wrong, he's a lab", "breed", "lab"),
    ("en", "", "can i change his name? it's Ziggy Stardust", "name", "Ziggy Stardust"),
    ("ko", "", "콩이 이름 바꾸고 싶어요 보미로", "name", "보미"),
    ("ko", "", "아 견종 잘못 말했어요 말티즈에요", "breed", "말티즈"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "report", "typed", "changed", "stored"), AFTER)
async def test_an_answer_in_words_corrected_after_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, typed: str, changed: str, stored: Any
) -> None:
    user = await kakao_owner(kakao, lang)
    if report:
        await user.send(report)
    calls = _model_calls(fake_ollama)
    before = [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(changed) == stored, (answers, user.text)
    # nothing kept as a report of its own nor glued onto the one sent before
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == before, user.text
    if not report:  # (with a report sent just before, its own analysis may still be running)
        assert _model_calls(fake_ollama) == calls, user.text


async def test_an_answer_in_words_corrected_after_the_survey_on_telegram(tg: Harness) -> None:
    for chat, (lang, _report, typed, changed, stored) in zip((381200, 381201), AFTER[1:3], strict=True):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(changed) == stored, (answers, tg.sent(chat)[-2:])
        assert typed not in await tg_reports(tg, chat)


# -- 3. a behaviour told beside the concerns -------------------------------------------------------

# (lang, typed at the concerns, the concerns ticked, kept as a report). Stop 46 (English owner
# trial 31): a behaviour no option names ticks "other" and is no report for the model (it was).
BESIDE: tuple[tuple[str, str, list[str], bool], ...] = (
    ("en", "separation anxiety and he eats rocks", ["separation", "other"], False),
    ("ko", "분리불안이랑 돌을 주워 먹어요", ["separation", "other"], False),
    ("en", "he herds the kids at the park and nips their heels", ["mouthing"], True),
    ("en", "nips kids", ["mouthing"], False),
)


@pytest.mark.parametrize(("lang", "typed", "ticked", "kept"), BESIDE)
async def test_a_behaviour_beside_the_concerns_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, ticked: list[str], kept: bool
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(t(lang, "nav-done"))
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("concerns") == ticked, (answers, user.text)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ([typed] if kept else [])


async def test_a_behaviour_beside_the_concerns_is_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, ticked, _kept) in zip((381300, 381301), BESIDE[:2], strict=True):
        await tg_at(tg, chat, lang, "concerns")
        await tg.say(chat, typed)
        await tg.say(chat, t(lang, "nav-done"))
        assert (await tg_answers(tg, chat)).get("concerns") == ticked, tg.sent(chat)[-2:]
        assert await tg_reports(tg, chat) == []


# -- 4. what is stored, asked --------------------------------------------------------------------

SAVED = {"ko": "지금 저장된거 뭐있어요?", "en": "what's saved?"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_what_is_saved_asked_shows_the_profile_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(SAVED[lang])
    name = (await kakao_answers(kakao, user.key))["name"]
    assert t(lang, "survey-field-breed") in user.text and name in user.text, user.text
    assert _model_calls(fake_ollama) == calls
    assert await _kakao_reports(kakao, user.key) == []


async def test_what_is_saved_asked_shows_the_profile_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 381400, "en")
    await tg.say(381400, "what do you have saved about rex?")
    assert t("en", "survey-field-breed") in tg.last_text(381400), tg.last_text(381400)
    assert await tg_reports(tg, 381400) == []


# -- 5. amounts hedged, the usual day in words ------------------------------------------------------

# (lang, question, typed, stored, its approximate range)
AMOUNTS: tuple[tuple[str, str, str, float, list[float]], ...] = (
    ("ko", "age_months", "한 2살?3살쯤 됐을걸요", 30, [24.0, 36.0]),
    ("en", "alone_hours", "depends, 4-5 hrs most days, sometimes 9", 6.5, [4.0, 9.0]),
    ("en", "alone_hours", "4-5 hrs most days", 4.5, [4.0, 5.0]),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "between"), AMOUNTS)
async def test_an_amount_hedged_or_for_the_usual_day_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float, between: list[float]
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (answers, user.text)
    assert answers.get("approximate", {}).get(key) == between, answers


async def test_an_amount_hedged_or_for_the_usual_day_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored, _between) in zip((381500, 381501), AMOUNTS[:2], strict=True):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get(key) == stored, tg.sent(chat)[-2:]


# -- 6. what makes the behaviour analysed change -----------------------------------------------------

CHANGE = {
    "ko": ("매일요", "목줄 당기면 더 심해져요"),
    "en": ("every day", "it gets worse when i pull the leash"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_what_makes_it_worse_is_detail_after_the_followup_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await _until_followup(user, lang)
    answered, change = CHANGE[lang]
    await user.send(answered)
    await user.send(change)
    reports = await _kakao_reports(kakao, user.key)
    assert len(reports) == 1, ([r.text for r in reports], user.text)
    assert reports[0].text != change, user.text


async def test_what_makes_it_worse_is_detail_while_the_report_waits_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 381600, "ko")
    await tg.say(381600, "산책할 때 다른 개만 보면 계속 짖고 달려들어요")
    await tg.say(381600, CHANGE["ko"][1])
    assert len(await tg_reports(tg, 381600)) == 1, tg.sent(381600)[-2:]


# -- 7. a child told at the household --------------------------------------------------------------


async def test_a_child_told_at_the_household_is_the_childrens_answer_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "household")
    await user.send("한 3~4명?")
    await user.send("초등학생 아들하나 있어요")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "yes", (answers, user.text)
    assert "household" not in answers, (answers, user.text)
    await user.send("3명이요")
    assert (await kakao_answers(kakao, user.key)).get("household") == 3, user.text


async def test_a_child_told_at_the_household_is_the_childrens_answer_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 381700, "ko", "household")
    await tg.say(381700, "초등학생 아들하나 있어요")
    answers = await tg_answers(tg, 381700)
    assert answers.get("children") == "yes" and "household" not in answers, (answers, tg.sent(381700)[-2:])
