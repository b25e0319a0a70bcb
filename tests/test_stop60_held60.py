# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 60, helper held60: held-out 15's detail and idle misses, each reproduced as a kind through
a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean
and English, what was stored read back (corpus batches 621-623).

1. Detail of the report waiting typed at a survey question or idle (stop 59's cases, six of which
   were left out at its hard stop, and held-out 15 row 228's "the sock was one of those thin ankle
   ones btw" at the age): one report, the detail added to it. Why the six failed: (a) "he growled
   and lunged at the neighbour's dog" at the origin was stored as "friend / family" ("neighbour" is
   one of its words), so no report was kept and its detail became one; (b) on Telegram the fake
   model answers at once, so the result was shown before the detail came, and right after a
   result "양말 5분쯤 씹다가 삼켰어요" was a new report (no foreign-body flag either: the sock and
   "삼켰" too far apart) and the owner's shout with the dog going on was an unclear survey answer.
2. While a report waits or right after its result (held-out 15 rows 137, 141, 152, 165): the hurry
   with being at a loss (a question for the coach model), the other dog said to be fine (the vet's
   all-clear), taken to the emergency vet (noise), what the owner had done before it (noise).

Failed at 360c5a59: 15 of 30 — detail on Kakao 3 of 10 (shouted-en, described-en, kept-en), on
Telegram 6 of 10 (sock-ko, shouted-ko, shouted-en, described-en, kept-en, kept-ko); after a report
on Kakao 4 of 6 (impatient-ko/en, to_vet-en, other_party-ko), on Telegram 2 of 4 (to_vet-en,
other_party-ko). The had_done cases passed there (the result not shown yet, the detail was read
by the follow-up's rules; held-out row 165 is right after the result: corpus batch 623) and are
kept as guards, as are the cases of stop 59 that passed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop59_held15 import DETAILS as HELD15_DETAILS
from tests.test_survey_answers_misread import asked, kakao_at, t, tg_at
from tests.test_telegram_e2e import harness

# -- 1. detail of the waiting report -----------------------------------------------------------------
# (kind, lang) → (where, the report, the detail, a safety card the turn shows, or None).

DETAILS: dict[tuple[str, str], tuple[str, str, str, str | None]] = {
    **HELD15_DETAILS,
    ("described", "en"): (
        "age_months",
        "rex swallowed a sock about 10 minutes ago",
        "the sock was one of those thin ankle ones btw",
        None,
    ),
    ("described", "ko"): (
        "age_months",
        "콩이가 10분 전에 양말을 삼켰어요",
        "참고로 양말은 얇은 발목양말이었어요",
        None,
    ),
    ("kept", "en"): (
        "sex",
        "he barked and lunged at the mailman",
        "he kept going even when I shouted his name",
        "safety-aversive-alt-shouting",
    ),
    ("kept", "ko"): (
        "sex",
        "택배 아저씨한테 짖으면서 달려들었어요",
        "제가 소리쳤는데도 계속 안 멈추더라고요",
        "safety-aversive-alt-shouting",
    ),
}


@pytest.mark.parametrize(("kind", "lang"), list(DETAILS))
async def test_the_detail_is_added_to_the_waiting_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    where, report, detail, card = DETAILS[kind, lang]
    user = await (kakao_owner(kakao, lang) if where == "idle" else kakao_at(kakao, lang, where))
    await user.send(report)
    await user.send(detail)
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [f"{report}\n{detail}"], user.text
    if card is not None:
        assert t(lang, card)[:30] in user.text, user.text
    if where != "idle":
        assert asked(lang, where) in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(DETAILS))
async def test_the_detail_is_added_to_the_waiting_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    where, report, detail, card = DETAILS[kind, lang]
    chat = 60100 + list(DETAILS).index((kind, lang))
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        if where == "idle":
            await tg_owner(tg, chat, lang)
        else:
            await tg_at(tg, chat, lang, where)
        await tg_typed(tg, chat, report)
        shown = await tg_typed(tg, chat, detail)
        rows = await _tg_reports(tg, chat)
        assert [r.text for r in rows] == [f"{report}\n{detail}"], shown
        if card is not None:
            assert t(lang, card)[:30] in shown, shown
        if where != "idle":
            assert asked(lang, where) in shown, shown


# -- 2. idle, a report waiting or just shown ---------------------------------------------------------
# (kind, lang) → (the report, the message after it, the reply it gets or None: added to the report).

AFTER: dict[tuple[str, str], tuple[str, str, str | None]] = {
    ("impatient", "ko"): (
        "콩이가 밤마다 현관 앞에서 짖어요",
        "빨리요ㅠㅠ 지금 어떻게해야될지 모르겠어요",
        "talk-impatient",
    ),
    ("impatient", "en"): (
        "rex barks at the door every night",
        "hurry please, i don't know what to do",
        "talk-impatient",
    ),
    ("to_vet", "en"): (
        "rex swallowed a sock about 10 minutes ago",
        "ok taking him to the emergency vet now",
        "talk-to-vet",
    ),
    ("other_party", "ko"): ("콩이가 산책하다 다른 개랑 싸웠어요", "피는 조금 났고 상대 개는 괜찮대요", None),
    ("had_done", "ko"): (
        "콩이가 대문 열린 틈에 나가서 한참 만에 찾았어요",
        "대문은 제가 택배받다가 열어놨었어요",
        None,
    ),
    ("had_done", "en"): (
        "rex slipped out the gate and ran off, found him an hour later",
        "i'd left the gate open while getting a parcel",
        None,
    ),
}


@pytest.mark.parametrize(("kind", "lang"), list(AFTER))
async def test_after_a_report_on_kakao(kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str) -> None:
    report, text, reply = AFTER[kind, lang]
    user = await kakao_owner(kakao, lang)
    await user.send(report)
    before = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    rows = await _kakao_reports(kakao, user.key)
    if reply is None:
        assert [r.text for r in rows] == [f"{report}\n{text}"], user.text
    else:
        assert [r.text for r in rows] == [report], user.text
        assert t(lang, reply)[:25] in user.text, user.text
        assert _model_calls(fake_ollama) == before, user.text


# On Telegram the fake model's result is shown before the next message: the hurry comes after it.
TG_AFTER = [k for k in AFTER if k[0] != "impatient"]


@pytest.mark.parametrize(("kind", "lang"), TG_AFTER)
async def test_after_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    report, text, reply = AFTER[kind, lang]
    chat = 60140 + list(AFTER).index((kind, lang))
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, lang)
        await tg_typed(tg, chat, report)
        shown = await tg_typed(tg, chat, text)
        rows = await _tg_reports(tg, chat)
        if reply is None:
            assert [r.text for r in rows] == [f"{report}\n{text}"], shown
        else:
            assert [r.text for r in rows] == [report], shown
            assert t(lang, reply)[:25] in shown, shown
