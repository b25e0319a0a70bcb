# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 62, helper h17a: small talk and commands said in plain words with nothing open, or while a
report waits, that held-out 15-17 read as noise, a wrong command or a question; each reproduced as a
kind through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot
API), Korean and English, with variants of our own (never the held-out rows' strings); corpus
batches 659-661.

With nothing open (none kept as a report, none sent to the model, never "I couldn't tell what your
dog did"):
1. The owner's feelings with nothing the dog did ("콩이 두고 출장 가려니까 마음이 너무 안 좋아요ㅠ",
   "i feel awful leaving him with a sitter all week"): the sad reply.
2. Back late ("죄송 바빠서 이제 봤어요", "sorry been slammed, only seeing this now"): the
   greeting (`resume`).
3. Life news, a trip with the dog left with family ("다음달에 열흘 출장이라 콩이는 언니네 맡겨요",
   "away on a work trip next week so rex is staying with my parents"): thanks for the news
   (`talk-update`).
4. A funny moment laughed at ("콩이 방귀뀌고 지가 놀람ㅋㅋㅋ 개웃김", "lol rex farted and scared
   himself, hilarious"): laughter.
5. Everything stored asked to be erased in a sentence ("저에 대해 저장된 거 전부 지워주세요", "please
   erase everything you have stored about me"): /delete, which asks first.
6. The time zone by the country the owner is in ("저 요즘 독일 살아요 시간 독일로 맞춰 주세요",
   "i'm in germany now, switch my time to germany please"): /timezone, Berlin.
While a report waits for its result:
7. The result asked with a hurry ("결과 언제 나와요? 빨리 좀요 출근해야 해요", "when's the result
   coming, hurry pls i have to leave"): the impatient reply, no status card.
8. Busy, to be sent the result ("바빠서 나중에 볼게요 결과 나오면 보내주세요", "busy rn, will check
   later, send it when it's ready"): it will be sent here (`talk-tell-me`).

First run at 73d8c8cc (main 5699b752 plus this file): 32 of 32 failed. Three variants were changed after it
("가려니" → "가려니까", a shorter English back-late line within small talk's eight words, and a funny English
line whose "scared himself" read as fear, a report); all 32 pass at the fix.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_surveyed, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop52_lead import BARK
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import harness

# (kind, lang) → (typed with nothing open, the reply it gets)
IDLE: dict[tuple[str, str], tuple[str, str]] = {
    ("sad", "ko"): ("콩이 두고 출장 가려니까 마음이 너무 안 좋아요ㅠ", "talk-sad"),
    ("sad", "en"): ("i feel awful leaving him with a sitter all week", "talk-sad"),
    ("resume", "ko"): ("죄송 바빠서 이제 봤어요", "talk-greeting"),
    ("resume", "en"): ("sorry been slammed, only seeing this now", "talk-greeting"),
    ("trip", "ko"): ("다음달에 열흘 출장이라 콩이는 언니네 맡겨요", "talk-update"),
    ("trip", "en"): ("away on a work trip next week so rex is staying with my parents", "talk-update"),
    ("funny", "ko"): ("콩이 방귀뀌고 지가 놀람ㅋㅋㅋ 개웃김", "talk-other"),
    ("funny", "en"): ("lol rex sneezed so hard he fell off the couch, hilarious", "talk-other"),
    ("delete", "ko"): ("저에 대해 저장된 거 전부 지워주세요", "delete-ask"),
    ("delete", "en"): ("please erase everything you have stored about me", "delete-ask"),
    ("zone", "ko"): ("저 요즘 독일 살아요 시간 독일로 맞춰 주세요", "timezone-set"),
    ("zone", "en"): ("i'm in germany now, switch my time to germany please", "timezone-set"),
}


def _reply_of(lang: str, msg_id: str) -> str:
    """The part of `msg_id`'s text that does not depend on its variables."""
    if msg_id == "timezone-set":
        return "Europe/Berlin"
    return t(lang, msg_id)[:30]


@pytest.mark.parametrize(("kind", "lang"), list(IDLE))
async def test_said_with_nothing_open_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    text, reply = IDLE[kind, lang]
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == before, user.text
    assert t(lang, "unclear-event")[:20] not in user.text, user.text
    assert t(lang, "noise-hint")[:20] not in user.text, user.text
    assert _reply_of(lang, reply) in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(IDLE))
async def test_said_with_nothing_open_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    text, reply = IDLE[kind, lang]
    chat = 62170 + list(IDLE).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == before, shown
        assert t(lang, "unclear-event")[:20] not in shown, shown
        assert t(lang, "noise-hint")[:20] not in shown, shown
        assert _reply_of(lang, reply) in shown, shown


# (kind, lang) → (typed while the report waits, the reply it gets)
WAITING: dict[tuple[str, str], tuple[str, str]] = {
    ("impatient", "ko"): ("결과 언제 나와요? 빨리 좀요 출근해야 해요", "talk-impatient"),
    ("impatient", "en"): ("when's the result coming, hurry pls i have to leave", "talk-impatient"),
    ("tell_me", "ko"): ("바빠서 나중에 볼게요 결과 나오면 보내주세요", "talk-tell-me"),
    ("tell_me", "en"): ("busy rn, will check later, send it when it's ready", "talk-tell-me"),
}


@pytest.mark.parametrize(("kind", "lang"), list(WAITING))
async def test_said_while_a_report_waits_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    text, reply = WAITING[kind, lang]
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(text)
    assert t(lang, reply)[:30] in user.text, user.text
    assert _kept(await _kakao_reports(kakao, user.key)) == [BARK[lang]], user.text


@pytest.mark.parametrize(("kind", "lang"), list(WAITING))
async def test_said_while_a_report_waits_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    text, reply = WAITING[kind, lang]
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62190 + list(WAITING).index((kind, lang))
        await tg_owner(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        shown = await tg_typed(tg, chat, text)
        assert t(lang, reply)[:30] in shown, shown
        assert _kept(await _tg_reports(tg, chat)) == [BARK[lang]], shown
