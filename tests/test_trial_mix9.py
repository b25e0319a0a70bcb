# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial on main, messages mid-survey that are no plain answer (issue 11, corpus
batch 76). Each fault reproduced through a real channel first (KakaoTalk over the skill's HTTP,
Telegram through the fake Bot API and the webhook, the terminal as a subprocess), both languages,
the fake model's calls counted, then kept.

1. A behaviour told with no incident ("Daisy is the one who barks though" at the children,
   "resource guarding, and she's a bit anxious when I leave" at the breed) was analysed by the
   model: the concerns it names are kept for the concerns question, no model call.
2. "he also pulls like a train on the lead, how do I stop that?" at the age was analysed and
   stored as a report: a how-do-I question is a question at every kind of question.
3. "How do I stop him pulling on the leash? He's been doing it since we got him." and "thanks!!
   that's really helpful" at the breed got "I didn't find a breed in …", thanks at a choice
   question "Please pick one of the options": a question, and small talk.
4. How often / since when just after a report's result ("most mornings tbh, it started when we
   moved house in the autumn" at the household, "pretty much every time we see a dog tbh" at the
   other pets: Dog ticked) was lost: detail for that report at every kind, never a tick.
5. A report with a question beside it ("Coco barked at the bin men this morning. Is that normal
   for a mix?") dropped the question silently: the report is analysed and a line says the
   question was seen and how to have it answered.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import REPORT_EN, REPORT_KO
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_survey_reports_and_questions import kakao_rows, questions_kept_as_questions, tg_rows
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial_k2_meaning import settle, tgo  # noqa: F401  (fixture)

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
# the terminal runs this checkout's code (the shared virtualenv's editable install may be another's)
HERE = {"PYTHONPATH": str(Path(__file__).resolve().parents[1])}

# -- 1. a behaviour with no incident: the concerns kept, no model call ------------------------------

CONCERNS_TOLD = (  # (lang, question key, typed, the concerns it names)
    ("en", "breed", "resource guarding, and she's a bit anxious when I leave", {"resource_guarding", "fear"}),
    ("en", "breed", "she's reactive to other dogs and pulls on the lead", {"aggression_dogs", "pulling"}),
    ("ko", "breed", "분리불안이 좀 있고 다른 개한테 예민해요", {"separation"}),
    ("ko", "size", "분리불안이 좀 있어요", {"separation"}),
    ("en", "other_pets", "she's reactive to other dogs", {"aggression_dogs"}),
)


@pytest.mark.parametrize(("lang", "key", "typed", "named"), CONCERNS_TOLD)
async def test_a_behaviour_with_no_incident_keeps_its_concerns_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, named: set[str]
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await settle()
    assert _calls(fake_ollama) == 0, user.text  # nothing analysed
    assert await kakao_rows(kakao, user.key) == []
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, answers
    assert named <= set(answers.get("concerns") or []), answers
    assert "mouthing" not in (answers.get("concerns") or []), answers  # "a bit" is no bite
    assert t(lang, "survey-concerns-kept", concerns="@").split("@")[0] in user.text, user.text
    assert asked(lang, key) in user.text, user.text


async def test_the_concerns_kept_are_ticked_at_the_concerns_question_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "breed")
    await user.send("she's reactive to other dogs and pulls on the lead")
    for answer in ("poodle", "small", "breeder", "2 years", "2", "no", "none", "4", "60"):
        await user.send(answer)
    assert asked("en", "concerns") in user.text, user.text
    await user.send("done")
    answers = await kakao_answers(kakao, user.key)
    assert set(answers["concerns"]) == {"aggression_dogs", "pulling"}, answers
    assert asked("en", "worst_reaction") in user.text, user.text


