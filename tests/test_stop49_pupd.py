# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, the Korean owner trial (helper "pupd"): a senior dog drinking a lot and peeing
everywhere ("요즘 물을 엄청 많이 마시고 여기저기 오줌을 싸요", "15살인데 물을 너무 많이 먹고 집안에 쉬를
해요") raised no flag and got a house-training step with a check-in booked. Drinking and peeing far
more (polydipsia/polyuria: kidney disease, diabetes, Cushing's) and house-soiling that starts in a
dog that was house-trained (AVSAB/ACVB: rule out a medical cause first) are `FlagKind.THIRST`: the
vet within days card, the report kept, its result the vet's with no training step and no check-in
(`understanding.vet_first`). Each reproduced through a real channel (Kakao skill webhook, Telegram
over HTTP), in every state: idle, at a survey question, at a check-in's "anything to add?".
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _step
from tests.test_survey_answers_misread import asked, kakao_at, kakao_reports, t, tg_at, tg_reports
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _telegram_plan

CHECKER = SafetyChecker(Messages())
CARD = "safety-thirst"

SIGNS = (
    ("ko", "요즘 물을 엄청 많이 마시고 여기저기 오줌을 싸요"),
    ("ko", "15살인데 물을 너무 많이 먹고 집안에 쉬를 해요"),
    ("ko", "원래 배변 잘 가렸는데 요즘 갑자기 집안 여기저기 쉬를 해요"),
    ("en", "she's drinking loads and weeing everywhere"),
    ("en", "drinks way more water than usual and has accidents now"),
    ("en", "he was fully house trained but now he pees all over the house"),
)
CHECKER_ONLY = (
    "물을 벌컥벌컥 엄청 마셔요 물그릇을 계속 비워요",
    "소변량이 엄청 늘었어요",
    "he's always thirsty and pees a lot more than he used to",
    "she's been peeing in the house lately and she was always housetrained",
    "물을 많이 마시고 오줌도 많이 싸요",
    "she drinks a lot and pees everywhere",
    "요즘 갑자기 집안에 쉬를 해요",
    "she suddenly started peeing in the house",
)
NOT_SIGNS = (
    ("ko", "아직 배변훈련 중인 아기라서 아무데나 쉬를 해요"),
    ("ko", "산책하고 와서 물을 마셨어요"),
    ("ko", "산책할때 마킹을 해요"),
    ("en", "our puppy keeps having accidents in the house"),
    ("en", "he drank water after the walk"),
    ("en", "he marks on walks"),
    ("ko", "물을 많이 마셔요"),
    ("ko", "산책하고 와서 물을 엄청 많이 마셔요"),
    ("ko", "물을 많이 먹여야 하나요?"),
    ("en", "he drinks a lot after walks, it's so hot"),
)


@pytest.mark.parametrize("typed", [typed for _, typed in SIGNS] + list(CHECKER_ONLY))
def test_drinking_and_peeing_more_or_new_soiling_is_the_thirst_flag(typed: str) -> None:
    assert CHECKER.check(typed).kinds == {FlagKind.THIRST}, typed


@pytest.mark.parametrize(("lang", "typed"), NOT_SIGNS)
def test_a_puppys_accidents_a_drink_after_a_walk_and_marking_are_none(lang: str, typed: str) -> None:
    assert not CHECKER.check(typed).flags, typed


def test_the_thirst_flag_is_a_vet_within_days() -> None:
    flag = CHECKER.check(SIGNS[0][1]).flags[0]
    assert flag.urgency.value == "soon"
    assert not CHECKER.check(SIGNS[0][1]).emergency


# -- idle --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), SIGNS)
async def test_thirst_gets_the_vet_card_and_is_kept_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, CARD)[:20] in user.text, user.texts
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "typed"), SIGNS)
async def test_thirst_gets_the_vet_card_and_is_kept_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 49401 + SIGNS.index((lang, typed))
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    assert t(lang, CARD)[:20] in "\n".join(tg.sent(chat)[before:]), tg.sent(chat)[before:]
    assert await tg_reports(tg, chat) == [typed]


@pytest.mark.parametrize(("lang", "typed"), NOT_SIGNS[::3])
async def test_a_puppys_accidents_get_no_vet_card_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, CARD)[:20] not in user.text, user.texts


# -- at a survey question ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), SIGNS[::2])
async def test_thirst_at_a_survey_question_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert t(lang, CARD)[:20] in user.text, user.texts
    assert asked(lang, "breed") in user.text, user.texts
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize(("lang", "typed"), SIGNS[1::2])
async def test_thirst_at_a_survey_question_on_telegram(tg: Harness, lang: str, typed: str) -> None:
    chat = 49411 + SIGNS.index((lang, typed))
    await tg_at(tg, chat, lang, "breed")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t(lang, CARD)[:20] in shown, shown
    assert await tg_reports(tg, chat) == [typed]


# -- at a check-in's "anything to add?" ----------------------------------------------------------

BETTER = {"ko": "좀 나아졌어요", "en": "a bit better"}


@pytest.mark.parametrize(("lang", "typed"), [SIGNS[0], SIGNS[4]])
async def test_thirst_at_a_check_ins_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(BETTER[lang])
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        await owner.send(typed)
        assert t(lang, CARD)[:20] in owner.text, owner.texts
        await asyncio.sleep(0.3)
        assert typed in [r.text for r in await _kakao_reports(srv, owner.key)]


@pytest.mark.parametrize(("lang", "typed"), [SIGNS[1], SIGNS[3]])
async def test_thirst_at_a_check_ins_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    chat = 49421
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tgh:
        await push_checkin(tgh, chat, lang, STEP[lang])
        await tgh.say(chat, BETTER[lang], language_code=lang)
        await asyncio.sleep(0.3)
        assert t(lang, "coaching-checkin-note") in tgh.sent(chat), tgh.sent(chat)[-3:]
        before = len(tgh.sent(chat))
        await tgh.say(chat, typed, language_code=lang)
        await asyncio.sleep(0.5)
        assert t(lang, CARD)[:20] in "\n".join(tgh.sent(chat)[before:]), tgh.sent(chat)[before:]
        assert typed in [r.text for r in await _tg_reports(tgh, chat)]


# -- the result: the vet first, no training step, no check-in ----------------------------------


@pytest.mark.parametrize(
    ("lang", "typed"), [SIGNS[0], SIGNS[1], SIGNS[3], ("en", "she suddenly started peeing in the house")]
)
async def test_thirsts_result_is_the_vet_with_no_training_step_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-emergency") in shown, shown
    assert _step(lang) not in shown, shown
    await asyncio.sleep(0.3)
    assert await checkins_of(kakao.app.state.runtime.store, Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(("chat", "lang", "typed"), [(49431, *SIGNS[0]), (49432, *SIGNS[4])])
async def test_thirsts_result_is_the_vet_with_no_training_step_on_telegram(
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
        kinds = ("message", "document", "photo", "edit_text")
        before = len(tgh.sent(chat, kinds))
        await tgh.say(chat, typed)

        def shown() -> list[str]:  # sent, or edited in when the result was streamed (a busy machine)
            return tgh.sent(chat, kinds)[before:]

        await eventually(lambda: any(t(lang, "analysis-next-step-emergency") in m for m in shown()))
        await asyncio.sleep(0.3)
        assert not any(_step(lang) in m for m in shown()), shown()
        assert await checkins_of(tgh.rt.store, Channel.TELEGRAM, str(chat)) == []
