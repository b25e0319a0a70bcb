# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, "illness" (owner trial 31): a sign of illness told as a report, each reproduced through
a real channel first (Kakao skill webhook, Telegram over HTTP), what was kept read back from the store.

"어제부터 토를 세번 했어요" (vomited three times since yesterday), told idle by an owner with a
finished profile, got its vet-within-24-hours card, and then a behaviour result whose next step was
a training step, a plan ("📌 One thing to change for now: …") with a check-in days later, and the
follow-up question "how often does it happen?" that the owner had already answered ("세번"). A sign
of illness and nothing the dog did (vomiting, diarrhea, not eating, limping, lethargy) is a vet's
first: the card, the report kept with the result's next step "a vet first", no plan, no check-in,
no follow-up question. A behaviour told beside such a sign ("짖을 때마다 토해요") still gets its
plan, as a barking report does.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _all_plans, _step, _store
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, kakao_reports, t
from tests.test_telegram_e2e import eventually, harness, settings_for

ILL = (
    ("ko", "어제부터 토를 세번 했어요"),
    ("en", "shes been throwing up since last night and wont eat"),
    ("en", "he's limping on his back leg since the walk"),
    ("ko", "설사를 이틀째 해요"),
    ("ko", "밥을 안먹어요 이틀째"),
    ("en", "he's had diarrhea twice today"),
    ("ko", "다리를 절뚝거려요"),
    ("en", "she's been really lethargic all day"),
)
# a behaviour told beside the sign: still a behaviour to coach, with its plan
BEHAVIOUR_TOO = (
    ("ko", "손님 오면 현관에서 계속 짖고 토해요"),
    ("en", "he barks at the door whenever guests come and then throws up"),
)


def _no_training(lang: str, shown: str) -> None:
    assert "📌" not in shown, shown
    assert _step(lang) not in shown, shown
    assert t(lang, "analysis-followup-frequency") not in shown, shown


@pytest.mark.parametrize(("lang", "typed"), ILL)
async def test_an_illness_gets_no_plan_no_check_in_and_no_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    _no_training(lang, shown)
    assert t(lang, "coaching-plan-emergency") in shown, shown
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed]  # the owner's words kept
    assert await checkins_of(_store(kakao), Channel.KAKAO, user.key) == []
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []
    assert _model_calls(fake_ollama) == 1  # the report's own analysis, no more


@pytest.mark.parametrize(("lang", "typed"), BEHAVIOUR_TOO)
async def test_a_behaviour_with_a_sign_of_illness_still_gets_its_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert "📌" in shown and _step(lang) in shown, shown
    assert len(await _all_plans(_store(kakao), Channel.KAKAO, user.key)) == 1


@pytest.mark.parametrize(("lang", "typed"), [ILL[0], ILL[1], ILL[3], ILL[2]])
async def test_an_illness_as_a_first_message_gets_no_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    shown = "\n".join(user.texts)
    assert "📌" not in shown and _step(lang) not in shown, shown
    assert t(lang, "analysis-followup-frequency") not in shown, shown
    assert await kakao_reports(kakao, user.key) == [typed]
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []
    assert await checkins_of(_store(kakao), Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(
    ("lang", "key", "typed"),
    [("ko", "age_months", ILL[0][1]), ("en", "breed", ILL[1][1]), ("ko", "alone_hours", ILL[3][1]),
     ("en", "other_pets", "he's limping on his front leg since the walk")],
)  # fmt: skip
async def test_an_illness_typed_mid_survey_is_kept_and_no_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, key) in user.text, user.texts
    assert key not in await kakao_answers(kakao, user.key), user.texts
    assert await kakao_reports(kakao, user.key) == [typed], user.texts
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    shown = "\n".join(user.texts)
    assert "📌" not in shown and _step(lang) not in shown, shown
    assert await _all_plans(_store(kakao), Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [(47101, "ko", ILL[0][1]), (47102, "en", ILL[1][1]), (47103, "ko", ILL[4][1]), (47104, "en", ILL[2][1])],
)
async def test_an_illness_gets_no_plan_no_check_in_and_no_question_on_telegram(
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
        await eventually(lambda: any(line in m for m in tgh.sent(chat)[before:]))
        await asyncio.sleep(0.3)
        sent = tgh.sent(chat)[before:]
        assert sent[0].startswith(t(lang, "safety-header-within_24h")), sent
        assert t(lang, "safety-pain_illness")[:30] in sent[0], sent
        _no_training(lang, "\n".join(sent))
        assert any(line in m for m in sent), sent
        assert _model_calls(fake_ollama) == 1
        assert await checkins_of(tgh.rt.store, Channel.TELEGRAM, str(chat)) == []
        assert await _all_plans(tgh.rt.store, Channel.TELEGRAM, str(chat)) == []