async def test_a_behaviour_with_no_incident_at_the_children_question_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, typed in (
        (76101, "en", "Daisy is the one who barks though"),
        (76102, "ko", "콩이가 좀 짖는 편이에요"),
    ):
        await tg_at(tgo, chat, lang, "children")
        before = _calls(fake_ollama)
        await tgo.say(chat, typed)
        await settle()
        assert _calls(fake_ollama) == before, tgo.sent(chat)[-2:]
        assert await tg_rows(tgo, chat) == []
        answers = await tg_answers(tgo, chat)
        assert answers.get("concerns") == ["barking"] and "children" not in answers, answers
        assert asked(lang, "children") in tgo.last_text(chat)


def test_a_behaviour_with_no_incident_in_the_terminal(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    env = {"OLLAMA_HOST": fake_ollama.url, **HERE}
    for lang, lines in (
        ("en", ["Rex", "3", "female spayed", "she's reactive to other dogs and pulls on the lead", "quit"]),
        ("ko", ["콩이", "3살", "여아 중성화", "분리불안이 좀 있고 다른 개한테 예민해요", "종료"]),
    ):
        out = _chat(tmp_path, lines, "--lang", lang, "--user", f"c76{lang}", env_extra=env)
        assert t(lang, "survey-concerns-kept", concerns="@").split("@")[0] in out, out
        assert t(lang, "report-kept-in-flow") not in out, out
    assert _calls(fake_ollama) == 0


# -- 2, 3. a how-do-I question at every kind of question; thanks at every kind ------------------------

QUESTIONS = (
    ("en", "age_months", "he also pulls like a train on the lead, how do I stop that?"),
    ("ko", "age_months", "산책할 때 줄을 너무 당기는데 어떻게 고쳐요?"),
    ("en", "breed", "How do I stop him pulling on the leash? He's been doing it since we got him."),
    ("ko", "breed", "줄 당기는 거 어떻게 고쳐요? 데려온 날부터 그래요"),
    ("en", "household", "how do i stop her jumping on guests? she does it every time"),
)


async def test_a_how_do_i_question_is_a_question_at_every_kind_on_telegram(tg: Harness) -> None:
    wrong = await questions_kept_as_questions(tg, QUESTIONS, 76201)
    assert not wrong, wrong


@pytest.mark.parametrize(("lang", "key", "typed"), QUESTIONS[:3])
async def test_a_how_do_i_question_is_a_question_at_every_kind_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert await kakao_rows(kakao, user.key) == [("question", typed)]
    assert key not in await kakao_answers(kakao, user.key)
    for _ in range(50):
        if _calls(fake_ollama) == 1:
            break
        await asyncio.sleep(0.1)
    assert _calls(fake_ollama) == 1  # answered by the coach, once; never analysed as an incident


THANKS = (
    ("en", "breed", "thanks!! that's really helpful"),
    ("en", "size", "thanks!! that's really helpful"),
    ("en", "other_pets", "thanks!! that's really helpful"),
    ("en", "household", "thank you, that's so helpful"),
    ("ko", "breed", "고마워요!! 도움 많이 됐어요"),
    ("ko", "size", "감사해요 큰 도움 됐어요ㅠㅠ"),
)


async def test_thanks_mid_survey_is_small_talk_at_every_kind_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong: list[Any] = []
    for lang, key, typed in THANKS:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        refused = (
            t(lang, "survey-unclear-breed", typed=typed),
            t(lang, "survey-choice-pick", options="").split(":")[0],
            t(lang, "survey-unclear-not-an-option", typed=typed, options="").split(":")[0],
        )
        last = user.text
        if any(r in last for r in refused) or asked(lang, key) not in last:
            wrong.append((typed, last))
        if key in await kakao_answers(kakao, user.key) or await kakao_rows(kakao, user.key):
            wrong.append((typed, "stored"))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_thanks_at_the_breed_is_small_talk_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 76301, "en", "breed")
    await tg.say(76301, "thanks!! that's really helpful")
    said = "\n".join(tg.sent(76301)[-2:])
    assert t("en", "survey-unclear-breed", typed="thanks!! that's really helpful") not in said, said
    assert asked("en", "breed") in tg.last_text(76301)
    assert "breed" not in await tg_answers(tg, 76301)


