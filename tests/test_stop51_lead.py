# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 51, verification trial (lead): a child bitten, told with a possessive or a little cousin
("she bit my nephew's hand", "she bit my little cousin"), got no child-bite card and, after the
result, a training plan with a check-in; "my dog bit my nephew" had both right. The safety view
drops apostrophes, so "nephew's" is "nephews", a word the child list did not hold; a cousin was in
no list. Reproduced through Kakao and Telegram: the card first, the professional step, no plan."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.safety import FlagKind
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_surveyed
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop44_emergency import _all_plans
from tests.test_stop50_poisonflow import _store
from tests.test_stop51_safety51 import CHECKER
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import eventually, harness, settings_for

CHILD_BITTEN = (
    "she bit my nephew's hand",
    "max bit my nephews arm yesterday",
    "she bit my little cousin",
    "he bit my granddaughter's finger",
)


@pytest.mark.parametrize("typed", CHILD_BITTEN)
async def test_a_child_bitten_told_with_a_possessive_gets_the_card_and_no_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send(typed)
    assert t("en", "safety-child_bitten") in user.text, user.text  # the card first, at once
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    assert t("en", "coaching-plan-bite", bitten="child") in user.text, user.text
    await asyncio.sleep(0.2)
    assert await checkins_of(_store(kakao), Channel.KAKAO, user.key) == []
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(("chat", "typed"), list(enumerate(CHILD_BITTEN[:2], start=51301)))
async def test_a_child_bitten_told_with_a_possessive_gets_the_card_and_no_plan_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, chat: int, typed: str
) -> None:
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, "en") as tg:
        kinds = ("message", "document", "photo", "edit_text")
        before = len(tg.sent(chat, kinds))
        await tg.say(chat, typed)
        line = t("en", "coaching-plan-bite", bitten="child")
        await eventually(lambda: line in tg.sent(chat, kinds)[before:])
        sent = tg.sent(chat, kinds)[before:]
        assert any(t("en", "safety-child_bitten") in m for m in sent), sent
        assert await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == []
        assert await _all_plans(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


@pytest.mark.parametrize("typed", ["my cousin came over and she bit him", "she bit my nephew's dog"])
async def test_an_adult_cousin_or_a_relatives_dog_is_no_child_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send(typed)
    assert t("en", "safety-child_bitten") not in user.text, user.text


# -- a time zone told at a survey question (stop 51 trial: "i'm in london" at the name question
# named the dog "I'm In London"; "한국 시간으로 해줘" at the breed was stored as the breed) ---------

ZONE_AT_QUESTION = (
    ("en", "breed", "i'm in london", "Europe/London"),
    ("ko", "breed", "한국 시간으로 해줘", "Asia/Seoul"),
    ("ko", "origin", "런던에 살아요", "Europe/London"),
)


async def _zone(store: Any, channel: str, key: str) -> str | None:
    async with store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        return await s.user_timezone(user.id)


@pytest.mark.parametrize(("lang", "key", "typed", "zone"), ZONE_AT_QUESTION)
async def test_a_time_zone_told_at_a_survey_question_sets_it_and_asks_again_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, zone: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert await _zone(_store(kakao), Channel.KAKAO, user.key) == zone, user.text
    assert asked(lang, key) in user.text, user.text  # the question is still open
    assert key not in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize(("lang", "key", "typed", "zone"), ZONE_AT_QUESTION[:2])
async def test_a_time_zone_told_at_a_survey_question_sets_it_and_asks_again_on_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Any, lang: str, key: str, typed: str, zone: str
) -> None:
    chat = 51311 + ("ko", "en").index(lang)
    async with harness(fake_telegram, settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}")) as tg:
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert await _zone(tg.rt.store, Channel.TELEGRAM, str(chat)) == zone, tg.sent(chat)[-3:]
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
        assert key not in await tg_answers(tg, chat)


async def test_a_name_that_is_a_city_is_still_the_name_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("London")
    assert t("en", "survey-q-age_months", name="London") in user.text, user.text


# -- a person asked for after the verb (stop 51 trial: went to the model as a question) ----------


@pytest.mark.parametrize("typed", ["can a person talk to me", "is there a human i can talk to"])
async def test_a_person_asked_for_gets_the_bots_own_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("/cancel")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t("en", "coach-human") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls


# -- a paw said to bleed in short Korean (stop 51 trial: "발 좀 보세요 피나요", "얘 발 피나요ㅠㅠ"
# got "무슨 뜻인지 잘 모르겠어요"; "발에서 피가 나요" had the first aid) ---------------------------


@pytest.mark.parametrize("typed", ["발 좀 보세요 피나요", "얘 발 피나요ㅠㅠ", "꼬리가 피나요"])
async def test_a_paw_said_to_bleed_in_short_korean_gets_the_first_aid_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    await user.send("/cancel")
    await user.send(typed)
    assert t("ko", "safety-trauma") in user.text, user.text


@pytest.mark.parametrize("typed", ["발정이라 피가 좀 나요", "발이 커요"])
def test_heat_or_a_paw_with_no_blood_is_no_trauma(typed: str) -> None:
    assert FlagKind.TRAUMA not in CHECKER.check(typed).kinds, typed
