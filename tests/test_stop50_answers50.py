# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, Korean owner trial: survey answers told in a chatty sentence, each reproduced on Kakao and
Telegram (ko and en) and fixed for every question of its kind.

1. "초코는 올해 3살이고요 얼마전에 생일이었어요ㅎㅎ" at the age was a question for the coach model
   (the "얼마" of "얼마전에", a while ago, read as "how much"), the age asked again. "얼마 전", "얼마
   안 됐" tell a time (`understanding-question-few-told`), a birthday told past is a when
   (`lex-when`): 3 years stored, the survey moves on.
2. "슬개골 탈구 있어요 약은 안먹어요" at the exercise was kept as the health note and also analysed
   as a behaviour report ("안먹어", not eating): medicine not taken is health told
   (`understanding-not-behaviour`), never a report; the exercise asked again.
3. "근데 혼자두면 괜찮은거죠?? 걱정돼서요" at the hours alone got only "0 to 24 hours": a worry asked
   with -죠 ("괜찮은거죠", "괜찮겠죠", "he'll be fine alone right?") is a question
   (`understanding-question-ask`), kept for the coach; the question again. With the answer told
   before it ("8시간인데 괜찮은거죠?", "4시간이요 괜찮을까요?": the whole a question, the hours lost)
   the message is also cut after a clause's ending (`answer_asked._cuts`): the answer stored too.
4. "산책은 잘 못시켜요ㅠ 10분?" at the exercise: "understood 10 minutes, not 잘 못시켜요ㅠ". A lament
   around the number ("잘 못", "we don't walk much sadly") is read past (`lex-context-setting`).
5. "작년에 두살이었으니까 지금 세살이요" at a later question: "pick an option", the age kept; at the
   age itself 2 + 3 years were added (60 months). The past age told as a reason is read past; the
   age now is the answer, and a later question takes it as the age's correction.
6. One-letter 초성: "ㄴ" at a yes/no question ("answer yes or no"), at the worst reaction ("pick
   one"); "ㅇ" noise; "놉", "아뇽" unclear. ㅇ is yes, ㄴ/놉/아뇽 no (and "none" where it is an option).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. an age with a birthday told past -------------------------------------------------------------

# (lang, typed at the age question, months stored)
AGE_CHATTY: tuple[tuple[str, str, int], ...] = (
    ("ko", "콩이는 올해 3살이고요 얼마전에 생일이었어요ㅎㅎ", 36),
    ("ko", "3살이에요 얼마 전에 생일이였어요", 36),
    ("ko", "얼마전에 생일이었는데 2살 됐어요", 24),
    ("en", "she's 3, her birthday was a while ago", 36),
)


@pytest.mark.parametrize(("lang", "typed", "months"), AGE_CHATTY)
async def test_an_age_with_a_birthday_told_is_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, months: int
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == months, (typed, answers, user.texts)
    assert asked(lang, "sex") in user.text, user.texts
    assert not await _kakao_reports(kakao, user.key)  # no question for the coach, no report


async def test_an_age_with_a_birthday_told_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, months) in enumerate(AGE_CHATTY, 50101):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == months, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, "sex") in tg.last_text(chat), tg.sent(chat)[-3:]
        assert not await _tg_reports(tg, chat)


# -- 2. health told at another question is never a report ---------------------------------------------

# (lang, question open, typed, a word of the health note)
HEALTH_TOLD: tuple[tuple[str, str, str, str], ...] = (
    ("ko", "exercise_minutes", "슬개골 탈구 있어요 약은 안먹어요", "슬개골"),
    ("ko", "household", "슬개골 2기래요 약은 아직 안 먹어요", "슬개골"),
    ("en", "exercise_minutes", "he has a luxating patella, doesn't take any meds", "patella"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "word"), HEALTH_TOLD)
async def test_health_told_at_another_question_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, word: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert word in str(answers.get("health")), (answers, user.texts)
    assert key not in answers, answers
    assert asked(lang, key) in user.text, user.texts  # the question again
    assert not await _kakao_reports(kakao, user.key)  # no report, no analysis
    assert not [r for r in fake_ollama.requests if r.path == "/api/chat"]


async def test_health_told_at_another_question_is_no_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, word) in enumerate(HEALTH_TOLD, 50201):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert word in str(answers.get("health")), (answers, tg.sent(chat)[-3:])
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
        assert not await _tg_reports(tg, chat)


# -- 3. a worried question at a number question --------------------------------------------------------

