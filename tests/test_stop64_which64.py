# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 owner trial (which64), each fault reproduced through a real channel first (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API), Korean and English, then kept.

1. Several reports told back to back (shoes chewed, barking, leash pulling), each result with its
   follow-up question; then an answer naming WHICH report it is about ("아까 짖는 거요, 하루에 두세
   번이요", "about the barking, it's like two or three times a day") was appended to the LATEST
   report. It goes to the report it names (by its behaviour words), the acknowledgement saying
   which; naming none, the latest (the question open) takes it.
2. During the survey a report was typed (kept, the question asked again), then a DETAIL of it
   ("아 그리고 그때 산책 중이었어요", "oh and it was right after his walk"): stored as the survey's
   answer, or dropped. It is added to that report, said so, and the question asked again; never
   the answer. At a text, a number, a choice and a multi-choice question.

First run at eec83592 (main's tip, a copy of the tree with this file in it): 26 failed, 6 passed.
Failed: all 16 survey-detail tests and 10 of the 12 naming tests; passed: the four "names none:
the latest" guards and the leash pulling named at its own question in Korean (Kakao, Telegram).
The "a new incident stays a report" guard and the line saying the detail was added were written
with the fix.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (the `tg` fixture)
from tests.test_trial8_followup import _shown_until_asked

# -- 1. the answer naming which report ----------------------------------------------------------

# told in this order: the leash pulling is the latest, its question the one open
REPORTS = {
    "ko": ("신발을 자꾸 물어뜯어요", "초인종 울리면 현관에서 계속 짖어요", "산책할 때 줄을 너무 당겨요"),
    "en": ("he keeps chewing my shoes", "he barks at the door when the bell rings", "he pulls on the leash"),
}
# (the report it names, by its index in REPORTS, the message)
NAMED = {
    "ko": (
        (1, "아까 짖는 거요, 하루에 두세 번이요"),
        (0, "신발 씹는 건 혼자 있을 때만 그래요"),
        (2, "줄 당기는 건 산책 때마다 그래요"),
    ),
    "en": (
        (1, "about the barking - it's like two or three times a day"),
        (0, "the shoe chewing only happens when he's home alone"),
        (2, "about the leash pulling - it happens every walk"),
    ),
}
# naming no report: the latest (its question is the one open) takes it
UNNAMED = {"ko": "하루에 두세 번이요", "en": "like two or three times a day"}


async def _three_on_kakao(kakao: Server, fake: FakeOllama, lang: str) -> KakaoUser:
    """A Kakao owner out of the survey who told the three reports, each result and its question
    shown in turn."""
    fake.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    for n, report in enumerate(REPORTS[lang]):
        await user.send(report)
        await _shown_until_asked(user, lang, "frequency", settled=True)
        await asyncio.sleep(0.3 if n < 2 else 0.1)
    return user


def _texts(reports: list[object]) -> list[str]:
    return [str(getattr(r, "text", r)) for r in reports]


def _added_to(texts: list[str], lang: str, index: int, typed: str) -> bool:
    """`typed` is on the report at `index` only."""
    target = REPORTS[lang][index]
    return [x for x in texts if typed in x] == [f"{target}\n{typed}"]


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("case", [0, 1, 2])
async def test_the_answer_naming_a_report_goes_to_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, case: int
) -> None:
    index, typed = NAMED[lang][case]
    user = await _three_on_kakao(kakao, fake_ollama, lang)
    await user.send(typed)
    texts = sorted(_texts(await _kakao_reports(kakao, user.key)))
    assert len(texts) == 3 and _added_to(texts, lang, index, typed), (texts, user.text)
    if index != 2:  # the ack names the report it went to
        assert REPORTS[lang][index] in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_answer_naming_none_goes_to_the_latest_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _three_on_kakao(kakao, fake_ollama, lang)
    await user.send(UNNAMED[lang])
    texts = _texts(await _kakao_reports(kakao, user.key))
    assert len(texts) == 3 and _added_to(texts, lang, 2, UNNAMED[lang]), (texts, user.text)


# a new incident of an earlier report's behaviour: a report of its own, never glued onto it
NEW_AGAIN = {"ko": "방금 또 신발 물어뜯었어요", "en": "he chewed my shoes again just now"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_new_incident_of_an_earlier_behaviour_stays_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _three_on_kakao(kakao, fake_ollama, lang)
    await user.send(NEW_AGAIN[lang])
    texts = _texts(await _kakao_reports(kakao, user.key))
    assert sorted(texts) == sorted([*REPORTS[lang], NEW_AGAIN[lang]]), (texts, user.text)


async def _three_on_telegram(tg: Harness, fake: FakeOllama, chat: int, lang: str) -> None:
    fake.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, "/cancel")
    question = t(lang, "analysis-followup-frequency")
    for n, report in enumerate(REPORTS[lang]):
        await tg.say(chat, report)
        await eventually(lambda n=n: sum(question in s for s in tg.sent(chat)) > n)  # type: ignore[misc]
        await asyncio.sleep(0.3)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("case", [0, 1, 2])
async def test_the_answer_naming_a_report_goes_to_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, case: int
) -> None:
    index, typed = NAMED[lang][case]
    chat = 64100 + case + (0 if lang == "ko" else 10)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await _three_on_telegram(tg, fake_ollama, chat, lang)
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        await asyncio.sleep(0.3)
        said = "\n".join(tg.sent(chat)[before:])
        texts = _texts(await _tg_reports(tg, chat))
        assert len(texts) == 3 and _added_to(texts, lang, index, typed), (texts, said)
        if index != 2:
            assert REPORTS[lang][index] in said, said


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_answer_naming_none_goes_to_the_latest_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 64130 if lang == "ko" else 64131
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await _three_on_telegram(tg, fake_ollama, chat, lang)
        await tg.say(chat, UNNAMED[lang])
        await asyncio.sleep(0.3)
        texts = _texts(await _tg_reports(tg, chat))
        assert len(texts) == 3 and _added_to(texts, lang, 2, UNNAMED[lang]), texts


