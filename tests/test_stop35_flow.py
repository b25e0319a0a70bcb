# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 35, flows around a result, the terminal's first contact, and language (issue 11, owner
trial 16).

1. Feedback typed while a report is analysed again (the owner added detail, the new analysis is
   running): thanks, a plan, an objection are no detail: never glued onto the report nor analysed
   again; only plausible detail (how often, what came before or after) joins it. An objection
   ("that's not what happened", "그게 아니라요…") asks what happened instead (`talk-objection`).
2. The terminal's first screen asks the dog's name before the owner types: a report as the first
   message was kept "aside" and the name asked again, so "네" / "yes" next was no answer to the
   offer. First contact is the same on every channel: the report kept and analysed, the survey
   offered, and "네" / "yes" / "ok" take the offer.
3. A Telegram (or Kakao) owner whose platform says English but who types Korean got English until
   their first Korean report: the language follows the first Korean message, stored so it sticks,
   unless they chose one with /language.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_console import _chat
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_stop34_lead import KAKAO_SLOW, SLOW, TOLD
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial8_followup import _shown_until_asked
from tests.test_trial10_after import ONE_DOG

# -- 1. feedback while a report is analysed again ---------------------------------------------------

# What the owner types while the new analysis runs: none of it is detail (owner trial 16).
FEEDBACK = {
    "ko": ("고마워요", "알겠어요 해볼게요", "그게 아니라요…"),
    "en": ("thanks!", "ok will try", "that's not what happened"),
}
# How the detail was added: words pointing at a photo (the question stays open), or the answer
# to the question itself (the question closed).
HOW = ("pointed", "answered")


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", range(3))
async def test_feedback_while_analysed_again_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, how: str, which: int
) -> None:
    chewed, pointed, answer = TOLD[lang]
    added = pointed if how == "pointed" else answer
    said = FEEDBACK[lang][which]
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    user = kakao.user(lang=lang)
    for typed in ("/start", *ONE_DOG[lang], "/cancel", chewed):
        await user.send(typed)
    await _shown_until_asked(user, lang, "frequency")
    calls = _model_calls(fake_ollama)
    fake_ollama.behaviour.delay = KAKAO_SLOW
    await user.send(added)
    await user.send(said)  # the analysis of chewed + added still running
    await asyncio.sleep(KAKAO_SLOW + 1)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ["\n".join((chewed, added))], user.texts
    assert _model_calls(fake_ollama) <= calls + 1, user.texts


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", range(3))
async def test_feedback_while_analysed_again_is_no_detail_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    how: str,
    which: int,
) -> None:
    chewed, pointed, answer = TOLD[lang]
    added = pointed if how == "pointed" else answer
    said = FEEDBACK[lang][which]
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    async with harness(fake_telegram, settings) as tg:
        chat = 13501
        for typed in ("/start", *ONE_DOG[lang], "/cancel", chewed):
            await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: tg.last_text(chat).endswith(t(lang, "analysis-followup-frequency")))
        calls = _model_calls(fake_ollama)
        fake_ollama.behaviour.delay = SLOW
        await tg.say(chat, added)
        await tg.say(chat, said)  # the analysis of chewed + added still running
        summary = t(lang, "analysis-summary")
        await eventually(
            lambda: sum(summary in x for x in tg.sent(chat, ("message", "edit_text"))) >= 2, within=SLOW * 5
        )
        await tg.hook.idle(TURN_BOUND)
        assert [r.text for r in await _tg_reports(tg, chat)] == ["\n".join((chewed, added))], tg.sent(chat)
        assert _model_calls(fake_ollama) <= calls + 1, tg.sent(chat)


async def test_an_objection_at_the_question_asks_what_happened_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "that's not what happened" at the result's question: what happened asked, the question left
    open, so the owner's next words (what happened) join the report."""
    chewed, _, answer = TOLD["en"]
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=["frequency"])
    user = kakao.user(lang="en")
    for typed in ("/start", *ONE_DOG["en"], "/cancel", chewed):
        await user.send(typed)
    await _shown_until_asked(user, "en", "frequency")
    calls = _model_calls(fake_ollama)
    await user.send("that's not what happened")
    assert t("en", "talk-objection") in user.texts, user.texts
    assert _model_calls(fake_ollama) == calls
    await user.send(answer)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ["\n".join((chewed, answer))]


