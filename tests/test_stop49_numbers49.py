# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, numbers49: survey answers in natural sentences rejected or misread (owner trials,
stop 49), each reproduced through a real channel first (Kakao, Telegram), what was kept read
back from the store.

1. "6년째 키우는중" at how long owned: "키우는중" not understood (72 months).
2. The household: "원룸 혼자요" (1), "남동생 8살이랑 저랑 엄마 3명" (3), "3명이요 동생이
   들어왔어요" (3).
3. Exercise: a number beats "거의 못해요" ("다리가 아파서 산책 거의 못해요 10분정도" is ~10 min);
   "마당에서 30분 놀아요" is 30; "we hardly walk her" is about none.
4. Other pets "개 밤이ㅋㅋ" is a dog; concerns: every behaviour named is ticked.
5. "my son is 7" at the sex is no origin.
Left as strict xfails by numbers49, fixed by the helper sayback (batches 386-388): 4 (a
behaviour no option names is said back beside the one ticked; "개 밤이ㅋㅋ" is a dog), 5 (the
children's yes kept ahead, the sex asked again), and exercise told at the hours alone in English
("her jabs": kept ahead as the health note, as the Korean was) instead of "not noted".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

OLDER = {"ko": "9살", "en": "9"}  # the trial dog was older than it has been owned


async def _kakao_at_older(server: Server, lang: str, key: str) -> Any:
    """A Kakao user at `key` whose dog is 9 (the shared driver's dog is 3)."""
    user = server.user(lang=lang)
    await user.send("/start")
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await user.send(OLDER[lang] if k == "age_months" else text)
    assert asked(lang, key) in user.text, (key, user.text)
    return user


async def _tg_at_older(tg: Harness, chat: int, lang: str, key: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await tg.say(chat, OLDER[lang] if k == "age_months" else text)


def _span(stored: object) -> tuple[float, float]:
    if isinstance(stored, dict):
        low, high = stored.get("low", stored.get("value")), stored.get("high", stored.get("value"))
        assert isinstance(low, int | float) and isinstance(high, int | float), stored
        return float(low), float(high)
    assert isinstance(stored, int | float) and not isinstance(stored, bool), stored
    return float(stored), float(stored)


# (language, question open, typed, lowest, highest the stored amount may span)
AMOUNTS: tuple[Any, ...] = (
    ("ko", "owned_months", "6년째 키우는중", 72, 72),
    ("en", "owned_months", "had him 6 yrs now", 72, 72),
    ("en", "owned_months", "been with us 6 years", 72, 72),
    ("ko", "household", "원룸 혼자요", 1, 1),
    ("en", "household", "just me in a studio flat", 1, 1),
    ("ko", "household", "남동생 8살이랑 저랑 엄마 3명", 3, 3),
    ("en", "household", "me, mum and my 8yo brother, so 3", 3, 3),
    ("ko", "household", "3명이요 동생이 들어왔어요", 3, 3),
    ("ko", "exercise_minutes", "요즘은 다리가 아파서 산책 거의 못해요 10분정도", 10, 10),
    ("en", "exercise_minutes", "her leg hurts so we hardly walk, 10 mins or so", 10, 10),
    ("ko", "exercise_minutes", "마당에서 30분 놀아요", 30, 30),
    ("en", "exercise_minutes", "we play in the garden for 30 mins", 30, 30),
    ("en", "exercise_minutes", "we hardly walk her", 0, 0),
    ("ko", "exercise_minutes", "산책 거의 안 시켜요", 0, 0),
)


@pytest.mark.parametrize(("lang", "key", "typed", "low", "high"), AMOUNTS)
async def test_an_amount_in_a_sentence_is_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, low: float, high: float
) -> None:
    user = await _kakao_at_older(kakao, lang, key)
    await user.send(typed)
    stored = (await kakao_answers(kakao, user.key)).get(key)
    assert stored is not None, (typed, user.texts)
    got = _span(stored)
    assert low <= got[0] <= got[1] <= high, (typed, stored, user.texts)


@pytest.mark.parametrize(("lang", "key", "typed", "low", "high"), AMOUNTS)
async def test_an_amount_in_a_sentence_is_kept_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, low: float, high: float
) -> None:
    chat = 49300 + len(typed) * 3 + len(key)
    await _tg_at_older(tg, chat, lang, key)
    assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)
    await tg.say(chat, typed)
    stored = (await tg_answers(tg, chat)).get(key)
    assert stored is not None, (typed, tg.sent(chat))
    got = _span(stored)
    assert low <= got[0] <= got[1] <= high, (typed, stored, tg.sent(chat))


