# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 54 (lead): faults found by the tenth held-out batch (tests/corpus/heldout10.tsv, "the
survey answered as people really answer", written blind), reproduced through a real channel
(Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.

1. A behaviour noun made a verb with 하다 ("혼자 두면 계속 하울링해서 옆집에서 뭐라고 했어요ㅠ",
   "산책하다가 다른 개 보면 입질해요" at a survey question) was read as the behaviour's name only:
   kept for the concerns question, the report lost (the held-out batch's one lost report). The
   noun with 하다 after it is the dog doing it (`understanding-behaviour-verb`): a report, saved
   and analysed, the survey's question asked again.
2. (verification trial) A new bite with its own when, told at a barking report's "how often?"
   ("근데 오늘은 택배기사님 바지를 물었어요 피는 안났는데 걱정돼요"): its "no blood" read as a minor
   wound, so the incident's history: glued onto the barking report, analysed again as one. Now a
   new report (its own bite), the barking one kept as sent.
3. (verification trial) Commands not reached: "지난번 기록 보여줘", "처음에 보낸거 보여줘" answered
   "no dog called 지난번 / 처음에"; "show me last time's record" was noise (and glued to a report
   waiting); "우리 손주가 이거 깔아줬는데 어떻게 하는 건지 모르겠네", "my grandson installed this
   for me, dont know how this works" were questions for the coach model. Each now gets the same
   reply as the command's own word, nothing stored.
4. (verification trial) "우리강아지훈련좀도와줘" at the name question became the dog's name. A
   sentence typed without spaces (a long run ending in a request, or holding a word for any dog)
   is no name: the question asked again, nothing stored.
5. (verification trial) "tried it for a week, now she only barks for like 10 min, much better!"
   after a result was a new report analysed by the model. The trying told first, at length, is
   how the step went ("it worked"), as its Korean twin already was.
6. (held-out 10) A bare "why?" at a survey question ("크기는 왜요?", "size, why?") was a question for
   the coach model; why the name is asked, after the name ("보리요. 근데 이름은 왜 물어보세요?"),
   said why and lost the name. Now the question's why, then the question again; the name stored.
7. (verification trial) "다리를 좀 절어요" (she limps a bit) during the survey was kept as a health
   note with no word of a vet: "좀" between the leg and the limp hid the sign of pain
   (`safety-term-pain`); "요즘 다리를 절뚝거려요" already showed it. Now the vet card.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_commands_asked import answered_as_the_word_on_kakao, answered_as_the_word_on_telegram
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, tg  # noqa: F401

# -- 1. a behaviour noun with 하다 is the dog doing it ---------------------------------------------

VERBED = [
    ("ko", "alone_hours", "혼자 두면 계속 하울링해서 옆집에서 뭐라고 했어요ㅠ"),
    ("ko", "breed", "산책하다가 다른 개 보면 입질해요"),
    ("ko", "household", "혼자 있으면 여기저기 마킹해요ㅠㅠ"),
]


# First run at dd8924b0: 2 of 3 failed (no report kept: the howling and the 입질 read as concerns told;
# "마킹해요" at the household was already a report).
@pytest.mark.parametrize(("lang", "key", "typed"), VERBED)
async def test_a_behaviour_noun_made_a_verb_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports] == [typed], user.texts
    assert asked(lang, key) in user.text, user.text
    assert key not in await kakao_answers(kakao, user.key)


# First run at dd8924b0: failed (no report kept, no model call).
async def test_a_behaviour_noun_made_a_verb_is_a_report_on_telegram(tg: Harness) -> None:
    lang, key, typed = VERBED[0]
    chat = 54001
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed], tg.sent(chat)[-3:]
    assert key not in await tg_answers(tg, chat)


# -- 2. a new bite with its own when at "how often?" ------------------------------------------------

NEW_BITE = {
    "ko": "근데 오늘은 택배기사님 바지를 물었어요 피는 안났는데 걱정돼요",
    "en": "also today she bit the mailman's leg, no blood though",
}


