# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Survey leftovers of issue 11 (corpus batch 64), each reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API and the webhook), then kept;
none of these reaches the model.

1. A number after a hedge or alternative word ("an hour, sometimes two", "about 3, maybe 4",
   "3명? 아니 4명인가") is an alternative, not a part: never added to the first.
   "3시간 아니면 4시간" was a correction of a dog called "면": one value or another, no correction.
   People counted as one number or another are both said back, never half a person stored.
7. "물 뻔했어요" at the worst reaction was "pick one of the options": snap.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

RANGES = (  # (lang, question, typed, stored, [low, high])
    ("en", "exercise_minutes", "an hour, sometimes two", 90, [60.0, 120.0]),
    ("en", "exercise_minutes", "an hour or two", 90, [60.0, 120.0]),
    ("ko", "exercise_minutes", "한 시간, 가끔 두 시간", 90, [60.0, 120.0]),
    ("ko", "exercise_minutes", "한시간 가끔 두시간", 90, [60.0, 120.0]),
    ("en", "alone_hours", "about 3, maybe 4", 3.5, [3.0, 4.0]),
    ("ko", "alone_hours", "3시간 아니면 4시간", 3.5, [3.0, 4.0]),
)


async def test_a_number_after_an_alternative_word_is_a_range_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, key, typed, stored, low_high in RANGES:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        answers: dict[str, Any] = await kakao_answers(kakao, user.key)
        if answers.get(key) != stored or (answers.get("approximate") or {}).get(key) != low_high:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


REASKED = (  # (lang, question, typed, what the re-ask must say, what it must not)
    ("en", "alone_hours", "3, maybe 4 on weekends", "I understood 3 hours", "30 minutes"),
    ("ko", "household", "3명? 아니 4명인가 잘 모르겠네요", "3명까지는", "7명"),
    ("en", "household", "3, maybe 4", "3 or 4 people", "7"),
)


async def test_an_alternative_is_never_added_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, key, typed, said, unsaid) in enumerate(REASKED, 64001):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        reply = "\n".join(tg.sent(chat)[-3:])
        assert (await tg_answers(tg, chat)).get(key) is None, (typed, reply)
        assert said in reply and unsaid not in reply and asked(lang, key) in reply, (typed, reply)
    assert _calls(fake_ollama) == 0


async def test_almost_bitten_is_a_snap_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed in (("ko", "물 뻔했어요"), ("ko", "물릴 뻔했어요"), ("en", "almost bit him")):
        user = await kakao_at(kakao, lang, "worst_reaction")
        await user.send(typed)
        got = (await kakao_answers(kakao, user.key)).get("worst_reaction")
        if got != "snap" or asked(lang, "health") not in user.text:
            wrong.append((typed, got, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0
