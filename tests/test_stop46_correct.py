# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 46, owner trial 30: an earlier survey answer corrected at a later question (corpus
batches 273-275), each reproduced through a real channel first (Kakao's skill webhook, Telegram
over HTTP on 127.0.0.1), in Korean and English, what was stored read back, nothing sent to the
model:

1. The worst reaction corrected at the health question ("아 아까 최악 반응 으르렁으로 바꿔주세요": a
   report, analysed; "i said bite by mistake, it was a snap": mouthing added to the concerns)
   was stored as the health note or a report. That answer is changed, said in one line, and the
   health question asked again, nothing stored for it. The same kind: another earlier answer
   corrected with its old value beside the new one at the breed or the health (free texts, which
   read anything).
2. A concern corrected by its option's words at or right after the concerns ("산책 말고
   분리불안이요", "not leash pulling, I meant separation"): the one unticked, the other ticked.
3. "i said female by mistake hes male" (no comma between the two clauses) was not read as a
   correction of the sex (the comma form was). Corrections without punctuation, in both
   languages ("아 수컷이라고 잘못말했어요 암컷이에요", "수컷으로 잘못 눌렀어요 암컷이에요").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_reports,
    t,
    tg_answers,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)

# The answers given before the correction, where they differ from the usual ones.
MALE = {"ko": "남아 중성화", "en": "male neutered"}
BITE = {"ko": "물었어요", "en": "bite"}


def _before(lang: str, key: str, changed: dict[str, str]) -> list[str]:
    """The answers to every question before `key`, those of `changed` given instead."""
    out: list[str] = []
    for k, text in ANSWERS[lang]:
        if k == key:
            return out
        out.append(changed.get(k, text))
    return out


async def _kakao_at(kakao: Server, lang: str, key: str, changed: dict[str, str]) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in _before(lang, key, changed):
        await user.send(text)
    assert asked(lang, key) in user.text, (key, user.texts)
    return user


async def _tg_at(tg: Harness, chat: int, lang: str, key: str, changed: dict[str, str]) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in _before(lang, key, changed):
        await tg.say(chat, text)
    assert asked(lang, key) in tg.last_text(chat), (key, tg.last_text(chat))


def _said(tg: Harness, chat: int, text: str) -> Callable[[], bool]:
    return lambda: text in tg.last_text(chat)


def _shown(lang: str, field: str, value: str) -> str:
    """The new value's label, as the line that says what changed shows it."""
    return t(lang, f"survey-opt-{field}-{value}")


# (lang, open question, answers changed before it, typed, the answer corrected, its new value)
CORRECTED = [
    # 1. the worst reaction at the health question
    ("ko", "health", {"worst_reaction": BITE["ko"]}, "아 아까 최악 반응 으르렁으로 바꿔주세요", "worst_reaction", "growl"),
    ("ko", "health", {"worst_reaction": BITE["ko"]}, "아 물었다고 잘못 말했어요 으르렁만 했어요", "worst_reaction", "growl"),
    ("en", "health", {"worst_reaction": BITE["en"]}, "i said bite by mistake, it was a snap", "worst_reaction", "snap"),
    ("en", "health", {"worst_reaction": BITE["en"]}, "oh actually the worst was a snap not a bite", "worst_reaction", "snap"),
    # ... and another earlier answer at the free-text questions
    ("ko", "health", {"sex": MALE["ko"]}, "아 수컷이라고 잘못말했어요 암컷이에요", "sex", "female_spayed"),
    ("en", "health", {}, "i said female by mistake hes male", "sex", "male_neutered"),
    ("ko", "breed", {"sex": MALE["ko"]}, "아 수컷이라고 잘못말했어요 암컷이에요", "sex", "female_spayed"),
    ("en", "breed", {}, "i said female by mistake hes male", "sex", "male_neutered"),
    # 3. no punctuation between the two clauses
    ("ko", "origin", {"sex": MALE["ko"]}, "아 수컷이라고 잘못말했어요 암컷이에요", "sex", "female_spayed"),
    ("ko", "household", {"sex": MALE["ko"]}, "수컷으로 잘못 눌렀어요 암컷이에요", "sex", "female_spayed"),
    ("ko", "household", {"sex": MALE["ko"]}, "아까 수컷이라고 했는데 암컷이에요", "sex", "female_spayed"),
    ("en", "origin", {}, "i said female by mistake hes male", "sex", "male_neutered"),
    ("en", "household", {}, "oops i picked small by mistake shes large", "size", "large"),
    ("en", "children", {}, "sorry i put female by mistake he is male", "sex", "male_neutered"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "key", "changed", "typed", "field", "value"), CORRECTED)
