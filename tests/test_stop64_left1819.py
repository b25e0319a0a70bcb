# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper left1819: held-out 18's and 19's misses left after stop 63, by kind, each
reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the
fake Bot API), Korean and English, with variants of our own beside the held-out's words (corpus
batches 735-739).

1. Something more told after "oh and" while a report waits ("참 그리고 패드는 거실 구석에
   있어요", "oh and the crate is in the kitchen, we're upstairs", "아그리고불끄면더심해짐"), or the
   one place it happens ("the stairs are the only place he does it"): the noise hint, nothing
   kept. Detail of the report waiting.
2. Right after a result: its reading doubted with why ("I don't think it's fear, he's wagging the
   whole time", "심심해서 그런 건 아닌 것 같아요 방금 산책했거든요"), the step not fitting the
   home ("we can't really move the crate upstairs, the room's tiny", "나야근해서낮에산책은못시켜ㅠ"),
   the vet as the owner's plan ("네 혹시 모르니 병원도 한번 가볼게요", "I will take him to the vet
   just in case"): the noise hint or the plan's reply. The objection, the misfit and the vet's lines.
3. Don't know with why: at the health ("잘 모르겠어요 병원 안간지 오래돼서", "not sure, it's been
   years since the vet": kept as the note), at "what happened right before?" ("잘 모르겠어요
   보고있지 않았어서": added as the answer), and joined by its own ending to a red flag at "how
   often?" ("그건 잘 모르겠고 방금 초콜릿을 먹었어요": one new report, the don't-know lost). Don't
   know (nothing kept as the note, the question skipped), the poisoning its own report.
4. Being picked up at the concerns ("biting and she hates being picked up", "입질이랑 안아 올리는 걸
   싫어해요"): mouthing only (or with "other"). Mouthing and handling (batch 739).

First run at eec83592 (main's tip, this file copied in): 33 failed, 2 passed (the guards: a
behaviour told beside the doubt or the small room, already a report). After the fix: 35 passed.
Part 4 added later, its first run at the branch's e42b89cc: 4 failed; after its fix 4 passed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_result_shown, tg_settings, tg_typed
from tests.test_checkins import analysis
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, harness, tg  # noqa: F401  (the `tg` fixture)
from tests.test_trial10_checkins import REPORT, _telegram_plan

# -- 1. something more told after "oh and" while a report waits ---------------------------------------

WAITING = {"ko": "콩이가 요즘 자꾸 패드 밖에 오줌을 싸요", "en": "he keeps peeing next to his pad lately"}
ADDED = [
    ("ko", "참 그리고 패드는 거실 구석에 있어요"),
    ("ko", "아그리고불끄면더심해짐"),
    ("ko", "계단에서만 그래요"),
    ("en", "oh and the pad is in the kitchen, we're upstairs"),
    ("en", "the stairs are the only place he does it"),
]


@pytest.mark.parametrize(("lang", "typed"), ADDED)
async def test_more_told_while_a_report_waits_is_its_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(WAITING[lang])
    await user.send(typed)
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert len(rows) == 1 and rows[0].startswith(WAITING[lang]), (rows, user.text)
    assert typed in rows[0], (rows, user.text)


async def test_more_told_while_a_report_waits_is_its_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        for chat, (lang, typed) in enumerate(ADDED, start=64100):
            await tg_owner(tg, chat, lang)
            fake_ollama.behaviour.delay = 5.0
            await tg.say(chat, WAITING[lang])
            shown = await tg_typed(tg, chat, typed)
            rows = _kept(await _tg_reports(tg, chat))
            assert len(rows) == 1 and rows[0].startswith(WAITING[lang]), (typed, rows, shown)
            assert typed in rows[0], (typed, rows, shown)


# -- 2. right after a result: the reading doubted, the step not fitting, the vet planned ---------------

# (lang, typed, the reply's id)
AFTER_RESULT = [
    ("en", "I don't think it's fear, he's wagging the whole time", "talk-objection"),
    ("en", "nah i dont think its boredom he literally just had a walk", "talk-objection"),
    ("ko", "심심해서 그런 건 아닌 것 같아요 방금 산책했거든요", "talk-objection"),
    ("en", "we can't really move the crate upstairs, the room's tiny", "talk-misfit"),
    ("ko", "나야근해서낮에산책은못시켜ㅠ", "talk-misfit"),
    ("ko", "네 혹시 모르니 병원도 한번 가볼게요", "talk-to-vet"),
    ("ko", "말씀대로 내일 병원에 데리고 가 보겠습니다", "talk-to-vet"),
    ("en", "ok I will take him to the vet just in case", "talk-to-vet"),
]


@pytest.mark.parametrize(("lang", "typed", "reply"), AFTER_RESULT)
async def test_said_of_the_result_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, reply: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    before = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [BARK[lang]], user.text
    assert t(lang, reply)[:30] in user.text, user.text
    assert _model_calls(fake_ollama) == before, user.text


@pytest.mark.parametrize(("lang", "typed", "reply"), AFTER_RESULT)
async def test_said_of_the_result_is_no_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    reply: str,
) -> None:
    chat = 64200 + AFTER_RESULT.index((lang, typed, reply))
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, typed)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [REPORT[lang]], shown
        assert t(lang, reply)[:30] in shown, shown
        assert _model_calls(fake_ollama) == before, shown


# guards: a behaviour told beside the doubt or the small room stays a report of its own
GUARDS = {
    "ko": "방이 좁아서 그런지 어제 밤새 현관에서 짖었어요",
    "en": "I don't think it's fear, he bit my son yesterday",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_behaviour_told_beside_it_stays_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(GUARDS[lang])
    await asyncio.sleep(0.3)
    kept = _kept(await _kakao_reports(kakao, user.key))
    assert len(kept) == 2 and GUARDS[lang] in kept, (kept, user.text)


# -- 3. don't know with why ------------------------------------------------------------------------------

HEALTH = [("ko", "잘 모르겠어요 병원 안간지 오래돼서"), ("en", "not sure, it's been years since the vet")]


@pytest.mark.parametrize(("lang", "typed"), HEALTH)
async def test_dont_know_why_at_the_health_is_no_note_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("health") != typed, user.text


async def test_dont_know_why_at_the_health_is_no_note_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(HEALTH, start=64300):
        await tg_at(tg, chat, lang, "health")
        said = await tg_typed(tg, chat, typed)
        assert (await tg_answers(tg, chat)).get("health") != typed, said


UNSEEN = {"ko": "잘 모르겠어요 보고있지 않았어서", "en": "not sure, I wasn't looking"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_unseen_is_no_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(UNSEEN[lang])
    await asyncio.sleep(0.3)
    kept = _kept(await _kakao_reports(kakao, user.key))
    assert len(kept) == 1 and UNSEEN[lang] not in kept[0], (kept, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_unseen_is_no_answer_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64310 + ("ko", "en").index(lang)
        await tg_result_shown(tg, chat, lang, "antecedent", BARK[lang])
        shown = await tg_typed(tg, chat, UNSEEN[lang])
        await asyncio.sleep(0.3)
        kept = _kept(await _tg_reports(tg, chat))
        assert len(kept) == 1 and UNSEEN[lang] not in kept[0], (kept, shown)


JOINED = {"ko": "그건 잘 모르겠고 방금 초콜릿을 먹었어요", "en": "not sure, but he just ate chocolate"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_joined_to_a_poisoning_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(JOINED[lang])
    await asyncio.sleep(0.3)
    kept = _kept(await _kakao_reports(kakao, user.key))
    assert t(lang, "safety-toxin")[:20] in user.text, user.text
    assert len(kept) == 2 and not any(JOINED[lang] == k for k in kept), (kept, user.text)
    assert not any(k.startswith(BARK[lang]) and "모르겠고" in k for k in kept), kept


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_joined_to_a_poisoning_keeps_both_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64320 + ("ko", "en").index(lang)
        await tg_result_shown(tg, chat, lang, "frequency", BARK[lang])
        shown = await tg_typed(tg, chat, JOINED[lang])
        await asyncio.sleep(0.3)
        kept = _kept(await _tg_reports(tg, chat))
        assert t(lang, "safety-toxin")[:20] in shown, shown
        assert len(kept) == 2 and not any(JOINED[lang] == k for k in kept), (kept, shown)


# -- 4. being picked up, at the concerns ------------------------------------------------------------------

PICKED_UP = {"ko": "입질이랑 안아 올리는 걸 싫어해요", "en": "biting and she hates being picked up"}
DONE = {"ko": "완료", "en": "done"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_being_picked_up_is_handling_at_the_concerns_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(PICKED_UP[lang])
    await user.send(DONE[lang])
    concerns = (await kakao_answers(kakao, user.key)).get("concerns")
    assert concerns is not None and {"mouthing", "handling_sensitivity"} <= set(concerns), (
        concerns,
        user.text,
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_being_picked_up_is_handling_at_the_concerns_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64400 + ("ko", "en").index(lang)
        await tg_at(tg, chat, lang, "concerns")
        shown = await tg_typed(tg, chat, PICKED_UP[lang])
        shown += await tg_typed(tg, chat, DONE[lang])
        concerns = (await tg_answers(tg, chat)).get("concerns")
        assert concerns is not None and {"mouthing", "handling_sensitivity"} <= set(concerns), (
            concerns,
            shown,
        )
