# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, owner trial 31 (a reviewer, "review2"): each fault reproduced through a real channel
first (Kakao skill webhook, Telegram over HTTP), in Korean and English, what the survey kept read
back from the store, and no model call where none is due.

1. Survey answers that point back to what was said before ("입질이요 아까 말한거", "보리 있잖아 아까
   말했는데ㅋㅋ", "i just told u lol 1.5 yrs") were saved as reports and sent to the model: the
   words that point back are read past (`understanding-said-before`), the answer in the rest is
   the answer; with none in it, the answer stored before is kept, else the question again saying
   so. An amount after why ("산책은 아직 무서워해서 10분? 15분?") is the answer, not a report.
2. At the health note, "건강 부분 빼줘 그건 그냥 한말임", "건강이랑 훈련은 없음으로 해줘" were stored
   as the note: they mean none. "심장약 먹어요 이첨판. 아 근데 이거 다 끝나면 보리도 해야돼?" went
   whole to the model: the note is the first part, the question about the other dog answered
   with the offer after the survey (`newdog-after-survey-named`).
3. A second dog's other pets: "초코요 위에 말한 애" (the first dog, 초코) ticked Other ("말" read as a
   horse); "아니 개라고" found no option. Both tick Dog.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. answers pointing back -------------------------------------------------------------------

# (lang, question, typed, the value stored)
POINTED_BACK: tuple[tuple[str, str, str, Any], ...] = (
    ("ko", "worst_reaction", "입질이요 아까 말한거", "snap"),
    ("en", "worst_reaction", "growl, i just told you", "growl"),
    ("en", "owned_months", "i just told u lol 1.5 yrs", 18),
    ("ko", "owned_months", "아까 말했잖아요 2년이요", 24),
    ("ko", "other_pets", "고양이요 아까 말했는데ㅋㅋ", ["cat"]),
    ("en", "other_pets", "a cat, like i said", ["cat"]),
    ("ko", "exercise_minutes", "산책은 아직 무서워해서 10분? 15분?", 12),
    ("en", "exercise_minutes", "hes still scared of walks so 10 min? 15?", 12),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), POINTED_BACK)
async def test_an_answer_pointing_back_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    if key == "other_pets":
        await user.send(typed)
        await user.send("ㅇㅋ" if lang == "ko" else "done")
    else:
        await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    value = answers.get(key)
    if isinstance(stored, int) and isinstance(value, float | int):
        assert abs(value - stored) <= 1, (typed, answers)
    else:
        assert value == stored, (typed, answers)
    assert await kakao_reports(kakao, user.key) == [], typed
    assert _model_calls(fake_ollama) == 0, typed


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [(46301, "ko", "보리 있잖아 아까 말했는데ㅋㅋ"), (46302, "en", "i just told you lol")],
)
async def test_pointing_back_with_no_answer_asks_again_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, chat: int, lang: str, typed: str
) -> None:
    """Nothing stored for the question before: no report, no model call, the question again
    saying it was not found."""
    await tg_at(tg, chat, lang, "other_pets")
    await tg.say(chat, typed)
    said = "\n".join(tg.sent(chat)[-3:])
    assert t(lang, "survey-said-before-missing") in said, said
    assert asked(lang, "other_pets") in said, said
    assert await tg_reports(tg, chat) == []
    assert "other_pets" not in await tg_answers(tg, chat)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed"), [("ko", "아까 말했잖아요"), ("en", "i already told you")])
async def test_pointing_back_keeps_the_answer_told_before_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    """Back at a question answered before: pointing back keeps that answer and goes on."""
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send("이전" if lang == "ko" else "back")
    assert asked(lang, "other_pets") in user.text, user.text
    await user.send(typed)
    assert asked(lang, "alone_hours") in user.text, user.text
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ["none"]
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- 2. the health note -------------------------------------------------------------------------

