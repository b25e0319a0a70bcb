# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial on main (issue 11, corpus batch 75): what is open after a report, each
fault reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through
the fake Bot API and the webhook, the terminal as a subprocess), in both languages.

1. "any news?" with a report waiting, at a survey question, went to the coach model as a
   question (6 times): asking about the pending result is its status (/result), never stored.
2. "not now, maybe later" at the survey offered after a first report, the follow-up armed, was
   appended to the report and analysed again: it declines the offer.
3. "ya sure" at the offer got "not sure what you mean" and no survey: colloquial yes accepts it.
4. "he's 5" at the first report's follow-up was appended: the dog's age, a profile correction
   (with no profile yet, the profile's answer: the survey offered).
5. "no wait, keep him" after "remove Max" was answered "no dog called Max" was appended to the
   report: nothing was removed, said so.
6. A survey left open blocked the check-in: "hey" three days later asks it (the survey resumes
   after), and a progress statement ("a bit better, …") with a check-in due answers it.
7. "idk maybe later" at the name question was "I didn't catch a name": the survey put off, with
   how to come back to it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_after_result import REPORT, t
from tests.test_checkin_answers_that_tell import REPORTS, reports_of
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_console import _chat as console_chat
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, serve  # noqa: F401
from tests.test_show_result_words import _kakao_analysed
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.timetravel import travel

NAME = {"en": "Rex", "ko": "콩이"}


def _terminal_env(fake: FakeOllama) -> dict[str, str]:
    """The terminal run on this checkout's code (the shared virtualenv's editable install may
    point at another), against the fake model."""
    return {"OLLAMA_HOST": fake.url, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


async def _first_report(user: KakaoUser, lang: str) -> None:
    """A new Kakao owner's first message is a report: kept, the survey offered; its analysis done."""
    await user.send(REPORT[lang])
    assert t(lang, "first-report-offer") in user.text, user.text
    await _kakao_analysed_server(user)


async def _kakao_analysed_server(user: KakaoUser) -> None:
    await _kakao_analysed(user.server, user.key)


async def _first_report_followup(user: KakaoUser, lang: str) -> None:
    """A first report, then its result and follow-up question shown with the next message."""
    await _first_report(user, lang)
    await user.send("음" if lang == "ko" else "hmm")  # Kakao shows the result with the next message
    assert t(lang, "analysis-followup-frequency") in user.text, user.text


async def _tg_first_report_followup(tg: Harness, chat: int, lang: str) -> None:
    """A new Telegram owner's first message is a report: the survey offered, the result pushed
    with its follow-up question (the offer kept open beside it)."""
    await tg.say(chat, REPORT[lang], language_code=lang)
    question = t(lang, "analysis-followup-frequency")
    await eventually(lambda: any(question in s for s in tg.sent(chat, ("message", "edit_text"))))
    assert any(t(lang, "first-report-offer") in s for s in tg.sent(chat))


def _tg(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, **extra: object
) -> Harness:
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **extra
    )
    return harness(fake_telegram, settings)  # type: ignore[return-value]


# -- 1. the pending result asked about -----------------------------------------------------------

STATUS = {
    "en": ("any news?", "is it ready?", "any update yet?", "done yet?"),
    "ko": ("결과 나왔어요?", "아직이에요?", "분석 다 됐어요?", "아직인가요??"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_asking_about_the_pending_result_at_a_survey_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.delay = 4.0
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(NAME[lang])
    await user.send(REPORT[lang])
    age = t(lang, "survey-q-age_months", name=NAME[lang])
    for typed in STATUS[lang]:
        await user.send(typed)
        assert user.texts[0].startswith("⏳"), (typed, user.texts)
        assert user.text.endswith(age), (typed, user.text)
    assert [(r.kind, r.text) for r in await _kakao_reports(kakao, user.key)] == [("report", REPORT[lang])]
    assert not any(is_question(b) for b in fake_ollama.chat_bodies())  # no coach question


async def test_asking_about_the_pending_result_idle_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.delay = 4.0
    async with _tg(fake_telegram, fake_ollama, tmp_path) as tg:
        for chat, lang in ((75101, "en"), (75102, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, REPORT[lang], language_code=lang)
            for typed in STATUS[lang]:
                await tg.say(chat, typed, language_code=lang)
                assert tg.last_text(chat).startswith("⏳"), (typed, tg.last_text(chat))
            assert [(r.kind, r.text) for r in await _tg_reports(tg, chat)] == [("report", REPORT[lang])]
        assert not any(is_question(b) for b in fake_ollama.chat_bodies())  # no coach question


# -- 2, 3. the survey offered after a first report: put off, or taken in everyday words ---------

LATER = {"en": ("not now, maybe later", "later", "not now"), "ko": ("나중에요", "다음에 할게요")}
YES = {"en": ("ya sure", "sure", "ok let's do it", "yep"), "ko": ("ㅇㅇ 해요", "좋아요 할게요")}


async def test_the_offer_put_off_with_the_followup_armed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _tg(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 75201
        for lang in ("en", "ko"):
            for typed in LATER[lang]:
                chat += 1
                await _tg_first_report_followup(tg, chat, lang)
                await asyncio.sleep(0.2)
                calls = _model_calls(fake_ollama)
                await tg.say(chat, typed, language_code=lang)
                said = tg.sent(chat)[-2:]  # the line, then the result's question, still open
                assert t(lang, "first-report-declined") in said[0], (typed, said)
                assert t(lang, "analysis-followup-frequency") in said[1], (typed, said)
                await asyncio.sleep(0.3)
                assert _model_calls(fake_ollama) == calls, typed
                assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_offer_put_off_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    for typed in LATER[lang]:
        user = kakao.user(lang=lang)
        await _first_report(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, "first-report-declined") in user.text, (typed, user.text)
        assert t(lang, "noise-hint") not in user.text, (typed, user.text)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, typed
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_everyday_yes_takes_the_offer_with_the_result_waiting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Kakao shows the result (and its follow-up question) with the next message: "ya sure" there
    starts the survey, never "not sure what you mean"."""
    for typed in YES[lang]:
        user = kakao.user(lang=lang)
        await _first_report(user, lang)
        await user.send(typed)
        assert t(lang, "survey-q-name") in user.text, (typed, user.text)
        assert t(lang, "noise-hint") not in user.text, (typed, user.text)
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], typed


async def test_everyday_yes_takes_the_offer_with_the_followup_armed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _tg(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 75301
        for lang, typed in (("en", "ya sure"), ("en", "yep"), ("ko", "좋아요 할게요")):
            chat += 1
            await _tg_first_report_followup(tg, chat, lang)
            await tg.say(chat, typed, language_code=lang)
            assert t(lang, "survey-q-name") in tg.last_text(chat), (typed, tg.sent(chat))
            assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_yes_after_a_message_not_understood_still_takes_the_offer_on_kakao(
    kakao: Server, lang: str
) -> None:
    """The trial's next message: "yes" after the reply "not sure what you mean" got "Tell me what
    your dog did…"; a message not understood leaves the offer open."""
    user = kakao.user(lang=lang)
    await _first_report(user, lang)
    await user.send("hmm so like")
    await user.send("yes" if lang == "en" else "네")
    assert t(lang, "survey-q-name") in user.text, user.text


# -- 4. the dog's age told with a pronoun at the follow-up ----------------------------------------

AGE = {"en": ("he's 5", "she is 2 now"), "ko": ("얘 5살이에요", "걔 이제 3살이에요")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_age_told_with_a_pronoun_at_the_followup_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in AGE[lang]:
        user = kakao.user(lang=lang)
        await _first_report_followup(user, lang)
        await asyncio.sleep(0.2)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        received = t(lang, "analysis-followup-received", wait="X").split("X")[0]
        assert received not in user.text, (typed, user.text)
        # no profile yet: the profile's answer, and the survey offered (as "he is 2 years old", trial 5)
        assert t(lang, "talk-profile-start") in user.text, (typed, user.text)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, typed
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], typed


async def test_the_age_told_with_a_pronoun_corrects_the_dog_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """With a dog registered, "he's 5" after a result is that dog's age (as "Bori is 5 now")."""
    async with _tg(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 75401
        await tg.say(chat, "/start", language_code="en")
        await tg.say(chat, "Rex")
        await tg.say(chat, "3")
        await tg.say(chat, "/cancel")
        await tg.say(chat, REPORT["en"])
        await eventually(lambda: t("en", "analysis-followup-frequency") in tg.last_text(chat))
        await tg.say(chat, "he's 5")
        assert t("en", "analysis-followup-received", wait="X").split("X")[0] not in tg.last_text(chat)
        async with tg.rt.store.session() as s:
            user = await s.get_user("telegram", str(chat))
            assert user is not None
            [dog] = await s.list_dogs(user.id)
        assert dog.answers.get("age_months") == 60, dog.answers
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT["en"]]


# -- 5. keeping the dog after "remove Max" found no such dog -------------------------------------

KEEP = {"en": ("remove Max", "no wait, keep him"), "ko": ("우유 삭제", "아 아니 그냥 둘게요")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_keep_words_after_a_remove_reply_are_no_followup_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    remove, keep = KEEP[lang]
    user = kakao.user(lang=lang)
    await _first_report_followup(user, lang)
    await asyncio.sleep(0.2)
    calls = _model_calls(fake_ollama)
    await user.send(remove)
    await user.send(keep)
    assert t(lang, "profile-remove-kept") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


# -- 6. a check-in due while a survey question is open -------------------------------------------

PROGRESS = {
    "en": ("a bit better, he barked for 10 min instead of the whole time", "he only barked once"),
    "ko": ("조금 나아졌어요", "짖는 게 좀 줄었어요 10분만 짖었어요"),
}


async def _kakao_survey_open_checkin_due(srv: Server, lang: str) -> KakaoUser:
    """A report, its result (and plan) shown, the survey started and left at its first question,
    three days later: the plan's check-in is due."""
    store = srv.app.state.runtime.store
    report, _step = REPORTS[lang]
    owner = srv.user(lang=lang)
    await owner.send(report)
    await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
    await owner.send("/help")  # the result (and its plan) shown
    await owner.send("/start")
    assert t(lang, "survey-q-name") in owner.text, owner.text
    await travel(store, DAYS)
    return owner


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_greeting_with_the_survey_open_gets_the_due_checkin_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    _report, step = REPORTS[lang]
    question = t(lang, "coaching-checkin-question", text=step)
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = await _kakao_survey_open_checkin_due(srv, lang)
        await owner.send("hey" if lang == "en" else "안녕하세요")
        assert owner.texts[-1] == question, owner.texts
        await owner.send("better" if lang == "en" else "좋아졌어요")
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        await owner.send(t(lang, "coaching-checkin-note-skip"))
        assert t(lang, "survey-q-name") in owner.text, owner.texts  # the survey resumes
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert rows[0].outcome == "better"


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_progress_statement_with_a_checkin_due_answers_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        for typed in PROGRESS[lang]:
            owner = await _kakao_survey_open_checkin_due(srv, lang)
            calls = _model_calls(fake_ollama)
            await owner.send(typed)
            assert owner.texts[0] == t(lang, "coaching-advice-keep-better"), (typed, owner.texts)
            rows = await checkins_of(store, Channel.KAKAO, owner.key)
            assert rows[0].outcome == "better", typed
            assert await reports_of(store, Channel.KAKAO, owner.key) == [REPORTS[lang][0]], typed
            assert _model_calls(fake_ollama) == calls, typed


async def test_a_progress_statement_at_the_survey_answers_the_pushed_checkin_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Telegram pushes the check-in while the survey is open (not armed: a survey question is);
    the progress statement typed next answers it, never a new incident."""
    fake_ollama.behaviour.analysis = analysis()
    async with _tg(fake_telegram, fake_ollama, tmp_path, **FAST) as tg:
        for chat, lang in ((75601, "en"), (75602, "ko")):
            report, step = REPORTS[lang]
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, report, language_code=lang)
            await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), lambda rows: len(rows) == 1)
            await tg.say(chat, "/start", language_code=lang)
            await travel(tg.rt.store, DAYS)
            question = t(lang, "coaching-checkin-question", text=step)
            await eventually(lambda chat=chat, q=question: q in tg.sent(chat))
            calls = _model_calls(fake_ollama)
            await tg.say(chat, PROGRESS[lang][0], language_code=lang)
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert rows[0].outcome == "better", tg.sent(chat)[-3:]
            assert [r.text for r in await _tg_reports(tg, chat)] == [report]
            assert _model_calls(fake_ollama) == calls


# -- 7. "later" at the name question ---------------------------------------------------------------

PUT_OFF = {"en": ("idk maybe later", "not now"), "ko": ("나중에요", "음 나중에 할게요")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_later_at_the_name_question_puts_the_survey_off_on_kakao(kakao: Server, lang: str) -> None:
    for typed in PUT_OFF[lang]:
        user = kakao.user(lang=lang)
        await _first_report(user, lang)
        await user.send("yes" if lang == "en" else "네")
        assert t(lang, "survey-q-name") in user.text, user.text
        await user.send(typed)
        assert t(lang, "cancel-later") in user.text, (typed, user.text)
        assert t(lang, "survey-q-name") not in user.text, (typed, user.text)
        await user.send(t(lang, "first-report-start"))
        assert t(lang, "survey-q-name") in user.text, (typed, user.text)


async def test_later_at_the_name_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _tg(fake_telegram, fake_ollama, tmp_path) as tg:
        for chat, lang in ((75701, "en"), (75702, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, PUT_OFF[lang][0], language_code=lang)
            assert t(lang, "cancel-later") in tg.last_text(chat), tg.sent(chat)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_later_at_the_name_question_after_a_report_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    args = ("--lang", lang, "--user", f"e75-{lang}")
    # the report first is first contact, as on Kakao (owner trial 16): the survey offered, "yes" takes it
    yes = "yes" if lang == "en" else "네"
    out = console_chat(
        tmp_path,
        [REPORT[lang], yes, PUT_OFF[lang][0]],
        *args,
        env_extra=_terminal_env(fake_ollama),
        timeout=120,
    )
    assert t(lang, "cancel-later") in out, out
    assert t(lang, "survey-err-name-unknown") not in out, out
