# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Leftovers of issue 11 found by other engineers (corpus batch 65); each reproduced through a real
channel first, then kept.

L8: "won't eat when I'm gone", "제가 없으면 아무것도 안 먹어요" got "Health first — vet within 24
hours". Not eating only while the owner is away is separation; not eating for days stays a flag.
L2: "팁 상태", "tip settings?", "팁 설정 어떻게 돼있어요" got the noise hint (the last a question for
the model): the tips' on/off status (`understanding-switch-status`).
L7: in the terminal with nothing open, "a cat lol", "고양이 ㅋㅋ" got "not sure what you mean": a laugh
with a word or two is small talk, answered with what can be sent (`talk-other`).
L6: "ㅇㅋ 시작", "ok start" at the name question (nothing answered yet) got "Let's pick up where we
left off" above the name question: there is nothing to resume, the name is asked.
L4: at "add to the last report or keep it as a new one?", a plain "no" / "아니요" dropped the waiting
message: it means "not the same one", a new report; the cancel words still drop it, said so.
L5: an earlier answer corrected by a number told at another question ("나이는 5살이에요" at the
household, the age stored as 3) said "적어 뒀어요" (noted): now "corrected from 3 to 5".
L1: a plain /summary ("요약", "summary") from an owner with two dogs did not say whose it was (asked
by name it did): every per-dog view names the dog when the owner has several.
L3: on Kakao without PUBLIC_BASE_URL "요약" and "내보내기" got "I can't send files" alone: the summary
is shown as text in the chat; the export says why no file comes and what the owner can do instead.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import REPORT, WAITING, texts_kept, until_which
from tests.test_command_words import _two_dogs_tg
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_kind_words import _model_calls
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DOG = {"en": "Rex", "ko": "보리"}

# -- L8: not eating while the owner is away is no red flag ----------------------------------------

AWAY = {
    "en": ("won't eat when I'm gone", "she refuses food when left alone"),
    "ko": ("제가 없으면 아무것도 안 먹어요",),
}
DAYS = {"en": ("hasn't eaten for two days",), "ko": ("이틀째 아무것도 안 먹어요",)}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_not_eating_while_away_is_no_health_alarm_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    alarm = t(lang, "safety-header-within_24h")
    for text in AWAY[lang]:
        await user.send(text)
        assert alarm not in user.text, (text, user.texts)
    for text in DAYS[lang]:
        await user.send(text)
        assert alarm in user.text, (text, user.texts)


