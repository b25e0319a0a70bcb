# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 42 (issue 11, owner trial 25's leftovers), each reproduced through a real channel first,
what was kept read back from the store.

1. "괜찮아요 소독했어요" after a bite (trial 25, MODEL 2): "괜찮아요" opening a statement read as
   asking, and the coach model asked; "피는 안나요" read as the asking ending -나요.
2. An edit asked formally ("나이를 고치고 싶습니다", trial 25, A4): "싶습니다" read as the new age.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_reports, t, tg_answers
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

# -- 1. "괜찮아요" opening a statement after a bite ----------------------------------------------------


@pytest.mark.parametrize("fine", ["괜찮아요 소독했어요", "괜찮아요 소독했어요 피는 안나요"])
async def test_fine_after_a_bite_is_no_question_for_the_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, fine: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("콩이가 산책하다가 제 손을 물었어요")
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    await user.send(fine)  # detail about the bite: added to its report, analysed again with it
    assert t("ko", "kakao-added-analysed") in user.text, user.text
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and fine in reports[0], (reports, user.text)
    assert _model_calls(fake_ollama) == 2, user.text  # no question for the coach model


# -- 2. an edit asked formally (trial 25, A4: "나이를 고치고 싶습니다" began with "couldn't read the age")


@pytest.mark.parametrize(("typed", "key"), [("나이를 고치고 싶습니다", "age_months"), ("견종을 바꾸고 싶습니다", "breed")])
async def test_an_edit_asked_formally_asks_the_question_without_a_bad_answer_on_kakao(
    kakao: Server, typed: str, key: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert user.text.strip().startswith(asked("ko", key)), user.text
    assert t("ko", f"survey-err-{key}") not in user.text, user.text


async def test_an_edit_asked_formally_with_its_value_on_telegram(tg: Harness) -> None:
    chat = 42001
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, "나이를 7살로 고치고 싶습니다")
    assert (await tg_answers(tg, chat)).get("age_months") == 84, tg.last_text(chat)
