# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, survey answers misread in owner trial 33 (helper `answers`). Each reproduced through
Kakao and Telegram, in Korean and English, what was stored read back, the model's calls counted.

1. "small, no kids" at the size lost the size (the children kept, the size asked again);
   "작아요, 애들은 없어요" lost the children. Both kept: the option now, the children ahead.
2. "어른 둘에 아기 하나" at the household was asked again ("에" joining the groups): 3 and yes.
3. "not yet", "아직요" at the health was stored as the note "not yet": none so far, the none value.
4. "올여름에 태어났어요", "born this spring" at the age were asked again: this year's season, an
   approximate age from today's clock.
5. "한 2키로?", "like 2km?" at the exercise were read as a weight: a distance, no time; asked
   again saying the distance understood, nothing stored.
6. "not growling, just barking", "no biting, only barks" at the worst reaction were asked again
   (or taken as the concerns corrected): none, as "으르렁은 아니고 짖기만 해요" already was.
7. "마ㄴ아요" (많아요 typed apart) was repaired into "만아요", no word: 많아요.
8. "she loves kids", "애들 좋아해요" at the children was stored yes: how the dog is with children
   says nothing of who lives at home; asked again saying so.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.services.understanding.text import fold
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

NEXT = {
    "size": "origin",
    "household": "children",
    "health": "",
    "age_months": "sex",
    "worst_reaction": "health",
    "children": "other_pets",
}
# (language, question, typed, kept {key: value}, the question asked next)
KEPT: tuple[tuple[str, str, str, dict[str, Any], str], ...] = (
    ("en", "size", "small, no kids", {"size": "small", "children": "no"}, "origin"),
    ("en", "size", "small no kids", {"size": "small", "children": "no"}, "origin"),
    ("ko", "size", "작아요, 애들은 없어요", {"size": "small", "children": "no"}, "origin"),
    ("ko", "size", "소형이고 애기 없어요", {"size": "small", "children": "no"}, "origin"),
    ("en", "origin", "shelter, we have a toddler", {"origin": "shelter", "children": "yes"}, "owned_months"),
    ("ko", "household", "어른 둘에 아기 하나", {"household": 3, "children": "yes"}, "other_pets"),
    ("ko", "household", "어른 2명에 아기 1명", {"household": 3, "children": "yes"}, "other_pets"),
    ("ko", "household", "부부에 아기 하나요", {"household": 3, "children": "yes"}, "other_pets"),
    ("en", "household", "two grown ups and a toddler", {"household": 3, "children": "yes"}, "other_pets"),
    ("en", "household", "two grown ups with a toddler", {"household": 3, "children": "yes"}, "other_pets"),
    ("ko", "household", "어른 둘 애 하나", {"household": 3}, "children"),
    ("ko", "household", "성인 2명 아이 1명", {"household": 3}, "children"),
    ("ko", "household", "부부랑 애기 둘", {"household": 4, "children": "yes"}, "other_pets"),
    ("en", "health", "not yet", {"health": "none"}, ""),
    ("ko", "health", "아직요", {"health": "none"}, ""),
    ("ko", "health", "아직 없어요 ㅎㅎ", {"health": "none"}, ""),
    ("en", "health", "not yet thankfully", {"health": "none"}, ""),
    ("en", "worst_reaction", "not growling, just barking", {"worst_reaction": "none"}, "health"),
    ("en", "worst_reaction", "no biting, only barks", {"worst_reaction": "none"}, "health"),
    ("en", "worst_reaction", "she doesn't growl she just barks", {"worst_reaction": "none"}, "health"),
    ("ko", "worst_reaction", "으르렁은 아니고 짖기만 해요", {"worst_reaction": "none"}, "health"),
)


def _kept(answers: dict[str, Any], kept: dict[str, Any]) -> bool:
    return all(
        answers.get(k) == v
        or (isinstance(v, int) and isinstance(answers.get(k), int | float) and answers[k] == v)
        for k, v in kept.items()
    )


def _asked_next(lang: str, key: str, text: str) -> bool:
    if not key:  # the last question: the review card follows
        return asked(lang, "health") not in text
    return asked(lang, key) in text


@pytest.mark.parametrize(("lang", "key", "typed", "kept", "after"), KEPT)
async def test_answers_told_are_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, kept: dict[str, Any], after: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert _kept(answers, kept), (typed, answers, user.texts)
    assert _asked_next(lang, after, user.text), (typed, user.texts)
    assert _model_calls(fake_ollama) == calls, typed


