# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper fix20c: held-out 20's misses, by kind, reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English (corpus
batch 781).

1. The name said, then the word it comes from ending in the name again ("보리요 보리차 할때 보리",
   "Max, like Mad Max" at the name question): "not understood", the name asked again. The name is
   the answer.
2. When it was eaten, said as a time ago in words, while a poisoning waits ("한 시간 전쯤이요",
   "about an hour ago" at the household): "not understood", the household asked again, kept
   nowhere. It is the poisoning's detail (batch 782).
3. While a report waits, asked to be told with having to go to class ("나 학원가야돼 결과나오면
   알려줘", "gotta go to class, let me know when its ready"): a question for the coach model
   ("가야돼" read as asking). It is the tell-me reply (`understanding-talk-going-away`; batch 783).

First run at 529f054c (this branch's tip, this file added): 2 failed (both name tests; the guard passed).
Part 2 added at 37f11f6f: 2 failed (Kakao and Telegram; the guard passed).
Part 3 added at 500687e6: 4 failed (Korean a question for the coach model, English glued onto the report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_surveyed
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop52_lead import BARK
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
from tests.test_telegram_e2e import TURN_BOUND, Harness, tg  # noqa: F401  (fixture)

# (lang, typed at the name question, the name kept)
NAMED: list[tuple[str, str, str]] = [
    ("ko", "보리요 보리차 할때 보리", "보리"),
    ("ko", "콩이요 콩 할 때 콩이", "콩이"),
    ("en", "Max, like Mad Max", "Max"),
    ("en", "Bean, as in coffee bean", "Bean"),
]


async def test_name_with_the_word_it_comes_from_on_kakao(kakao: Server) -> None:
    """The name, then the word it comes from ending in it: the name kept, the age asked."""
    for lang, typed, name in NAMED:
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.text)


async def test_name_with_the_word_it_comes_from_on_telegram(tg: Harness) -> None:
    """As on Kakao, through the Telegram Bot API."""
    for chat, (lang, typed, name) in enumerate(NAMED, start=64781):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, typed)
        assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), (typed, tg.last_text(chat))
        assert (await tg_answers(tg, chat))["name"] == name


async def test_a_plain_sentence_is_still_no_name_on_kakao(kakao: Server) -> None:
    """Guard: a sentence without the name said again stays no name ("안녕하세요ㅎㅎ 강아지
    처음키워봐요"): the name asked again."""
    for lang, typed in (("ko", "안녕하세요ㅎㅎ 강아지 처음키워봐요"), ("en", "uh let me think")):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        assert t(lang, "survey-q-age_months", name=typed) not in user.text, (typed, user.text)


# (lang, report, when it was eaten) at the household question
AGO: list[tuple[str, str, str]] = [
    ("ko", "콩이가 초콜릿을 먹었어요 ㅠㅠ", "한 시간 전쯤이요"),
    ("ko", "콩이가 방금 포도를 주워먹었어요", "두 시간 전에요"),
    ("en", "rex just ate a bunch of grapes off the counter", "about an hour ago"),
    ("en", "he got into the chocolate cake on the table", "like two hours ago"),
]


async def test_when_it_was_eaten_is_the_poisonings_detail_on_kakao(kakao: Server) -> None:
    """A time ago in words after a poisoning, at the household: added to the report, the
    household asked again and nothing stored."""
    for lang, report, ago in AGO:
        user = await kakao_at(kakao, lang, "household")
        await user.send(report)
        assert t(lang, "safety-toxin") in user.text, user.text
        await user.send(ago)
        reports = await kakao_reports(kakao, user.key)
        assert len(reports) == 1 and ago in reports[0], (ago, reports, user.text)
        assert "household" not in await kakao_answers(kakao, user.key), user.text
        assert asked(lang, "household") in user.text, user.text


async def test_when_it_was_eaten_is_the_poisonings_detail_on_telegram(tg: Harness) -> None:
    """As on Kakao, through the Telegram Bot API."""
    for chat, (lang, report, ago) in enumerate(AGO, start=64791):
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, report)
        await tg.say(chat, ago)
        reports = await tg_reports(tg, chat)
        assert len(reports) == 1 and ago in reports[0], (ago, reports, tg.last_text(chat))
        assert "household" not in await tg_answers(tg, chat), tg.last_text(chat)


async def test_a_count_after_a_poisoning_still_answers_the_household_on_kakao(kakao: Server) -> None:
    """Guard: "3명" after a poisoning is the household (the question on screen wins)."""
    user = await kakao_at(kakao, "ko", "household")
    await user.send("콩이가 초콜릿을 먹었어요 ㅠㅠ")
    await user.send("3명")
    assert (await kakao_answers(kakao, user.key)).get("household") == 3, user.text


TELL_ME_CLASS = {
    "ko": "나 학원가야돼 결과나오면 알려줘",
    "en": "gotta go to class, let me know when its ready",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_told_when_ready_with_class_to_go_to_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Asked to be told, with class to go to, while the report waits: the tell-me reply, no
    question for the coach model."""
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(TELL_ME_CLASS[lang])
    assert t(lang, "talk-tell-me") in user.texts, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]
    assert not any(is_question(b) for b in fake_ollama.chat_bodies())


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_told_when_ready_with_class_to_go_to_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """As on Kakao, through the Telegram Bot API."""
    chat = 64795 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tgh:
        fake_ollama.behaviour.delay = 5.0
        await tgh.say(chat, BARK[lang])
        before = len(tgh.sent(chat))
        await tgh.say(chat, TELL_ME_CLASS[lang])
        await tgh.hook.idle(TURN_BOUND)
        assert t(lang, "talk-tell-me") in tgh.sent(chat)[before:], tgh.sent(chat)[before:]
        assert [r.text for r in await _tg_reports(tgh, chat)] == [BARK[lang]]
        assert not any(is_question(b) for b in fake_ollama.chat_bodies())
