"""A fresh trial's findings about what a message is, each reproduced through a real channel and kept:
Telegram through the fake Bot API and the webhook, KakaoTalk through the skill over HTTP, the
terminal as `dogcoach chat` in a process.

The rule they settle (issue 13 on issue 11's understanding): a message carrying a red flag or an
aversive method describes an incident, so it is a report — kept, analysed, the safety reply first —
in every state (a survey question, a new owner's first message, idle, a check-in) and both
languages; never "I don't understand", never swallowed as a bad answer, and after a follow-up
question a new red flag is a new report, not glued onto the open one. Around it: one word is a
label, not a report; a hedged "?" answer at a survey question is an answer, not a question to the
coach; the check-in's note is the note; what was told before the first dog existed is that dog's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
from contextlib import AbstractAsyncContextManager
from pathlib import Path

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from tests.fakes.ollama_server import FakeOllama, refused_url
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import owner_reports
from tests.test_checkins import REPORT_EN, REPORT_KO, analysis
from tests.test_checkins_channels import FAST, checkins_of, eventually
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import CB, PI, SZ, TX, Case, assert_safety_reply, is_ack, stored_flags
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import MESSAGES, Harness, fake_ollama, harness, settings_for
from tests.timetravel import travel

__all__ = ["fake_ollama"]  # the fixture, registered in this module

# A red flag or a method, short, as the trial typed them: (language, text, flags, methods).
SHORT = [
    Case("ko", "애기가 물렸어요", (CB,)),
    Case("ko", "경련해요", (SZ,)),
    Case("ko", "만지면 깨갱해요", (PI,)),
    Case("ko", "혼냈어요", methods=("shouting",)),
    Case("en", "seizure", (SZ,)),
    Case("en", "a kid got bitten", (CB,)),
    Case("en", "yelps when touched", (PI,)),
    Case("en", "I hit him", methods=("hitting",)),
]


def t(locale: str, msg_id: str, **args: object) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def down(
    fake_telegram: FakeTelegramServer, tmp_path: Path, **extra: object
) -> AbstractAsyncContextManager[Harness]:
    """A Telegram harness with the model down: the safety reply needs none."""
    return harness(
        fake_telegram,
        settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=refused_url(), **extra),
    )


async def reports_of(store: Store, channel: Channel, external_id: str) -> list[tuple[str, str, int | None]]:
    """(kind, text, dog id) of every report and question of one user, oldest first."""
    return [(r.kind, r.text, r.dog_id) for r in await owner_reports(store, channel, external_id)]


def assert_report_turn(case: Case, turn: list[str]) -> None:
    """The safety reply, then the report's acknowledgement; never "I don't understand"."""
    assert_safety_reply(case, turn[0])
    assert is_ack(case, turn[1]), (case.text, turn)
    assert t(case.lang, "noise-hint") not in turn, (case.text, turn)


# -- finding 3: a red flag typed at a survey choice question -----------------------------------


