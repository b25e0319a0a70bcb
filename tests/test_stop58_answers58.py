# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 58, helper answers58 (answers57's work redone after its revert, edc1b1fc: its kept-ahead
amount also took "no walks yet cos of her jabs" at the hours alone as 0 minutes of exercise, the
health note lost — tests/test_stop49_sayback.py, and "we can hardly walk him" as 0 minutes,
tests/test_trial8_survey.py; now only an amount told, above zero, is kept ahead that way).

Stop 57, helper answers57: survey answers misfiled (the stop 57 trial, a QA helper playing
owners), each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram
through the fake Bot API), Korean and English, what was kept read back from the store.

3. "me my wife and our son who is 8" at the household: "I understood 8 people, but not 'who'" —
   the son's age taken as the count. A relative clause of a person's age ("who is 8", "who's 5",
   `lex-age-clause`) is read past with its number (and "years old"); the people listed count.

1, 2. Telegram, at the household with the owner's first report still being analysed: "two walks a
   day maybe 45 min each plus some fetch in the yard" was added to the report as detail (the
   exercise never kept); "like 5 to 6 hours on weekdays when we are both at work" got "sounds like
   it's about Alone on weekdays… so I didn't note it". An answer to another (later) number question
   told at the open one is that question's: kept ahead (the walks' amount read with words beside
   it, about that much; the hours alone read as their own question reads them), said in a line.

6. Telegram, the breed: "…shepherd mix maybe with a bit of husky the shelter said lab but i dont
   believe them" stored "shepherd·husky·lab mix". A breed others named (`understanding-breed-hearsay`)
   that the owner then doubts (`understanding-breed-rejected`) is left out; only it named: asked again.

5. Kakao, the other pets with 개 and 고양이 ticked: "6~8시간정도" kept the ticks and answered the
   next question, the hours alone (7 h, 6–8), the survey going on to the exercise — but nothing
   said the hours alone were kept. Now that line is said (`survey-answered-ahead`) before the next
   question. At a question two away (the children), the same text is not stored unasked — the
   exercise may be hours too, and "8 hours" at the sex or the household is refused the same way by
   older tests — but said with both questions it may answer; in English ("like 6 to 8 hours") it got
   "Please answer yes or no.", the hours lost unsaid (`late_numbers._only_a_length`).

First run at 8bff3b64 (main): see each test's comment.
"""

from __future__ import annotations

from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import check_values, tg_settings
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store, serve  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)

# -- 3. a person's age in a relative clause is no count of the household -------------------------

# (lang, typed at the household, the count)
AGED_PEOPLE = (
    ("en", "me my wife and our son who is 8", 3),
    ("en", "me, my husband and our daughter who's 5", 3),
    ("en", "me my wife and our son who is 8 years old", 3),
    ("ko", "저랑 남편이랑 8살 아들", 3),  # worked before: a guard
)


async def test_an_age_in_a_relative_clause_counts_nobody_on_kakao(kakao: Server) -> None:
    """Failed at 8bff3b64: "who is 8" asked again with 8 understood (the Korean row passed)."""
    for lang, typed, count in AGED_PEOPLE:
        user = await kakao_at(kakao, lang, "household")
        await user.send(typed)
        assert asked(lang, "children") in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))["household"] == count, typed


async def test_an_age_in_a_relative_clause_counts_nobody_on_telegram(tg: Harness) -> None:
    """Failed at 8bff3b64 as on Kakao."""
    for i, (lang, typed, count) in enumerate(AGED_PEOPLE):
        chat = 57300 + i
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, typed)
        assert asked(lang, "children") in tg.last_text(chat), (typed, tg.last_text(chat))
        assert (await tg_answers(tg, chat))["household"] == count, typed


# -- 1, 2. another question's answer told while the first report waits -------------------------

# (lang, the first report, typed at the household, the values kept after each)
AHEAD_WAITING = (
    (
        "en",
        "my dog barks at every noise in the hallway",
        (
            ("two walks a day maybe 45 min each plus some fetch in the yard", {"exercise_minutes": 90}),
            (
                "like 5 to 6 hours on weekdays when we are both at work",
                {"alone_hours": 5.5, "~alone_hours": True},
            ),
        ),
    ),
    (
        "ko",
        "우리 강아지가 복도 소리만 나면 짖어요",
        (
            ("산책 하루 두번 45분씩 하고 마당에서 공놀이도 조금 해요", {"exercise_minutes": 90}),
            ("평일엔 둘 다 출근해서 5~6시간 정도 혼자 있어요", {"alone_hours": 5.5, "~alone_hours": True}),
        ),
    ),
)


async def test_another_questions_answer_while_the_report_waits_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Failed at 8bff3b64: the walks added to the waiting report, the hours alone not kept."""
    fake_ollama.behaviour.delay = 20  # the first report still analysed all along
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        for i, (lang, report, typed) in enumerate(AHEAD_WAITING):
            chat = 57310 + i
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, report)
            for text in answers_before(lang, "household"):
                await tg.say(chat, text)
            assert asked(lang, "household") in tg.last_text(chat), tg.sent(chat)[-3:]
            for text, expected in typed:
                await tg.say(chat, text)
                assert asked(lang, "household") in tg.last_text(chat), (text, tg.sent(chat)[-2:])
                assert not check_values(await tg_answers(tg, chat), expected), (
                    text,
                    await tg_answers(tg, chat),
                )
            assert await tg_reports(tg, chat) == [report]  # nothing added to it


