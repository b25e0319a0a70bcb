# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 28: sentences read as answers told ahead that the owner never gave, each
reproduced through a real channel at a survey question first, the stored answers read back.

1. The size of something else ("글씨가 너무 작아서 잘 안보여요", "she has a small tattoo on her
   belly") stored as the dog's size, at the size and ahead of it.
2. Family who live or walk with the dog ("me mom dad and my lil bro", "산책 엄마가 함 몰루")
   stored as the origin friend/family.
3. A person's age ("yea my bro is 8") and who gave the dog ("my daughter gave him to me")
   stored as the household; the giver is the origin.
4. "저 혼자요" at the breed said to be the hours alone: the household, one person, ahead.
5. The sex told beside a doubt about the neutering ("idk if she's spayed tbh", "중성화 했는지는
   모르겠어요 암컷이에요"): the sex dropped; kept now, the neutering not known.
6. "몰루" (몰라) stored as the breed: don't know.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, open question, typed, the key it must leave unset)
NOT_STORED = [
    ("ko", "size", "글씨가 너무 작아서 잘 안보여요", "size"),
    ("ko", "breed", "글씨가 너무 작아서 잘 안보여요", "size"),
    ("en", "size", "she has a small tattoo on her belly", "size"),
    ("en", "sex", "she has a small tattoo on her belly", "size"),
    ("en", "origin", "me mom dad and my lil bro", "origin"),
    ("en", "age_months", "me mom dad and my lil bro", "origin"),
    ("ko", "origin", "산책 엄마가 함 몰루", "origin"),
    ("ko", "breed", "산책 엄마가 함 몰루", "origin"),
    ("ko", "origin", "산책 엄마가 함 몰루", "household"),
    ("en", "household", "yea my bro is 8", "household"),
    ("en", "sex", "yea my bro is 8", "household"),
    ("en", "age_months", "my daughter gave him to me", "household"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "unset"), NOT_STORED)
async def test_what_the_owner_never_said_is_not_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, unset: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(unset) is None, (typed, answers)
    assert asked(lang, key) in user.text, (typed, user.text)  # the open question again


async def test_what_the_owner_never_said_is_not_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, unset) in enumerate(NOT_STORED[:6], start=2801):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(unset) is None, (typed, answers)


# the size told of the dog still is ("작은 애예요 5키로"), a count of people still is
KEPT = [
    ("ko", "size", "작은 애예요 5키로", "size", "small"),
    ("en", "size", "she's small, about 4kg", "size", "small"),
    ("ko", "household", "남편이랑 저 둘이요", "household", 2),
    ("en", "household", "me and my bro", "household", 2),
    ("en", "origin", "my daughter gave him to me", "origin", "friend_family"),
    ("ko", "origin", "딸이 줬어요", "origin", "friend_family"),
    ("ko", "origin", "엄마가 줬어요", "origin", "friend_family"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "field", "value"), KEPT)
async def test_what_the_owner_said_is_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, field: str, value: object
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(field) == value, (typed, user.text)


@pytest.mark.parametrize(("lang", "key"), [("en", "age_months"), ("en", "size")])
async def test_the_giver_told_ahead_is_the_origin_on_telegram(tg: Harness, lang: str, key: str) -> None:
    chat = 2810 if key == "size" else 2811
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, "my daughter gave him to me")
    answers = await tg_answers(tg, chat)
    assert answers.get("origin") == "friend_family", answers
    assert "household" not in answers, answers
    assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)


async def test_just_me_at_the_breed_is_the_household_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "breed")
    await user.send("저 혼자요")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 1, (answers, user.text)
    assert "alone_hours" not in answers and "breed" not in answers, answers
    assert asked("ko", "breed") in user.text, user.text


async def test_just_me_at_the_breed_is_the_household_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 2812, "ko", "breed")
    await tg.say(2812, "저 혼자요")
    answers = await tg_answers(tg, 2812)
    assert answers.get("household") == 1, (answers, tg.last_text(2812))


SEX_DOUBTED = [
    ("en", "idk if she's spayed tbh", "female"),
    ("en", "idk if he's neutered", "male"),
    ("ko", "중성화 했는지는 모르겠어요 암컷이에요", "female"),
    ("ko", "중성화는 모르겠어요 수컷이요", "male"),
    ("ko", "남아인데 중성화는 잘 몰라요", "male"),
]


@pytest.mark.parametrize(("lang", "typed", "sex"), SEX_DOUBTED)
async def test_the_sex_beside_a_doubt_is_kept_on_kakao(
    kakao: Server, lang: str, typed: str, sex: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") is None and answers.get("part") == {"sex": [sex]}, (typed, answers)
    assert asked(lang, "breed") in user.text, user.text


async def test_the_sex_beside_a_doubt_is_kept_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 2813, "en", "sex")
    await tg.say(2813, "idk if she's spayed tbh")
    answers = await tg_answers(tg, 2813)
    assert answers.get("part") == {"sex": ["female"]}, answers


@pytest.mark.parametrize("typed", ["몰루", "몰?루", "몰라용"])
async def test_teen_dont_know_at_the_breed_is_no_breed_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "ko", "breed")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("breed") == "mixed", typed
    assert asked("ko", "size") in user.text, user.text


async def test_teen_dont_know_at_the_origin_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 2814, "ko", "origin")
    await tg.say(2814, "몰루")
    answers = await tg_answers(tg, 2814)
    assert "origin" in answers.get("unknown", []), answers
