# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63 (helper emerg63): the lead's decisions on emergencies, each reproduced through a real
channel first.

1. An emergency told beside a clear survey answer ("2년 됐는데 지금 발작해요", "4 hours, but he got
   into my pills"): stop 44 showed the card and kept the report but asked the question again,
   the answer dropped. Now the card, the report, the answer stored, the next question.
2. A bite that broke the skin of a person ("he's bleeding"): its result asked "how often…?", as if
   it could wait. A doctor (or vet) first, which the result says: no follow-up question.
3. After an emergency put the dog's plan on hold, "조금 나아졌습니다" got "keep going with it": the
   good news now says the vet's word comes first (`talk-worked-held`).
4. At the worst-reaction question a bare "bite" of a dog whose concerns are aggression toward
   dogs only got "A bite on a person matters…": the note of a bite on a dog now, a neutral one
   when nobody is said.
5. A bloated, hard belly was "within 24 hours" under a card saying a swollen belly means an
   emergency vet now: a twisted stomach, now (`safety-retching`).

First run at 2264f718 (main): see each test's comment.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.bot import router  # noqa: F401  (first: the flows it imports import one another)
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401

# -- 1. an emergency beside a clear answer: the card, the report, the answer, the next question ---

TOLD = {
    "ko": ("owned_months", "2년 됐는데 지금 발작해요", 24),
    "en": ("alone_hours", "about 4 hours but yesterday he got into my pills", 4),
}
NEXT = {"owned_months": "household", "alone_hours": "exercise_minutes"}


# First run at 2264f718: 2 of 2 failed (the question again, nothing stored).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_emergency_beside_an_answer_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    key, typed, value = TOLD[lang]
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert user.text.startswith(t(lang, "safety-header-now")), user.text  # the card first
    await asyncio.sleep(0.3)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed], user.texts
    assert (await kakao_answers(kakao, user.key)).get(key) == value, user.texts
    assert asked(lang, NEXT[key]) in user.text, user.text


# First run at 2264f718: 2 of 2 failed (the question again, nothing stored).
async def test_an_emergency_beside_an_answer_keeps_both_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((63631, "ko"), (63632, "en")):
        key, typed, value = TOLD[lang]
        await tg_at(tg, chat, lang, key)
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        sent = tg.sent(chat)[before:]
        assert sent[0].startswith(t(lang, "safety-header-now")), sent
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed], sent
        assert (await tg_answers(tg, chat)).get(key) == value, sent
        assert asked(lang, NEXT[key]) in tg.last_text(chat), sent


# -- 2. a bite that broke a person's skin: a doctor first, no "how often?" -------------------------

BLEEDING = (
    ("ko", "아들이 장난감 뺏으려다 손을 물렸어요 피가 나요"),
    ("en", "my son got bitten on the hand when he took her toy, he's bleeding"),
    ("ko", "콩이가 제 손을 물어서 피가 났어요"),
    ("en", "she bit my hand and it bled"),
)


# First run at 2264f718: 4 of 4 failed ("how often…" under the result).
@pytest.mark.parametrize(("lang", "typed"), BLEEDING)
async def test_no_how_often_after_a_bite_that_drew_blood_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    assert t(lang, "analysis-followup-frequency") not in user.text, user.text
    assert t(lang, "analysis-followup-skip") not in str(user.texts), user.text


# First run at 2264f718: 2 of 2 failed.
@pytest.mark.parametrize(("chat", "lang", "typed"), [(63641, *BLEEDING[0]), (63642, *BLEEDING[1])])
async def test_no_how_often_after_a_bite_that_drew_blood_on_telegram(
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
        await eventually(lambda: len(tgh.sent(chat)) >= before + 3)  # the card, the ack, the result
        await asyncio.sleep(4.0)  # the result written out, the question right under it
        sent = tgh.sent(chat)[before:]
        assert not any(t(lang, "analysis-followup-frequency") in m for m in sent), sent


# The guard: a bite with no wound is still asked about (a behaviour whose history is needed).
# First run at 2264f718: passed.
@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "she bit my hand, no blood"), ("ko", "콩이가 제 손을 물었는데 피는 안 났어요")]
)
async def test_a_bite_without_a_wound_is_still_asked_about_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    assert t(lang, "analysis-followup-frequency") in user.text, user.text


# -- 3. good news while the plan waits for the vet: the vet's word first ----------------------------

