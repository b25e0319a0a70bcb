# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 55, helper twodogs55: an owner of two dogs with a result's question open ("how often?",
"what happened right before?"), each fault reproduced through a real channel first (the terminal's
`ConsoleChat` over the runtime, Telegram through the fake Bot API, KakaoTalk over the skill's HTTP),
Korean and English, what was kept read back from the store.

1. Terminal: "5 years" and "about 3 hours" ("5년", "3시간 정도") typed at "how often, and since
   when?" were each glued onto the report and analysed again. A length of time alone answers
   nothing a follow-up asks (years: a dog's age as likely as since when; hours: how long it lasts
   or how long the dog is alone; at "what happened right before/after?" any span): it is said back
   with how to tell an age or a profile answer (`analysis-followup-span`), the question asked
   again, the report untouched (`followup._bare_span`, reason `followup-bare-span`). "2 months",
   "2년째요", "3 hours a day" stay answers.
2. Terminal: with a question open about Bella's report, "she's 6" ("걔 6살이에요") changed Pip's
   age, the active dog's. A correction naming no dog is about the dog being talked about: the
   report whose question is open (`correction._talked_about`), else the active dog; a "he"/"she"
   that fits that dog's sex no more is the one other dog of that sex, and fitting none or several,
   which dog is asked (`correction-which-dog`), nothing changed.
3. Telegram, Kakao: Pip's result asked "how often?", then Bruno's "what happened right before?";
   "Pip does it every day, since last month" and "every day, since last month" were added to
   Bruno's report. The dog named takes it (its latest report that asked, within a day); naming
   none, the question asked just before, about another dog, takes it when the answer plainly
   answers that one's topic and not the open one's (`followup._answered_elsewhere`); the open
   question stays open.
4. Terminal: with two dogs each analysis was printed twice: the view written as it streamed had
   the title "ABC analysis: Barking", the result "ABC analysis for Pip: Barking", so the console
   could not take the streamed lines as the result's beginning. The view now names the dog as
   the result does (`render.progress_reply(dog=…)`, `ResultDelivery._dogs`).

First run at 39b63b9b (main): see each test's comment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.bot.wiring import runtime
from dogcoach.config import Settings
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_dog_words import _kakao_reports
from tests.test_kakao_reports import SHOW_RESULT, until_owed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop50_dogsroute import kakao_pair, tg_pair
from tests.test_stop53_loop53 import Printed, in_terminal
from tests.test_streaming_channels import report_done, terminal_settings
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import fake_ollama, harness, settings_for

__all__ = ["fake_ollama", "terminal_settings"]

LANGS = ("en", "ko")
# the active dog's report (no name: hers)
REPORT = {
    "ko": "손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요.",
    "en": "She barks at the door every time guests come in, and then I pick her up to calm her.",
}
# lang: (the other dog, a spayed female beagle; the active dog, a spayed female poodle)
GIRLS = {
    "ko": (("벨라", "3살", "여아 중성화", "비글"), ("초코", "2살", "여아 중성화", "푸들")),
    "en": (("Bella", "3", "female spayed", "beagle"), ("Pip", "2", "female spayed", "poodle")),
}
SWITCH = {"ko": "{name}로 바꿔줘", "en": "switch to {name}"}


def _girls_typed(lang: str) -> list[str]:
    other, active = GIRLS[lang]
    return [*other, "/cancel", "/newdog", *active, "/cancel", SWITCH[lang].format(name=active[0])]


async def stored(settings: Settings) -> tuple[dict[str, dict[str, object]], list[tuple[str, str]]]:
    """Each dog's answers by name, and each report (newest first) as (its dog's name, its text)."""
    async with runtime(settings) as rt, rt.store.session() as s:
        user = await s.get_user("console", "ann")
        assert user is not None
        dogs = await s.list_dogs(user.id)
        names = {d.id: d.name or "" for d in dogs}
        reports = await s.list_reports(user.id)
        return {d.name or "": d.answers for d in dogs}, [
            (names.get(r.dog_id or 0, ""), r.text) for r in reports
        ]


def _said(lang: str, msg_id: str, shown: list[str] | str, *args: str) -> bool:
    """`msg_id` was said: its words up to its first argument (`args`: the arguments' names)."""
    head = max(t(lang, msg_id, **dict.fromkeys(args, "\x00")).split("\x00"), key=len)[:30]
    text = shown if isinstance(shown, str) else "\n".join(shown)
    return head in text


# -- 1. a length of time alone at the question --------------------------------------------------

SPANS = {"en": ("5 years", "about 3 hours"), "ko": ("5년", "3시간 정도")}


# First run at 39b63b9b: 2 of 2 failed (both spans added to the report, analysed twice more).
@pytest.mark.parametrize("lang", LANGS)
async def test_a_length_of_time_alone_is_not_glued_onto_the_report_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)  # asks how often
    done = t(lang, "console-analysis-done")
    steps: list[str | Printed] = [*_girls_typed(lang), REPORT[lang], Printed(done), *SPANS[lang]]
    shown = await in_terminal(terminal_settings, lang, steps)
    _answers, reports = await stored(terminal_settings)
    assert reports == [(GIRLS[lang][1][0], REPORT[lang])], reports
    assert sum(_said(lang, "analysis-followup-span", line, "text") for line in shown) == 2, shown[-12:]
    assert shown.count(t(lang, "analysis-followup-frequency")) == 3, shown[-12:]  # asked again each time


