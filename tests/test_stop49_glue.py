# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper `glue` (owner trials, Kakao and Telegram, ko and en; corpus batches 377-379).

1. A survey answer soon after a report ("3명이요 동생이 들어왔어요", "6년째 키우는중") was glued onto
   it and analysed again: the answer now, never detail.
2. What helps, told just after the result ("간식으로 꼬시면 먹긴해요"), was "not sure what you mean":
   detail of that report; how often ("하루에 두번 밥줄때마다요") stays detail.
3. "my dog bit my nephew…, hes 6": the child bite card and the survey offer taken by "ok", "ok lets
   do it", a name (both held already on this main: kept as guards); a bare "4" after the bite
   report was glued onto it as an amount eaten: never, unless something was eaten.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _model_calls, _tg_analysed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, harness, settings_for, tg  # noqa: F401  (`tg`)

REPORT = {
    "ko": "콩이가 어제 산책하다 지나가는 개한테 막 짖었어요",
    "en": "Rex barked like crazy at a passing dog on our walk yesterday",
}
# (language, question, typed, key, value)
GLUED = (
    ("ko", "household", "3명이요 동생이 들어왔어요", "household", 3),
    ("en", "household", "3 of us, my brother moved in", "household", 3),
    ("ko", "owned_months", "2년째 키우는중", "owned_months", 24),
    ("en", "owned_months", "had him 2 yrs now", "owned_months", 24),
)


@pytest.mark.parametrize(("lang", "key", "typed", "field", "value"), GLUED)
async def test_an_answer_after_a_report_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, field: str, value: int
) -> None:
    user = await kakao_at(kakao, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(REPORT[lang])
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    reports = await kakao_reports(kakao, user.key)
    assert answers.get(field) == value, (typed, answers, user.texts)
    assert all(typed not in r for r in reports), reports
    assert _model_calls(fake_ollama) <= calls + 1, user.texts  # the report analysed once, never again


async def test_an_answer_after_a_report_is_the_answer_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, field, value) in enumerate(GLUED, 49701):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(field) == value, (typed, answers, tg.sent(chat))
        assert all(typed not in r for r in await tg_reports(tg, chat)), typed


# Fault 2: detail about the report told before its result (how often, what helps) is added to it.
DETAIL = (
    ("ko", "콩이가 초코 밥을 자꾸 뺏어먹어요 으르렁대면서요", "하루에 두번 밥줄때마다요"),
    ("en", "Rex growled at our other dog and stole her food again at dinner", "every time i feed them"),
    ("ko", "콩이가 요즘 밥을 잘 안먹어요", "간식으로 꼬시면 먹긴해요"),
    ("en", "rex is not eating well", "she'll eat if i hand feed her"),
)


@pytest.mark.parametrize(("lang", "report", "typed"), DETAIL)
async def test_detail_before_the_result_is_added_on_kakao(
    kakao: Server, lang: str, report: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(report)
    await user.send(typed)
    reports = await kakao_reports(kakao, user.key)
    assert any(typed in r for r in reports), (reports, user.texts)
    assert t(lang, "noise-hint") not in user.text, user.texts


async def test_detail_after_the_result_is_added_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, report, typed) in enumerate(DETAIL, 49801):
            await tg_owner(tg, chat, lang)
            await tg.say(chat, report)
            await _tg_analysed(tg, chat)  # its result shown
            await tg.say(chat, typed)
            reports = await tg_reports(tg, chat)
            assert any(typed in r for r in reports), (reports, tg.sent(chat))


# Fault 3a: a child named by kin and age ("my nephew… hes 6") bitten: the child bite card.
CHILD_BITES = (
    ("en", "my dog bit my nephew on the face today, hes 6 and needed stitches"),
    ("ko", "콩이가 오늘 조카 얼굴을 물었어요 6살인데 꿰맸어요"),
)


async def test_a_nephew_of_six_bitten_gets_the_child_card_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(CHILD_BITES, 49901):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        sent = "\n".join(tg.sent(chat)[-6:])
        assert t(lang, "safety-child_bitten") in sent, tg.sent(chat)[-6:]


@pytest.mark.parametrize(("lang", "typed"), CHILD_BITES)
async def test_a_nephew_of_six_bitten_gets_the_child_card_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "safety-child_bitten") in "\n".join(user.texts), user.texts


async def test_a_nephew_of_six_bitten_first_gets_the_child_card_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(CHILD_BITES, 49911):
        await tg.say(chat, typed, language_code=lang)
        sent = "\n".join(tg.sent(chat))
        assert t(lang, "safety-child_bitten") in sent, tg.sent(chat)


async def test_a_nephew_of_six_bitten_at_the_name_gets_the_child_card_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(CHILD_BITES, 49921):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, typed)
        sent = "\n".join(tg.sent(chat))
        assert t(lang, "safety-child_bitten") in sent, tg.sent(chat)


# Fault 3b: the survey offered after a first report: "ok", "ok lets do it", a name take it.
OFFER_YES = ("ok", "ok lets do it", "sure", "Rocky")


@pytest.mark.parametrize("typed", OFFER_YES)
async def test_the_survey_offer_is_taken_on_kakao(kakao: Server, typed: str) -> None:
    user = kakao.user(lang="en")
    await user.send(CHILD_BITES[0][1])
    await user.send(typed)
    assert "Question 1 of" in user.text or "Question 2 of" in user.text, user.texts


async def test_the_survey_offer_is_taken_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, typed in enumerate(OFFER_YES, 49931):
            await tg.say(chat, CHILD_BITES[0][1], language_code="en")
            await _tg_analysed(tg, chat)
            await tg.say(chat, typed)
            sent = "\n".join(tg.sent(chat)[-3:])
            assert "Question 1 of" in sent or "Question 2 of" in sent, (typed, tg.sent(chat))


async def test_a_bare_number_is_never_glued_onto_the_bite_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, typed) in enumerate(CHILD_BITES, 49941):
            await tg.say(chat, typed, language_code=lang)
            await _tg_analysed(tg, chat)
            await tg.say(chat, "4")
            assert all(not r.endswith("\n4") for r in await tg_reports(tg, chat)), tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed"), CHILD_BITES)
async def test_a_bare_number_is_never_glued_onto_the_bite_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    await user.send("4")
    await user.send("4")
    assert all(not r.endswith("\n4") for r in await kakao_reports(kakao, user.key)), user.texts
