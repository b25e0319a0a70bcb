# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 44: what follows an emergency's result. A seizure happening now, a poisoning, heatstroke
got their card, and then the result still made a behaviour plan ("📌 One thing to change for now:
…  I'll ask you how it went on Dec 8.") and a check-in "how did it go?" days later: as if the bot
had not noticed the dog must see a vet now. A report that tells a medical emergency
(`SafetyCheck.emergency`) starts no plan and schedules no check-in; one line under the result says
the training advice can wait until the dog has been seen. /progress and the hand-over summary
show no plan tried for it. A bite with no wound (a behaviour incident) and a plain barking report
still get their plan and check-in (a bite that injured someone gets none since stop 50). Read back from the store, through Kakao and Telegram.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from dogcoach.services.store.models import PlanRow
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, wait_for_rows
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import eventually, harness, settings_for

EMERGENCIES = (
    ("ko", "지금 발작해요 어떡해요"),
    ("en", "he's having a seizure right now"),
    ("ko", "초콜릿 한 판을 다 먹었어요"),
    ("en", "he ate a whole bar of chocolate"),
    ("ko", "더운 차 안에 있다가 헐떡이며 쓰러졌어요"),
    ("en", "he collapsed from heatstroke after the walk"),
)
# a bite that drew blood was a neighbour here until stop 50 (Korean owner trial: a child's bitten
# face got a doorbell step, a plan and a check-in): a bite that injured someone is a
# professional's first, no plan (tests/test_stop50_poisonflow.py); a bite with no wound is coached
NEIGHBOURS = (
    ("ko", "콩이가 제 손을 물었는데 피는 안났어요"),
    ("en", "she nipped my hand, no blood"),
    ("ko", "손님 오면 현관에서 계속 짖어요"),
    ("en", "he barks at the door whenever guests come"),
)


def _step(lang: str) -> str:
    """The next step the fake model suggests (`sample_analysis`): what a plan would be made of."""
    return str(sample_analysis(lang)["next_step"])


def _store(server: Server) -> Store:
    store: Store = server.app.state.runtime.store
    return store


async def _all_plans(store: Store, channel: str, external_id: str) -> list[PlanRow]:
    """Every plan of the owner, whichever dog."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        return await s.list_plans(user.id) if user is not None else []


# -- Kakao: the result, the store, /progress and /summary ---------------------------------------


@pytest.mark.parametrize(("lang", "typed"), EMERGENCIES)
async def test_an_emergency_gets_no_plan_and_no_check_in_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "coaching-plan-emergency") in shown, shown
    assert "📌" not in shown and _step(lang) not in shown.split(t(lang, "coaching-plan-emergency"))[1], shown
    await asyncio.sleep(0.2)
    assert await checkins_of(_store(kakao), Channel.KAKAO, user.key) == []
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []
    # /progress: no plan being tried; the summary: nothing tried
    await user.send("/progress")
    assert t(lang, "coaching-progress-plans") not in user.text, user.text
    assert _step(lang) not in user.text, user.text
    await user.send("/summary")
    tried = user.text.split(t(lang, "summary-section-tried"), 1)[1]
    assert tried.strip().startswith(t(lang, "summary-none")), user.text


@pytest.mark.parametrize(("lang", "typed"), NEIGHBOURS)
async def test_a_bite_or_barking_still_gets_its_plan_and_check_in_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert "📌" in shown and _step(lang) in shown, shown
    assert t(lang, "coaching-plan-emergency") not in shown, shown
    rows = await wait_for_rows(_store(kakao), Channel.KAKAO, user.key, bool)
    assert [r.status for r in rows] == ["pending"], rows
    await user.send("/progress")
    assert t(lang, "coaching-progress-plans") in user.text, user.text


# -- Telegram: pushed as the model finishes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [
        (44401, "ko", EMERGENCIES[0][1]),
        (44402, "en", EMERGENCIES[1][1]),
        (44403, "ko", EMERGENCIES[2][1]),
        (44404, "en", EMERGENCIES[5][1]),
    ],
)
async def test_an_emergency_gets_no_plan_and_no_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        before = len(tgh.sent(chat))
        await tgh.say(chat, typed)
        line = t(lang, "coaching-plan-emergency")
        await eventually(lambda: line in tgh.sent(chat)[before:])
        await asyncio.sleep(0.3)
        sent = tgh.sent(chat)[before:]
        assert sent[0].startswith(t(lang, "safety-header-now")), sent
        assert not any(m.startswith("📌") for m in sent), sent
        assert await checkins_of(tgh.rt.store, Channel.TELEGRAM, str(chat)) == []
        assert await _all_plans(tgh.rt.store, Channel.TELEGRAM, str(chat)) == []


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [(44411, "ko", NEIGHBOURS[0][1]), (44412, "en", NEIGHBOURS[1][1]), (44413, "en", NEIGHBOURS[3][1])],
)
async def test_a_bite_or_barking_still_gets_its_plan_and_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        before = len(tgh.sent(chat))
        await tgh.say(chat, typed)
        await eventually(lambda: any(m.startswith("📌") for m in tgh.sent(chat)[before:]))
        assert not any(t(lang, "coaching-plan-emergency") in m for m in tgh.sent(chat)[before:])
        rows = await wait_for_rows(tgh.rt.store, Channel.TELEGRAM, str(chat), bool)
        assert [r.status for r in rows] == ["pending"], rows