BARKING = {
    "ko": "콩이가 초인종 소리만 나면 계속 짖어요",
    "en": "rex barks like crazy every time the doorbell rings",
}
POISON = {"ko": "방금 초콜릿을 한 판 다 먹었어요", "en": "he just ate a whole bar of chocolate"}
BETTER = {"ko": "조금 나아졌습니다", "en": "it's a bit better now"}


# First run at 2264f718: 2 of 2 failed ("꾸준히 이어가 보시고…": keep going with the plan).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_good_news_while_the_plan_is_on_hold_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    await user.send(POISON[lang])
    assert user.text.startswith(t(lang, "safety-header-now")), user.text
    await eventually(lambda: _model_calls(fake_ollama) >= 2)
    await asyncio.sleep(0.3)
    await user.send("/result")
    await user.send(BETTER[lang])
    assert t(lang, "talk-worked") not in user.text, user.text
    assert t(lang, "talk-worked-held") in user.text or t(lang, "talk-news-after-alarm") in user.text, (
        user.text
    )


# First run at 2264f718: 2 of 2 failed.
async def test_good_news_while_the_plan_is_on_hold_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        for chat, lang in ((63651, "ko"), (63652, "en")):
            calls = _model_calls(fake_ollama)
            await tg_owner(tgh, chat, lang)
            await tgh.say(chat, BARKING[lang])
            await eventually(lambda c=chat: any(m.startswith("📌") for m in tgh.sent(c)))
            await tgh.say(chat, POISON[lang])
            await eventually(lambda n=calls: _model_calls(fake_ollama) >= n + 2)
            await asyncio.sleep(1.0)
            before = len(tgh.sent(chat))
            await tgh.say(chat, BETTER[lang])
            said = "\n".join(tgh.sent(chat)[before:])
            assert t(lang, "talk-worked") not in said, said
            assert t(lang, "talk-worked-held") in said or t(lang, "talk-news-after-alarm") in said, said


# The guard: with the plan going, the same news is its progress, as before. First run: passed.
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_good_news_with_the_plan_going_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    await user.send(BETTER[lang])
    assert t(lang, "talk-worked-held") not in user.text, user.text


# -- 4. a bare "bite" at the worst-reaction question: the concern's target, never a person assumed --

TOWARD_DOGS = {"en": "aggression toward other dogs"}


async def _at_worst(kakao: Server, lang: str, concerns: str) -> object:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in answers_before(lang, "concerns"):
        await user.send(text)
    await user.send(concerns)
    if asked(lang, "worst_reaction") not in user.text:  # a multiple choice: done with it
        await user.send("done")
    assert asked(lang, "worst_reaction") in user.text, user.text
    return user


# First run at 2264f718: 1 of 2 failed (toward dogs: "A bite on a person matters…").
@pytest.mark.parametrize(
    ("concern", "note"),
    [
        ("category-aggression_dogs", "safety-note-bite-dog"),
        ("category-aggression_people", "safety-bite_person"),
    ],
)
async def test_a_bare_bite_at_the_worst_reaction_follows_the_concern_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, concern: str, note: str
) -> None:
    user = await _at_worst(kakao, "en", t("en", concern))
    assert concern.removeprefix("category-") in (await kakao_answers(kakao, user.key)).get("concerns", ()), (
        user.text
    )  # type: ignore[attr-defined]
    await user.send("bite")  # type: ignore[attr-defined]
    assert t("en", note) in user.text, user.text  # type: ignore[attr-defined]
    if note != "safety-bite_person":
        assert t("en", "safety-bite_person") not in user.text, user.text  # type: ignore[attr-defined]


# -- 5. a bloated, hard belly: an emergency now ------------------------------------------------------

BLOAT = {"ko": "배가 빵빵하고 딱딱해요", "en": "his belly is bloated and hard"}


# First run at 2264f718: 2 of 2 failed ("within 24 hours").
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bloated_hard_belly_is_an_emergency_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BLOAT[lang])
    assert user.text.startswith(t(lang, "safety-header-now")), user.text
    assert t(lang, "safety-retching") in user.text, user.text


# First run at 2264f718: 2 of 2 failed.
async def test_a_bloated_hard_belly_is_an_emergency_on_telegram(tg: Harness) -> None:
    for chat, lang in ((63661, "ko"), (63662, "en")):
        await tg_owner(tg, chat, lang)
        before = len(tg.sent(chat))
        await tg.say(chat, BLOAT[lang])
        sent = tg.sent(chat)[before:]
        assert sent[0].startswith(t(lang, "safety-header-now")), sent