# -- 4. how often / since when just after a result: detail at every kind, never a tick ---------------

DETAIL = (  # (lang, question key, typed)
    ("en", "household", "most mornings tbh, it started when we moved house in the autumn"),
    ("en", "size", "every weekday since we got him"),
    ("en", "other_pets", "pretty much every time we see a dog tbh"),
    ("ko", "other_pets", "다른 강아지 볼 때마다 그래요"),
    ("ko", "size", "작년 가을부터 산책 나갈 때마다 그래요"),
)


async def _kakao_analysed(user: Any, lang: str, fake: FakeOllama, before: int) -> None:
    """Until the report was analysed, and its result shown where Kakao offers its button (at a
    multi-choice question the question's own buttons are under the turn: the result waits)."""
    for _ in range(100):
        if _calls(fake) > before:
            break
        await asyncio.sleep(0.1)
    for _ in range(30):
        if t(lang, "analysis-summary") in user.text:
            return
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")


@pytest.mark.parametrize(("lang", "key", "typed"), DETAIL)
async def test_how_often_after_a_result_is_detail_at_every_kind_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(REPORT[lang])
    await _kakao_analysed(user, lang, fake_ollama, 0)
    before = _calls(fake_ollama)
    await user.send(typed)
    [text] = [r for kind, r in await kakao_rows(kakao, user.key) if kind == "report"]
    assert typed in text, text  # added to the report
    assert key not in await kakao_answers(kakao, user.key)  # no tick, no answer
    for _ in range(50):
        if _calls(fake_ollama) == before + 1:
            break
        await asyncio.sleep(0.1)
    assert _calls(fake_ollama) == before + 1  # analysed again with it


async def test_how_often_after_a_result_at_a_number_question_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, typed in (
        (76401, "en", DETAIL[0][2]),
        (76402, "ko", "거의 매일요 이사 오고 나서부터 그래요"),
    ):
        await tg_at(tgo, chat, lang, "household")
        before = _calls(fake_ollama)
        await tgo.say(chat, REPORT[lang])
        await eventually(lambda b=before: _calls(fake_ollama) > b)
        await eventually(
            lambda c=chat, lg=lang: (
                t(lg, "analysis-summary") in "\n".join(tgo.sent(c, ("message", "edit_text")))
            )
        )
        await tgo.say(chat, typed)
        await eventually(lambda b=before: _calls(fake_ollama) == b + 2)  # analysed again with it
        rows = await tg_rows(tgo, chat)
        assert len(rows) == 1 and typed in rows[0][1], rows
        number = t(lang, "survey-err-household").split("{")[0][:12]
        assert all(number not in m for m in tgo.sent(chat)[-2:]), tgo.sent(chat)[-2:]


# -- 5. a report with a question beside it -----------------------------------------------------------

TWO_KINDS = {
    "en": ("Biscuit growled at my nephew yesterday… Also is it normal for a puppy to sleep 18 hours?",
           "Also is it normal for a puppy to sleep 18 hours?"),
    "ko": ("어제 산책하다가 다른 개한테 짖었어요. 근데 이 나이에 잠을 이렇게 많이 자도 돼요?",
           "근데 이 나이에 잠을 이렇게 많이 자도 돼요?"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_report_with_a_question_beside_it_says_the_question_was_seen_on_kakao(
    kakao: Server, lang: str
) -> None:
    typed, question = TWO_KINDS[lang]
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert await kakao_rows(kakao, user.key) == [("report", typed)]
    assert t(lang, "report-question-noted", question=question) in "\n".join(user.texts), user.texts
    assert asked(lang, "children") in user.text, user.text


def test_a_report_with_a_question_beside_it_in_the_terminal(tmp_path: Path) -> None:
    typed = "Coco barked at the bin men this morning. Is that normal for a mix?"
    out = _chat(tmp_path, ["cancel", typed, "quit"], "--lang", "en", "--user", "q76", env_extra=HERE)
    assert t("en", "report-question-noted", question="Is that normal for a mix?") in out, out
