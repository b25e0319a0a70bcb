# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Korean acceptance trial K2 (issue 11, batch 60): survey answers misread, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API
and the webhook), in both languages where the kind exists in both. None reaches the model.

1. "네 시작할게요" at the name question became the dog's name: start words are no name.
2. "데려온지 6개월쯤 됐습니다" at the age was stored as the age; "하루 1시간 산책" at hours
   alone as 1 hour alone: another number question's answer is stored there, this one re-asked.
4. "네 6살" at the children question: a child's age with a yes is yes.
5. "한 3~4살 정도 된다고 들었어요": a hearsay ending does not block the answer.
6. "보호소에서 데려와서 나이는 잘 몰라요" was read as 3 years ("서" of "데려와서"): don't know.
8. "3명이요 애기 하나 있어요" at the household: children = yes stored ahead.
10. "거의 없어요 항상 집에 있어요" at hours alone: about 0.
11. "나이 고칠래요", "4살": the new age is said.
"""

from __future__ import annotations

from dogcoach.handlers.card import UNKNOWN_KEY
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def test_start_words_are_no_name_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, greeting, typed in (
        ("ko", "안녕하세요", "네 시작할게요"),
        ("ko", "안녕하세요", "ㅇㅋ 시작"),
        ("en", "hi", "yes let's start"),
        ("en", "hi", "sure go ahead"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(greeting)
        await user.send(typed)
        if (
            t(lang, "survey-q-name") not in user.text
            or t(lang, "survey-progress", n=2, total=15) in user.text
        ):
            wrong.append((typed, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


OTHER_NUMBER = (  # (lang, question, typed, stored key, stored value)
    ("ko", "age_months", "데려온지 6개월쯤 됐습니다", "owned_months", 6),
    ("en", "age_months", "we've had her 6 months", "owned_months", 6),
    ("ko", "alone_hours", "하루 1시간 산책", "exercise_minutes", 60),
    ("en", "alone_hours", "1 hour walk a day", "exercise_minutes", 60),
    ("ko", "exercise_minutes", "혼자 6시간 있어요", "alone_hours", 6),  # the other way: corrected
    ("en", "exercise_minutes", "home alone for 6 hours", "alone_hours", 6),
)


async def test_another_number_questions_answer_is_stored_there_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, key, typed, other, value in OTHER_NUMBER:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        said = t(lang, f"survey-field-{other}") in user.text and asked(lang, key) in user.text
        if answers.get(key) is not None or answers.get(other) != value or not said:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_the_stored_ahead_question_is_not_asked_again_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 60001, "en", "age_months")
    await tg.say(60001, "we've had her 6 months")
    await tg.say(60001, "3")
    answers = await tg_answers(tg, 60001)
    assert answers.get("age_months") == 36 and answers.get("owned_months") == 6, answers
    for text in ("female spayed", "poodle", "small", "breeder"):
        await tg.say(60001, text)
    assert asked("en", "household") in tg.last_text(60001), tg.last_text(60001)


async def test_a_childs_age_with_yes_is_yes_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed in (("ko", "네 6살"), ("ko", "6살 아이 있어요"), ("en", "yes a 6 year old")):
        user = await kakao_at(kakao, lang, "children")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("children") != "yes" or asked(lang, "other_pets") not in user.text:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_a_child_told_with_the_household_is_stored_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, typed, count in (("ko", "3명이요 애기 하나 있어요", 3), ("en", "3 people, one toddler", 3)):
        user = await kakao_at(kakao, lang, "household")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if (
            answers.get("household") != count
            or answers.get("children") != "yes"
            or asked(lang, "other_pets") not in user.text
        ):
            wrong.append((typed, answers, user.text))
    user = await kakao_at(kakao, "ko", "household")
    await user.send("3명 있어요")  # no child named: the children question in its turn
    assert asked("ko", "children") in user.text, user.text
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_hearsay_endings_do_not_block_the_age_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for typed, months, low, high in (
        ("한 3~4살 정도 된다고 들었어요", 42, 36.0, 48.0),
        ("3살이라던데", 36, 36.0, 36.0),
        ("3살 정도 됐다고 하더라고요", 36, 36.0, 36.0),
        ("2살 됐대요", 24, 24.0, 24.0),
    ):
        user = await kakao_at(kakao, "ko", "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        ranges = answers.get("approximate") or {}
        if answers.get("age_months") != months or ranges.get("age_months") != [low, high]:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_dont_know_with_why_invents_no_number_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed in (
        ("ko", "보호소에서 데려와서 나이는 잘 몰라요"),
        ("ko", "데려와서 나이는 잘 몰라요"),
        ("en", "she's a rescue so we don't know her age"),
    ):
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("age_months") is not None or "age_months" not in (answers.get(UNKNOWN_KEY) or []):
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_always_home_is_about_no_hours_alone_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed in (
        ("ko", "거의 없어요 항상 집에 있어요"),
        ("ko", "항상 집에 있어요"),
        ("en", "rarely, always home"),
    ):
        user = await kakao_at(kakao, lang, "alone_hours")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("alone_hours") != 0 or asked(lang, "exercise_minutes") not in user.text:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_an_answer_changed_mid_survey_is_said_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, edit, typed, value in (
        ("ko", "나이 고칠래요", "4살", "4살"),
        ("en", "change age", "4", "4 years"),
    ):
        user = await kakao_at(kakao, lang, "size")
        await user.send(edit)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        field = t(lang, "survey-field-age_months")
        said = t(lang, "correction-done", name={"ko": "콩이", "en": "Rex"}[lang], field=field, value=value)
        if answers.get("age_months") != 48 or said not in user.text or asked(lang, "size") not in user.text:
            wrong.append((lang, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_half_an_earlier_choice_at_the_breed_asks_to_complete_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """7. "숫컷", "아 남아예요" at the breed: the sex's half is kept, the sex asked to complete,
    said back, and the breed asked again (it said to pick a button not shown there)."""
    wrong = []
    for lang, typed, rest in (
        ("ko", "숫컷", "중성화 했어요"),
        ("ko", "아 남아예요", "중성화 안 했어요"),
        ("en", "boy", "neutered"),
    ):
        user = await kakao_at(kakao, lang, "breed")
        await user.send(typed)
        if asked(lang, "sex") not in user.text or t(lang, "survey-field-sex") not in user.text:
            wrong.append((typed, user.text))
            continue
        await user.send(rest)
        answers = await kakao_answers(kakao, user.key)
        if (
            answers.get("sex") not in ("male_neutered", "male_intact")
            or asked(lang, "breed") not in user.text
        ) or t(lang, f"survey-opt-sex-{answers['sex']}") not in user.text:
            wrong.append((typed, rest, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_later_answers_told_at_the_age_are_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """8. "여아고 중성화 했어요 믹스견이에요" at the age: the sex and the breed stored ahead, the age
    asked again, and neither asked later."""
    wrong = []
    for lang, typed, age, breed in (
        ("ko", "여아고 중성화 했어요 믹스견이에요", "3살", "mixed"),
        ("en", "female, spayed, a poodle", "3", "poodle"),
    ):
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        first = await kakao_answers(kakao, user.key)
        if (
            first.get("sex") != "female_spayed"
            or first.get("breed") != breed
            or asked(lang, "age_months") not in user.text
        ):
            wrong.append((typed, first, user.text))
            continue
        await user.send(age)
        if asked(lang, "size") not in user.text:
            wrong.append((typed, age, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_a_behaviour_named_at_the_breed_is_said_to_be_one_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """9. "으르렁거려요" at the breed got "keep the breed under 60 characters". A behaviour that
    names a concern ("짖어요": 짖음) is kept for the concerns question, said so (batch 76)."""
    wrong = []
    for lang, key, typed in (
        ("ko", "breed", "으르렁거려요"),
        ("en", "breed", "growls"),
        ("ko", "size", "짖어요"),
    ):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        said = t(lang, "survey-behaviour-not-answer", typed=typed, field=t(lang, f"survey-field-{key}"))
        if typed == "짖어요":
            said = t(lang, "survey-concerns-kept", concerns=t(lang, "category-barking"))
        answers = await kakao_answers(kakao, user.key)
        if said not in user.text or asked(lang, key) not in user.text or key in answers:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_a_behaviour_at_the_breed_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 60002, "en", "breed")
    await tg.say(60002, "growls")
    said = t("en", "survey-behaviour-not-answer", typed="growls", field=t("en", "survey-field-breed"))
    assert said in "\n".join(tg.sent(60002)[-2:]), tg.sent(60002)[-2:]
    assert "breed" not in await tg_answers(tg, 60002)


async def test_alone_is_no_number_at_the_hours_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """ "혼자" (alone) was read as the number one: "하루 혼자 8시간" at hours alone was "1 hour,
    but not '8'". A number is never made of a word that is not one; at the household "저 혼자요"
    is still one person."""
    wrong = []
    for key, typed, value in (("alone_hours", "하루 혼자 8시간", 8), ("household", "저 혼자요", 1)):
        user = await kakao_at(kakao, "ko", key)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get(key) != value:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0
