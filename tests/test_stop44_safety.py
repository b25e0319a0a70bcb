# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 44 (owner trial 28 and older): safety leftovers, each reproduced through a real channel
first, what was kept read back from the store.

1. A seizure told mid-survey ("지금 발작해요 어떡해요", "he's having a seizure right now") raised the
   card but was also kept as the answer: the health note at the health question, the health note
   ahead at any other ("Also noted — Health and training: …"). An emergency is a report only; the
   survey keeps its place and asks the question again under the card. A past event at the health
   question ("발작한 적 있어요") is still its answer.
3. After an emergency's card, its result still asked "how often does this happen, and since
   when?": a question that reads as if it could wait. A result of a report that tells a medical
   emergency (`SafetyCheck.emergency`) asks nothing; since stop 63 a bite that hurt a person
   asks nothing either (a doctor first).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_safety_channels import stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)

SEIZURE = {"ko": "지금 발작해요 어떡해요", "en": "he's having a seizure right now"}
# a question of each kind: text, age, choice, count, multi, the concerns, the health note
KEYS = ("breed", "age_months", "sex", "household", "other_pets", "concerns", "health")


def _kept_nowhere(answers: dict[str, Any], key: str, typed: str) -> None:
    """No answer for `key`, no health note, and the words stored as no answer at all."""
    assert key not in answers and "health" not in answers, answers
    assert not any(typed in str(v) for v in answers.values()), answers


# -- 1. an emergency mid-survey: a report only, the question again --------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", KEYS)
async def test_a_seizure_mid_survey_is_no_answer_on_kakao(kakao: Server, lang: str, key: str) -> None:
    user = await kakao_at(kakao, lang, key)
    typed = SEIZURE[lang]
    await user.send(typed)
    assert user.text.startswith(t(lang, "safety-header-now")), user.text
    assert t(lang, "safety-seizure") in user.text, user.text
    _kept_nowhere(await kakao_answers(kakao, user.key), key, typed)
    assert asked(lang, key) in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [typed], user.text


async def test_a_seizure_at_the_name_is_no_name_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "name")
    await user.send(SEIZURE["en"])
    assert user.text.startswith(t("en", "safety-header-now")), user.text
    assert asked("en", "name") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [SEIZURE["en"]]


@pytest.mark.parametrize(
    ("chat", "lang", "key"),
    [
        (44101, "ko", "health"),
        (44102, "en", "health"),
        (44103, "ko", "exercise_minutes"),
        (44104, "en", "alone_hours"),
        (44105, "ko", "origin"),
        (44106, "en", "concerns"),
    ],
)
async def test_a_seizure_mid_survey_is_no_answer_on_telegram(
    tg: Harness, chat: int, lang: str, key: str
) -> None:
    await tg_at(tg, chat, lang, key)
    before = len(tg.sent(chat))
    typed = SEIZURE[lang]
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert sent[0].startswith(t(lang, "safety-header-now")), sent
    _kept_nowhere(await tg_answers(tg, chat), key, typed)
    assert asked(lang, key) in tg.last_text(chat), sent
    assert await tg_reports(tg, chat) == [typed], sent
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["seizure"]
    # the survey goes on from where it was: the answer now taken
    await tg.say(chat, dict(ANSWERS[lang])[key])
    assert key in await tg_answers(tg, chat), tg.sent(chat)[-2:]


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "발작한 적 있어요"), ("en", "he had a seizure last year")]
)
async def test_a_past_seizure_at_the_health_question_is_its_answer_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    assert t(lang, "safety-seizure") in user.text, user.text  # its guidance still shown
    assert (await kakao_answers(kakao, user.key))["health"] == typed, user.text
    assert await kakao_reports(kakao, user.key) == [], user.text


# -- 3. no follow-up question after an emergency ------------------------------------------------

EMERGENCY_REPORTS = (
    ("ko", "지금 발작해요 어떡해요"),
    ("en", "he's having a seizure right now"),
    ("ko", "초콜릿을 한 봉지 다 먹었어요"),
    ("en", "my dog is choking"),
)


