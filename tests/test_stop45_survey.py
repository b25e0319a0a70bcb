# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45, the onboarding survey's leftovers from the last owner trial (Kakao and Telegram, ko
and en), each reproduced through a real channel first, what was kept read back from the store.

1. "no kids yet but baby coming in march" at the children question: stored as yes (the "but"
   contrast ticked the option after it). No, and the coming baby kept as a life event beside the
   profile (`life`), said in a line.
2. Nicknames at the name ("그냥 아가라고 불러요", "we call her lady but her shelter name was
   bella"): refused as no name. The name the dog is called now.
3. A behaviour negated by its verb at the concerns ("짖지는 않는데 분리불안이 있어요", "he doesn't
   bark but he chews everything"): barking ticked. Only the other one now.
4. Life events told mid-survey: "남편이 해외출장가서 당분간 저혼자에요" at the household got the
   generic re-ask (just me now); "이사 오고 나서 더 심해진 것 같습니다" at any question was not
   understood: kept as a life event (or as detail of a report waiting), said in a line, the
   question asked again.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

LIFE = "life"  # the dog's life events told during the survey (`card.LIFE_KEY`)


def _noted(answers: dict[str, object], typed: str) -> bool:
    """`typed` is kept among the dog's life events."""
    kept = answers.get(LIFE)
    return isinstance(kept, list) and any(typed in str(e) for e in kept)


# -- 1. no children yet, a baby on the way -----------------------------------------------------------

BABY_COMING = (
    ("en", "no kids yet but baby coming in march"),
    ("ko", "아직 애는 없는데 3월에 출산 예정이에요"),
    ("en", "no children, but we're expecting a baby in june"),
    ("ko", "아이는 없고 곧 출산해요"),
)


@pytest.mark.parametrize(("lang", "typed"), BABY_COMING)
async def test_no_children_yet_a_baby_coming_is_no_and_kept_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "no", (answers, user.text)
    assert _noted(answers, typed), answers
    assert t(lang, "survey-life-baby_coming") in user.text, user.text
    assert asked(lang, "other_pets") in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), BABY_COMING)
async def test_no_children_yet_a_baby_coming_is_no_and_kept_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 4500 + BABY_COMING.index((lang, typed))
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("children") == "no", (answers, tg.sent(chat)[-3:])
    assert _noted(answers, typed), answers
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.last_text(chat)


# kept as a neighbour: a child at home now and a baby coming is yes
async def test_a_child_now_and_a_baby_coming_is_yes_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "children")
    await user.send("yes a 3 year old and another baby coming in may")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "yes", (answers, user.text)


# -- 2. the name the dog is called now ---------------------------------------------------------------

NICKNAMES = (
    ("ko", "이름은 아직 없어요 그냥 아가라고 불러요", "아가"),
    ("en", "we call her lady but her shelter name was bella", "Lady"),
    ("ko", "보호소 이름은 초코였는데 지금은 두부라고 불러요", "두부"),
    ("en", "her shelter name was bella but we call her lady now", "Lady"),
    ("en", "no name yet, we just call him buddy", "Buddy"),
    ("ko", "원래 이름은 해피였는데 지금은 보리라고 불러요", "보리"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), NICKNAMES)
async def test_the_name_the_dog_is_called_now_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    assert t(lang, "survey-q-name") in user.text, user.text
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name, (answers, user.text)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text


@pytest.mark.parametrize(("lang", "typed", "name"), NICKNAMES)
async def test_the_name_the_dog_is_called_now_on_telegram(
    tg: Harness, lang: str, typed: str, name: str
) -> None:
    chat = 4510 + NICKNAMES.index((lang, typed, name))
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == name, (answers, tg.sent(chat)[-3:])


# -- 3. a behaviour negated by its verb at the concerns ---------------------------------------------

NEGATED = (
    ("ko", "짖지는 않는데 분리불안이 있어요", ["separation"]),
    ("ko", "안 짖는데 혼자 있으면 울어요", ["separation"]),
    ("en", "he doesn't bark but he chews everything", ["destructive_chewing"]),
    ("en", "she never barks but she pulls on the leash", ["pulling"]),
    ("ko", "물지는 않는데 너무 짖어요", ["barking"]),
    ("en", "he does not bark, he just chews everything", ["destructive_chewing"]),
)
DONE = {"ko": "완료", "en": "done"}