async def test_another_questions_answer_while_the_report_waits_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Failed at 8bff3b64 as on Telegram."""
    fake_ollama.behaviour.delay = 20
    async with serve(kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)) as srv:
        for lang, report, typed in AHEAD_WAITING:
            user = srv.user(lang=lang)
            await user.send("/start")
            await user.send(report)
            for text in answers_before(lang, "household"):
                await user.send(text)
            assert asked(lang, "household") in user.text, user.texts[-3:]
            for text, expected in typed:
                await user.send(text)
                assert asked(lang, "household") in user.text, (text, user.texts[-2:])
                answers = await kakao_answers(srv, user.key)
                assert not check_values(answers, expected), (text, answers)
            assert await kakao_reports(srv, user.key) == [report]


# -- 6. a breed the owner does not believe is no answer -------------------------------------------

# (lang, typed at the breed, kept: None for none, asked again)
BREEDS_DOUBTED = (
    (
        "en",
        "shepherd mix maybe with a bit of husky the shelter said lab but i dont believe them",
        "shepherd·husky mix",
    ),
    ("ko", "진돗개 믹스 같아요 보호소에서는 리트리버라는데 아닌 것 같아요", "진돗개 믹스"),
    ("en", "they said beagle but he's not", None),
)


async def test_a_breed_the_owner_doubts_is_not_kept_on_kakao(kakao: Server) -> None:
    """Failed at 8bff3b64: "shepherd·husky·lab mix", "진돗개·리트리버 믹스", "beagle" kept."""
    for lang, typed, kept in BREEDS_DOUBTED:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key)).get("breed") == kept, typed
        assert asked(lang, "breed" if kept is None else "size") in user.text, (typed, user.text)


async def test_a_breed_the_owner_doubts_is_not_kept_on_telegram(tg: Harness) -> None:
    """Failed at 8bff3b64 as on Kakao."""
    for i, (lang, typed, kept) in enumerate(BREEDS_DOUBTED):
        chat = 57320 + i
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("breed") == kept, typed
        assert asked(lang, "breed" if kept is None else "size") in tg.last_text(chat), (
            typed,
            tg.last_text(chat),
        )


# -- 5. the next question's answer after ticks: kept and said -------------------------------------

# (lang, the ticks typed, the hours typed)
TICKS_THEN_HOURS = (
    ("ko", ("개", "고양이"), "6~8시간정도"),
    ("en", ("dog", "cat"), "like 6 to 8 hours"),
)


async def test_hours_after_ticks_are_kept_and_said_on_kakao(kakao: Server) -> None:
    """Failed at 8bff3b64: the hours kept (7) but never said."""
    for lang, ticks, hours in TICKS_THEN_HOURS:
        user = await kakao_at(kakao, lang, "other_pets")
        for tick in ticks:
            await user.send(tick)
        await user.send(hours)
        said = "\n".join(user.texts[-3:])
        assert t(lang, "survey-field-alone_hours") in said, (hours, said)
        assert asked(lang, "exercise_minutes") in user.text, (hours, user.texts[-3:])
        answers = await kakao_answers(kakao, user.key)
        assert not check_values(
            answers, {"alone_hours": 7, "~alone_hours": True, "other_pets": ["dog", "cat"]}
        )


async def test_hours_after_ticks_are_kept_and_said_on_telegram(tg: Harness) -> None:
    """Failed at 8bff3b64 as on Kakao."""
    for i, (lang, ticks, hours) in enumerate(TICKS_THEN_HOURS):
        chat = 57330 + i
        await tg_at(tg, chat, lang, "other_pets")
        for tick in ticks:
            await tg.say(chat, tick)
        before = len(tg.sent(chat))
        await tg.say(chat, hours)
        said = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "survey-field-alone_hours") in said, (hours, said)
        assert asked(lang, "exercise_minutes") in tg.last_text(chat), (hours, said)
        answers = await tg_answers(tg, chat)
        assert not check_values(
            answers, {"alone_hours": 7, "~alone_hours": True, "other_pets": ["dog", "cat"]}
        )


# -- 5b. the hours typed two questions before theirs ------------------------------------------

# (lang, typed at the children)
HOURS_TWO_AWAY = (("ko", "6~8시간정도"), ("en", "like 6 to 8 hours"))


def _unplaced(lang: str, typed: str) -> str:
    fields = " / ".join(t(lang, f"survey-field-{key}") for key in ("alone_hours", "exercise_minutes"))
    return t(lang, "survey-late-number-unplaced", typed=typed, fields=fields)


async def test_hours_two_questions_early_are_said_on_kakao(kakao: Server) -> None:
    """Failed at 02a85b14 (main; e3e5649e the same) for English: "Please answer yes or no.", the hours lost unsaid (the
    Korean was said back). Decided: not stored unasked there — the exercise may be hours too
    ("8 hours" at the sex or the household is refused the same way: tests/test_survey_batch72.py,
    tests/test_trial12_left.py) — but said with both questions it may answer, never lost."""
    for lang, hours in HOURS_TWO_AWAY:
        user = await kakao_at(kakao, lang, "children")
        await user.send(hours)
        assert _unplaced(lang, hours) in "\n".join(user.texts), (hours, user.texts[-2:])
        assert asked(lang, "children") in user.text, (hours, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert not {"children", "alone_hours", "exercise_minutes"} & set(answers), answers


async def test_hours_two_questions_early_are_said_on_telegram(tg: Harness) -> None:
    """Failed at 02a85b14 (main; e3e5649e the same) for English as on Kakao."""
    for i, (lang, hours) in enumerate(HOURS_TWO_AWAY):
        chat = 58340 + i
        await tg_at(tg, chat, lang, "children")
        before = len(tg.sent(chat))
        await tg.say(chat, hours)
        assert _unplaced(lang, hours) in "\n".join(tg.sent(chat)[before:]), tg.sent(chat)[before:]
        assert asked(lang, "children") in tg.last_text(chat), tg.sent(chat)[before:]
        answers = await tg_answers(tg, chat)
        assert not {"children", "alone_hours", "exercise_minutes"} & set(answers), answers


# -- guard: a health reason for no walks is the health note, never 0 minutes of exercise --------

# (lang, typed at the household or the hours alone)
JABS_AHEAD = (
    ("en", "we play in the garden, no walks yet cos of her jabs"),
    ("ko", "마당에서 놀아요 접종 때문에 산책은 아직"),
)


async def test_jabs_told_early_stay_the_health_note_on_kakao(kakao: Server) -> None:
    """Passed at 02a85b14; the hours-alone rows failed with answers57's commits (exercise 0, no
    health note), as tests/test_stop49_sayback.py did."""
    for lang, typed in JABS_AHEAD:
        for at in ("household", "alone_hours"):
            user = await kakao_at(kakao, lang, at)
            await user.send(typed)
            answers = await kakao_answers(kakao, user.key)
            assert answers.get("health") == typed, (at, answers, user.texts[-2:])
            assert "exercise_minutes" not in answers, (at, answers)
            assert asked(lang, at) in user.text, (at, user.text)


async def test_jabs_told_early_stay_the_health_note_on_telegram(tg: Harness) -> None:
    """As on Kakao."""
    for i, (lang, typed) in enumerate(JABS_AHEAD):
        for j, at in enumerate(("household", "alone_hours")):
            chat = 58350 + 2 * i + j
            await tg_at(tg, chat, lang, at)
            await tg.say(chat, typed)
            answers = await tg_answers(tg, chat)
            assert answers.get("health") == typed, (at, answers, tg.sent(chat)[-2:])
            assert "exercise_minutes" not in answers, (at, answers)
            assert asked(lang, at) in tg.last_text(chat), (at, tg.last_text(chat))
