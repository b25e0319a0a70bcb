# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53, helper loop53: rough edges of the channels, each reproduced through a real channel
first (the terminal's `ConsoleChat` over the runtime, Telegram through the fake Bot API, KakaoTalk
over the skill's HTTP), Korean and English, then kept.

1. Terminal: /profile typed at a survey question printed the card's buttons 1) 2) 3) and then the
   question's options 1) 2) 3)…: "1" was both. Now one key names one choice on a screen: the open
   question (printed last) keeps its numbers, the card's buttons are lettered (`_keys_of`), and
   each key picks what it names.
2. Terminal: an analysis being written when the owner answered the next survey question printed
   its first lines above that question and the rest, with its 👉 line, under it. Now a view
   something else broke into starts again, whole, under it; the question is asked again last.
3. A report told at a survey question got "🔍 analysing it now…" and then "I've saved what you
   told me and will analyse it separately": the same thing twice. Under the acknowledgement the
   line now only says the question goes on (`report-kept-back`).
4. (Kakao: two analyses in one answer, unheaded) not reproduced here: a held result shown beside a
   new report is quoted already (`undelivered`, quoted=True); the case of two results arriving on
   one ticket needs a turn that waits for its own result after another's, which the measured
   estimate prevented in the time there was. Not fixed.
5. "we moved to the US", "미국으로 이사왔어요", "i want to change my time zone, we just moved to the
   US" (a country with several zones): what a move changes, or the zone in use and how to name
   another, with nothing to tap. Now the country's main zones are offered as buttons (Kakao's quick
   replies, Telegram's inline keyboard, the terminal's numbers), each labelled in the owner's
   language with its offset, and a tap sets it (`handlers.zone.offer_country`; the zones are the
   value of `understanding-zone-country-<key>`, the labels `timezone-zone-<zone>`): the US,
   Canada, Australia, Russia, Brazil, Mexico.

First run at 202fa9fa (main): see each test's comment.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import pytest

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import runtime
from dogcoach.channels.console import ConsoleChat
from dogcoach.config import Settings
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_analysis_service import RESULT_EN, RESULT_KO
from tests.test_kakao_reports import REPORT_EN, REPORT_KO
from tests.test_kakao_skill import Server, kakao, open_store, quick_of  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_streaming_channels import (
    Keyboard,
    Screen,
    report_done,
    streaming,
    telegram,
    terminal_settings,
)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_at
from tests.test_telegram_e2e import Harness, fake_ollama, tg  # noqa: F401  (`tg`)

__all__ = ["fake_ollama", "terminal_settings"]

LANGS = ("ko", "en")
REPORTS = {"ko": REPORT_KO, "en": REPORT_EN}
RESULTS = {"ko": RESULT_KO, "en": RESULT_EN}
FIRST = {"ko": "콩이", "en": "Rex"}  # the name answered first
AGE = {"ko": "3살", "en": "3 years"}


@dataclass(frozen=True)
class Printed:
    """A step that waits until this line was printed."""

    line: str


async def in_terminal(
    settings: Settings, lang: str, steps: list[str | Printed], until: str | None = None
) -> list[str]:
    """`dogcoach chat`'s parts (runtime, console on the outbox, analysis service): each step a typed
    line or a wait for a printed line; then, with `until`, until that line was printed. The lines
    printed."""
    screen, keys = Screen(), Keyboard()
    async with runtime(settings) as rt:
        assert rt.analysis is not None
        console = ConsoleChat(rt.engine, "ann", locale_hint=lang, stdin=keys, stdout=screen)  # type: ignore[arg-type]
        async with connected(rt.outbox, console), rt.analysis.running():
            chat = asyncio.create_task(console.run())
            for step in steps:
                if isinstance(step, str):
                    keys.type(step)
                    await asyncio.sleep(0.3)
                    continue
                for _ in range(1000):
                    if any(line == step.line for _, line in screen.lines):
                        break
                    await asyncio.sleep(0.02)
            for _ in range(1000):
                if until is None or any(line == until for _, line in screen.lines):
                    break
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.5)
            keys.close()
            await asyncio.wait_for(chat, 10)
    return [line for _, line in screen.lines]


async def terminal_answers(settings: Settings) -> dict[str, object]:
    async with runtime(settings) as rt, rt.store.session() as s:
        user = await s.get_user("console", "ann")
        assert user is not None
        dogs = await s.list_dogs(user.id)
        return max(dogs, key=lambda d: d.id).answers


