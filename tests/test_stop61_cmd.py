# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 61, helper cmd61: commands that lost to what was open, and lines that said what was not
true, in owner trial 61 (transcripts /tmp/trial61/out). Each reproduced through the real channels
first (Kakao over the skill's HTTP, Telegram through the fake Bot API, the terminal's own parts).

1. "강아지 추가" / "add a dog" (every add-a-dog wording with its verb) at the other-pets question
   ticked "Dog" and added nothing (faults 8–11: Kakao ko, Telegram en, terminal ko and en): the
   command wins over the option word it contains, as at every other question (the dog is offered
   once the survey is done). "another dog", "강아지 한 마리 더요" (no verb) stay the pets' answer.
2. After it, the new dog's facts ("he's a puppy, 10 weeks") never change the surveyed dog's
   answers (fault 4: "Changed Age: 5 years → 10 weeks" in the terminal).
3. Setting the check-in time in other words ("시간 설정", "set the time", "저녁 8시로 해줘",
   "저녁 여덟시로 해주십시오") reaches `/checkintime` with its time, idle and at a survey question,
   on Kakao (where nothing is pushed: said so, with the time heard) and Telegram (faults 12, 13).
4. The history list's hint speaks of picking, not of numbers, where its items are lettered (the
   terminal, a question open below it; fault 5).
5. Ticks the bot said it had ticked are what a cancel keeps (fault 19: "짖음, 분리불안 골라
   뒀어요", then "취소" kept separation alone).
6. "never mind" after an answer was stored does not say nothing was kept (fault 33).

At b5d32e7c (before the fixes) 25 of these 29 tests failed; the four that passed: the pets' answer
without a verb (a guard), the new dog's age in Korean on Kakao and in the terminal ("아직 아기예요
10주요" was kept for the new dog already), and "알림 저녁 8시로 바꿔줘" on Telegram.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dogcoach.config import Settings
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import clock_said
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_stop53_loop53 import in_terminal
from tests.test_streaming_channels import terminal_settings
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)
from tests.test_trial28_checkin_time import stored_time

__all__ = ["FakeOllama", "terminal_settings"]

LANGS = ("ko", "en")
ADD = {
    "ko": ("강아지 추가", "새 강아지 등록", "다른 강아지 추가할게요"),
    "en": ("add a dog", "add another dog", "register a new dog"),
}


# -- 1. the add-a-dog command at the other-pets question ----------------------------------------


@pytest.mark.parametrize("lang", LANGS)
async def test_add_a_dog_at_the_other_pets_is_the_command_on_kakao(kakao: Server, lang: str) -> None:
    for typed in ADD[lang]:
        user = await kakao_at(kakao, lang, "other_pets")
        await user.send(typed)
        assert t(lang, "newdog-after-survey") in user.text, (typed, user.texts)
        assert "other_pets" not in await kakao_answers(kakao, user.key), typed
        assert asked(lang, "other_pets") in user.text, (typed, user.text)  # the question again