# (language, question, typed, done word, ticked)
CHOICES: tuple[Any, ...] = (
    ("ko", "other_pets", "개 밤이ㅋㅋ", "완료", ["dog"]),
    ("en", "other_pets", "a dog, Bami lol", "done", ["dog"]),
    ("ko", "concerns", "밤에 우는거랑 배변실수요", "완료", None),
    ("en", "concerns", "nipping, herding", "done", None),
)


@pytest.mark.parametrize(("lang", "key", "typed", "done", "ticked"), CHOICES)
async def test_every_option_named_is_ticked_or_said_back_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, done: str, ticked: list[str] | None
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    after = " ".join(user.texts)  # the reply (sayback: the line said back stands before the ticks)
    await user.send(done)
    stored = (await kakao_answers(kakao, user.key)).get(key)
    if ticked is not None:
        assert stored == ticked, (typed, stored, user.texts)
    else:
        assert (stored and len(stored) >= 2) or any(w in after for w in ("우는", "herding")), (
            typed,
            stored,
            user.texts,
        )


@pytest.mark.parametrize(("lang", "key", "typed", "done", "ticked"), CHOICES)
async def test_every_option_named_is_ticked_or_said_back_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, done: str, ticked: list[str] | None
) -> None:
    chat = 49500 + len(typed) * 3 + len(key)
    await tg_at(tg, chat, lang, key)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    after = " ".join(tg.sent(chat)[before:])  # the reply, its line said back included
    await tg.say(chat, done)
    stored = (await tg_answers(tg, chat)).get(key)
    if ticked is not None:
        assert stored == ticked, (typed, stored, tg.sent(chat))
    else:
        assert (stored and len(stored) >= 2) or any(w in after for w in ("우는", "herding")), (
            typed,
            stored,
            tg.sent(chat),
        )


SEX_CHILD: tuple[Any, ...] = (
    ("en", "my son is 7"),
    ("ko", "남동생 8살"),
)


@pytest.mark.parametrize(("lang", "typed"), SEX_CHILD)
async def test_a_child_at_the_sex_is_no_origin_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "origin" not in answers, (typed, answers, user.texts)
    assert "sex" not in answers, (typed, answers, user.texts)
    assert asked(lang, "sex") in user.texts[-1], user.texts


@pytest.mark.parametrize(("lang", "typed"), SEX_CHILD)
async def test_a_child_at_the_sex_is_no_origin_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 49700 + len(typed) * 3
    await tg_at(tg, chat, lang, "sex")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert "origin" not in answers, (typed, answers, tg.sent(chat))
    assert asked(lang, "sex") in tg.last_text(chat), tg.sent(chat)


ALONE_EXERCISE: tuple[Any, ...] = (
    ("en", "we play in the garden, no walks yet cos of her jabs"),
    ("ko", "마당에서 놀아요 접종 때문에 산책은 아직"),
)


@pytest.mark.parametrize(("lang", "typed"), ALONE_EXERCISE)
async def test_exercise_at_the_alone_hours_is_kept_ahead_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    assert asked(lang, "alone_hours") in user.texts[-1], user.texts
    said = " ".join(user.texts)  # the reply to this message
    assert "didn't note" not in said and "적지 않았" not in said, user.texts


@pytest.mark.parametrize(("lang", "typed"), ALONE_EXERCISE)
async def test_exercise_at_the_alone_hours_is_kept_ahead_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 49900 + len(typed) * 3
    await tg_at(tg, chat, lang, "alone_hours")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    assert asked(lang, "alone_hours") in tg.last_text(chat), tg.sent(chat)
    said = " ".join(tg.sent(chat)[before:])
    assert "didn't note" not in said and "적지 않았" not in said, tg.sent(chat)