def keys_printed(lines: list[str]) -> list[str]:
    return [line.strip().split(")")[0] for line in lines if line.startswith("  ") and ")" in line]


# -- 1. one key names one choice on the terminal's screen -----------------------------------------


# First run at 202fa9fa: 4 of 4 failed (1) to 3) printed twice after /profile; "1" was the question's).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("typed", ["1", "a"])
async def test_profile_at_a_survey_question_keys_each_choice_once_in_the_terminal(
    terminal_settings: Settings, lang: str, typed: str
) -> None:
    shown = await in_terminal(terminal_settings, lang, [FIRST[lang], AGE[lang], "/profile", typed])
    start = max(i for i, line in enumerate(shown) if line.startswith(f"🐶 {FIRST[lang]}"))  # the card
    question = shown.index(asked_of(lang, "sex"), start)
    end = next(i for i in range(question + 1, len(shown)) if not shown[i].startswith("  "))
    keys = keys_printed(shown[start:end])
    assert len(keys) == len(set(keys)) > 6, shown[start:end]  # the card's three, the question's six
    assert f"  a) {t(lang, 'survey-edit')}" in shown[start:question], shown[start:end]  # lettered
    assert f"  1) {t(lang, 'survey-opt-sex-male_intact')}" in shown[question:end], shown[start:end]
    if typed == "1":  # the question's first option: a male, not neutered
        assert (await terminal_answers(terminal_settings)).get("sex") == "male_intact", shown[end:]
    else:  # the card's first button: which answer to edit
        assert t(lang, "survey-edit-which") in shown[end:], shown[end:]
        assert "sex" not in await terminal_answers(terminal_settings)


def asked_of(lang: str, key: str) -> str:
    """The question's text line (the terminal prints "Question n of 15" above it)."""
    return t(lang, f"survey-q-{key}", name=FIRST[lang])


# -- 2. an analysis's lines together, the survey's question last -----------------------------------


# First run at 202fa9fa: 2 of 2 failed (the 👉 line and the rest printed under "Question 3 of 15").
@pytest.mark.parametrize("lang", LANGS)
async def test_an_analysis_written_while_the_survey_goes_on_prints_whole_and_the_question_last(
    terminal_settings: Settings, fake_ollama: FakeOllama, lang: str
) -> None:
    streaming(fake_ollama, rate=40.0, prompt_delay=0.3)  # ~4 s of answer
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    done, writing = t(lang, "console-analysis-done"), t(lang, "analysis-writing")
    shown = await in_terminal(
        terminal_settings, lang, [FIRST[lang], REPORTS[lang], Printed(writing), AGE[lang]], until=done
    )
    sex = asked_of(lang, "sex")
    end = shown.index(done)
    assert shown.index(writing) < shown.index(sex) < end, shown  # asked while it was being written
    view = max(i for i in range(end) if shown[i] == writing)
    assert set(RESULTS[lang].splitlines()) - {""} <= set(shown[view:end]), shown[view:]  # whole
    assert sex not in shown[view:end], shown[view:]
    assert sex in shown[end:], shown[end:]  # the question asked again, last
    assert (await terminal_answers(terminal_settings)).get("age_months") == 36


# -- 3. a report at a survey question: "analysing" said once ----------------------------------------


# First run at 202fa9fa: 2 of 2 failed ("…and will analyse it separately" under "🔍 analysing it now").
@pytest.mark.parametrize("lang", LANGS)
async def test_a_report_at_a_survey_question_says_analysing_once_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 53300 + LANGS.index(lang)
        await tg_at(tg, chat, lang, "sex")
        before = len(tg.sent(chat))
        await tg.say(chat, REPORTS[lang])
        sent = tg.sent(chat)[before:]
        await report_done(tg, chat)
    assert any(text.startswith(t(lang, "analysis-working", wait="")[:12]) for text in sent), sent
    assert t(lang, "report-kept-in-flow") not in sent, sent
    assert t(lang, "report-kept-back") in sent, sent
    assert any(asked(lang, "sex") in text for text in sent), sent  # the question goes on


# First run at 202fa9fa: 1 of 2 failed (ko; in en the result came in the same answer, which drops the line).
@pytest.mark.parametrize("lang", LANGS)
async def test_a_report_at_a_survey_question_says_analysing_once_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(REPORTS[lang])
    assert t(lang, "report-kept-in-flow") not in user.texts, user.texts
    await user.send(ANSWER_HOUSEHOLD[lang])
    assert (await kakao_answers(kakao, user.key)).get("household") == 2, user.texts