# (lang, question open, typed)
WORRIED: tuple[tuple[str, str, str], ...] = (
    ("ko", "alone_hours", "근데 혼자두면 괜찮은거죠?? 걱정돼서요"),
    ("ko", "exercise_minutes", "산책 조금만 해도 괜찮겠죠?"),
    ("en", "alone_hours", "he'll be fine alone right?? im worried"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), WORRIED)
async def test_a_worried_question_at_a_number_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert t(lang, f"survey-err-{key}") not in user.text, user.texts  # no format error only
    assert asked(lang, key) in user.text, user.texts  # the question again
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert questions == [typed], (questions, user.texts)
    assert key not in await kakao_answers(kakao, user.key)


async def test_a_worried_question_at_a_number_is_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(WORRIED, 50301):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        questions = [r.text for r in await _tg_reports(tg, chat) if r.is_question]
        assert questions == [typed], (questions, tg.sent(chat)[-3:])
        assert key not in await tg_answers(tg, chat)


# (lang, question open, typed, stored): the answer told before the worry is stored too, the survey moves on
WORRIED_WITH_ANSWER: tuple[tuple[str, str, str, int, str], ...] = (
    ("ko", "alone_hours", "8시간인데 괜찮은거죠?", 8, "exercise_minutes"),
    ("ko", "alone_hours", "4시간이요 괜찮을까요?", 4, "exercise_minutes"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "after"), WORRIED_WITH_ANSWER)
async def test_an_answer_then_a_worry_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: int, after: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, after) in user.text, user.texts
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert questions == [typed], questions


async def test_an_answer_then_a_worry_keeps_both_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored, after) in enumerate(WORRIED_WITH_ANSWER, 50351):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, after) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 4. a lament around the number ---------------------------------------------------------------------

# (lang, question open, typed, stored)
LAMENT: tuple[tuple[str, str, str, int], ...] = (
    ("ko", "exercise_minutes", "산책은 잘 못시켜요ㅠ 10분?", 10),
    ("ko", "exercise_minutes", "산책 많이 못해요ㅠㅠ 20분", 20),
    ("en", "exercise_minutes", "we don't walk much sadly, 10 mins?", 10),
    ("en", "exercise_minutes", "not much, 15 mins", 15),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), LAMENT)
async def test_a_lament_around_the_number_is_read_past_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: int
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)


async def test_a_lament_around_the_number_is_read_past_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(LAMENT, 50401):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])


# -- 5. the age then and now ----------------------------------------------------------------------------

# (lang, question open, typed, months stored: the age answered first was 3 years)
THEN_AND_NOW: tuple[tuple[str, str, str, int], ...] = (
    ("ko", "age_months", "작년에 두살이었으니까 지금 세살이요", 36),
    ("ko", "age_months", "1살이었는데 지금 2살이에요", 24),
    ("en", "age_months", "he was 2 last year so now he's 3", 36),
    ("ko", "sex", "작년에 세살이었으니까 지금 네살이요", 48),
    ("ko", "age_months", "콩이는 2020년생이에요", 72),
    ("ko", "age_months", "2020년생", 72),
    ("en", "age_months", "born in 2020", 72),
)


@pytest.mark.parametrize(("lang", "key", "typed", "months"), THEN_AND_NOW)
async def test_the_age_then_and_now_is_the_age_now_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, months: int
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == months, (typed, answers, user.texts)
    assert asked(lang, "sex") in user.text, user.texts  # moved on (or the sex asked again)


async def test_the_age_then_and_now_is_the_age_now_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, months) in enumerate(THEN_AND_NOW, 50501):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == months, (typed, answers, tg.sent(chat)[-3:])


# -- 6. one-letter 초성 -----------------------------------------------------------------------------------

# (question open, typed, stored)
CHOSEONG: tuple[tuple[str, str, object], ...] = (
    ("children", "ㄴ", "no"),
    ("children", "ㅇ", "yes"),
    ("children", "놉", "no"),
    ("children", "아뇽", "no"),
    ("worst_reaction", "ㄴ", "none"),
    ("other_pets", "아뇽", ["none"]),
)


@pytest.mark.parametrize(("key", "typed", "stored"), CHOSEONG)
async def test_one_letter_yes_and_no_on_kakao(kakao: Server, key: str, typed: str, stored: object) -> None:
    user = await kakao_at(kakao, "ko", key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)


async def test_one_letter_yes_and_no_on_telegram(tg: Harness) -> None:
    for chat, (key, typed, stored) in enumerate(CHOSEONG, 50601):
        await tg_at(tg, chat, "ko", key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
