# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53 (lead): faults found by reading what the corpus could not see, reproduced through a real
channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.

1. A question opened with a word that turns to it ("근데 견종이 행동에 영향이 있나요" at the breed,
   "quick question, how long should walks be?" at the breed, "그런데 진돗개는 … 싫어합니까?" at the
   other pets) was cut into an answer and a question: the breed stored as "근데" or "quick", a dog
   ticked among the other pets. The corpus row said `question`, which it was; what it carried as
   the survey's answer (`Understanding.answered`) no row could say until this stop's `&answered`.
   A message that opens with a turn to a question carries no answer before it.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.telegram_api import FakeTelegramServer  # noqa: F401
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, harness, settings_for, tg  # noqa: F401

# -- 1. a question opened with a turn word carries no answer -------------------------------------

OPENED = [
    ("ko", "breed", "근데 견종이 행동에 영향이 있나요"),
    ("en", "breed", "quick question, how long should walks be?"),
    ("ko", "other_pets", "그런데 진돗개는 원래 주인 말고 다른 사람을 싫어합니까?"),
    ("en", "breed", "btw, is it normal for them to chew this much?"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED)
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED[:2])
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 53001 + ("ko", "en").index(lang)
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert key not in await tg_answers(tg, chat), tg.sent(chat)[-3:]