# -- 2. a correction with a pronoun: the dog talked about ------------------------------------------

OTHER_REPORT = {
    "ko": "벨라는 산책할 때 다른 개만 보면 달려들어요. 그러면 제가 줄을 당겨요.",
    "en": "Bella lunges at other dogs on walks, and then I pull her back on the leash.",
}
PRONOUN_AGE = {"ko": "걔 6살이에요", "en": "she's 6"}


# First run at 39b63b9b: 2 of 2 failed (Pip's, the active dog's, age became 6 years).
@pytest.mark.parametrize("lang", LANGS)
async def test_an_age_told_with_a_pronoun_is_the_reports_dogs_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    done = t(lang, "console-analysis-done")
    steps: list[str | Printed] = [*_girls_typed(lang), OTHER_REPORT[lang], Printed(done), PRONOUN_AGE[lang]]
    shown = await in_terminal(terminal_settings, lang, steps)
    answers, reports = await stored(terminal_settings)
    other, active = GIRLS[lang][0][0], GIRLS[lang][1][0]
    assert answers[other]["age_months"] == 72, (answers, shown[-6:])
    assert answers[active]["age_months"] == 24, (answers, shown[-6:])
    assert reports == [(other, OTHER_REPORT[lang])], reports


# First run at 39b63b9b: 1 of 1 failed (Pip's age became 6 years: "he" fits neither girl).
async def test_a_pronoun_that_fits_no_dog_asks_which_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis("en")
    done = t("en", "console-analysis-done")
    steps: list[str | Printed] = [*_girls_typed("en"), OTHER_REPORT["en"], Printed(done), "he's 6"]
    shown = await in_terminal(terminal_settings, "en", steps)
    answers, _reports = await stored(terminal_settings)
    assert answers["Bella"]["age_months"] == 36 and answers["Pip"]["age_months"] == 24, answers
    assert _said("en", "correction-which-dog", shown, "value", "dogs"), shown[-6:]


# -- 3. the answer to the other dog's question -----------------------------------------------------

SECOND = {
    "ko": "밤이는 산책할 때 다른 개만 보면 달려들어요. 그러면 제가 줄을 당겨요.",
    "en": "Bruno lunges at other dogs on walks, and then I pull him back on the leash.",
}
ANSWERS = {
    ("en", "named"): "Pip does it every day, since last month",
    ("ko", "named"): "초코는 매일 그래요 지난달부터요",
    ("en", "plain"): "every day, since last month",
    ("ko", "plain"): "매일 그래요 지난달부터요",
}
CASES = sorted(ANSWERS)


