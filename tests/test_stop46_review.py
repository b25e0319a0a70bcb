# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, the reviewer's read of stop 45's change: each fault reproduced through a real channel
first (Kakao skill webhook, Telegram over HTTP), what was kept read back from the store.

1. An emergency asked about, not told ("발작하면 어떻게 해야 해요?", "what do i do if he has a
   seizure?"): a question to the coach, kept as one. Stop 45 put the dog's training on hold
   whenever a safety check found an emergency (`handlers.safety.hold_training`), so the barking
   plan being tried became "referred" and its check-in was skipped, for a dog nothing happened
   to. Only an emergency told holds the training; one asked about leaves the plan as it was.
2. What the owner saw the dog do ("제가 아까 초콜릿 먹는 걸 봤어요", "제가 발작하는 거 봤어요"): stop
   45 read a person right before what happened as its subject (`safety.lexicon.Subject`; "제가
   물에 빠졌어요" is the owner's fall), so the owner who watched the dog eat chocolate got no
   poisoning note and no red flag. Korean leaves the dog unsaid there: the person is the one who
   saw it happen (`safety-term-person-saw`, in the message anywhere), the flag the dog's.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, wait_for_rows
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_safety_channels import stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _all_plans, _store
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)

BARKING = {"ko": "손님 오면 현관에서 계속 짖어요", "en": "he barks at the door whenever guests come"}
# An emergency asked about: nothing happened to the dog.
ASKED = {"ko": "발작하면 어떻게 해야 해요?", "en": "what do i do if he has a seizure?"}


async def _still_tried(store: object, channel: Channel, key: str) -> None:
    """The plan still being tried, its check-in still waiting to be asked."""
    plans = await _all_plans(store, channel, key)  # type: ignore[arg-type]
    assert plans and all(p.status == "active" for p in plans), plans
    rows = await checkins_of(store, channel, key)  # type: ignore[arg-type]
    assert [r.status for r in rows] == ["pending"], rows


# -- 1. an emergency asked about keeps the plan --------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_emergency_asked_about_keeps_the_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    await _still_tried(_store(kakao), Channel.KAKAO, user.key)
    await user.send(ASKED[lang])
    assert t(lang, "safety-seizure") in "\n".join(user.texts), user.texts  # its note, as before
    await _still_tried(_store(kakao), Channel.KAKAO, user.key)


@pytest.mark.parametrize(("chat", "lang"), [(46101, "ko"), (46102, "en")])
async def test_an_emergency_asked_about_keeps_the_plan_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        await tgh.say(chat, BARKING[lang])
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in m for m in tgh.sent(chat)))
        await wait_for_rows(tgh.rt.store, Channel.TELEGRAM, str(chat), bool)
        await tgh.say(chat, ASKED[lang])
        await eventually(lambda: any(t(lang, "safety-seizure") in m for m in tgh.sent(chat)))
        await asyncio.sleep(0.3)
        await _still_tried(tgh.rt.store, Channel.TELEGRAM, str(chat))


# -- 2. what the owner saw the dog do is the dog's red flag ----------------------------------------

SEEN = (
    ("ko", "제가 아까 초콜릿 먹는 걸 봤어요", "safety-toxin", "toxin"),
    ("ko", "제가 포도 먹는 모습을 봤어요", "safety-toxin", "toxin"),
    ("ko", "제가 발작하는 거 봤어요", "safety-seizure", "seizure"),
    ("en", "I just saw him eating chocolate", "safety-toxin", "toxin"),  # the neighbour: kept so
)


@pytest.mark.parametrize(("lang", "typed", "note", "flag"), SEEN)
async def test_what_the_owner_saw_is_the_dogs_red_flag_on_kakao(
    kakao: Server, lang: str, typed: str, note: str, flag: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, note) in user.text, user.text
    assert flag in await stored_flags(_store(kakao), Channel.KAKAO, user.key)


@pytest.mark.parametrize(("chat", "lang", "typed", "note", "flag"), [(46201, *SEEN[0]), (46202, *SEEN[3])])
async def test_what_the_owner_saw_is_the_dogs_red_flag_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str, note: str, flag: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert any(t(lang, note) in m for m in sent), sent
    assert flag in await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat))
