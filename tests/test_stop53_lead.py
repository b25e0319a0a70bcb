# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53 (lead): faults found by reading what the corpus could not see, reproduced through a real
channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.

1. A question opened with a word that turns to it ("근데 견종이 행동에 영향이 있나요" at the breed,
   "quick question, how long should walks be?" at the breed, "그런데 진돗개는 … 싫어합니까?" at the
   other pets) was cut into an answer and a question: the breed stored as "근데" or "quick", a dog
   ticked among the other pets. The corpus row said `question`, which it was; what it carried as
   the survey's answer (`Understanding.answered`) no row could say until this stop's `&answered`.
   A message that opens with a turn to a question carries no answer before it.
2. (held-out 9) A command's own words as the first clause, why after it ("add another dog pls, we
   adopted a second one", "보리는 이제 목록에서 빼주세요 친정에 보냈어요", "can i download my records
   as a file? want to send it to our trainer", "can u switch to korean, my mom is going to use it"):
   a correction to 2, noise, questions for the coach model. Now the command.
3. (held-out 9) The coach's advice quoted back with a question ("아까 '무시하라'고 하셨잖아요 근데
   무시하면 더 짖는데 계속 무시해요?"): filed as a report and analysed; now a question.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, harness, settings_for, tg  # noqa: F401

# -- 1. a question opened with a turn word carries no answer -------------------------------------

OPENED = [
    ("ko", "breed", "근데 견종이 행동에 영향이 있나요"),
    ("en", "breed", "quick question, how long should walks be?"),
    ("ko", "other_pets", "그런데 진돗개는 원래 주인 말고 다른 사람을 싫어합니까?"),
    ("en", "breed", "btw, is it normal for them to chew this much?"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED)
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED[:2])
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 53001 + ("ko", "en").index(lang)
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert key not in await tg_answers(tg, chat), tg.sent(chat)[-3:]


# -- 2. (held-out 9) a command's words, then why -------------------------------------------------

WHY_AFTER = {
    "en": (
        ("add another dog pls, we adopted a second one", "add a dog"),
        ("can i download my records as a file? want to send it to our trainer", "download my records"),
        ("can u switch to korean, my mom is going to use it", "switch to korean"),
        ("remove bori from the list, she lives with my parents now", "remove bori"),
    ),
    "ko": (
        ("보리는 이제 목록에서 빼주세요 친정에 보냈어요", "보리 삭제해주세요"),
        ("강아지 추가해주세요 둘째 입양했어요", "강아지 추가"),
        ("기록 보여주세요 병원에 가져가려고요", "기록"),
    ),
}


async def test_a_command_with_why_after_it_is_the_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Held-out 9: "add another dog pls, we adopted a second one" was a correction (the "second"
    read as 2), "보리는 이제 목록에서 빼주세요 친정에 보냈어요" noise, "can i download my records as a
    file? …" and "can u switch to korean, …" questions for the coach model. Each now gives what
    the command's own words give, nothing stored as a report, no model call."""
    for lang, pairs in WHY_AFTER.items():
        for typed, word in pairs:
            by_sentence, by_word = kakao.user(lang=lang), kakao.user(lang=lang)
            for user in (by_sentence, by_word):
                await user.send("/start")
                await user.send("/cancel")
            await by_word.send(word)
            await by_sentence.send(typed)
            assert by_sentence.texts == by_word.texts, (typed, by_sentence.texts)
            assert await _kakao_reports(kakao, by_sentence.key) == [], typed
    assert _model_calls(fake_ollama) == 0


async def test_a_command_with_why_after_it_is_the_command_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 53101
    for lang, pairs in WHY_AFTER.items():
        for typed, word in pairs:
            by_sentence, by_word = chat, chat + 1
            chat += 2
            for c in (by_sentence, by_word):
                await tg.say(c, "/start", language_code=lang)
                await tg.say(c, "/cancel", language_code=lang)
            await tg.say(by_word, word, language_code=lang)
            await tg.say(by_sentence, typed, language_code=lang)
            assert tg.last_text(by_sentence) == tg.last_text(by_word), (typed, tg.last_text(by_sentence))
            assert await _tg_reports(tg, by_sentence) == [], typed
    assert _model_calls(fake_ollama) == 0


# -- 3. (held-out 9) the coach's advice quoted back with a question ------------------------------

QUOTED = {
    "ko": "아까 '무시하라'고 하셨잖아요 근데 무시하면 더 짖는데 계속 무시해요?",
    "en": 'you said "turn your back when he jumps" but that just makes him jump higher?? what do i do',
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_advice_quoted_back_with_a_question_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Held-out 9: filed as a report and analysed; it asks about the advice: kept as a question
    for the coach, no incident filed."""
    user = await kakao_owner(kakao, lang)
    await user.send(QUOTED[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.kind for r in rows] == ["question"], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_advice_quoted_back_with_a_question_is_no_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 53201 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, QUOTED[lang])
    await tg.hook.idle(TURN_BOUND)
    rows = await _tg_reports(tg, chat)
    assert [r.kind for r in rows] == ["question"], tg.sent(chat)[-3:]
