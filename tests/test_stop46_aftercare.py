# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, "aftercare" (owner trial 31): right after an emergency the owner's worried messages,
each reproduced through a real channel first (Kakao skill webhook, Telegram over HTTP, the
terminal), what was kept read back from the store.

1. A question about the emergency just told ("my vet is closed rn, can i just wait and see?",
   "should he go to the ER or can it wait till tmrw??", "nearest emergency vet is 40 min away, is
   there anything i can do at home first??"): sent to the coach model (which answered about the
   leash), or at a survey question "Please answer yes or no". Now its first aid / go-now again at
   once, no model call, nothing stored, the open question asked again after it.
2. A new sign of the same emergency ("shes shaking and her heart is racing" after chocolate): a new
   report with a training plan, a check-in and "how often does this happen?". Now added to the
   poisoning report, with its first aid again: go now.
3. Going to or back from the vet at a survey question ("ok calling the vet rn", "back from the vet
   said hes fine", "다녀옴ㅋㅋ 토하게 하는 주사 맞고 괜찮대"): "Please send a number of hours", or stored
   as the health answer with the illness card, an analysis and a plan. Now the to-vet / vet-cleared
   replies, as with nothing open; nothing stored as an answer, no report, no plan.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.bot.engine import Engine
from dogcoach.services.store import Store
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop44_emergency import _all_plans
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

CHOCOLATE = {"ko": "콩이가 방금 초콜릿을 먹었어요 ㅠㅠ", "en": "Rex just ate a whole bar of chocolate"}
BITE = {
    "ko": "콩이가 남편 손을 물어서 피가 많이 나요",
    "en": "he bit my husband's hand and it's bleeding a lot",
}
BLOAT = {
    "ko": "콩이가 토하려고 하는데 아무것도 안 나오고 배가 빵빵해요",
    "en": "Rex keeps trying to vomit but nothing comes up and his belly is swollen",
}
GRAPES = {"ko": "콩이가 포도를 먹었어요", "en": "Rex ate grapes"}

# (emergency, its first aid, a question about it)
ASKED = (
    ("ko", CHOCOLATE, "safety-toxin", "병원이 지금 문 닫았는데 그냥 지켜봐도 될까요?"),
    ("en", CHOCOLATE, "safety-toxin", "my vet is closed rn, can i just wait and see?"),
    ("ko", BITE, "safety-bite_injury", "응급실 가야 돼요 아니면 내일까지 기다려도 돼요??"),
    ("en", BITE, "safety-bite_injury", "should he go to the ER or can it wait till tmrw??"),
    ("ko", BLOAT, "safety-retching", "제일 가까운 응급병원이 40분 거리인데 집에서 먼저 할 수 있는 게 있을까요??"),
    ("en", BLOAT, "safety-retching", "nearest emergency vet is 40 min away, is there anything i can do at home first??"),
)  # fmt: skip


async def _settled(fake: FakeOllama) -> int:
    """The emergency's own analysis done: the model calls counted from here are the message's."""
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    return _model_calls(fake)


def _first_aid(lang: str, msg_id: str) -> str:
    return t(lang, msg_id)[:40]


# -- 1. a question about the emergency: its first aid again, no model call ---------------------------


@pytest.mark.parametrize(("lang", "emergency", "aid", "question"), ASKED)
async def test_a_question_about_the_emergency_gets_its_first_aid_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, emergency: dict[str, str], aid: str, question: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(emergency[lang])
    calls = await _settled(fake_ollama)
    await user.send(question)
    assert _first_aid(lang, aid) in user.text, user.text
    assert _model_calls(fake_ollama) == calls
    assert await kakao_reports(kakao, user.key) == [emergency[lang]]


@pytest.mark.parametrize(("lang", "emergency", "aid", "question"), ASKED)
async def test_a_question_about_the_emergency_at_a_survey_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, emergency: dict[str, str], aid: str, question: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(emergency[lang])
    calls = await _settled(fake_ollama)
    await user.send(question)
    assert _first_aid(lang, aid) in user.text, user.text
    assert asked(lang, "children") in user.text, user.text
    assert _model_calls(fake_ollama) == calls
    assert "children" not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [emergency[lang]]


# -- 2. a new sign of the same emergency: added to its report, go now --------------------------------

SIGNS = (
    ("ko", "애가 떨고 심장이 엄청 빨리 뛰어요"),
    ("en", "shes shaking and her heart is racing"),
)


@pytest.mark.parametrize(("lang", "sign"), SIGNS)
async def test_a_new_sign_is_added_to_the_poisoning_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, sign: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(CHOCOLATE[lang])
    await _settled(fake_ollama)
    plans = len(await _all_plans_kakao(kakao, user.key))
    await user.send(sign)
    assert t(lang, "aftercare-sign-added", kind="toxin") in user.text, user.text
    assert _first_aid(lang, "safety-toxin") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [f"{CHOCOLATE[lang]}\n{sign}"]
    assert len(await _all_plans_kakao(kakao, user.key)) == plans


async def _all_plans_kakao(kakao: Server, key: str) -> list[object]:
    from dogcoach.domain.channel import Channel
    from tests.test_kakao_skill import open_store

    async with open_store(kakao.settings.database_url) as store:
        return list(await _all_plans(store, Channel.KAKAO, key))


async def test_wait_and_see_then_a_new_sign_in_the_terminal(
    sqlite_engine: Engine, sqlite_store: Store
) -> None:
    chat = Chat(sqlite_engine, "aftercare-en", hint="en")
    await chat.send("/start")
    for text in answers_before("en", "review"):
        await chat.send(text)
    await chat.send("yes")
    await chat.send(CHOCOLATE["en"])
    await chat.send("my vet is closed rn, can i just wait and see?")
    assert _first_aid("en", "safety-toxin") in "\n".join(chat.texts), chat.texts
    await chat.send("shes shaking and her heart is racing")
    shown = "\n".join(chat.texts)
    assert t("en", "aftercare-sign-added", kind="toxin") in shown, chat.texts
    async with sqlite_store.session() as s:
        user = await s.get_user(chat.user.channel, chat.user.external_id)
        assert user is not None
        reports = [r.text for r in await s.list_reports(user.id)]
    assert len(reports) == 1, reports


# -- 3. to the vet and back at a survey question: never an answer -----------------------------------

VET_AT_SURVEY = (
    ("ko", GRAPES, "alone_hours", "네 지금 병원에 전화하고 있어요", "talk-to-vet"),
    ("en", GRAPES, "alone_hours", "ok calling the vet rn", "talk-to-vet"),
    ("ko", GRAPES, "alone_hours", "병원 다녀왔는데 괜찮대요", "talk-vet-cleared"),
    ("en", GRAPES, "alone_hours", "back from the vet… said hes fine", "talk-vet-cleared"),
    ("ko", CHOCOLATE, "concerns", "다녀옴ㅋㅋ 토하게 하는 주사 맞고 괜찮대", "talk-vet-cleared"),
    (
        "en",
        CHOCOLATE,
        "concerns",
        "back from the vet, they made him throw up and he's fine",
        "talk-vet-cleared",
    ),
)


@pytest.mark.parametrize(("lang", "emergency", "key", "typed", "reply"), VET_AT_SURVEY)
async def test_to_the_vet_and_back_at_a_survey_question_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    emergency: dict[str, str],
    key: str,
    typed: str,
    reply: str,
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(emergency[lang])
    calls = await _settled(fake_ollama)
    plans = len(await _all_plans_kakao(kakao, user.key))
    await user.send(typed)
    assert t(lang, reply) in user.text, user.text
    assert key not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [emergency[lang]]
    assert _model_calls(fake_ollama) == calls
    assert len(await _all_plans_kakao(kakao, user.key)) == plans


@pytest.mark.parametrize(
    ("chat", "lang", "typed", "reply"),
    [
        (46301, "en", "ok calling the vet rn", "talk-to-vet"),
        (46302, "en", "back from the vet… said hes fine", "talk-vet-cleared"),
        (46303, "ko", "다녀옴ㅋㅋ 토하게 하는 주사 맞고 괜찮대", "talk-vet-cleared"),
    ],
)
async def test_to_the_vet_and_back_at_a_survey_question_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str, reply: str
) -> None:
    await tg_at(tg, chat, lang, "alone_hours")
    await tg.say(chat, GRAPES[lang])
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert any(t(lang, reply) in m for m in sent), sent
    assert "alone_hours" not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == [GRAPES[lang]]