# -- 2. the terminal's first contact ---------------------------------------------------------------

FIRST_REPORT = {"ko": "우리 강아지가 밤마다 짖어요 ㅠㅠ", "en": "my dog barks at the mailman every morning"}
YES = {"ko": ("네", "응"), "en": ("yes", "ok")}


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", range(2))
def test_a_first_report_in_the_terminal_is_first_contact(tmp_path: Path, lang: str, which: int) -> None:
    out = _chat(tmp_path, [FIRST_REPORT[lang], YES[lang][which]], "--lang", lang, "--user", "new")
    assert t(lang, "first-report-offer") in out, out
    assert t(lang, "report-kept-in-flow") not in out, out
    after = out.split(t(lang, "first-report-offer"), 1)[1]
    assert t(lang, "survey-q-name") in after, after  # "네" took the offer: the survey's first question
    assert after.count(t(lang, "survey-q-name")) == 1, after


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_name_first_in_the_terminal_still_answers_the_name_question(tmp_path: Path, lang: str) -> None:
    name = {"ko": "초코", "en": "Biscuit"}[lang]
    out = _chat(tmp_path, [name], "--lang", lang, "--user", "new")
    assert t(lang, "survey-q-age_months", name=name) in out, out
    assert t(lang, "first-report-offer") not in out


# -- 3. the language follows the first Korean message ---------------------------------------------


@pytest.mark.parametrize("first", ["안녕하세요", "도움말", "우리 강아지가 밤마다 짖어요"])
async def test_telegram_english_phone_korean_typist_gets_korean(tg: Harness, first: str) -> None:
    chat = 13510 + len(first)
    await tg.say(chat, first, language_code="en")
    user = await tg.user(chat)
    assert user is not None and user.locale == "ko", tg.sent(chat)
    assert not any(t("en", "start-welcome") == x for x in tg.sent(chat)), tg.sent(chat)
    await tg.say(chat, "/start", language_code="en")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-name")), tg.sent(chat)[-2:]
    await tg.say(chat, "초코", language_code="en")
    assert t("ko", "survey-q-age_months", name="초코") in tg.last_text(chat), tg.sent(chat)[-2:]


async def test_telegram_korean_survey_answers_switch_an_english_phone(tg: Harness) -> None:
    chat = 13520
    await tg.say(chat, "/start", language_code="en")
    assert tg.last_text(chat).endswith(t("en", "survey-q-name"))
    await tg.say(chat, "콩이", language_code="en")  # a name tells nothing: any script
    await tg.say(chat, "3살이에요", language_code="en")  # Korean words: Korean from here on
    assert tg.last_text(chat).endswith(t("ko", "survey-q-sex", name="콩이")), tg.sent(chat)[-2:]
    user = await tg.user(chat)
    assert user is not None and user.locale == "ko"


async def test_an_explicit_language_wins_over_korean_typing(tg: Harness) -> None:
    chat = 13521
    await tg.say(chat, "/language", language_code="en")
    await tg.tap(chat, "lang:en")
    await tg.say(chat, "안녕하세요", language_code="en")
    assert tg.last_text(chat) == t("en", "talk-greeting"), tg.sent(chat)[-3:]
    user = await tg.user(chat)
    assert user is not None and user.locale == "en"


@pytest.mark.parametrize("first", ["안녕하세요", "우리 강아지가 밤마다 짖어요"])
async def test_kakao_english_lang_korean_typist_gets_korean(kakao: Server, first: str) -> None:
    user = kakao.user(lang="en")
    await user.send(first)
    assert not any(t("en", "start-welcome") == x for x in user.texts), user.texts
    await user.send("도움말")
    assert any(t("ko", "help-survey") in x for x in user.texts), user.texts