# First run at 202fa9fa: 2 of 2 failed.
@pytest.mark.parametrize("lang", LANGS)
async def test_a_report_at_a_survey_question_says_analysing_once_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    shown = await in_terminal(
        terminal_settings, lang, [FIRST[lang], REPORTS[lang]], until=t(lang, "console-analysis-done")
    )
    assert t(lang, "report-kept-in-flow") not in shown, shown
    assert t(lang, "report-kept-back") in shown, shown


ANSWER_HOUSEHOLD = {"ko": "2명", "en": "2"}


# -- 5. a country with several time zones: its zones as buttons ------------------------------------

MOVED = {
    "ko": ("미국으로 이사왔어요", "시간대 바꾸고싶어요 미국으로 이사왔거든요"),
    "en": ("we moved to the US", "i want to change my time zone, we just moved to the US"),
}
US = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
      "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu")  # fmt: skip
CHICAGO = "timezone:set:America/Chicago"


async def zone_of(store_url: str, channel: str, key: str) -> str | None:
    async with open_store(store_url) as store, store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        return await s.user_timezone(user.id)


# First run at 202fa9fa: 4 of 4 failed (no quick replies; the zone never set).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("said", [0, 1])
async def test_a_move_to_a_country_with_several_zones_offers_them_on_kakao(
    kakao: Server, lang: str, said: int
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(MOVED[lang][said])
    offered = [str((q.get("extra") or {}).get("choice")) for q in quick_of(user.last)]
    assert offered == [f"timezone:set:{z}" for z in US], user.last
    assert t(lang, "timezone-country-us") in user.text, user.texts  # which of the US's zones
    await user.tap(CHICAGO)
    assert await zone_of(kakao.settings.database_url, "kakao", user.key) == "America/Chicago", user.texts


# First run at 202fa9fa: 2 of 2 failed.
@pytest.mark.parametrize("lang", LANGS)
async def test_a_move_to_a_country_with_several_zones_offers_them_on_telegram(tg: Harness, lang: str) -> None:
    chat = 53500 + LANGS.index(lang)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, MOVED[lang][0])
    sent = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"]
    rows = (sent[-1].reply_markup or {}).get("inline_keyboard", [])
    data = [str(b.get("callback_data", "")) for row in rows for b in row]
    assert CHICAGO in data, (sent[-1].text, data)
    await tg.tap(chat, CHICAGO)
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        assert await s.user_timezone(user.id) == "America/Chicago", tg.sent(chat)[-2:]


# First run at 202fa9fa: 2 of 2 failed.
@pytest.mark.parametrize("lang", LANGS)
async def test_a_move_to_a_country_with_several_zones_offers_them_in_the_terminal(
    terminal_settings: Settings, lang: str
) -> None:
    shown = await in_terminal(terminal_settings, lang, ["/cancel", MOVED[lang][1], "2"])
    chicago = t(lang, "timezone-zone-america-chicago", offset="UTC-6")
    summer = t(lang, "timezone-zone-america-chicago", offset="UTC-5")
    assert f"  2) {chicago}" in shown or f"  2) {summer}" in shown, shown[-14:]
    async with runtime(terminal_settings) as rt, rt.store.session() as s:
        user = await s.get_user("console", "ann")
        assert user is not None
        assert await s.user_timezone(user.id) == "America/Chicago", shown[-6:]


COUNTRIES = {
    "canada": ("I live in canada", "캐나다에 살아요"),
    "australia": ("we're in australia", "호주에 살아요"),
    "russia": ("my timezone is russia", "시간대 러시아"),
    "brazil": ("we moved to brazil", "브라질로 이사왔어요"),
    "mexico": ("i'm in mexico", "멕시코에 살아요"),
}


# First run at 202fa9fa: 10 of 10 failed.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country", sorted(COUNTRIES))
async def test_every_country_with_several_zones_offers_its_zones_on_kakao(
    kakao: Server, lang: str, country: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(COUNTRIES[country][LANGS.index(lang) ^ 1])
    zones = MESSAGES_ZONES[country]
    offered = [str((q.get("extra") or {}).get("choice")) for q in quick_of(user.last)]
    assert offered == [f"timezone:set:{z}" for z in zones], user.texts
    assert t(lang, f"timezone-country-{country}") in user.text, user.texts
    await user.tap(f"timezone:set:{zones[0]}")
    assert await zone_of(kakao.settings.database_url, "kakao", user.key) == zones[0], user.texts


MESSAGES_ZONES = {country: t("en", f"understanding-zone-country-{country}").split() for country in COUNTRIES}
