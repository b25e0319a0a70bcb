# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63, helper oldleft63: held-out 16's and 17's last misses, each kind reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English (corpus batches 721-722).

1. At the name question, the name told with a clause giving another name, the shelter's old one
   or another dog's ("보호소에서는 누렁이라고 불렀는데 콩이로 바꿨어 콩이", "his name's Biscuit, the
   shelter called him Buddy though"): no name, asked again. Now the clause is dropped and the
   rest read as the name.
2. At "what happened right before?", another dog's act at this one ("before that pepper had been
   pestering him all morning, stole his bed twice"): glued onto the report as the answer. Now
   read as either (add or new?); the flow asks, or files it apart as another behaviour than the
   report's (`handlers.results.followup`), never glued on silently.
3. At "what did you do right after?", a question then why it is asked ("혼내면 안되는거에요?
   할머니가 자꾸 혼내신대서요"): glued onto the report as what the owner did. Now a question for
   the coach.

14 of 16 failed at 2264f718 (before the fix): all but section 3's Korean pair, which the channel
already kept off the report (the corpus row, held-out 16 row 167, read it as the answer).
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
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_stop60_left import _kakao_rows, _tg_result_shown, _tg_rows
from tests.test_survey_answers_misread import kakao_at, t, tg_at
from tests.test_telegram_e2e import Harness, harness, tg  # noqa: F401  (the `tg` fixture)

# -- 1. the name told beside another name ----------------------------------------------------------

NAMES = {
    ("shelter", "ko"): ("보호소에서는 누렁이라고 불렀는데 콩이로 바꿨어 콩이", "콩이"),
    ("shelter", "en"): ("his name's Biscuit, the shelter called him Buddy though", "Biscuit"),
    ("old", "ko"): ("원래 이름은 누렁이였는데, 지금은 보리예요", "보리"),
    ("old", "en"): ("Pepper, otis is the old one", "Pepper"),
}  # fmt: skip


@pytest.mark.parametrize(("kind", "lang"), list(NAMES))
async def test_the_name_beside_another_name_on_kakao(kakao: Server, kind: str, lang: str) -> None:
    user = await kakao_at(kakao, lang, "name")
    typed, name = NAMES[kind, lang]
    await user.send(typed)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(NAMES))
async def test_the_name_beside_another_name_on_telegram(tg: Harness, kind: str, lang: str) -> None:
    chat = 63210 + list(NAMES).index((kind, lang))
    await tg_at(tg, chat, lang, "name")
    typed, name = NAMES[kind, lang]
    await tg.say(chat, typed)
    assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), tg.last_text(chat)


# -- 2. another dog's act at "what happened right before?" ------------------------------------------

OTHER_DOG = {
    "ko": "그 전에 보리가 아침 내내 괴롭혔어요 방석도 두 번이나 뺏어갔고요",
    "en": "before that pepper had been pestering him all morning, stole his bed twice",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_dogs_act_asks_add_or_new_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(OTHER_DOG[lang])
    asked = t(lang, "analysis-followup-which") in user.text
    rows = await _kakao_rows(kakao, user.key, 1 if asked else 2)
    assert rows == ([BARK[lang]] if asked else [BARK[lang], OTHER_DOG[lang]]), (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_dogs_act_asks_add_or_new_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 63220 + ("ko", "en").index(lang)
        await _tg_result_shown(tg, chat, lang, "antecedent")
        shown = await tg_typed(tg, chat, OTHER_DOG[lang])
        asked = t(lang, "analysis-followup-which") in shown
        rows = await _tg_rows(tg, chat, 1 if asked else 2)
        assert rows == ([BARK[lang]] if asked else [BARK[lang], OTHER_DOG[lang]]), (rows, shown)


# -- 3. a question, then why it is asked, at "what did you do right after?" -------------------------

ASKED_WHY = {
    "ko": "혼내면 안되는거에요? 할머니가 자꾸 혼내신대서요",
    "en": "so should we not scold her? because my mum keeps telling her off",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_question_with_its_why_is_for_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("consequence")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(ASKED_WHY[lang])
    await asyncio.sleep(0.3)
    assert await _kakao_rows(kakao, user.key, 1) == [BARK[lang]], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_question_with_its_why_is_for_the_coach_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("consequence")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 63230 + ("ko", "en").index(lang)
        await _tg_result_shown(tg, chat, lang, "consequence")
        shown = await tg_typed(tg, chat, ASKED_WHY[lang])
        await asyncio.sleep(0.3)
        assert await _tg_rows(tg, chat, 1) == [BARK[lang]], shown