async def test_answers_told_are_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, kept, after) in enumerate(KEPT, 48101):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert _kept(answers, kept), (typed, answers, tg.sent(chat))
        assert _asked_next(lang, after, tg.last_text(chat)), (typed, tg.sent(chat))


# A season of this year at the age: the months since it, from today's clock (approximate).
SEASONS = (
    ("ko", "올여름에 태어났어요"),
    ("ko", "올봄에 태어났어요"),
    ("en", "born this spring"),
    ("ko", "작년 겨울에 태어났어요"),
)


@pytest.mark.parametrize(("lang", "typed"), SEASONS)
async def test_born_this_season_is_an_age_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    if "age_months" in answers:  # the season begun by today: months since it, at most 14
        assert 0 <= answers["age_months"] <= 14, (typed, answers)
        assert asked(lang, "sex") in user.text, user.texts
    else:  # a season still ahead this year: said so, never an age made up
        assert t(lang, "survey-err-age-born-future", typed=typed) in user.text, user.texts


async def test_born_this_season_is_an_age_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(SEASONS, 48201):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "age_months" in answers or t(lang, "survey-err-age-born-future", typed=typed) in tg.last_text(
            chat
        ), tg.sent(chat)


# A distance at the exercise: nothing stored, the distance said back, the minutes asked again.
DISTANCES = (
    ("ko", "한 2키로?", "2키로"),
    ("en", "like 2km?", "2km"),
    ("en", "about 3 miles a day", "3 miles"),
)


@pytest.mark.parametrize(("lang", "typed", "distance"), DISTANCES)
async def test_a_distance_at_the_exercise_is_asked_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, distance: str
) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert "exercise_minutes" not in await kakao_answers(kakao, user.key)
    assert t(lang, "survey-distance-not-time", understood=distance) in user.text, user.texts
    assert asked(lang, "exercise_minutes") in user.text, user.texts
    assert _model_calls(fake_ollama) == calls


async def test_a_distance_at_the_exercise_is_asked_again_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, distance) in enumerate(DISTANCES, 48301):
        await tg_at(tg, chat, lang, "exercise_minutes")
        await tg.say(chat, typed)
        assert "exercise_minutes" not in await tg_answers(tg, chat)
        sent = "\n".join(tg.sent(chat)[-3:])
        assert t(lang, "survey-distance-not-time", understood=distance) in sent, tg.sent(chat)


async def test_a_time_with_a_distance_is_the_time_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "exercise_minutes")
    await user.send("30분 2키로")
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == 30, user.texts


# How the dog is with children: no yes; said so, the children asked again.
LIKED = (("en", "she loves kids"), ("ko", "애들 좋아해요"), ("en", "he's great with children"))


@pytest.mark.parametrize(("lang", "typed"), LIKED)
async def test_liking_kids_is_no_yes_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert "children" not in await kakao_answers(kakao, user.key), user.texts
    assert t(lang, "survey-children-liked", typed=typed, name=NAME[lang]) in user.text, user.texts
    assert asked(lang, "children") in user.text, user.texts
    await user.send("yes" if lang == "en" else "네 있어요")  # a yes beside it stands
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts


async def test_liking_kids_is_no_yes_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(LIKED, 48401):
        await tg_at(tg, chat, lang, "children")
        await tg.say(chat, typed)
        assert "children" not in await tg_answers(tg, chat), tg.sent(chat)
        assert asked(lang, "children") in tg.last_text(chat), tg.sent(chat)


# A final consonant typed apart whose syllable is a word only with a silent ㅎ: that word.
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("마ㄴ아요", "많아요"),
        ("마ㄴ이 짖어요", "많이 짖어요"),
        ("괜차ㄴ아요", "괜찮아요"),
        ("시ㄹ어요", "싫어요"),
    ],
)
def test_a_silent_h_left_out_is_the_word(typed: str, meant: str) -> None:
    assert fold(typed) == meant


async def test_a_silent_h_left_out_is_never_quoted_as_no_word_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "concerns")
    await user.send("짖는게 마ㄴ아요")
    assert "만아요" not in user.text, user.texts
    assert (await kakao_answers(kakao, user.key)).get("concerns") in (None, ["barking"]), user.texts


async def test_a_silent_h_left_out_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 48501, "ko", "concerns")
    await tg.say(48501, "짖는게 마ㄴ아요")
    assert "만아요" not in "\n".join(tg.sent(48501)), tg.sent(48501)