@pytest.mark.parametrize(("lang", "typed", "ticked"), NEGATED)
async def test_a_behaviour_negated_by_its_verb_is_not_ticked_on_kakao(
    kakao: Server, lang: str, typed: str, ticked: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert sorted(answers.get("concerns") or []) == ticked, (answers, user.texts[-3:])


@pytest.mark.parametrize(("lang", "typed", "ticked"), NEGATED)
async def test_a_behaviour_negated_by_its_verb_is_not_ticked_on_telegram(
    tg: Harness, lang: str, typed: str, ticked: list[str]
) -> None:
    chat = 4520 + NEGATED.index((lang, typed, ticked))
    await tg_at(tg, chat, lang, "concerns")
    await tg.say(chat, typed)
    await tg.say(chat, DONE[lang])
    answers = await tg_answers(tg, chat)
    assert sorted(answers.get("concerns") or []) == ticked, (answers, tg.sent(chat)[-3:])


# -- 4. life events told mid-survey ------------------------------------------------------------------

AWAY = (
    ("ko", "남편이 해외출장가서 당분간 저혼자에요"),
    ("en", "my husband is deployed so it's just me for now"),
    ("ko", "남편이 군대가서 지금은 저 혼자예요"),
)


@pytest.mark.parametrize(("lang", "typed"), AWAY)
async def test_just_me_for_now_someone_away_is_one_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 1, (answers, user.text)
    assert asked(lang, "children") in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), AWAY)
async def test_just_me_for_now_someone_away_is_one_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 4530 + AWAY.index((lang, typed))
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("household") == 1, (answers, tg.sent(chat)[-3:])


WORSE_SINCE = (
    ("ko", "age_months", "이사 오고 나서 더 심해진 것 같습니다"),
    ("ko", "sex", "이사 오고 나서 더 심해진 것 같습니다"),
    ("ko", "breed", "이사 오고 나서 더 심해진 것 같습니다"),
    ("ko", "alone_hours", "이사하고부터 더 심해졌어요"),
    ("en", "age_months", "it got worse after we moved"),
    ("en", "origin", "he's been worse since we moved"),
    ("en", "household", "it got a lot worse after we moved house"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), WORSE_SINCE)
async def test_worse_since_a_move_mid_survey_is_kept_and_the_question_asked_again_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, (answers, user.text)
    assert _noted(answers, typed), (answers, user.text)
    assert t(lang, "survey-life-worse_since") in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    assert not await kakao_reports(kakao, user.key)


@pytest.mark.parametrize(("lang", "key", "typed"), WORSE_SINCE)
async def test_worse_since_a_move_mid_survey_is_kept_and_the_question_asked_again_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 4540 + WORSE_SINCE.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    n = len(tg.sent(chat))
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    replies = "\n".join(tg.sent(chat)[n:])
    assert key not in answers, (answers, replies)
    assert _noted(answers, typed), (answers, replies)
    assert t(lang, "survey-life-worse_since") in replies, replies
    assert asked(lang, key) in tg.last_text(chat), replies


WORSE_AFTER_REPORT = (
    ("ko", "alone_hours", "콩이가 혼자 있으면 계속 짖어요", "이사 오고 나서 더 심해진 것 같습니다"),
    (
        "en",
        "exercise_minutes",
        "rex barked at the neighbours for an hour last night",
        "it got worse after we moved",
    ),
)


@pytest.mark.parametrize(("lang", "key", "report", "typed"), WORSE_AFTER_REPORT)
async def test_worse_since_a_move_after_a_report_mid_survey_is_its_detail_on_kakao(
    kakao: Server, lang: str, key: str, report: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(report)
    await user.send(typed)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and typed in reports[0], (reports, user.text)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(("lang", "key", "report", "typed"), WORSE_AFTER_REPORT)
async def test_worse_since_a_move_after_a_report_mid_survey_is_its_detail_on_telegram(
    tg: Harness, lang: str, key: str, report: str, typed: str
) -> None:
    chat = 4550 + WORSE_AFTER_REPORT.index((lang, key, report, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, report)
    await tg.say(chat, typed)
    reports = await tg_reports(tg, chat)
    assert len(reports) == 1 and typed in reports[0], (reports, tg.sent(chat)[-3:])
    assert key not in await tg_answers(tg, chat)
