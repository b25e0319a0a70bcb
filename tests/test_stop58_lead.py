# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 58, lead: an incident told after "but today" / "근데 오늘은" in a result's answer was lost
in the answer (held-out 14: "일주일에 두세번? 근데 오늘은 콩이도 같이 따라 짖었어요"); a behaviour asked
about, not told, went to the model (held-out 14, below).

The answer went to the report asked about and the new incident with it, or the whole message was
asked about with two buttons: the new barking was never a report of its own unless the owner
tapped "new report". Now "but" / "근데" with a day right after it (`understanding-added-split-but`,
`understanding-added-split-date`) splits it as "also" does, the day kept with the incident.
All four cases failed at c09bbe28 (the whole message kept as one answer or asked about).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings
from tests.test_checkins_channels import t
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_followup_not_reports import REPORT as FOLLOWED
from tests.test_followup_not_reports import _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop46_checkin import _settled_reports
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)

# (language, typed at "how often?", the answer added to the report, the incident saved apart)
BUT_TODAY = [
    (
        "ko",
        "일주일에 두세번요 근데 오늘은 소파 쿠션을 다 뜯어놨어요",
        "일주일에 두세번요",
        "오늘은 소파 쿠션을 다 뜯어놨어요",
    ),
    ("en", "twice a week but yesterday she bit the mailman", "twice a week", "yesterday she bit the mailman"),
]


@pytest.mark.parametrize(("lang", "text", "answer", "incident"), BUT_TODAY)
async def test_an_incident_after_but_today_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, answer: str, incident: str
) -> None:
    user = kakao.user(lang=lang)
    await _until_followup(user, lang)
    await user.send(text)
    reports = await _settled_reports(lambda: _kakao_reports(kakao, user.key), 2)
    assert [(r.text, r.followups) for r in reports] == [  # type: ignore[attr-defined]
        (f"{FOLLOWED[lang]}\n{answer}", 1),
        (incident, 0),
    ], user.text


@pytest.mark.parametrize(("lang", "text", "answer", "incident"), BUT_TODAY)
async def test_an_incident_after_but_today_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    answer: str,
    incident: str,
) -> None:
    chat = 5800 + len(lang)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: tg.last_text(chat).endswith(question))
        await tg.say(chat, text, language_code=lang)
        reports = await _settled_reports(lambda: _tg_reports(tg, chat), 2)
        assert [(r.text, r.followups) for r in reports] == [  # type: ignore[attr-defined]
            (f"{FOLLOWED[lang]}\n{answer}", 1),
            (incident, 0),
        ], tg.sent(chat)[-3:]


# -- a behaviour asked about, not told -------------------------------------------------------------
# Held-out 14: "으르렁거리는거 나이 들면 좀 나아져요?" (the sound word's verb suffix hid the ending
# that asks) and "That makes sense, but what if she growls while I'm doing it? Do I stop?" (the
# supposition opened after "but") were stored as reports and sent to the model. All four failed
# at 85528cad.
ASKED = (
    ("ko", "으르렁거리면 어떡해요?"),
    ("en", "ok but what if he bites me when i take it away?"),
)


async def _stored(kakao: Server, key: str) -> list[tuple[str, bool]]:
    return [
        (r.text.split("\n")[0], r.is_question)
        for r in sorted(await _kakao_reports(kakao, key), key=lambda r: r.id)
    ]


@pytest.mark.parametrize(("lang", "typed"), ASKED)
async def test_a_behaviour_asked_about_is_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.3)
    stored = await _stored(kakao, user.key)
    assert (typed, True) in stored and (typed, False) not in stored, (stored, user.texts)


@pytest.mark.parametrize(("lang", "typed"), ASKED)
async def test_a_behaviour_asked_about_is_a_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 5810 + ASKED.index((lang, typed))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    stored = [(r.text.split("\n")[0], r.is_question) for r in await _tg_reports(tg, chat)]
    assert (typed, True) in stored and (typed, False) not in stored, stored
