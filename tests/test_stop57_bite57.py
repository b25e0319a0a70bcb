# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 57, helper bite57, reproduced through the real channels (KakaoTalk over the skill's HTTP,
Telegram through the fake Bot API), Korean and English, what was stored read back. Corpus batches
543 (the strongest reaction ever), 544 (a hypothetical question), 545 (their neighbours).

1. Stop 56 trial fault 16, done right: at the survey's strongest-reaction-ever question, one time
   aimed at someone told undated ("he growled at a kid once", "아이한테 한번 으르렁거렸어요",
   "snapped at my nephew once") got the answer and its card, but also a report for the model: a plan,
   a check-in and "how often?" about a one-off past event. 88b83be1 made every such message the
   answer only and so left a nip that bled and a child bitten unreported (stops 49, 53; reverted).
   Now only a warning (a growl, a snap: `HISTORY_FLAGS`) told undated is the history the question
   asks, the answer and its card; a bite on a person, a child bitten, an injury, a date
   ("yesterday", "방금"), or a reaction still going on ("요즘 자꾸", "again") stays a report too
   (`SurveyReading._history_told`, `understanding-history-ongoing`).
2. A hypothetical question to the coach ("무서워서 짖는 거면 어떻게 해야돼요?", "if it's fear, what
   should I do?") was stored as a report, idle and at a result's follow-up question: a question
   (conditional, no incident told) is a question for the coach; a real report with a question at
   its end ("어제 또 짖었어요 어떻게 해야돼요?") stays a report.

First run at 1c249cdb (main): see each test's comment.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401


def _card(lang: str, msg_id: str) -> str:
    return t(lang, msg_id).split(".")[0][:40]


# -- 1. one warning, undated, at the strongest reaction ever ----------------------------------------

# (lang, typed, the option kept)
ONCE = (
    ("en", "he growled at a kid once", "growl"),
    ("ko", "아이한테 한번 으르렁거렸어요", "growl"),
    ("en", "snapped at my nephew once", "snap"),
    ("ko", "조카한테 한 번 입질한 적 있어요", "snap"),
)


# First run at 1c249cdb: 4 of 4 failed (the answer and the card, and a report for the model).
@pytest.mark.parametrize(("lang", "typed", "option"), ONCE)
async def test_one_warning_undated_is_the_answer_and_its_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, option: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert _card(lang, "safety-child_warning") in "\n".join(user.texts), user.texts
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == option
    assert asked(lang, "health") in user.text, user.text
    await asyncio.sleep(0.3)
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0


# First run at 1c249cdb: 2 of 2 failed (kept as a report for the model).
@pytest.mark.parametrize(("lang", "typed", "option"), ONCE[:2])
async def test_one_warning_undated_is_the_answer_and_its_card_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str, option: str
) -> None:
    chat = 57101 + ONCE.index((lang, typed, option))
    await tg_at(tg, chat, lang, "worst_reaction")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    assert any(_card(lang, "safety-child_warning") in s for s in tg.sent(chat)[before:]), tg.sent(chat)
    assert (await tg_answers(tg, chat))["worst_reaction"] == option
    assert asked(lang, "health") in tg.last_text(chat), tg.sent(chat)[-3:]
    await asyncio.sleep(0.3)
    assert await _tg_reports(tg, chat) == [], tg.sent(chat)[-4:]
    assert _model_calls(fake_ollama) == 0


# Guards (passed before, and must: what 88b83be1 broke): a bite, an injury, a child bitten, a date,
# a reaction still going on, told at the question, stay a report beside the answer.
STILL_REPORTS = (
    ("en", "he snapped at my dad and it bled", "bite_injury"),
    ("en", "she bit a 5 year old", "bite"),
    ("ko", "5살 아이를 물었어요", "bite"),
    ("ko", "손님한테 입질해서 피났어요", "bite_injury"),
    ("en", "he growled at a kid yesterday", "growl"),
    ("ko", "방금 아이한테 으르렁거렸어요", "growl"),
    ("ko", "요즘 자꾸 아이한테 으르렁거려요", "growl"),
    ("en", "he keeps growling at my son lately", "growl"),
)


@pytest.mark.parametrize(("lang", "typed", "option"), STILL_REPORTS)
async def test_a_bite_a_date_or_a_reaction_going_on_stays_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, option: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == option
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed], user.texts


@pytest.mark.parametrize(("lang", "typed", "option"), STILL_REPORTS[1::4])
async def test_a_bite_or_a_date_stays_a_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str, option: str
) -> None:
    chat = 57201 + STILL_REPORTS.index((lang, typed, option))
    await tg_at(tg, chat, lang, "worst_reaction")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["worst_reaction"] == option
    assert [r.text for r in await _tg_reports(tg, chat)] == [typed], tg.sent(chat)[-4:]


# -- 2. a hypothetical question to the coach ---------------------------------------------------------

IF_ASKED = (
    ("ko", "무서워서 짖는 거면 어떻게 해야돼요?"),
    ("en", "if he's scared, how do I help him?"),
    ("ko", "만약에 분리불안이면 어떻게 해요?"),
    ("en", "what if he does it again at the vet?"),
)
TOLD_AND_ASKED = {
    "ko": "어제 또 짖었어요 어떻게 해야돼요?",
    "en": "if i leave him alone he barks, what should i do?",
}
REPORT = {"ko": "콩이가 산책할 때 다른 개만 보면 짖어요", "en": "Rex barks at every dog on our walks"}


async def _stored(kakao: Server, key: str) -> list[tuple[str, bool]]:
    return [
        (r.text.split("\n")[0], r.is_question)
        for r in sorted(await _kakao_reports(kakao, key), key=lambda r: r.id)
    ]


# First run at 1c249cdb: 2 of 4 failed (the two with a reason supposed: a report for the model).
@pytest.mark.parametrize(("lang", "typed"), IF_ASKED)
async def test_a_hypothetical_idle_is_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert (typed, False) not in await _stored(kakao, user.key), user.texts
    assert (typed, True) in await _stored(kakao, user.key), user.texts


# First run at 1c249cdb: 2 of 2 failed (a report for the model).
@pytest.mark.parametrize(("lang", "typed"), IF_ASKED[:2])
async def test_a_hypothetical_idle_is_a_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 57301 + IF_ASKED.index((lang, typed))
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    stored = [(r.text.split("\n")[0], r.is_question) for r in await _tg_reports(tg, chat)]
    assert (typed, True) in stored and (typed, False) not in stored, stored


# First run at 1c249cdb: 2 of 4 failed (Korean: "add it to the last report or a new one?"; English: a
# report added).
@pytest.mark.parametrize(("lang", "typed"), IF_ASKED)
async def test_a_hypothetical_at_a_results_question_is_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, REPORT[lang])
    await user.send(typed)
    await asyncio.sleep(0.3)
    stored = await _stored(kakao, user.key)
    # the question kept as one, the report alone (no "add it or a new one?" asked about it)
    assert stored == [(REPORT[lang], False), (typed, True)], (stored, user.texts)


# Guard (passed before): a report told, a question at its end, stays a report.
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_with_a_question_at_its_end_stays_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(TOLD_AND_ASKED[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    assert (await _stored(kakao, user.key))[0] == (TOLD_AND_ASKED[lang], False), user.texts
