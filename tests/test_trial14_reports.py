# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 14, reports and facts told at the wrong survey question (issue 11, corpus batch 119).
Each reproduced through a real channel first (Kakao over the skill's HTTP, Telegram pushed), both
languages, then fixed for its kind.

1. At the last question (health, a free-text note) anything typed was the note: "콩떡이가 손님
   다리에 자꾸 마운팅해요 너무 민망해요ㅠㅠ" (no report, nothing analysed), "that's not helpful at
   all", "girl not fixed". Kakao and the terminal did not differ from Telegram: the English
   Telegram report there named a known behaviour ("snapped"); mounting was no behaviour word. Now a
   mounting report is a report, feedback on the advice is feedback (the question asked again), and
   an earlier one-choice question's whole option is that question's answer.
2. "방금도 산책하다 지나가는 아이한테 점프했어요" at the sex was the children answer (yes): a child
   the dog did something to is no child at home; the incident is a report.
3. "쿠키가 발톱깎을때 물어요" at the strongest reaction: '"bit" understood…', no report. The bite
   is the answer and the account a report, as "he bit my friend's hand when…" already was.
4. At "how long have you had her?": "입양한지 1년" changed the origin to shelter and dropped the
   year; "엄마 아빠 나 동생" changed the origin to friend/family (it is the household, 4);
   "동생 초딩이에요" got "the origin is already that" (it is the children, yes).
5. "잘 모르겠어요" at the other pets after a tick ("강아지 한마리 더 있어요") wiped the tick.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, tg_answers
from tests.test_telegram_e2e import Harness, harness, settings_for


def _before(lang: str, key: str, **override: str) -> list[str]:
    out: list[str] = []
    for k, text in ANSWERS[lang]:
        if k == key:
            return out
        out.append(override.get(k, text))
    return out


async def _kakao_at(server: Server, lang: str, key: str, **override: str) -> Any:
    user = server.user(lang=lang)
    await user.send("/start")
    for text in _before(lang, key, **override):
        await user.send(text)
    assert asked(lang, key) in user.text, (key, user.text)
    return user


@asynccontextmanager
async def _telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> AsyncIterator[Harness]:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        yield tg


async def _tg_at(tg: Harness, chat: int, lang: str, key: str, **override: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in _before(lang, key, **override):
        await tg.say(chat, text)
    assert asked(lang, key) in tg.last_text(chat), (key, tg.last_text(chat))


# -- 1. at the health note ----------------------------------------------------------------------

HEALTH_REPORTS = [
    ("ko", "콩이가 손님 다리에 자꾸 마운팅해요 너무 민망해요ㅠㅠ"),
    ("en", "he keeps mounting guests' legs, so embarrassing"),
    ("ko", "손님만 오면 다리에 올라타서 마운팅해요"),
    ("en", "she humps my leg every time I sit down"),
]


@pytest.mark.parametrize(("lang", "typed"), HEALTH_REPORTS)
async def test_a_report_at_the_health_note_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await _kakao_at(kakao, lang, "health")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") != typed, answers
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed], user.texts


@pytest.mark.parametrize(("lang", "typed"), HEALTH_REPORTS[:2])
async def test_a_report_at_the_health_note_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14101
        await _tg_at(tg, chat, lang, "health")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("health") != typed, answers
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


NOT_THE_NOTE = [
    ("en", "that's not helpful at all", {}),
    ("ko", "도움이 하나도 안 돼요", {}),
    ("en", "girl not fixed", {"sex": "female_intact"}),
    ("ko", "남아 중성화 안했어요", {"sex": "male_intact"}),
]


@pytest.mark.parametrize(("lang", "typed", "stored"), NOT_THE_NOTE)
async def test_feedback_and_a_late_answer_are_no_health_note_on_kakao(
    kakao: Server, lang: str, typed: str, stored: dict[str, str]
) -> None:
    user = await _kakao_at(kakao, lang, "health")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "health" not in answers, answers
    assert asked(lang, "health") in user.text, user.text
    for key, value in stored.items():
        assert answers.get(key) == value, answers


@pytest.mark.parametrize(("lang", "typed", "stored"), NOT_THE_NOTE[::2])
async def test_feedback_and_a_late_answer_are_no_health_note_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    stored: dict[str, str],
) -> None:
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14102
        await _tg_at(tg, chat, lang, "health")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "health" not in answers, answers
        assert asked(lang, "health") in tg.last_text(chat)
        for key, value in stored.items():
            assert answers.get(key) == value, answers


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "meds didn't help her itchy skin"), ("ko", "약 먹어도 효과 없어요")]
)
async def test_a_health_note_that_says_meds_did_not_help_stays_the_note_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await _kakao_at(kakao, lang, "health")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("health") == typed