async def test_an_earlier_answer_corrected_at_a_later_question_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    key: str,
    changed: dict[str, str],
    typed: str,
    field: str,
    value: str,
) -> None:
    user = await _kakao_at(kakao, lang, key, changed)
    before = await kakao_answers(kakao, user.key)
    calls = len(fake_ollama.chat_bodies())
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert asked(lang, key) in user.texts[-1], user.texts  # the open question again
    assert key not in answers, answers  # nothing stored for it
    assert answers.get(field) == value, (typed, answers)
    assert before.get(field) != value, before
    assert any(_shown(lang, field, value) in line for line in user.texts[:-1]), user.texts
    assert await kakao_reports(kakao, user.key) == []
    assert len(fake_ollama.chat_bodies()) == calls  # nothing reached the model


async def test_an_earlier_answer_corrected_at_a_later_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, key, changed, typed, field, value) in enumerate(CORRECTED, start=46300):
        await _tg_at(tg, chat, lang, key, changed)
        calls = len(fake_ollama.chat_bodies())
        await tg.say(chat, typed, language_code=lang)
        await eventually(_said(tg, chat, asked(lang, key)))
        answers = await tg_answers(tg, chat)
        assert answers.get(field) == value, (typed, answers)
        assert key not in answers, (typed, answers)
        assert await tg_reports(tg, chat) == [], typed
        assert len(fake_ollama.chat_bodies()) == calls, typed


# A behaviour told at the health question with no earlier answer corrected stays the health note
# or a report, as before: the correction's words are needed, and the old value beside the new one
# or the question named.
NOT_CORRECTIONS = [
    ("ko", "health", "가끔 으르렁거려요 슬개골이 안 좋아요"),
    ("en", "health", "he had surgery on his knee last year"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), NOT_CORRECTIONS)
async def test_a_health_note_is_still_the_health_note_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await _kakao_at(kakao, lang, key, {"worst_reaction": BITE[lang]})
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("worst_reaction") == "bite", answers
    assert answers.get(key), (typed, answers)


# -- 2. a concern said instead of another, at or right after the concerns ---------------------------

# (lang, what was ticked first, typed, the concerns kept)
TAKEN_BACK = [
    ("ko", "산책 중 과잉 반응", "산책 말고 분리불안이요", ["separation"]),
    ("ko", "줄 당기기, 짖음", "줄당김 말고 분리불안이요", ["barking", "separation"]),
    ("en", "leash pulling", "not leash pulling, I meant separation", ["separation"]),
    ("en", "leash pulling", "separation, not leash pulling", ["separation"]),
]
DONE = {"ko": "완료", "en": "done"}


@pytest.mark.parametrize(("lang", "ticked", "typed", "kept"), TAKEN_BACK)
async def test_a_concern_said_instead_at_the_concerns_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, ticked: str, typed: str, kept: list[str]
) -> None:
    user = await _kakao_at(kakao, lang, "concerns", {})
    await user.send(ticked)
    await user.send(typed)
    await user.send(DONE[lang])
    assert asked(lang, "worst_reaction") in user.text, user.texts
    answers = await kakao_answers(kakao, user.key)
    assert sorted(answers.get("concerns") or []) == sorted(kept), (typed, answers)
    assert await kakao_reports(kakao, user.key) == []
    assert fake_ollama.chat_bodies() == []


@pytest.mark.parametrize(("lang", "ticked", "typed", "kept"), TAKEN_BACK)
@pytest.mark.parametrize("key", ["worst_reaction", "health"])
async def test_a_concern_said_instead_right_after_the_concerns_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, key: str, lang: str, ticked: str, typed: str, kept: list[str]
) -> None:
    user = await _kakao_at(kakao, lang, "concerns", {})
    await user.send(ticked)
    await user.send(DONE[lang])
    if key == "health":
        await user.send(BITE[lang])
    assert asked(lang, key) in user.text, user.texts
    await user.send(typed)
    assert asked(lang, key) in user.texts[-1], user.texts  # the open question again
    assert any(t(lang, "category-separation") in line for line in user.texts[:-1]), user.texts
    answers = await kakao_answers(kakao, user.key)
    assert sorted(answers.get("concerns") or []) == sorted(kept), (typed, answers)
    assert key not in answers, answers
    assert await kakao_reports(kakao, user.key) == []
    assert fake_ollama.chat_bodies() == []


async def test_a_concern_said_instead_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, ticked, typed, kept) in enumerate(TAKEN_BACK, start=46400):
        await _tg_at(tg, chat, lang, "concerns", {})
        await tg.say(chat, ticked, language_code=lang)
        await tg.say(chat, typed)
        await tg.say(chat, DONE[lang])
        await eventually(_said(tg, chat, asked(lang, "worst_reaction")))
        assert sorted((await tg_answers(tg, chat)).get("concerns") or []) == sorted(kept), typed
        # right after: the same said again at the worst reaction changes nothing more
        await tg.say(chat, typed)
        await eventually(_said(tg, chat, asked(lang, "worst_reaction")))
        answers = await tg_answers(tg, chat)
        assert sorted(answers.get("concerns") or []) == sorted(kept), (typed, answers)
        assert "worst_reaction" not in answers, answers
        assert await tg_reports(tg, chat) == []
    assert fake_ollama.chat_bodies() == []
