# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial 31, reproduced through real channels (KakaoTalk over the skill's HTTP,
Telegram through the fake Bot API), in English and Korean, read back from the store.

1. A first message that reports in casual or British words ("my two lads keep scrapping over
   food, the older one went for the pup this morning") got the welcome and the name question: no
   report, no analysis. Fighting and attacking said in everyday words ("scrapping", "went for",
   "had a go at", "kicked off", "squabble"; "싸워요", "덤볐어요", "달려들었어요") are behaviour
   words: the first-contact report is kept and analysed and the survey offered.
2. At the survey's questions whose answer describes behaviour, the answer became a report for
   the model: the concerns told as a list ("food guarding and fighting with the other dog"), the
   health note naming a past trainer's spray bottle, the worst reaction retelling the bite reported
   moments ago. The answer is the answer (every concern word ticked), nothing reaches the model;
   a bite reported a moment ago is not stored twice.
"""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
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


def _model_calls(fake: FakeOllama) -> int:
    return len(fake.chat_bodies())


# -- 1. a first message reporting in everyday fighting words -------------------------------------

FIRST = (
    ("en", "my two lads keep scrapping over food, the older one went for the pup this morning"),
    ("en", "the older one went for the pup this morning"),
    ("en", "he had a go at the neighbours dog on our walk yesterday"),
    ("en", "the two of them kicked off in the kitchen last night"),
    ("en", "my dogs squabble over toys every evening"),
    ("ko", "두 녀석이 밥 때문에 맨날 싸워요, 오늘 아침에 큰 애가 막내한테 덤볐어요"),
    ("ko", "큰 애가 아침에 막내한테 달려들었어요"),
    ("ko", "우리 애 둘이 자꾸 싸워요"),
)


@pytest.mark.parametrize(("lang", "typed"), FIRST)
async def test_a_first_report_in_everyday_fighting_words_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=None)
    await user.send(typed)
    assert await kakao_reports(kakao, user.key) == [typed], user.texts
    assert t(lang, "first-report-offer") in user.text, user.texts
    assert asked(lang, "name") not in user.text, user.texts
    for _ in range(50):
        if _model_calls(fake_ollama):
            break
        await asyncio.sleep(0.1)
    assert _model_calls(fake_ollama) >= 1, user.texts


async def test_a_first_report_in_everyday_fighting_words_is_kept_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 46800
    typed = FIRST[0][1]
    await tg.say(chat, typed, language_code="en")
    assert await tg_reports(tg, chat) == [typed], tg.sent(chat)
    assert t("en", "first-report-offer") in "\n".join(tg.sent(chat)), tg.sent(chat)


# -- 2. answers at the questions that describe behaviour -----------------------------------------

DONE = {"ko": "완료", "en": "done"}
# (lang, typed, the concerns ticked: every one named)
CONCERNS = (
    ("en", "food guarding and fighting with the other dog", {"resource_guarding", "aggression_dogs"}),
    ("en", "separation anxiety, fear of the vacuum, and she steals socks lol", {"separation", "fear", "other"}),
    ("en", "shes terrified of men and barks at them", {"barking", "fear"}),
    ("en", "my two lads keep scrapping with each other over food", {"aggression_dogs", "resource_guarding"}),
    ("ko", "밥 지키기랑 다른 개랑 싸우는 거요", {"resource_guarding", "aggression_dogs"}),
    ("ko", "분리불안이 있고 청소기를 무서워하고 양말을 훔쳐요 ㅋㅋ", {"separation", "fear", "other"}),
    ("ko", "남자를 엄청 무서워하고 짖어요", {"barking", "fear"}),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "typed", "ticked"), CONCERNS)
async def test_the_concerns_told_as_a_list_are_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, ticked: set[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0, user.texts
    await user.send(DONE[lang])
    assert asked(lang, "worst_reaction") in user.text, user.texts
    answers = await kakao_answers(kakao, user.key)
    assert set(answers.get("concerns") or ()) == ticked, (answers, user.texts)


async def test_the_concerns_told_as_a_list_are_the_answer_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed, ticked) in enumerate(CONCERNS[:3], 46810):
        await tg_at(tg, chat, lang, "concerns")
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [], tg.sent(chat)
        await tg.say(chat, DONE[lang])
        answers = await tg_answers(tg, chat)
        assert set(answers.get("concerns") or ()) == ticked, answers
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0


HEALTH = {
    "en": "nothing health wise but our last trainer used a spray bottle when she barked 😬",
    "ko": "건강은 괜찮은데 예전 훈련사가 분무기를 썼어요 😬",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_past_trainers_method_at_the_health_note_is_the_note_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(HEALTH[lang])
    await asyncio.sleep(0.3)
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0, user.texts
    assert (await kakao_answers(kakao, user.key)).get("health") == HEALTH[lang], user.texts


async def test_a_past_trainers_method_at_the_health_note_is_the_note_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 46820
    await tg_at(tg, chat, "en", "health")
    await tg.say(chat, HEALTH["en"])
    assert await tg_reports(tg, chat) == [], tg.sent(chat)
    assert (await tg_answers(tg, chat)).get("health") == HEALTH["en"]
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0


BITE = {
    "en": ("he bit my husband this morning, he needed stitches", "he bit my husband today, stitches"),
    "ko": ("오늘 아침에 남편을 물어서 꿰맸어요", "오늘 남편 물었어요 꿰맸어요"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_bite_reported_a_moment_ago_told_again_at_the_worst_reaction_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    first, again = BITE[lang]
    await user.send(first)
    assert await kakao_reports(kakao, user.key) == [first], user.texts
    if asked(lang, "worst_reaction") not in user.text:
        await user.send(DONE[lang])
    assert asked(lang, "worst_reaction") in user.text, user.texts
    await user.send(again)
    assert await kakao_reports(kakao, user.key) == [first], user.texts
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite_injury", user.texts
    await asyncio.sleep(0.3)
    assert not any(again in json.dumps(b, ensure_ascii=False) for b in fake_ollama.chat_bodies())


async def test_a_bite_reported_a_moment_ago_told_again_at_the_worst_reaction_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 46830
    await tg_at(tg, chat, "en", "concerns")
    first, again = BITE["en"]
    await tg.say(chat, first)
    assert await tg_reports(tg, chat) == [first], tg.sent(chat)
    if asked("en", "worst_reaction") not in tg.last_text(chat):
        await tg.say(chat, DONE["en"])
    assert asked("en", "worst_reaction") in tg.last_text(chat), tg.sent(chat)
    await tg.say(chat, again)
    assert await tg_reports(tg, chat) == [first], tg.sent(chat)
    assert (await tg_answers(tg, chat)).get("worst_reaction") == "bite_injury"
