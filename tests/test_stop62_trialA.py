# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 62, helper trialA62: owner trial 62's faults at survey questions, by kind, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API),
Korean and English.

1. A bite of a person told at the concerns ("she bit my friend's hand yesterday and there was
   blood") ticked Mouthing / nipping: it is aggression toward people.
2. "aggression, fear" at the concerns asked "toward people / toward dogs?" and on "done" ticked
   both: an unresolved split stores neither side.
3. Everyday verbs around the amount of exercise ("we do 산책 for 20 min") were a leftover.
5. The people counted named beside the count ("두 명입니다 저하고 집사람") were a leftover.
6. Several options by position at a single-choice question ("1, 2", "2번이랑 4번") got the generic
   re-ask: only one can be picked, said with what was understood.
7. A pain sign at the health question ("she flinches when touched near her tail") was a report:
   it is the health answer.
8. Wanting help said another way at a survey question ("우리 강아지 훈련 상담을 받고자 합니다",
   "i need help w my dog": the help menu, the profile card) is the survey's point and the
   question again.
9. A request to make the text bigger said another way ("글자를 좀 크게 할 수 있습니까") went to the
   coach model: the bot's own reply.

First run at 2d5ffbd0 (main's tip): 13 failed, 7 passed (the Telegram sweeps, every Kakao concern
and amount row of the trial's own words, the positions, the pain sign, the help wanted and the
text's size; the passes were rows that read right already: "사람을 물어요", "he bites people…",
"we go for 40 min", "하루에 산책 30분 해요", "세 명이요 저랑 와이프랑 아들", "2명 저랑 신랑", "2, me and
the hubby"). Not fixed: a bare "1" at the size on Kakao (fault 4; see the report).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DONE = {"ko": "완료", "en": "done"}

# -- 1, 2: the concerns ------------------------------------------------------------------------------

# (lang, typed at the concerns, the concerns stored after "done")
CONCERNS = (
    ("en", "she bit my friend's hand yesterday and there was blood", ["aggression_people"]),
    ("ko", "어제 친구 손을 물어서 피가 났어요", ["aggression_people"]),
    ("en", "he bites people who reach for him", ["aggression_people"]),
    ("ko", "사람을 물어요", ["aggression_people"]),
    ("en", "aggression, fear", ["fear"]),
    ("ko", "공격성, 두려움", ["fear"]),
)


@pytest.mark.parametrize(("lang", "typed", "want"), CONCERNS)
async def test_the_concerns_store_only_what_was_said_on_kakao(
    kakao: Server, lang: str, typed: str, want: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert sorted(answers.get("concerns") or []) == sorted(want), (typed, answers, user.text)


async def test_the_concerns_store_only_what_was_said_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, typed, want) in enumerate(CONCERNS, 621100):
        await tg_at(tg, chat, lang, "concerns")
        said = await tg_typed(tg, chat, typed)
        said += await tg_typed(tg, chat, DONE[lang])
        answers = await tg_answers(tg, chat)
        if sorted(answers.get("concerns") or []) != sorted(want):
            bad.append((typed, answers.get("concerns"), said))
    assert not bad, bad


# -- 3, 5: amounts with everyday words beside them ------------------------------------------------

# (lang, question, typed, value stored)
AMOUNTS = (
    ("en", "exercise_minutes", "we do 산책 for 20 min", 20),
    ("en", "exercise_minutes", "we do walks for 30 min", 30),
    ("en", "exercise_minutes", "we go for 40 min", 40),
    ("ko", "exercise_minutes", "하루에 산책 30분 해요", 30),
    ("ko", "household", "두 명입니다 저하고 집사람", 2),
    ("ko", "household", "세 명이요 저랑 와이프랑 아들", 3),
    ("ko", "household", "2명 저랑 신랑", 2),
    ("en", "household", "2, me and the hubby", 2),
)


@pytest.mark.parametrize(("lang", "key", "typed", "value"), AMOUNTS)
async def test_everyday_words_beside_an_amount_are_no_leftover_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(value), (typed, answers, user.text)


async def test_everyday_words_beside_an_amount_are_no_leftover_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, key, typed, value) in enumerate(AMOUNTS, 621200):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        got = (await tg_answers(tg, chat)).get(key)
        if got != pytest.approx(value):
            bad.append((typed, got, said))
    assert not bad, bad


# -- 6: several options at a single-choice question ---------------------------------------------

# (lang, question, typed, the options' message ids understood): several, by position or named, where
# one is picked
SEVERAL = (
    ("ko", "origin", "2번이랑 4번", ("survey-opt-origin-pet_shop", "survey-opt-origin-friend_family")),
    ("ko", "origin", "1, 2", ("survey-opt-origin-breeder", "survey-opt-origin-pet_shop")),
    ("ko", "size", "1번하고 2번", ("survey-opt-size-small", "survey-opt-size-medium")),
    ("en", "origin", "1 and 3", ("survey-opt-origin-breeder", "survey-opt-origin-shelter")),
    ("en", "size", "1 and 2", ("survey-opt-size-small", "survey-opt-size-medium")),
    ("ko", "origin", "브리더랑 보호소", ("survey-opt-origin-breeder", "survey-opt-origin-shelter")),
    ("en", "size", "small and medium", ("survey-opt-size-small", "survey-opt-size-medium")),
)


def _one_only(lang: str, ids: tuple[str, ...]) -> str:
    return t(lang, "survey-unclear-options", options=" / ".join(t(lang, i) for i in ids))


async def test_several_options_at_a_single_choice_say_only_one_on_kakao_and_telegram(
    kakao: Server, tg: Harness
) -> None:
    bad = []
    for chat, (lang, key, typed, ids) in enumerate(SEVERAL, 621300):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        if _one_only(lang, ids) not in user.text or (await kakao_answers(kakao, user.key)).get(key):
            bad.append(("kakao", typed, user.text))
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        if _one_only(lang, ids) not in said or (await tg_answers(tg, chat)).get(key):
            bad.append(("telegram", typed, said))
    assert not bad, bad


# -- 7: a pain sign at the health question ----------------------------------------------------------

PAIN = (
    ("en", "she flinches when touched near her tail"),
    ("ko", "꼬리 근처를 만지면 움찔해요"),
    ("en", "he yelps when i pick him up"),
    ("ko", "안으면 깨갱하고 아파해요"),
)


async def test_a_pain_sign_at_the_health_question_is_the_health_answer(kakao: Server, tg: Harness) -> None:
    bad = []
    for chat, (lang, typed) in enumerate(PAIN, 621400):
        user = await kakao_at(kakao, lang, "health")
        await user.send(typed)
        stored = (await kakao_answers(kakao, user.key)).get("health")
        if not stored or _kept(await _kakao_reports(kakao, user.key)):
            bad.append(("kakao", typed, stored, user.text))
        await tg_at(tg, chat, lang, "health")
        said = await tg_typed(tg, chat, typed)
        stored = (await tg_answers(tg, chat)).get("health")
        if not stored or _kept(await _tg_reports(tg, chat)):
            bad.append(("telegram", typed, stored, said))
    assert not bad, bad


# -- 8: wanting help said any way ------------------------------------------------------------------

HELP = (
    ("ko", "우리 강아지 훈련 상담을 받고자 합니다"),
    ("ko", "강아지 교육 상담 받고 싶어요"),
    ("en", "i need help w my dog"),
    ("en", "looking for some advice for my puppy"),
)


async def test_wanting_help_at_a_survey_question_is_the_surveys_point(kakao: Server, tg: Harness) -> None:
    bad = []
    for chat, (lang, typed) in enumerate(HELP, 621500):
        for key in ("name", "breed"):
            user = await kakao_at(kakao, lang, key)
            await user.send(typed)
            if t(lang, "survey-help-wanted") not in user.text or asked(lang, key) not in user.text:
                bad.append(("kakao", key, typed, user.text))
            await tg_at(tg, chat + 10 * (key == "breed"), lang, key)
            said = await tg_typed(tg, chat + 10 * (key == "breed"), typed)
            if t(lang, "survey-help-wanted") not in said or asked(lang, key) not in said:
                bad.append(("telegram", key, typed, said))
    assert not bad, bad


# -- 9: what the bot cannot do ---------------------------------------------------------------------

DISPLAY = (
    ("ko", "글자를 좀 크게 할 수 있습니까"),
    ("ko", "글씨 좀 더 크게 해 주실 수 있나요"),
    ("en", "can u make the letters larger"),
    ("en", "could the writing be bigger please"),
)


async def test_asking_for_bigger_text_mid_survey_is_the_bots_own_reply(kakao: Server, tg: Harness) -> None:
    bad = []
    for chat, (lang, typed) in enumerate(DISPLAY, 621600):
        user = await kakao_at(kakao, lang, "breed")
        await user.send(typed)
        if t(lang, "coach-display") not in user.text or _kept(await _kakao_reports(kakao, user.key)):
            bad.append(("kakao", typed, user.text))
        await tg_at(tg, chat, lang, "breed")
        said = await tg_typed(tg, chat, typed)
        if t(lang, "coach-display") not in said or _kept(await _tg_reports(tg, chat)):
            bad.append(("telegram", typed, said))
    assert not bad, bad