# -- 2. a child the dog did something to, at the sex --------------------------------------------

AT_A_CHILD = [
    ("ko", "방금도 산책하다 지나가는 아이한테 점프했어요"),
    ("en", "just now on our walk he jumped on a kid passing by"),
    ("ko", "어제 놀이터에서 애기한테 짖었어요"),
]


@pytest.mark.parametrize(("lang", "typed"), AT_A_CHILD)
async def test_an_incident_with_a_child_at_the_sex_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await _kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "children" not in answers, answers
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed], user.texts


@pytest.mark.parametrize(("lang", "typed"), AT_A_CHILD[:2])
async def test_an_incident_with_a_child_at_the_sex_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14103
        await _tg_at(tg, chat, lang, "sex")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "children" not in answers, answers
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# -- 3. a bite told as it happens, at the strongest reaction ------------------------------------

BITES = [
    ("ko", "콩이가 발톱깎을때 물어요"),
    ("ko", "발톱 깎을 때 물어요"),
    ("en", "he bites when I trim his nails"),
]


@pytest.mark.parametrize(("lang", "typed"), BITES)
async def test_a_bite_at_the_strongest_reaction_is_the_answer_and_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    user = await _kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert str(answers.get("worst_reaction", "")).startswith("bite"), answers
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed], user.texts


@pytest.mark.parametrize(("lang", "typed"), BITES[::2])
async def test_a_bite_at_the_strongest_reaction_is_the_answer_and_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14104
        await _tg_at(tg, chat, lang, "worst_reaction")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert str(answers.get("worst_reaction", "")).startswith("bite"), answers
        assert [r.text for r in await _tg_reports(tg, chat)] == [typed]


# -- 4. household and adoption sentences at how long owned --------------------------------------

OWNED = [
    ("ko", "입양한지 1년", {"owned_months": 12}),
    ("ko", "엄마 아빠 나 동생", {"household": 4}),
    ("ko", "동생 초딩이에요", {"children": "yes"}),
    ("en", "mom dad me and my brother", {"household": 4}),
]


@pytest.mark.parametrize(("lang", "typed", "stored"), OWNED)
async def test_household_and_adoption_leave_the_origin_on_kakao(
    kakao: Server, lang: str, typed: str, stored: dict[str, Any]
) -> None:
    origin = {"ko": "펫샵", "en": "pet shop"}[lang]
    user = await _kakao_at(kakao, lang, "owned_months", origin=origin)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("origin") == "pet_shop", answers
    for key, value in stored.items():
        assert answers.get(key) == value, (answers, user.texts)


@pytest.mark.parametrize(("lang", "typed", "stored"), OWNED[:2])
async def test_household_and_adoption_leave_the_origin_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    stored: dict[str, Any],
) -> None:
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14105
        await _tg_at(tg, chat, lang, "owned_months", origin={"ko": "펫샵", "en": "pet shop"}[lang])
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("origin") == "pet_shop", answers
        for key, value in stored.items():
            assert answers.get(key) == value, answers


# -- 5. "don't know" after a tick at the other pets ---------------------------------------------

TICKED = [
    ("ko", "강아지 한마리 더 있어요", "잘 모르겠어요"),
    ("en", "we have another dog", "not sure"),
]


@pytest.mark.parametrize(("lang", "tick", "unsure"), TICKED)
async def test_dont_know_keeps_the_tick_at_the_other_pets_on_kakao(
    kakao: Server, lang: str, tick: str, unsure: str
) -> None:
    user = await _kakao_at(kakao, lang, "other_pets")
    await user.send(tick)
    await user.send(unsure)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("other_pets") is None or "dog" in answers["other_pets"], answers
    await user.send({"ko": "완료", "en": "done"}[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("other_pets") == ["dog"], (answers, user.texts)


@pytest.mark.parametrize(("lang", "tick", "unsure"), TICKED[:1])
async def test_dont_know_keeps_the_tick_at_the_other_pets_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    tick: str,
    unsure: str,
) -> None:
    async with _telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 14106
        await _tg_at(tg, chat, lang, "other_pets")
        await tg.say(chat, tick)
        await tg.say(chat, unsure)
        await tg.say(chat, {"ko": "완료", "en": "done"}[lang])
        answers = await tg_answers(tg, chat)
        assert answers.get("other_pets") == ["dog"], answers