# First run at 26bc657a: ko failed (one report, the bite glued onto the barking one); en passed.
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_new_bite_at_how_often_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-frequency") in user.text, user.text
    await user.send(NEW_BITE[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [BARK[lang], NEW_BITE[lang]], (rows, user.text)


# -- 3. commands in a grandparent's and a returning owner's words -----------------------------------

ASKED = {
    "ko": (
        ("지난번 기록 보여줘", "/history"),
        ("처음에 보낸거 보여줘", "/history"),
        ("우리 손주가 이거 깔아줬는데 어떻게 하는 건지 모르겠네", "/help"),
    ),
    "en": (
        ("show me last time's record", "/history"),
        ("my grandson installed this for me, dont know how this works", "/help"),
    ),
}


# First run at 26bc657a: failed (each of the five read otherwise: "no dog called 지난번 / 처음에", questions
# for the model, noise).
async def test_commands_in_plain_words_reach_the_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    await answered_as_the_word_on_kakao(kakao, ASKED)
    assert _model_calls(fake_ollama) == 0


# First run at 26bc657a: failed.
async def test_commands_in_plain_words_reach_the_command_on_telegram(tg: Harness) -> None:
    await answered_as_the_word_on_telegram(tg, ASKED, 54100)


# -- 4. a sentence typed without spaces is no name ----------------------------------------------------

RUN_TOGETHER = ("우리강아지훈련좀도와줘", "훈련좀도와주세요")


# First run at 26bc657a: 2 of 2 failed (the name stored, the age asked of it).
@pytest.mark.parametrize("typed", RUN_TOGETHER)
async def test_a_sentence_without_spaces_is_no_name_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send(typed)
    assert asked("ko", "name") in user.text, user.text
    assert asked("ko", "age_months") not in user.text


# First run at 26bc657a: failed.
async def test_a_sentence_without_spaces_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 54200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, RUN_TOGETHER[0])
    await tg.hook.idle(TURN_BOUND)
    assert asked("ko", "name") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 5. the trying told first at length is how it went -------------------------------------------------

TRIED_LONG = "tried it for a week, now she only barks for like 10 min, much better!"


# First run at 26bc657a: failed (a second report, analysed by the model).
async def test_the_trying_told_at_length_is_how_it_went_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await _result_shown(kakao, fake_ollama, "en", BARK["en"])
    calls = _model_calls(fake_ollama)
    await user.send(TRIED_LONG)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [BARK["en"]], (rows, user.text)


# -- 6. a bare "why?" at a survey question; why the name is asked, after it -------------------------

BARE_WHY = (("ko", "size", "크기는 왜요?"), ("en", "size", "size, why?"), ("en", "age_months", "why?"))


# First run at ebe8aed3: 3 of 3 failed (a question for the coach model).
@pytest.mark.parametrize(("lang", "key", "typed"), BARE_WHY)
async def test_a_bare_why_at_a_question_gets_its_why_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    why = "size" if key == "size" else "age_months"
    assert t(lang, f"survey-why-{why}") in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    assert _model_calls(fake_ollama) == 0


NAME_WHY = {
    "ko": ("보리요. 근데 이름은 왜 물어보세요?", "보리"),
    "en": ("Mochi. why do you need her name?", "Mochi"),
}


# First run at ebe8aed3: 2 of 2 failed (why said, the name asked again).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_why_the_name_is_asked_after_the_name_keeps_it_on_kakao(kakao: Server, lang: str) -> None:
    typed, name = NAME_WHY[lang]
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    # why the first questions are asked (the name's own why), then the next question of the dog named
    assert t(lang, "survey-why-first") in user.text, user.text
    assert (await kakao_answers(kakao, user.key)).get("name") == name, user.text
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text


# First run at ebe8aed3: failed.
async def test_why_the_name_is_asked_after_the_name_keeps_it_on_telegram(tg: Harness) -> None:
    typed, name = NAME_WHY["ko"]
    chat = 54300
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert (await tg_answers(tg, chat)).get("name") == name, tg.sent(chat)[-2:]


# -- 7. a limp told with "좀" between the leg and the verb ------------------------------------------

LIMPS = ("다리를 좀 절어요", "뒷다리를 살짝 절어요")


# First run at b00f9d59: 2 of 2 failed (no vet card).
@pytest.mark.parametrize("typed", LIMPS)
async def test_a_limp_told_at_a_survey_question_shows_the_vet_card_on_kakao(
    kakao: Server, typed: str
) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send(typed)
    assert t("ko", "safety-pain_illness") in user.text, user.text


# First run at b00f9d59: failed.
async def test_a_limp_told_at_a_survey_question_shows_the_vet_card_on_telegram(tg: Harness) -> None:
    chat = 54400
    await tg_at(tg, chat, "ko", "age_months")
    before = len(tg.sent(chat))
    await tg.say(chat, LIMPS[0])
    await tg.hook.idle(TURN_BOUND)
    sent = tg.sent(chat)[before:]
    assert any(t("ko", "safety-pain_illness") in text for text in sent), sent