def _expected(lang: str, answer: str) -> dict[str, str]:
    """Each dog's report text once the answer is added to Pip's (초코's), the active dog's."""
    bruno, pip = ("밤이", "초코") if lang == "ko" else ("Bruno", "Pip")
    return {bruno: SECOND[lang], pip: f"{REPORT[lang]}\n{ANSWERS[lang, answer]}"}


# First run at 39b63b9b: 4 of 4 failed (added to Bruno's report, whose question came last).
@pytest.mark.parametrize(("lang", "answer"), CASES)
async def test_the_answer_goes_to_the_report_it_answers_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, answer: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 55001 + CASES.index((lang, answer))
        ids = await tg_pair(tg, chat, lang)
        fake_ollama.behaviour.analysis = sample_analysis(lang)  # how often?
        await tg.say(chat, REPORT[lang])
        await report_done(tg, chat, 1)
        fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["antecedent"])  # right before?
        await tg.say(chat, SECOND[lang])
        await report_done(tg, chat, 2)
        assert t(lang, "analysis-followup-antecedent") in tg.sent(chat)[-1], tg.sent(chat)[-2:]
        await tg.say(chat, ANSWERS[lang, answer])
        await report_done(tg, chat, 2)
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            by_dog = {r.dog_id: r.text for r in await s.list_reports(user.id)}
        names = {v: k for k, v in ids.items()}
        assert {names[d]: text for d, text in by_dog.items() if d} == _expected(lang, answer)
        assert any(
            _said(lang, "analysis-followup-other-dog", m, "name", "text") for m in tg.sent(chat)[-3:]
        ), tg.sent(chat)[-3:]


# First run at 39b63b9b: see the report (Kakao shows each result with the turn that waits for it).
@pytest.mark.parametrize(("lang", "answer"), CASES)
async def test_the_answer_goes_to_the_report_it_answers_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, answer: str
) -> None:
    user, ids = await kakao_pair(kakao, lang)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    await user.send(REPORT[lang])
    await until_owed(kakao, user)
    await user.tap(SHOW_RESULT)
    assert t(lang, "analysis-followup-frequency") in user.text, user.texts
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["antecedent"])
    await user.send(SECOND[lang])
    await until_owed(kakao, user)
    if user.quick(SHOW_RESULT) is not None:
        await user.tap(SHOW_RESULT)
    assert t(lang, "analysis-followup-antecedent") in user.text, user.texts
    await user.send(ANSWERS[lang, answer])
    names = {v: k for k, v in ids.items()}
    reports = await _kakao_reports(kakao, user.key)
    assert {names[r.dog_id]: r.text for r in reports if r.dog_id} == _expected(lang, answer), user.texts
    assert _said(lang, "analysis-followup-other-dog", user.texts, "name", "text"), user.texts


# -- 4. each analysis printed once -------------------------------------------------------------------


# First run at 39b63b9b: 2 of 2 failed (the analysis printed as it was written, then whole again).
@pytest.mark.parametrize("lang", LANGS)
async def test_each_analysis_is_printed_once_with_two_dogs_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    done = t(lang, "console-analysis-done")
    shown = await in_terminal(terminal_settings, lang, [*_girls_typed(lang), REPORT[lang], Printed(done)])
    category = t(lang, "category-barking")
    named = t(lang, "analysis-title-dog", name=GIRLS[lang][1][0], category=category)
    assert shown.count(named) == 1, shown[-30:]
    assert t(lang, "analysis-title", category=category) not in shown, shown[-30:]
    next_step = next(line for line in shown if line.startswith("👉"))
    assert shown.count(next_step) == 1, shown[-30:]
    assert shown.index(named) < shown.index(done)
