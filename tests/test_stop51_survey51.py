# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 51, helper survey51: survey answers owners typed naturally, lost or refused in the last owner
trials, each reproduced through a real channel first (Kakao skill webhook, Telegram over the fake
Bot API; ko and en), what was stored read back from the store (corpus batches 431 and 432).

1. An answer with a question beside it lost the answer: "출근하면 9시간정도 혼자있어요ㅠ 괜찮을까요.."
   at the hours alone was the whole a question for the coach, the 9 hours never stored (the crying
   "ㅠ" on the clause's ending hid the cut `answer_asked` makes after "-요"); "no kids, is that a
   problem?" stored "no" and dropped the question. Both now store the answer, keep the question for
   the coach, and go on to the next question, as "7시간? 너무 긴가요?" did (stop 49). "we have a cat,
   does that count?" is still the answer alone (a question about the survey's question:
   `understanding-answer-fits-asked`). "like 9 hrs while i work, is that ok?" and "산책은 하루 30분
   정도요 너무 적나요?" were read right: checked end to end here.
2. "the rescue said maybe around 1-2 years? they weren't sure" at the age was asked again ("said",
   "they weren't sure" left over): who told it (`lex-hearsay`) and their doubt (`lex-approx`) hedge
   the range, stored as about 1-2 years (18 months, [12, 24]); the Korean siblings too.
3. "hes 2 in june" was stored as exactly 24 months ("6월에 2살 돼요": 72, asked again). Decision: a
   birthday month beside an age with no past word is a birthday to come, so the dog is between one
   year less and the age said: about 1-2 years (18 months, [12, 24]), as "he'll be 3 in June" has
   been since batch 77 (no clock is read: how many months to June is not counted).
   "he turned 2 in june", "6월에 2살 됐어요" are 2 years (`lex-birthday-past`).
4. "작은", "큰" alone at the size were not understood: Small, Large (`.alone` option words, never
   looked for inside a sentence); "smallish", "biggish", "중간", "작아요" were read already.
5. "up to 3 hrs", "max 3h", "길면 3시간" at the hours alone and the exercise were asked again: an
   upper bound is about that much. "not much tbh" was already about none (hardly any); at the
   exercise the review showed "about 0 minutes", now "hardly any" as at the hours alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.survey import index_of
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. an answer with a question beside it: both kept -------------------------------------------


# Its channel tests are stop 49's (`test_stop49_names49.ASKED_ALONG`, stop 51's cases added there).


async def test_does_that_count_is_the_answer_alone_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, typed in (
        ("en", "we have a cat, does that count?"),
        ("ko", "고양이 있어요 이것도 포함인가요?"),
    ):
        user = await kakao_at(kakao, lang, "other_pets")
        await user.send(typed)
        if "other_pets" not in await kakao_answers(kakao, user.key):
            await user.send(t(lang, "nav-done"))
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("other_pets") == ["cat"], (typed, answers, user.texts)
        assert not [r for r in await _kakao_reports(kakao, user.key) if r.is_question], user.texts


# -- 2, 3. ages: a range told second-hand, a birthday month ---------------------------------------

# (lang, typed at the age, stored months, [low, high] or None when exact)
AGES: tuple[tuple[str, str, float, Any], ...] = (
    ("en", "the rescue said maybe around 1-2 years? they weren't sure", 18, [12, 24]),
    ("ko", "구조단체에서 한 1~2살? 잘 모르겠대요", 18, [12, 24]),
    ("ko", "보호소에서 1-2살쯤이라고 했는데 확실하진 않대요", 18, [12, 24]),
    ("en", "hes 2 in june", 18, [12, 24]),
    ("ko", "6월에 2살 돼요", 18, [12, 24]),
    ("en", "he turned 2 in june", 24, None),
    ("ko", "6월에 2살 됐어요", 24, None),
)


def _range(answers: dict[str, Any], key: str) -> Any:
    return answers.get("approximate", {}).get(key)


@pytest.mark.parametrize(("lang", "typed", "months", "between"), AGES)
async def test_ages_told_naturally_on_kakao(
    kakao: Server, lang: str, typed: str, months: float, between: Any
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == months, (typed, answers, user.texts)
    assert _range(answers, "age_months") == between, (typed, answers)
    assert asked(lang, "sex") in user.text, user.texts


async def test_ages_told_naturally_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, months, between) in enumerate(AGES, 51120):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == months, (typed, answers, tg.sent(chat)[-3:])
        assert _range(answers, "age_months") == between, (typed, answers)
        assert asked(lang, "sex") in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 4. a size said by its adjective alone ------------------------------------------------------

SIZES: tuple[tuple[str, str, str], ...] = (
    ("ko", "작은", "small"),
    ("ko", "큰", "large"),
    ("ko", "작은데요", "small"),
    ("ko", "중간", "medium"),
    ("en", "smallish", "small"),
    ("en", "biggish", "large"),
    ("en", "on the big side", "large"),
)


@pytest.mark.parametrize(("lang", "typed", "size"), SIZES)
async def test_a_size_adjective_alone_on_kakao(kakao: Server, lang: str, typed: str, size: str) -> None:
    user = await kakao_at(kakao, lang, "size")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("size") == size, (typed, answers, user.texts)
    assert asked(lang, "origin") in user.text, user.texts


async def test_a_size_adjective_alone_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, size) in enumerate(SIZES, 51140):
        await tg_at(tg, chat, lang, "size")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("size") == size, (typed, tg.sent(chat)[-3:])


# -- 5. upper bounds and "not much" at the quantity questions -------------------------------------

# (lang, question, typed, stored)
BOUNDS: tuple[tuple[str, str, str, float], ...] = (
    ("en", "alone_hours", "up to 3 hrs", 3),
    ("en", "alone_hours", "max 3h", 3),
    ("ko", "alone_hours", "길면 3시간", 3),
    ("en", "exercise_minutes", "up to 3 hrs", 180),
    ("ko", "exercise_minutes", "많으면 30분", 30),
    ("en", "exercise_minutes", "not much tbh", 0),
    ("en", "alone_hours", "not much tbh", 0),
)
NEXT = {"alone_hours": "exercise_minutes", "exercise_minutes": "concerns"}


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), BOUNDS)
async def test_bounds_and_not_much_are_answers_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, NEXT[key]) in user.text, user.texts


async def test_bounds_and_not_much_are_answers_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(BOUNDS, 51160):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get(key) == stored, (typed, tg.sent(chat)[-3:])
        assert asked(lang, NEXT[key]) in tg.last_text(chat), tg.sent(chat)[-3:]


async def test_not_much_exercise_is_shown_as_hardly_any_on_telegram(tg: Harness) -> None:
    """The review said "about 0 minutes" for the exercise's "not much tbh"; "hardly any" now, as
    the hours alone's "rarely" was already shown."""
    await tg_at(tg, 51180, "en", "exercise_minutes")
    await tg.say(51180, "not much tbh")
    for _key, text in ANSWERS["en"][index_of("concerns") :]:
        await tg.say(51180, text)
    review = tg.last_text(51180)
    assert t("en", "value-hardly-any") in review, review


async def test_not_much_exercise_is_shown_as_hardly_any_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "exercise_minutes")
    await user.send("별로 안 해요")
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == 0, user.texts
    for _key, text in ANSWERS["ko"][index_of("concerns") :]:
        await user.send(text)
    assert t("ko", "value-hardly-any") in user.text, user.texts