# -- 2. a report's detail typed right after it, during the survey --------------------------------

SURVEY_REPORT = {
    "ko": "어제 다른 개 보고 엄청 짖었어요",
    "en": "yesterday he barked like crazy at another dog",
}
DETAIL = {
    "ko": (
        "아 그리고 그때 산책 중이었어요",
        "아 그리고 산책하고 나서였어요",
        "아 그리고 그때 옆에 다른 개가 있었어요",
    ),
    "en": (
        "oh and it was right after his walk",
        "oh and we were on a walk",
        "oh also there was another dog right there",
    ),
}
# a text, a number, a choice and a multi-choice question
# a line of the result shown (the fake model's next step)
RESULT = {lang: str(sample_analysis(lang)["next_step"]) for lang in ("ko", "en")}
KEYS = ("breed", "household", "origin", "other_pets")


def _said_added(lang: str, said: str) -> bool:
    """A line says it was added to the report (before its result was shown, or after; Kakao's
    own when the new result comes in the same reply)."""
    lines = ("analysis-detail-added", "analysis-followup-received", "kakao-added-analysed")
    return any(t(lang, m, wait="X").split("X")[0] in said for m in lines)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", KEYS)
async def test_a_reports_detail_in_the_survey_is_added_to_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    for typed in DETAIL[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(SURVEY_REPORT[lang])
        assert asked(lang, key) in user.text, user.text
        for _ in range(50):  # its result shown, as the owner saw it
            if RESULT[lang] in user.text:
                break
            await asyncio.sleep(0.1)
            if user.quick("report:result") is not None:
                await user.tap("report:result")
        await user.send(typed)
        said = user.text
        texts = _texts(await _kakao_reports(kakao, user.key))
        assert texts == [f"{SURVEY_REPORT[lang]}\n{typed}"], (key, texts, said)
        assert key not in await kakao_answers(kakao, user.key), (key, said)
        assert asked(lang, key) in said and _said_added(lang, said), (key, said)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", KEYS)
async def test_a_reports_detail_in_the_survey_is_added_to_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, key: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        for n, typed in enumerate(DETAIL[lang]):
            chat = 64200 + 10 * KEYS.index(key) + n + (0 if lang == "ko" else 5)
            await tg_at(tg, chat, lang, key)
            await tg.say(chat, SURVEY_REPORT[lang])
            await eventually(lambda chat=chat: any(RESULT[lang] in s for s in tg.sent(chat)))  # type: ignore[misc]
            await asyncio.sleep(0.3)
            before = len(tg.sent(chat))
            await tg.say(chat, typed)
            said = "\n".join(tg.sent(chat)[before:])
            texts = _texts(await _tg_reports(tg, chat))
            assert texts == [f"{SURVEY_REPORT[lang]}\n{typed}"], (key, texts, said)
            assert key not in await tg_answers(tg, chat), (key, said)
            assert asked(lang, key) in said and _said_added(lang, said), (key, said)