@pytest.mark.parametrize(("lang", "typed"), EMERGENCY_REPORTS)
async def test_no_follow_up_question_after_an_emergency_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency", "antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    assert t(lang, "analysis-followup-skip") not in str(user.texts), user.text
    for topic in ("frequency", "antecedent"):
        assert t(lang, f"analysis-followup-{topic}") not in user.text, user.text


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "콩이가 제 손을 물어서 피가 났어요"), ("en", "she bit my hand and it bled")]
)
async def test_a_bite_that_hurt_is_not_asked_about_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    # stop 63 (emerg63), the lead's decision: a bite that broke a person's skin is a doctor's (or
    # vet's) first, which the result says; "how often?" under it read as if it could wait
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    assert t(lang, "analysis-followup-frequency") not in user.text, user.text


@pytest.mark.parametrize(
    ("chat", "lang", "typed"), [(44301, "ko", SEIZURE["ko"]), (44302, "en", SEIZURE["en"])]
)
async def test_no_follow_up_question_after_an_emergency_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        before = len(tgh.sent(chat))
        await tgh.say(chat, typed)
        line = t(lang, "coaching-plan-emergency")  # under the result, where the plan would be
        await eventually(lambda: line in tgh.sent(chat)[before:])
        await asyncio.sleep(0.5)  # the question would come right under it
        sent = tgh.sent(chat)[before:]
        assert sent[0].startswith(t(lang, "safety-header-now")), sent
        assert not any(t(lang, "analysis-followup-frequency") in m for m in sent), sent


# -- 2. near-drowning, no breathing trouble said: a vet within 24 hours ---------------------------

NEAR_DROWNING = (
    ("ko", "수영장에 빠졌다가 건졌어요"),
    ("ko", "물에 빠졌었어요"),
    ("ko", "계곡에 빠져서 겨우 건졌는데 지금은 괜찮아 보여요"),
    ("en", "he nearly drowned in the pool but seems fine now"),
    ("en", "she fell into the lake and I had to pull her out"),
)


@pytest.mark.parametrize(("lang", "typed"), NEAR_DROWNING)
async def test_near_drowning_gets_its_line_within_24_hours_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert user.text.startswith(t(lang, "safety-header-within_24h")), user.text
    assert user.text.split("\n\n")[1].startswith(t(lang, "safety-near_drowning")), user.text
    assert await kakao_reports(kakao, user.key) == [typed], user.text


async def test_near_drowning_with_breathing_trouble_is_the_breathing_line_now_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send("he fell in the pool and now he's gasping")
    assert user.text.startswith(t("en", "safety-header-now")), user.text
    assert t("en", "safety-breathing") in user.text, user.text
    assert t("en", "safety-near_drowning") not in user.text, user.text  # one airway note


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [
        (44201, "ko", "수영장에 빠졌다가 건졌어요"),
        (44202, "en", "he nearly drowned in the pool but seems fine now"),
    ],
)
async def test_near_drowning_mid_survey_is_kept_and_flagged_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await tg_at(tg, chat, lang, "owned_months")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert sent[0].startswith(t(lang, "safety-header-within_24h")), sent
    assert t(lang, "safety-near_drowning") in sent[0], sent
    assert asked(lang, "owned_months") in tg.last_text(chat), sent  # the question again
    assert "owned_months" not in await tg_answers(tg, chat), sent
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["near_drowning"]


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [
        (44211, "ko", "수영 좋아해요"),
        (44212, "ko", "물에 들어가기 싫어해요"),
        (44213, "ko", "털이 많이 빠졌어요"),
        (44214, "ko", "공이 물에 빠졌는데 안 가지러 가요"),
        (44215, "en", "swims in the lake every day"),
        (44216, "en", "the ball fell in the pool and he just barked at it"),
    ],
)
async def test_water_look_alikes_get_no_safety_line_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    said = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-near_drowning") not in said, said
    assert t(lang, "safety-header-within_24h") not in said, said
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == [], said
