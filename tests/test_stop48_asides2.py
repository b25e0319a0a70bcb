# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, asides2 (owner trial 33): owner words typed early at a choice question, lost.

1. At the sex (a choice question), answers to later questions typed ahead got only "Please pick
   one of the options shown" and nothing was kept — on Kakao and Telegram alike (the trial saw it
   on Telegram): an amount with what it is made of in another clause ("about an hour a day, mostly
   fetch in the garden and a walk round the block": the exercise), a correction of the household
   with its reason after a comma ("the household should be 3, my daughter's home for
   Christmas"), the strongest reaction in words that tick no concern ("the worst is he growls at
   the hoover"), a dated health note over eight words ("He had a tummy bug this week but
   otherwise healthy"). Each is kept ahead, said in a line, the sex asked again.
2. A button's label of another question typed out ("물었음 (상처 있음)" at the age; Kakao) was a
   report sent to the model: it is that question's answer, kept ahead.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, the open question, typed, the later question answered, its stored value)
EARLY: tuple[tuple[str, str, str, str, Any], ...] = (
    ("en", "sex", "about an hour a day, mostly fetch in the garden and a walk round the block", "exercise_minutes", 60),
    ("en", "sex", "he's never bitten anyone, the worst is he growls at the hoover", "worst_reaction", "growl"),
    ("en", "sex", "He had a tummy bug this week but otherwise healthy", "health", "He had a tummy bug this week but otherwise healthy"),
    ("en", "sex", "Actually sorry the household should be 3, my daughter's home for Christmas", "household", 3),
    ("ko", "household", "병원 다녀왔어요 위염이래요 약받아왔어요", "health", "병원 다녀왔어요 위염이래요 약받아왔어요"),
    ("ko", "age_months", "물었음 (상처 있음)", "worst_reaction", "bite_injury"),
    ("en", "age_months", "Bite with injury", "worst_reaction", "bite_injury"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "key", "typed", "later", "value"), EARLY)
async def test_answers_typed_early_at_a_question_are_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, later: str, value: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(later) == value, (answers, user.texts)
    assert key not in answers, answers
    assert asked(lang, key) in user.text, user.texts  # the open question asked again
    assert await kakao_reports(kakao, user.key) == [], user.texts


async def test_answers_typed_early_at_a_question_are_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, later, value) in enumerate(EARLY, 48201):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(later) == value, (typed, answers, tg.sent(chat))
        assert key not in answers, answers
        assert await tg_reports(tg, chat) == [], tg.sent(chat)
