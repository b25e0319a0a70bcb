# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, acceptance trial 5 (corpus batch 66): what new English and Korean owners said around
their first report, on Kakao, Telegram and the terminal.

1. Consent at the survey offered after a first report ("yeah sure lets do it", "그래요
   시작해요") got "Tell me what your dog did" and no survey: it starts the survey.
2. A profile answer with no survey question open ("his name is cooper", "he is to years old",
   "이름은 콩이예요") was glued onto the report and analysed again, or "not sure what you mean":
   said to be the profile, the survey offered (the name kept for its name question).
3. "that didnt really work he just got more excited" after the follow-up was answered was
   glued on and analysed again: feedback on the advice.
4. "okay thank you that makes sense", "알겠어요 이해됐어요" after advice: "not sure what you
   mean"; now small talk.
5. "is correct" at a survey question went to the model as a question: agreement, the question again.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_after_result import REPORT, t, until_followup
from tests.test_console import _chat as console_chat
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for

CONSENT = {
    "en": ("yeah sure lets do it", "ok lets go", "sure"),
    "ko": ("네 좋아요", "ㅇㅇ 해요", "그래요 시작해요"),
}
PROFILE = {
    "en": (
        "his name is cooper period",
        "he is to years old",
        "male and hes fixed",
        "golden retriever",
        "about seventy pounds",
        "four of us",
        "no other animals",
        "no health problems that we know of",
    ),
    "ko": ("이름은 콩이예요", "3살이에요", "말티즈예요", "중성화했어요", "다른 동물은 없어요"),
}
NAME_TOLD = {"en": ("his name is cooper", "Cooper"), "ko": ("이름은 콩이예요", "콩이")}
FEEDBACK = {
    "en": ("that didnt really work he just got more excited", "made it worse"),
    "ko": ("별로 효과 없었어요", "오히려 더 흥분해요"),
}
ACKNOWLEDGED = {
    "en": ("okay thank you that makes sense", "yes that looks right", "got it thanks"),
    "ko": ("알겠어요 이해됐어요", "네 맞아요 감사해요"),
}
EVERY_DAY = {"en": "like every day", "ko": "거의 매일이요"}


def _first_question(lang: str, text: str) -> bool:
    return t(lang, "survey-q-name") in text


async def _first_report(user: KakaoUser, lang: str) -> None:
    """A new Kakao owner whose first message is a report: kept, the survey offered."""
    await user.send(REPORT[lang])
    assert t(lang, "first-report-offer") in user.text, user.text


async def test_consent_at_the_survey_offer_starts_it_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang in ("en", "ko"):
        for typed in CONSENT[lang]:
            user = kakao.user(lang=lang)
            await _first_report(user, lang)
            await user.send(typed)
            assert _first_question(lang, user.text), (typed, user.text)
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == REPORT[lang], (typed, report.text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == len(CONSENT["en"]) + len(CONSENT["ko"])  # the reports only


async def test_a_profile_answer_with_no_survey_open_offers_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        user = kakao.user(lang=lang)
        await until_followup(user, lang)
        calls = _model_calls(fake_ollama)
        for typed in PROFILE[lang]:
            await user.send(typed)
            assert t(lang, "talk-profile-start") in user.text, (typed, user.text)
            assert t(lang, "noise-hint") not in user.text, (typed, user.text)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls
        [report] = await _kakao_reports(kakao, user.key)
        assert report.text == REPORT[lang], report.text


async def test_the_name_told_is_offered_when_the_survey_starts_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        typed, name = NAME_TOLD[lang]
        user = kakao.user(lang=lang)
        await until_followup(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, "talk-profile-start") in user.text, user.text
        await user.send(CONSENT[lang][0])
        assert t(lang, "survey-q-name-hint", name=name) in user.text, user.text
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


async def test_feedback_after_the_followup_was_answered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("en", "ko"):
        for typed in FEEDBACK[lang]:
            user = kakao.user(lang=lang)
            await until_followup(user, lang)
            await user.send(EVERY_DAY[lang])
            await asyncio.sleep(0.5)
            [before] = await _kakao_reports(kakao, user.key)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            head = t(lang, "talk-feedback", category="X").split("X")[0]
            assert head in user.text, (typed, user.text)
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls, typed
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == before.text, (typed, report.text)


async def test_thanks_and_agreement_after_advice_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang in ("en", "ko"):
        for typed in ACKNOWLEDGED[lang]:
            user = kakao.user(lang=lang)
            await until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            assert t(lang, "noise-hint") not in user.text, (typed, user.text)
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls, typed
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == REPORT[lang], (typed, report.text)


async def test_consent_and_profile_answers_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((66101, "en"), (66102, "ko")):
            await tg.say(chat, REPORT[lang], language_code=lang)
            await eventually(
                lambda chat=chat, lang=lang: any(
                    t(lang, "first-report-offer") in (m.text or "") for m in tg.fake.sent_messages(chat)
                )
            )
            before = len(tg.fake.sent_messages(chat))
            await tg.say(chat, CONSENT[lang][0], language_code=lang)
            await eventually(
                lambda chat=chat, lang=lang, n=before: any(
                    _first_question(lang, m.text or "") for m in tg.fake.sent_messages(chat)[n:]
                )
            )
        for chat, lang in ((66103, "en"), (66104, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, REPORT[lang], language_code=lang)
            question = t(lang, "analysis-followup-frequency")
            await eventually(
                lambda chat=chat, q=question: any(q in (m.text or "") for m in tg.fake.sent_messages(chat))
            )
            calls = _model_calls(fake_ollama)
            for typed in PROFILE[lang][:3]:
                before = len(tg.fake.sent_messages(chat))
                await tg.say(chat, typed, language_code=lang)
                await eventually(lambda chat=chat, n=before: len(tg.fake.sent_messages(chat)) > n)
                said = "\n".join(m.text or "" for m in tg.fake.sent_messages(chat)[before:])
                assert t(lang, "talk-profile-start") in said, (typed, said)
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls
            [report] = await _tg_reports(tg, chat)
            assert report.text == REPORT[lang], report.text


def _chat(cwd: Path, fake: FakeOllama, lang: str, lines: list[str]) -> str:
    """`dogcoach chat` in `lang` against the fake model (`test_console._chat`)."""
    args = ("--lang", lang, "--user", f"t5-{lang}")
    return console_chat(cwd, lines, *args, env_extra={"OLLAMA_HOST": fake.url}, timeout=120)


def test_agreement_at_a_survey_question_in_the_terminal(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    """ "is correct", "that's right", "맞아요" at the breed question: the question again, no model call."""
    for lang, name, age, words in (
        ("en", "Max", "3", ("is correct", "that's right")),
        ("ko", "보리", "3살", ("맞아요", "맞습니다")),
    ):
        before = _model_calls(fake_ollama)
        out = _chat(tmp_path, fake_ollama, lang, [name, age, "1", *words])
        asked = t(lang, "survey-q-breed", name=name).splitlines()[0]
        assert out.count(asked) == 1 + len(words), out
        assert _model_calls(fake_ollama) == before, out


WISHES = {
    # (typed, the reply expected): the command runs (messages off; the check-ins, the reminders
    # that exist, with their status: branch en8b's reading, kept at the merge)
    "en": (
        ("I want stop the message every day", "notifications-off-done"),
        ("remind me every evening", "coaching-checkins-status-on"),
        ("I want to add another dog", "survey-q-name"),
    ),
    "ko": (
        ("매일 저녁마다 알려주세요", "coaching-checkins-status-on"),
        ("매일 알림 보내주세요", "talk-reminders"),  # asked for: none exist, the check-ins do
        ("다른 강아지 추가하고 싶어요", "survey-q-name"),
    ),
}


async def test_a_wish_at_the_followup_question_is_never_glued_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """6. With the follow-up question open, a command wish runs the command (daily messages asked
    away: notifications off; asked for: the check-ins' status): never glued onto the report."""
    for lang in ("en", "ko"):
        for typed, reply in WISHES[lang]:
            user = kakao.user(lang=lang)
            await until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            assert t(lang, reply).splitlines()[0] in user.text, (typed, user.text)
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls, typed
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text == REPORT[lang], (typed, report.text)


async def test_a_reminder_wish_at_the_followup_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((66105, "en"), (66106, "ko")):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel", language_code=lang)
            await tg.say(chat, REPORT[lang], language_code=lang)
            question = t(lang, "analysis-followup-frequency")
            await eventually(
                lambda chat=chat, q=question: any(q in (m.text or "") for m in tg.fake.sent_messages(chat))
            )
            calls = _model_calls(fake_ollama)
            before = len(tg.fake.sent_messages(chat))
            await tg.say(chat, WISHES[lang][0][0], language_code=lang)
            await eventually(lambda chat=chat, n=before: len(tg.fake.sent_messages(chat)) > n)
            said = "\n".join(m.text or "" for m in tg.fake.sent_messages(chat)[before:])
            assert t(lang, WISHES[lang][0][1]).splitlines()[0] in said, said
            await asyncio.sleep(0.3)
            assert _model_calls(fake_ollama) == calls
            [report] = await _tg_reports(tg, chat)
            assert report.text == REPORT[lang], report.text
