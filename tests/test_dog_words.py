# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, new-owner trial: nothing the owner types about their dogs is lost or misfiled.

1. "Remove {name}?" answered in words ("네", "yes", the buttons' labels, "아니요", "no", "취소")
   removes or keeps the dog, as the buttons do; anything else there asks again, a report typed
   there is kept as a report (and the question asked again).
2. A report naming another of the owner's dogs ("보리가 산책할 때…", "Bori barks at…") is filed
   under that dog, said in one line, and analysed with that dog's profile; naming both dogs or
   none, it stays with the active dog.
3. A survey answer corrected in words after the survey ("아 잘못 말했어요 3살이에요", "sorry I meant
   5 years old", "correction: she is 12 kg") changes the dog's answer and says the new value;
   never a report, never detail added to one, never the model. A value that fits no one question,
   or no dog: what was understood and how to change an answer."""

from __future__ import annotations

import asyncio
import json
import unicodedata
from pathlib import Path

from dogcoach.services.store import Report
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import kakao_dog_answers, owner_reports
from tests.test_console import _chat
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)


async def _tg_reports(tg: Harness, chat: int) -> list[Report]:
    return await owner_reports(tg.rt.store, "telegram", str(chat))


async def _kakao_reports(server: Server, key: str) -> list[Report]:
    async with open_store(server.settings.database_url) as store:
        return await owner_reports(store, "kakao", key)


async def _kakao_dogs(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


async def _tg_dogs(tg: Harness, chat: int) -> list[str]:
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


# -- 1. the remove confirmation, typed ---------------------------------------------------------------

REMOVE_WORDS = {"ko": "{name} 삭제해주세요", "en": "remove {name} please"}


async def test_remove_confirmation_answered_in_words_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 15000
    for lang, name, answer, removed in (
        ("ko", "보리", "네", True),
        ("ko", "보리", "네, 지워 주세요", True),
        ("ko", "보리", "아니요", False),
        ("ko", "보리", "취소", False),
        ("en", "Max", "yes", True),
        ("en", "Max", "Yes, remove", True),
        ("en", "Max", "no", False),
        ("en", "Max", "cancel", False),
    ):
        chat += 1
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, name)
        await tg.say(chat, "/cancel")
        await tg.say(chat, REMOVE_WORDS[lang].format(name=name))
        assert tg.last_text(chat) == t(lang, "profile-remove-ask", name=name)
        before = len(tg.sent(chat))
        await tg.say(chat, answer)
        replies = tg.sent(chat)[before:]
        if removed:
            assert t(lang, "profile-removed", name=name) in replies, (answer, replies)
            assert await _tg_dogs(tg, chat) == []
        else:
            assert t(lang, "profile-remove-kept") in replies, (answer, replies)
            assert await _tg_dogs(tg, chat) == [name]
        assert await _tg_reports(tg, chat) == [], answer
        # the question is closed: the same words again are no answer to it
        await tg.say(chat, answer)
        assert t(lang, "profile-removed", name=name) not in tg.sent(chat)[before + len(replies) :]


async def test_remove_confirmation_answered_in_words_on_kakao(kakao: Server) -> None:
    for lang, name, answer, removed in (
        ("ko", "콩이", "네", True),
        ("ko", "콩이", "지우지 않을래요", False),
        ("en", "Rex", "Yes, remove", True),
        ("en", "Rex", "Keep", False),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        await user.send("/cancel")
        await user.send("/profile")
        await user.tap(next(c for c in user.choice_ids if c.startswith("profile:remove:")))
        assert t(lang, "profile-remove-ask", name=name) in user.text
        await user.send(answer)
        if removed:
            assert t(lang, "profile-removed", name=name) in user.text, (answer, user.text)
            assert await _kakao_dogs(kakao, user.key) == []
        else:
            assert t(lang, "profile-remove-kept") in user.text, (answer, user.text)
            assert await _kakao_dogs(kakao, user.key) == [name]
        assert await _kakao_reports(kakao, user.key) == []


async def test_a_report_or_other_words_at_the_remove_confirmation_on_kakao(kakao: Server) -> None:
    """A report typed at "remove?" is kept as a report and the question comes again; noise asks
    again, once: the second time it is dropped (`test_edit_unfinished_and_dogs`); nothing is
    removed without a yes; the tap still removes."""
    for lang, name, report in (
        ("ko", "콩이", "산책할 때 다른 개만 보면 계속 짖고 달려들어요"),
        ("en", "Rex", "He barks at every delivery man and jumps at the door"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        await user.send("/cancel")
        await user.send(REMOVE_WORDS[lang].format(name=name))
        ask = t(lang, "profile-remove-ask", name=name)
        await user.send("asdf")
        assert user.text.endswith(ask), user.text
        await user.send(report)
        assert ask not in user.text, user.text  # asked once more already: dropped, said so
        assert t(lang, "profile-remove-dropped", name=name) in user.text, user.text
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]
        assert await _kakao_dogs(kakao, user.key) == [name]
        await user.send(REMOVE_WORDS[lang].format(name=name))
        await user.send(report)  # a report at the question asked anew: kept, the question again
        assert user.text.endswith(ask), user.text
        await user.tap(next(c for c in user.choice_ids if c.startswith("profile:remove-yes:")))
        assert t(lang, "profile-removed", name=name) in user.text
        assert await _kakao_dogs(kakao, user.key) == []


# -- 2. a report naming another dog ------------------------------------------------------------------


async def _tg_dog_ids(tg: Harness, chat: int) -> dict[str, int]:
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        return {d.name or "": d.id for d in await s.list_dogs(user.id)}


async def _kakao_dog_ids(server: Server, key: str) -> dict[str, int]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name or "": d.id for d in await s.list_dogs(user.id)}


def _profiles_sent(fake: FakeOllama) -> str:
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in fake.requests if r.path == "/api/chat")


TWO_DOGS = {
    # lang: (other dog, its age typed, the active dog, its age typed, its age in the profile line)
    "ko": ("보리", "3살", "초코", "10살", "보리, 3살"),
    "en": ("Bori", "3", "Choco", "10", "Bori, 3 years"),
}


async def _two_dogs_on_kakao(kakao: Server, lang: str) -> tuple[KakaoUser, dict[str, int]]:
    """A new Kakao owner of `TWO_DOGS[lang]`, each added by its survey's first answers, the
    second one made active through the profile's dog picker; their dogs' ids by name."""
    other, other_age, active, active_age, _ = TWO_DOGS[lang]
    user = kakao.user(lang=lang)
    for text in ("/start", other, other_age, "/cancel", "/newdog", active, active_age, "/cancel"):
        await user.send(text)
    ids = await _kakao_dog_ids(kakao, user.key)
    await user.send("/profile")
    await user.tap("profile:switch")
    await user.tap(f"profile:dog:{ids[active]}")
    return user, ids


async def test_a_report_naming_the_other_dog_is_filed_under_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await _named_on_telegram(tg, fake_ollama)


async def _tg_analysed(tg: Harness, chat: int) -> None:
    for _ in range(400):
        reports = await _tg_reports(tg, chat)
        if reports and all(r.delivered_at is not None for r in reports):  # its result shown
            return
        await asyncio.sleep(0.05)
    raise AssertionError("no result was shown")


async def _named_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, lang, report in (
        (15101, "ko", "보리가 산책할 때 다른 개만 보면 짖어요"),
        (15102, "en", "Bori barks at other dogs on walks"),
    ):
        other, other_age, active, active_age, profile = TWO_DOGS[lang]
        for text in ("/start", other, other_age, "/cancel", "/newdog", active, active_age, "/cancel"):
            await tg.say(chat, text, language_code=lang)
        await tg.say(chat, "/profile")
        await tg.tap(chat, t(lang, "profile-switch"))
        await tg.tap(chat, active)
        assert t(lang, "profile-switched", name=active) in tg.sent(chat)
        ids = await _tg_dog_ids(tg, chat)

        def filed(name: str) -> str:
            return t(lang, "report-filed-under", name=name)  # noqa: B023

        # naming both dogs, or none: the active dog, no line
        for text in (
            f"{active} and {other} fight over toys every evening",
            "짖고 달려들어요 산책할 때마다 계속",
        ):
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            assert not [
                r for r in tg.sent(chat)[before:] if r.startswith(t(lang, "report-filed-under", name=""))
            ]
            await _tg_analysed(tg, chat)
            await tg.say(chat, "/cancel")  # the follow-up question set aside: the next is a report
        before = len(tg.sent(chat))
        await tg.say(chat, report)
        await eventually(lambda: filed(other) in tg.sent(chat)[before:])  # noqa: B023
        reports = await _tg_reports(tg, chat)
        assert [(r.text, r.dog_id) for r in reports][-1] == (report, ids[other])
        assert [r.dog_id for r in reports] == [ids[active], ids[active], ids[other]]
        await eventually(lambda: profile in _profiles_sent(fake_ollama))  # noqa: B023


async def test_a_report_naming_the_other_dog_with_particles_is_filed_under_it_on_kakao(kakao: Server) -> None:
    for lang, report in (
        ("ko", "보리는 택배 아저씨만 오면 계속 짖어요"),
        ("ko", "어제 보리랑 산책하는데 다른 개한테 달려들었어요"),
        ("ko", unicodedata.normalize("NFD", "보리를 혼자 두면 문 앞에서 계속 울어요")),
        ("en", "BORI keeps barking at the door when guests come"),
        ("en", "Bori's barking at the mailman every morning"),
    ):
        other, _other_age, _active, _active_age, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await user.send(report)
        assert t(lang, "report-filed-under", name=other) in user.text, (report, user.text)
        [saved] = await _kakao_reports(kakao, user.key)
        assert saved.dog_id == ids[other], report


# -- 3. corrections after the survey -------------------------------------------------------------------


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def test_a_correction_after_the_survey_changes_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, name, age, words, key, stored, shown in (
        (
            "ko",
            "보리",
            "2살",
            "아 잘못 말했어요 3살이에요",
            "age_months",
            36,
            ("value-age", {"years": 3, "months": 0}),
        ),
        (
            "ko",
            "보리",
            "2살",
            "아 나이 3살이에요 정정할게요",
            "age_months",
            36,
            ("value-age", {"years": 3, "months": 0}),
        ),
        (
            "ko",
            "보리",
            "2살",
            "아 잘못 말했어요 2~3살이에요",
            "age_months",
            30,
            ("value-range-years", {"low": 2, "high": 3}),
        ),
        (
            "ko",
            "보리",
            "2살",
            "잘못 말했어요 혼자 8시간 있어요",
            "alone_hours",
            8,
            ("value-hours", {"hours": 8}),
        ),
        (
            "ko",
            "보리",
            "2살",
            "정정할게요 산책은 하루 40분이에요",
            "exercise_minutes",
            40,
            ("value-minutes", {"minutes": 40}),
        ),
        ("ko", "보리", "2살", "정정: 몸무게 7kg이에요", "size", "small", ("survey-opt-size-small", {})),
        (
            "en",
            "Max",
            "2",
            "sorry I meant 5 years old",
            "age_months",
            60,
            ("value-age", {"years": 5, "months": 0}),
        ),
        ("en", "Max", "2", "correction: she is 12 kg", "size", "medium", ("survey-opt-size-medium", {})),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", name, age, "/cancel"):
            await user.send(text)
        calls = _model_calls(fake_ollama)
        await user.send(words)
        value = t(lang, shown[0], **shown[1])
        field = t(lang, f"survey-field-{key}")
        line = t(lang, "correction-done", name=name, field=field, value=value)
        assert line[line.index(name) :] in user.text, (words, user.text)  # or, first, noted (stop 44)
        assert (await kakao_dog_answers(kakao, user.key))[key] == stored, words
        assert await _kakao_reports(kakao, user.key) == [], words
        assert _model_calls(fake_ollama) == calls


async def test_a_correction_that_fits_no_one_answer_or_no_dog_says_how_on_kakao(kakao: Server) -> None:
    for lang, name, words, typed in (
        ("ko", "보리", "아 잘못 말했어요 5년이요", "5년"),  # an age or how long owned: not said which
        ("en", "Max", "sorry I meant 5 years", "5 years"),
        ("en", "Max", "sorry I meant 5", "5"),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", name, "2살" if lang == "ko" else "2", "/cancel"):
            await user.send(text)
        await user.send(words)
        assert t(lang, "correction-unclear", value=typed) in user.text, (words, user.text)
        assert "survey:edit" in user.choice_ids
        assert (await kakao_dog_answers(kakao, user.key))["age_months"] == 24
        assert await _kakao_reports(kakao, user.key) == []
        await user.tap("survey:edit")
        assert t(lang, "survey-edit-which") in user.text
    for lang, words, typed in (
        ("ko", "아 잘못 말했어요 3살이에요", "3살"),
        ("en", "correction: she is 12 kg", "12 kg"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        await user.send(words)
        assert t(lang, "correction-no-dog", value=typed) in user.text, (words, user.text)
        assert await _kakao_reports(kakao, user.key) == []


async def test_a_correction_while_a_report_waits_is_not_added_to_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, name, report, words, value in (
            (
                15201,
                "ko",
                "보리",
                "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
                "아 잘못 말했어요 3살이에요",
                36,
            ),
            (
                15202,
                "en",
                "Max",
                "He lunges and barks at other dogs on every walk",
                "sorry I meant 5 years old",
                60,
            ),
        ):
            for text in ("/start", name, "2", "/cancel", report):
                await tg.say(chat, text, language_code=lang)
            await _tg_analysed(tg, chat)
            before = len(tg.sent(chat))
            await tg.say(chat, words)
            shown = t(lang, "value-age", years=value // 12, months=0)
            done = t(
                lang, "correction-done", name=name, field=t(lang, "survey-field-age_months"), value=shown
            )
            await eventually(lambda: done in tg.sent(chat)[before:])  # noqa: B023
            reports = await _tg_reports(tg, chat)
            assert [(r.text, r.followups) for r in reports] == [(report, 0)]
            async with tg.rt.store.session() as s:
                user = await s.get_user("telegram", str(chat))
                assert user is not None and user.active_dog_id is not None
                dog = await s.get_dog(user.active_dog_id)
            assert dog is not None and dog.answers["age_months"] == value


def test_remove_confirmed_and_an_answer_corrected_in_words_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["/start", "보리", "2살", "/cancel", "아 잘못 말했어요 3살이에요"], "--lang", "ko")
    field = t("ko", "survey-field-age_months")
    assert t("ko", "correction-done", name="보리", field=field, value="3살") in out, out
    out = _chat(tmp_path, ["보리 삭제해주세요", "네"], "--lang", "ko")
    assert t("ko", "profile-removed", name="보리") in out, out


async def test_a_correction_naming_the_other_dog_changes_that_dog_on_kakao(kakao: Server) -> None:
    for lang, words, stored in (
        ("ko", "아 잘못 말했어요 보리는 5살이에요", 60),
        ("en", "sorry I meant Bori is 5 years old", 60),
    ):
        other, _other_age, active, _active_age, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await user.send(words)
        field = t(lang, "survey-field-age_months")
        value = t(lang, "value-age", years=5, months=0)
        assert t(lang, "correction-done", name=other, field=field, value=value) in user.text, user.text
        async with open_store(kakao.settings.database_url) as store, store.session() as s:
            bori = await s.get_dog(ids[other])
            choco = await s.get_dog(ids[active])
        assert bori is not None and choco is not None
        assert (bori.answers["age_months"], choco.answers["age_months"]) == (stored, 120)
        assert await _kakao_reports(kakao, user.key) == []


async def test_a_question_naming_the_other_dog_is_asked_about_it_on_kakao(kakao: Server) -> None:
    for lang, question in (
        ("ko", "보리는 왜 다른 개만 보면 짖을까요?"),
        ("en", "Why does Bori bark at other dogs?"),
    ):
        other, _other_age, _active, _active_age, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await user.send(question)
        assert t(lang, "report-filed-under", name=other) in user.text, user.text
        [saved] = await _kakao_reports(kakao, user.key)
        assert (saved.is_question, saved.dog_id) == (True, ids[other])