HEALTH_NONE: tuple[tuple[str, str], ...] = (
    ("ko", "건강 부분 빼줘 그건 그냥 한말임"),
    ("ko", "건강이랑 훈련은 없음으로 해줘"),
    ("ko", "건강은 없음으로 해주세요"),
    ("en", "leave the health part out, that was just something i said"),
    ("en", "put none for health"),
)


@pytest.mark.parametrize(("lang", "typed"), HEALTH_NONE)
async def test_health_left_out_is_none_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") == "none", (typed, answers)
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


HEALTH_AND_OTHER_DOG = (
    (
        46311,
        "ko",
        "심장약 먹어요 이첨판. 아 근데 이거 다 끝나면 보리도 해야돼?",
        "심장약 먹어요 이첨판",
        "보리",
    ),
    (
        46312,
        "en",
        "hes on heart meds for mvd. oh btw do i have to do this for luna too?",
        "heart meds",
        "Luna",
    ),
)


@pytest.mark.parametrize(("chat", "lang", "typed", "note", "other"), HEALTH_AND_OTHER_DOG)
async def test_health_with_a_question_about_the_other_dog_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, chat: int, lang: str, typed: str, note: str, other: str
) -> None:
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert note in str(answers.get("health")), answers
    assert other not in str(answers.get("health")), answers
    said = "\n".join(tg.sent(chat)[-4:])
    assert t(lang, "newdog-after-survey-named", name=other) in said, said
    assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


# -- 3. multi-choice finish words ---------------------------------------------------------------

FINISH = (
    ("ko", "ㅇㅋ"),
    ("ko", "ㄱㄱ"),
    ("ko", "다음"),
    ("en", "that's it"),
    ("en", "done"),
    ("en", "ok next"),
)


@pytest.mark.parametrize(("lang", "word"), FINISH)
async def test_finish_words_close_a_ticked_multi_choice_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, word: str
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send("고양이" if lang == "ko" else "cat")
    await user.send(word)
    assert asked(lang, "alone_hours") in user.text, (word, user.text)
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ["cat"]
    assert _model_calls(fake_ollama) == 0


async def test_finish_words_close_a_ticked_multi_choice_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, word in ((46321, "ko", "ㄱㄱ"), (46322, "en", "that's it")):
        await tg_at(tg, chat, lang, "other_pets")
        await tg.say(chat, "고양이" if lang == "ko" else "cat")
        await tg.say(chat, word)
        assert asked(lang, "alone_hours") in tg.last_text(chat), tg.sent(chat)[-3:]
        assert (await tg_answers(tg, chat)).get("other_pets") == ["cat"]
    assert _model_calls(fake_ollama) == 0


# -- 4. the second dog's other pets -------------------------------------------------------------

SECOND = {"ko": "보리", "en": "Milo"}


async def _second_dog_at_other_pets(server: Server, lang: str) -> Any:
    user = await kakao_owner(server, lang)
    await user.send("강아지 추가" if lang == "ko" else "add a dog")
    for text in [SECOND[lang], *answers_before(lang, "other_pets")[1:]]:
        await user.send(text)
    assert t(lang, "survey-q-other_pets", name=SECOND[lang]) in user.text, user.text
    return user


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ko", "콩이요 위에 말한 애"),
        ("ko", "아니 개라고"),
        ("ko", "콩이 있잖아요"),
        ("en", "Rex, the one i told you about"),
        ("en", "no i said a dog"),
    ],
)
async def test_the_first_dog_at_the_second_dogs_other_pets_ticks_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _second_dog_at_other_pets(kakao, lang)
    await user.send(typed)
    await user.send("ㅇㅋ" if lang == "ko" else "done")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("other_pets") == ["dog"], (typed, answers)
    assert t(lang, "survey-q-alone_hours", name=SECOND[lang]) in user.text, user.text
    assert _model_calls(fake_ollama) == 0


assert NAME  # the first dog's names (콩이 / Rex) are the ones the second dog's tests type