@pytest.mark.parametrize(("chat", "lang"), [(65001, "en"), (65002, "ko")])
async def test_not_eating_while_away_is_no_health_alarm_on_telegram(
    tg: Harness, chat: int, lang: str
) -> None:
    for text in ("/start", DOG[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    alarm = t(lang, "safety-header-within_24h")
    for text in AWAY[lang] + DAYS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        said = tg.sent(chat)[before:]
        assert any(alarm in m for m in said) == (text in DAYS[lang]), (text, said)


# -- L2: the tips' status asked in words ----------------------------------------------------------

STATUS = {
    "en": ("tip settings?", "tips status", "what are my tips settings"),
    "ko": ("팁 상태", "팁 설정 어떻게 돼있어요"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_tips_status_asked_in_words_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    calls = _model_calls(fake_ollama)
    for text in STATUS[lang]:
        await user.send(text)
        assert t(lang, "tips-status-on") in user.text, (text, user.texts)
    assert _model_calls(fake_ollama) == calls  # no question for the model


@pytest.mark.parametrize(("chat", "lang"), [(65003, "en"), (65004, "ko")])
async def test_tips_status_asked_in_words_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    for text in ("/start", DOG[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    for text in STATUS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        said = tg.sent(chat)[before:]
        assert any(t(lang, "tips-status-on") in m for m in said), (text, said)


# -- L7: a laugh beside a word or two is small talk --------------------------------------------------

LAUGHS = {"en": ("a cat lol", "lol a cat"), "ko": ("고양이 ㅋㅋ", "ㅋㅋㅋ 고양이 최고")}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_laugh_aside_is_small_talk_in_the_terminal(tmp_path: Path, lang: str) -> None:
    cancel = "cancel" if lang == "en" else "취소"
    out = _chat(tmp_path, [DOG[lang], cancel, *LAUGHS[lang]], "--lang", lang, "--user", "laugh")
    assert t(lang, "noise-hint") not in out, out[-600:]
    assert out.count(t(lang, "talk-other")) == len(LAUGHS[lang]), out[-600:]


# -- L6: start words at the first question ask the name, nothing about resuming ---------------------

STARTS = {"en": ("ok start", "start"), "ko": ("ㅇㅋ 시작", "시작")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_start_words_at_the_name_question_ask_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in STARTS[lang]:
        await user.send(text)
        assert t(lang, "start-resume") not in user.text, (text, user.texts)
        assert t(lang, "survey-q-name") in user.text, (text, user.texts)
    await user.send(DOG[lang])
    await user.send(STARTS[lang][0])  # past the name: something to resume
    assert t(lang, "start-resume") in user.text, user.texts


@pytest.mark.parametrize(("chat", "lang"), [(65005, "en"), (65006, "ko")])
async def test_start_words_at_the_name_question_ask_the_name_on_telegram(
    tg: Harness, chat: int, lang: str
) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in STARTS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        said = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "start-resume") not in said and t(lang, "survey-q-name") in said, (text, said)


# -- L4: "no" at add-or-new is a new report; the cancel words drop it ------------------------------

NO_NEW = {"en": ("no", "nope", "no it's new"), "ko": ("아니요", "아뇨", "새로운 거예요")}
WHICH_CANCEL = {"en": ("cancel", "nevermind"), "ko": ("취소", "됐어요")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_no_at_add_or_new_files_a_new_report_on_kakao(kakao: Server, lang: str) -> None:
    for word in NO_NEW[lang]:
        user = kakao.user(lang=lang)
        await until_which(user, lang)
        await user.send(word)
        assert t(lang, "analysis-followup-which-cancelled") not in user.text, (word, user.texts)
        assert await texts_kept(kakao, user) == [REPORT[lang], WAITING[lang]], word
    for word in WHICH_CANCEL[lang]:
        user = kakao.user(lang=lang)
        await until_which(user, lang)
        await user.send(word)
        assert t(lang, "analysis-followup-which-cancelled") in user.text, (word, user.texts)
        assert await texts_kept(kakao, user) == [REPORT[lang]], word


# -- L5: a stored answer changed at another question is said corrected, from what to what ----------

TO_HOUSEHOLD = {
    "en": ("Rex", "3", "female spayed", "poodle", "small", "breeder", "2 years"),
    "ko": ("콩이", "3살", "여아 중성화", "푸들", "소형", "보호소", "2년"),
}
AGE_TOLD = {"en": "her age is 5 years", "ko": "나이는 5살이에요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_answer_corrected_at_another_question_says_from_what_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in TO_HOUSEHOLD[lang]:
        await user.send(text)
    assert user.text.endswith(t(lang, "survey-q-household")), user.texts
    await user.send(AGE_TOLD[lang])
    field = t(lang, "survey-field-age_months")
    # the line that names the field (batch 93's correction line; it used to follow the owner's words)
    said = next((text for text in user.texts if field in text), "")
    assert field in said and "3" in said and "5" in said, user.texts  # from 3 years to 5
    assert said.index("3") < said.index("5"), user.texts
    assert user.text.endswith(t(lang, "survey-q-household")), user.texts


# -- L1: a per-dog view of an owner with several dogs names the dog -------------------------------

TWO = {"en": ("Rex", "Choco"), "ko": ("보리", "초코")}
VIEWS = {
    "en": ("/summary", "summary", "/progress", "/week", "/history", "/profile"),
    "ko": ("/summary", "요약", "/progress", "/week", "/history", "/profile"),
}


@pytest.mark.parametrize(("chat", "lang"), [(65007, "en"), (65008, "ko")])
async def test_a_view_of_one_of_two_dogs_names_it_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    first, second = TWO[lang]
    await _two_dogs_tg(tg, chat, lang, first, second)
    before = len(tg.sent(chat))
    await tg.say(chat, "/summary")
    await _settled(tg, chat, before)
    assert tg.last_text(chat).startswith(t(lang, "summary-ready-dog", name=first)), tg.sent(chat)[-3:]
    for text in VIEWS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        await _settled(tg, chat, before)
        said = "\n".join(tg.sent(chat)[before:])
        assert first in said, (text, said)


async def _settled(tg: Harness, chat: int, before: int) -> None:
    """Wait (a few seconds at most) for a reply sent after the turn returned (the summary's
    `reply_later`): at least one message more than `before`."""
    for _ in range(100):
        if len(tg.sent(chat)) > before:
            return
        await asyncio.sleep(0.05)


# -- L3: no files on Kakao: the summary as text, the export explained -----------------------------

SUMMARY_WORD = {"en": "summary", "ko": "요약"}
EXPORT_WORD = {"en": "export", "ko": "내보내기"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_summary_and_export_without_files_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    await user.send(SUMMARY_WORD[lang])
    said = "\n".join(user.texts)
    assert t(lang, "summary-title", name=DOG[lang]) in said, user.texts  # the summary itself, as text
    assert t(lang, "summary-in-chat") in said, user.texts
    await user.send(EXPORT_WORD[lang])
    assert t(lang, "export-nofiles") in "\n".join(user.texts), user.texts
    assert t(lang, "kakao-file-unavailable") not in "\n".join(user.texts), user.texts