@pytest.mark.parametrize("lang", LANGS)
async def test_add_a_dog_at_the_other_pets_is_the_command_on_telegram(tg: Harness, lang: str) -> None:
    for n, typed in enumerate(ADD[lang]):
        chat = 16100 + n + (10 if lang == "en" else 0)
        await tg_at(tg, chat, lang, "other_pets")
        await tg.say(chat, typed)
        assert any(t(lang, "newdog-after-survey") in s for s in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        assert "other_pets" not in await tg_answers(tg, chat), typed


async def test_the_pets_answer_without_a_verb_still_ticks_dog_on_kakao(kakao: Server) -> None:
    """Guard: "another dog", "강아지 한 마리 더요" answer the question (stop: option over command)."""
    for lang, typed in (("en", "another dog"), ("ko", "강아지 한 마리 더요")):
        user = await kakao_at(kakao, lang, "other_pets")
        await user.send(typed)
        await user.send("done" if lang == "en" else "완료")
        assert (await kakao_answers(kakao, user.key))["other_pets"] == ["dog"], typed


async def _terminal_dogs(settings: Settings) -> list[dict[str, Any]]:
    async with open_store(settings.database_url) as store, store.session() as s:
        user = await s.get_user("console", "ann")
        assert user is not None
        return [d.answers for d in sorted(await s.list_dogs(user.id), key=lambda d: d.id)]


@pytest.mark.parametrize("lang", LANGS)
async def test_add_a_dog_at_the_other_pets_in_the_terminal(terminal_settings: Settings, lang: str) -> None:
    steps = [*answers_before(lang, "other_pets"), ADD[lang][0]]
    shown = "\n".join(await in_terminal(terminal_settings, lang, steps))
    assert t(lang, "newdog-after-survey") in shown, shown[-1500:]
    assert "other_pets" not in (await _terminal_dogs(terminal_settings))[0]


# -- 2. the new dog's facts never change the surveyed dog -----------------------------------------

FACTS = {"ko": ("보리", "아직 아기예요 10주요"), "en": ("Ziggy", "he's a puppy, 10 weeks")}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_new_dogs_age_leaves_the_surveyed_dog_in_the_terminal(
    terminal_settings: Settings, lang: str
) -> None:
    steps = [*answers_before(lang, "other_pets"), ADD[lang][0], *FACTS[lang]]
    shown = "\n".join(await in_terminal(terminal_settings, lang, steps))
    dogs = await _terminal_dogs(terminal_settings)
    assert dogs[0]["age_months"] == 36, shown[-1500:]  # "3살" / "3": three years, as answered


@pytest.mark.parametrize("lang", LANGS)
async def test_the_new_dogs_age_leaves_the_surveyed_dog_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    for typed in (ADD[lang][0], *FACTS[lang]):
        await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["age_months"] == 36, user.texts


# -- 3. the check-in time in other words ------------------------------------------------------------

SET_TIME = {
    "ko": ("시간 설정", "저녁 여덟시로 해주십시오"),
    "en": ("set the time", "make it 8 in the evening"),
}
EIGHT_PM = dt.time(20, 0)


@pytest.mark.parametrize("lang", LANGS)
async def test_setting_the_time_at_a_survey_question_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    ask, told = SET_TIME[lang]
    await user.send(ask)
    assert t(lang, "coaching-checkin-time-no-push") in user.text, user.texts
    await user.send(told)
    heard = t(lang, "coaching-checkin-time-no-push-heard", time=clock_said(lang, EIGHT_PM))
    assert heard in user.text, user.texts
    assert asked(lang, "sex") in user.text, user.texts  # the question again


@pytest.mark.parametrize("lang", LANGS)
async def test_setting_the_time_with_nothing_open_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send("취소" if lang == "ko" else "cancel")
    await user.send(SET_TIME[lang][0])
    assert t(lang, "coaching-checkin-time-no-push") in user.text, user.texts
    told = {"ko": "저녁 8시로 해줘", "en": "remind me at 8pm"}[lang]
    await user.send(told)
    heard = t(lang, "coaching-checkin-time-no-push-heard", time=clock_said(lang, EIGHT_PM))
    assert heard in user.text, user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_setting_the_time_at_a_survey_question_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16200 + (1 if lang == "en" else 0)
    await tg_at(tg, chat, lang, "sex")
    ask, told = SET_TIME[lang]
    await tg.say(chat, ask)
    assert any(t(lang, "coaching-checkin-time-ask") in s for s in tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    await tg.say(chat, told)
    assert await stored_time(tg.rt.store, "telegram", str(chat)) == EIGHT_PM, tg.sent(chat)[-3:]


TOLD_WITH_TIME = (
    ("ko", "저녁 여덟시로 해주십시오"),
    ("ko", "알림 저녁 8시로 바꿔줘"),
    ("ko", "오후 여덟 시로 해 주세요"),
    ("en", "set the time to 8pm"),
)


@pytest.mark.parametrize(("lang", "typed"), TOLD_WITH_TIME)
async def test_a_time_told_at_once_sets_it_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 16300 + len(typed)
    await tg_at(tg, chat, lang, "breed")
    await tg.say(chat, typed)
    assert await stored_time(tg.rt.store, "telegram", str(chat)) == EIGHT_PM, tg.sent(chat)[-3:]
    assert "breed" not in await tg_answers(tg, chat)


# -- 4. the history list's hint where its items are lettered ------------------------------------------


REPORTED = {
    "ko": "어제 택배 기사가 오니까 콩이가 현관에서 계속 짖었어요",
    "en": "Rex barked at the mailman for ten minutes yesterday",
}
HISTORY = {"ko": "기록", "en": "history"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_history_hint_fits_its_labels_in_the_terminal(
    terminal_settings: Settings, lang: str
) -> None:
    """The list shown above the open question is lettered (the question keeps its numbers): its
    hint must not ask for a number ("번호를 고르시면…" above a) b) c); "1" then ticked 개)."""
    steps = [*answers_before(lang, "other_pets"), REPORTED[lang], HISTORY[lang], "a"]
    shown = await in_terminal(terminal_settings, lang, steps)
    hint = t(lang, "history-open-hint")
    assert hint in shown, shown[-30:]
    after = shown[shown.index(hint) + 1 :]
    assert after and after[0].lstrip().startswith("a)"), shown[-30:]  # lettered: the question is below
    assert {"ko": "번호", "en": "number"}[lang] not in hint
    # its letter opens the item; nothing is ticked at the question below it
    assert "other_pets" not in (await _terminal_dogs(terminal_settings))[0], shown[-30:]


# -- 5. what the bot said it ticked is what a cancel keeps ----------------------------------------------

TICKS = {"ko": ("짖음", "분리불안", "취소"), "en": ("barking", "separation anxiety", "cancel")}


@pytest.mark.parametrize("lang", LANGS)
async def test_ticks_said_are_kept_by_a_cancel_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16400 + (1 if lang == "en" else 0)
    await tg_at(tg, chat, lang, "concerns")
    for typed in TICKS[lang]:
        await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("concerns") == ["barking", "separation"], tg.sent(chat)[-3:]


@pytest.mark.parametrize("lang", LANGS)
async def test_ticks_said_are_kept_by_a_cancel_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    for typed in TICKS[lang]:
        await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("concerns") == ["barking", "separation"], user.texts


# -- 6. "never mind" after a stored answer ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
async def test_never_mind_after_a_stored_answer_says_it_is_kept_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send("2")
    assert asked(lang, "exercise_minutes") in user.text, user.texts
    await user.send("never mind" if lang == "en" else "아 신경쓰지 마세요")
    assert t(lang, "survey-taken-back") not in user.texts, user.texts
    assert (await kakao_answers(kakao, user.key))["alone_hours"] == 2.0