async def test_red_flags_at_a_survey_choice_question_are_reports(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: at "콩이는 어디에서 왔나요?" "갑자기 발작을 했어요" and "요즘 밥도 안먹고 다리를 절어요"
    got "보기 중 하나를 골라 주세요." — no safety reply, nothing stored."""
    async with down(fake_telegram, tmp_path) as tg:
        chat = 12001
        await tg.say(chat, "/start", language_code="ko")
        for answer in ("콩이", "3살"):
            await tg.say(chat, answer)
        for button in ("survey:sex:male_neutered", "믹스 / 모름", "survey:size:small"):
            await tg.tap(chat, button)
        origin = t("ko", "survey-q-origin", name="콩이")
        assert tg.last_text(chat).endswith(origin)
        for case in (
            Case("ko", "갑자기 발작을 했어요", (SZ,)),
            Case("ko", "요즘 밥도 안먹고 다리를 절어요", (PI,)),
        ):
            before = len(tg.sent(chat))
            await tg.say(chat, case.text)
            turn = tg.sent(chat)[before:]
            assert_report_turn(case, turn)
            assert t("ko", "report-kept-back") in turn
            assert turn[-1].endswith(origin)  # the question keeps its place
        reports = await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [text for _, text, _ in reports] == ["갑자기 발작을 했어요", "요즘 밥도 안먹고 다리를 절어요"]
        assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == sorted([SZ, PI])


def test_red_flags_at_the_concerns_question_in_the_terminal(tmp_path: Path) -> None:
    """Fault: in the terminal, "경련해요" and "혼냈어요" at the concerns question got "하나 이상
    고르거나…" and were lost."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OLLAMA_HOST=refused_url(), DOGCOACH_ANALYSIS_RETRY_MAX="0.5", DOGCOACH_OLLAMA_PULL="false")
    answers = ["콩이", "3살", "2", "믹스", "1", "1", "2년", "2", "2", "없음", "4", "30분"]
    out = subprocess.run(
        [sys.executable, "-m", "dogcoach", "chat", "--lang", "ko", "--user", "ann"],
        input="\n".join([*answers, "경련해요", "혼냈어요"]) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    concerns = t("ko", "survey-q-concerns", name="콩이")
    start = out.find(concerns)
    assert start >= 0, out
    rest = out[start:]
    for part in (t("ko", "safety-seizure"), t("ko", "safety-aversive-alt-shouting")):
        assert part in rest, (part, rest)
    assert rest.count(t("ko", "report-kept-back")) == 2
    assert rest.count(concerns) == 3  # asked, then again after each report
    assert t("ko", "survey-err-concerns") not in rest


# -- finding 4: a red flag as a new owner's first message --------------------------------------


async def test_red_flags_as_a_first_message_on_telegram_and_kakao(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: "애기가 물렸어요", "경련해요", "만지면 깨갱해요", "혼냈어요" as a new owner's first message
    got only the welcome and the survey's first question (English ones got safety advice)."""
    async with down(fake_telegram, tmp_path) as tg:
        for n, case in enumerate(SHORT):
            chat = 12100 + n
            await tg.say(chat, case.text, language_code=case.lang)
            turn = tg.sent(chat)
            assert_report_turn(case, turn)
            assert turn[-1] == t(case.lang, "first-report-offer")
            assert await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == [("report", case.text, None)]
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == sorted(case.flags)
    async with serve_kakao(kakao_settings_for(tmp_path, refused_url())) as srv:
        for case in SHORT:
            user = srv.user(lang=case.lang)
            await user.send(case.text)
            assert_safety_reply(case, user.texts[0])
            assert t(case.lang, "first-report-offer") in "\n".join(user.texts)
            store = srv.app.state.runtime.store
            assert await reports_of(store, Channel.KAKAO, user.key) == [("report", case.text, None)]
            assert await stored_flags(store, Channel.KAKAO, user.key) == sorted(case.flags)


# -- finding 7: idle, short -----------------------------------------------------------------------


async def test_short_red_flags_when_idle_are_reports_in_both_languages(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: idle "애기가 물렸어요", "경련해요", "seizure"… got the safety text then "무슨 뜻인지 잘
    모르겠어요" / "I'm not sure what you mean." and nothing was recorded, while English "a kid got
    bitten" was analysed as a report: the two languages disagreed."""
    async with down(fake_telegram, tmp_path) as tg:
        for n, case in enumerate(SHORT):
            chat = 12200 + n
            await owner_with_dog(tg, chat, case.lang)
            await tg.say(chat, case.text, language_code=case.lang)
            assert_report_turn(case, tg.sent(chat))
            [(kind, text, _dog)] = await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert (kind, text) == ("report", case.text)
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == sorted(case.flags)


async def test_a_red_flag_told_with_a_question_word_is_a_report(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: "포도 몇알 먹은거같아요" (a statement: "몇" counts, it does not ask) got the safety reply
    then "💬 좋은 질문이에요". Asked outright before it happens, a red flag stays a question, screened
    the same way (told as happened, "초콜릿 먹었는데 어떻게 해요", it is a report: owner trial 26)."""
    async with down(fake_telegram, tmp_path) as tg:
        await owner_with_dog(tg, 12300, "ko")
        await tg.say(12300, "포도 몇알 먹은거같아요", language_code="ko")
        assert_report_turn(Case("ko", "포도 몇알 먹은거같아요", (TX,)), tg.sent(12300))
        await owner_with_dog(tg, 12301, "ko")
        asked = Case("ko", "초콜릿 먹으면 어떡해요?", (TX,), question=True)  # before it happens
        await tg.say(12301, asked.text, language_code="ko")
        assert_safety_reply(asked, tg.sent(12301)[0])
        assert is_ack(asked, tg.sent(12301)[1])
        kinds = [k for k, _, _ in await reports_of(tg.rt.store, Channel.TELEGRAM, "12300")]
        kinds += [k for k, _, _ in await reports_of(tg.rt.store, Channel.TELEGRAM, "12301")]
        assert kinds == ["report", "question"]


# -- finding 8: a new incident while the follow-up question is open -----------------------------


async def test_a_new_red_flag_after_the_follow_up_question_is_a_new_report(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Fault: after a bite report, "갑자기 발작을 했어요" got the safety reply then "덧붙여 주신 내용까지
    넣어서 다시 분석할게요"; "she ate chocolate an hour ago" got "I've added that…". The first
    report tells no wound since stop 63: a bite that broke the skin asks no "how often?"."""
    settings = settings_for(
        fake_telegram,
        f"sqlite:///{tmp_path / 'tg.db'}",
        OLLAMA_HOST=fake_ollama.url,
        DOGCOACH_ANALYSIS_RETRY_MAX=0.5,
    )
    cases = [
        ("ko", "손님만 오면 현관에서 계속 짖어요", Case("ko", "갑자기 발작을 했어요", (SZ,))),
        ("en", "he barks at every guest at the door", Case("en", "she ate chocolate an hour ago", (TX,))),
    ]
    async with harness(fake_telegram, settings) as tg:
        for n, (lang, first, case) in enumerate(cases):
            chat = 12400 + n
            await owner_with_dog(tg, chat, lang)
            await tg.say(chat, first, language_code=lang)
            await report_done(tg, chat)
            assert tg.last_text(chat) == t(lang, "analysis-followup-frequency")
            before = len(tg.sent(chat))
            await tg.say(chat, case.text, language_code=lang)
            turn = tg.sent(chat)[before:]
            assert_report_turn(case, turn)
            received = t(lang, "analysis-followup-received", wait="\x00").split("\x00")[0]
            assert not any(text.startswith(received) for text in turn)
            texts = [text for _, text, _ in await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))]
            assert texts == [first, case.text]  # nothing glued


async def test_a_whole_second_report_after_the_follow_up_question_is_not_glued_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """Fault: on Kakao a second full report sent while "how often?" was open was appended to the
    first and analysed again as one."""
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = srv.user()
        await user.send("안녕하세요")
        await user.send("콩이")
        await user.send("/cancel")
        first = "손님이 오면 현관에서 계속 짖어요"
        await user.send(first)
        for _ in range(50):
            if t("ko", "analysis-followup-frequency") in user.text:
                break
            await asyncio.sleep(0.1)
            await user.tap("report:result") if user.quick("report:result") else None
        assert t("ko", "analysis-followup-frequency") in user.text
        second = "산책할 때 다른 강아지를 보면 짖고 달려들어요"
        await user.send(second)
        texts = [
            text for _, text, _ in await reports_of(srv.app.state.runtime.store, Channel.KAKAO, user.key)
        ]
        assert texts == [first, second]


# -- finding 9: the check-in's note ---------------------------------------------------------------


async def test_the_check_in_note_is_the_note_unless_it_carries_a_red_flag(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Fault: after "좋아졌어요", "덧붙이실 말이 있으면…" and "간식 주니까 훨씬 덜 짖어요" was analysed
    as a new report and /week counted 2. The note is the note; a note with a red flag is kept as
    a report, the safety reply first (and since stop 50 no longer as the note too)."""
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    notes = [
        ("ko", REPORT_KO, "간식 주니까 훨씬 덜 짖어요", None),
        ("en", REPORT_EN, "she bit my son yesterday", Case("en", "she bit my son yesterday", (CB,))),
    ]
    async with harness(fake_telegram, settings) as tg:
        for n, (lang, report, note, flagged) in enumerate(notes):
            chat = 12500 + n
            await tg.say(chat, report, language_code=lang)
            await _to_the_note_prompt(tg, chat, lang)
            before = len(tg.sent(chat))
            await tg.say(chat, note, language_code=lang)
            # the turn's own replies (a flagged note's analysis may already be streaming into its
            # own message meanwhile: that is the report's, not the turn's; or, when the fake model
            # is quicker than the placeholder, already sent whole)
            writing = t(lang, "analysis-writing")
            title = t(lang, "analysis-title", category=t(lang, "category-barking"))
            turn = [
                text
                for text in tg.sent(chat)[before:]
                if not text.endswith(writing) and not text.startswith(title)
            ]
            texts = [text for _, text, _ in await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))]
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            answered = [r for r in rows if r.status == "answered"]
            # stop 50 (tests/test_stop50_followup50.py): a note with a red flag is its own report,
            # no longer the note as well, and no "📝 Noted" under its safety reply
            assert [r.note for r in answered] == [note if flagged is None else None]
            if flagged is None:
                assert turn[-1] == t(lang, "coaching-checkin-note-saved")
                assert texts == [report]  # not a new incident
                assert len(turn) == 1
            else:
                assert t(lang, "coaching-checkin-note-saved") not in turn, turn
                assert texts == [report, note]
                assert_report_turn(flagged, turn)


async def _to_the_note_prompt(tg: Harness, chat: int, lang: str) -> None:
    """The plan adopted, three days later its check-in pushed, "better" tapped: the note is asked."""
    asked = t(lang, "coaching-checkin-question", text="\x00").split("\x00")[0]

    def planned() -> bool:
        return any(text.startswith("📌") for text in tg.sent(chat))

    def checking_in() -> bool:
        return tg.sent(chat)[-1].startswith(asked)

    def noting() -> bool:
        return tg.sent(chat)[-1] == t(lang, "coaching-checkin-note")

    await eventually(planned)
    await travel(tg.rt.store, dt.timedelta(days=3, minutes=1))
    await eventually(checking_in)
    await tg.tap(chat, t(lang, "coaching-outcome-better"))
    await eventually(noting)


# -- finding 10: one word ------------------------------------------------------------------------


async def test_one_word_labels_are_not_analysed(fake_telegram: FakeTelegramServer, tmp_path: Path) -> None:
    """Fault: "짖음" at the size question, and idle "짖음" or "barking", were analysed as reports
    and listed in /history. Idle, a behaviour named alone is said back and one recent time it
    happened is asked for (`label-ask-incident`, this round); at a question, its hint."""
    async with down(fake_telegram, tmp_path) as tg:
        for n, (lang, word) in enumerate((("ko", "짖음"), ("en", "barking"), ("ko", "짖어요"))):
            chat = 12600 + n
            await owner_with_dog(tg, chat, lang)
            await tg.say(chat, word, language_code=lang)
            barking = t(lang, "category-barking")
            assert tg.sent(chat) == [t(lang, "label-ask-incident", category=barking)]
            assert await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == []
        chat = 12610
        await tg.say(chat, "/start", language_code="ko")
        await tg.say(chat, "콩이")
        await tg.say(chat, "3살")
        await tg.tap(chat, "survey:sex:male_neutered")
        await tg.tap(chat, "믹스 / 모름")
        size = t("ko", "survey-q-size", name="콩이")
        before = len(tg.sent(chat))
        await tg.say(chat, "짖음")
        turn = tg.sent(chat)[before:]
        assert turn[-1].endswith(size)  # the question again, with its hint
        assert t("ko", "report-kept-in-flow") not in turn
        assert await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


# -- finding 11: a hedged answer ------------------------------------------------------------------


async def test_a_hedged_answer_at_a_survey_question_is_not_a_question_to_the_coach(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: mid-survey "한 이년쯤?" and "출근하면 9~10시간?" got "💬 좋은 질문이에요" and a coach
    answer: a trailing "?" on an answer is a shrug, not a question."""
    async with down(fake_telegram, tmp_path) as tg:
        chat = 12700
        await tg.say(chat, "/start", language_code="ko")
        await tg.say(chat, "콩이")
        await tg.say(chat, "3살")
        await tg.tap(chat, "survey:sex:male_neutered")
        await tg.tap(chat, "믹스 / 모름")
        await tg.tap(chat, "survey:size:small")
        await tg.tap(chat, "survey:origin:shelter")
        await tg.say(chat, "2년")
        household = t("ko", "survey-q-household", name="콩이")
        assert tg.last_text(chat).endswith(household)
        coach = t("ko", "coach-working", wait="\x00").split("\x00")[0][:8]
        for text in ("한 이년쯤?", "출근하면 9~10시간?"):
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            turn = tg.sent(chat)[before:]
            assert not any(reply.startswith(coach) for reply in turn), turn
            assert turn[-1].endswith(household)  # re-asked (what was read is said), not answered
        await tg.say(chat, "2명")
        await tg.tap(chat, "survey:children:no")
        await tg.tap(chat, "survey:other_pets:none")  # "None" is the answer: no Done after it
        # "출근하면 9~10시간?" told at the household was kept ahead for the hours alone (owner
        # trial 9): that question is not asked, the exercise comes next
        assert tg.last_text(chat).endswith(t("ko", "survey-q-exercise_minutes", name="콩이"))
        assert await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


# -- finding 6: a report before the dog exists ----------------------------------------------------


async def test_a_report_before_the_first_dog_belongs_to_that_dog(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Fault: a report sent at "강아지 이름이 뭐예요?" was stored with no dog (its plan and red flag
    too), and /history, /week, /progress and /summary of the dog created next never showed it."""
    async with down(fake_telegram, tmp_path) as tg:
        chat = 12800
        await tg.say(chat, "/start", language_code="ko")
        report = "산책할 때 다른 개를 보면 짖고 달려들어요"
        await tg.say(chat, report)
        await tg.say(chat, "애기를 물었어요")
        assert [dog for _, _, dog in await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))] == [
            None,
            None,
        ]
        await tg.say(chat, "콩이")
        user = await tg.user(chat)
        assert user is not None and user.active_dog_id is not None
        reports = await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [(text, dog) for _, text, dog in reports] == [
            (report, user.active_dog_id),
            ("애기를 물었어요", user.active_dog_id),
        ]
        async with tg.rt.store.session() as s:
            flags = await s.red_flags_since(user.active_dog_id, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        assert [f.kind for f in flags] == [CB]
        await tg.say(chat, "/history")
        assert report[:20] in "\n".join(tg.sent(chat)[-3:])
