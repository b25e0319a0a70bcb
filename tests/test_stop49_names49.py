# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, Korean owner trial: a correction word or a sentence taken for the dog's name.

1. "아니요 초코부터요" / "아니 콩이요" at the name question was stored as "아니요 초코" / "아니 콩이"
   (every later question "아니요 초코는 …", the model told "반려견: 아니 콩이"); "궁금한게 많아요"
   was stored as the name "궁금한게 많아". A correction word (아니/아니요/no/nah) is no part of a
   name, and a sentence is never a name (`understanding-talk-may-ask`: ask away, the name again).
2. An answer with a question in one message ("브리더요 근데 브리더랑 펫샵 차이가 뭐에요?", "7시간?
   너무 긴가요?"): a generic re-ask, or only the question kept. The answer stored and the question
   kept for the coach (`Understanding.answered`).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. a correction word before the name -----------------------------------------------------------

# (lang, typed at the name question, stored)
CORRECTED: tuple[tuple[str, str, str], ...] = (
    ("ko", "아니요 초코부터요", "초코"),
    ("ko", "아니 콩이요", "콩이"),
    ("ko", "아뇨 보리에요", "보리"),
    ("en", "no, it's Choco", "Choco"),
    ("en", "nah its coco", "Coco"),
    ("en", "nope, Rex", "Rex"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), CORRECTED)
async def test_a_correction_word_is_no_part_of_the_name_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == stored, (typed, answers, user.texts)
    assert t(lang, "survey-q-age_months", name=stored) in user.text, user.texts


async def test_a_correction_word_is_no_part_of_the_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(CORRECTED, 49101):
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("name") == stored, (typed, answers, tg.sent(chat)[-3:])


# -- 1b. a sentence is never a name ---------------------------------------------------------------------

SENTENCE = {"ko": "궁금한게 많아요", "en": "i have a lot of questions"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_sentence_at_the_name_is_no_name_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(SENTENCE[lang])
    assert t(lang, "talk-may-ask") in user.text, user.texts  # ask away
    assert asked(lang, "name") in user.text, user.texts  # then the name question again
    await user.send({"ko": "뭉치요", "en": "Mungchi"}[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == {"ko": "뭉치", "en": "Mungchi"}[lang], (answers, user.texts)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_sentence_at_the_name_is_no_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 49201 + ["ko", "en"].index(lang)
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, SENTENCE[lang])
    assert any(t(lang, "talk-may-ask") in line for line in tg.sent(chat)[-2:]), tg.sent(chat)[-3:]
    await tg.say(chat, {"ko": "뭉치요", "en": "Mungchi"}[lang])
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == {"ko": "뭉치", "en": "Mungchi"}[lang], (answers, tg.sent(chat)[-4:])


# -- 2. an answer and a question in one message --------------------------------------------------------

# (lang, question open, typed, stored, the next question)
ASKED_ALONG: tuple[tuple[str, str, str, object, str], ...] = (
    ("ko", "origin", "브리더요 근데 브리더랑 펫샵 차이가 뭐에요?", "breeder", "owned_months"),
    (
        "en",
        "origin",
        "breeder, whats the difference between a breeder and a pet shop tho",
        "breeder",
        "owned_months",
    ),
    ("ko", "alone_hours", "7시간? 너무 긴가요?", 7, "exercise_minutes"),
    ("en", "alone_hours", "7 hrs? is that too long?", 7, "exercise_minutes"),
    # stop 51 (survey51): the ㅠ after the answer hid the split; an answer that reads whole before "?"
    ("ko", "alone_hours", "출근하면 9시간정도 혼자있어요ㅠ 괜찮을까요..", 9, "exercise_minutes"),
    ("en", "alone_hours", "like 9 hrs while i work, is that ok?", 9, "exercise_minutes"),
    ("ko", "exercise_minutes", "산책은 하루 30분 정도요 너무 적나요?", 30, "concerns"),
    ("en", "exercise_minutes", "30 mins a day, is that enough?", 30, "concerns"),
    ("en", "children", "no kids, is that a problem?", "no", "other_pets"),
    ("ko", "children", "아이는 없어요 괜찮나요?", "no", "other_pets"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "after"), ASKED_ALONG)
async def test_an_answer_with_a_question_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: object, after: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, after) in user.text, user.texts
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert questions == [typed], questions  # the question kept for the coach


async def test_an_answer_with_a_question_keeps_both_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, key, typed, stored, after) in enumerate(ASKED_ALONG, 49301):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, after) in tg.last_text(chat), tg.sent(chat)[-3:]
        questions = [r.text for r in await _tg_reports(tg, chat) if r.is_question]
        assert questions == [typed], questions


# -- 3. health told at the concerns ------------------------------------------------------------------------

HEALTH_AT_CONCERNS = {
    "ko": ("신부전 초기라 처방식 먹어요, 치아도 거의 다 뽑았어요", "신부전"),
    "en": ("early kidney failure so she's on a prescription diet, most of her teeth pulled too", "kidney"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_health_told_at_the_concerns_is_kept_on_kakao(kakao: Server, lang: str) -> None:
    typed, word = HEALTH_AT_CONCERNS[lang]
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert word in str(answers.get("health")), (answers, user.texts)
    assert asked(lang, "concerns") in user.text, user.texts  # the concerns asked again


async def test_health_told_at_the_concerns_is_kept_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 49401):
        typed, word = HEALTH_AT_CONCERNS[lang]
        await tg_at(tg, chat, lang, "concerns")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert word in str(answers.get("health")), (answers, tg.sent(chat)[-3:])
        assert asked(lang, "concerns") in tg.last_text(chat), tg.sent(chat)[-3:]
