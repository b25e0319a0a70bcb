# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, checkin3: each fault reproduced through a real channel first, what was kept read back
from the store.

1. A behaviour told as happened for a length of time ("오늘 아침에 택배 기사님 보고 10분 동안
   짖었어요") was good news (`news-calm`), nothing kept: "동안 짖" holds "안 짖" (didn't bark). A
   negation that starts inside a word it only seems to continue (`understanding-talk-calm-false`:
   동안, 한동안, 불안, "not a good day") is none.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_reports, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. a behaviour told as lasting a while is a report, not good news ---------------------------

LASTED = (
    ("ko", "오늘 아침에 택배 기사님 보고 10분 동안 짖었어요"),
    ("ko", "한시간 내내 울었어요"),
    ("ko", "어제 저녁에 30분 동안 낑낑댔어요"),
    ("ko", "산책하다가 한동안 짖었어요"),
    ("en", "barked for 10 minutes at the delivery guy"),
)


@pytest.mark.parametrize(("lang", "typed"), LASTED)
async def test_a_behaviour_told_as_lasting_a_while_is_a_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


async def test_a_behaviour_told_as_lasting_a_while_is_a_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(LASTED, 48301):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [typed], tg.sent(chat)
