# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 16's faults of dogs' names and which dog a report is filed under (issue 11, corpus
batch 131), each reproduced through a real channel first (Kakao over the skill's HTTP, Telegram
pushed), Korean and English, then fixed for its kind.

1. "Max growls at Mongi" (Max and 몽이 registered, 몽이 active) was filed under 몽이, "Sol keeps
   humping Luna" under Luna: the dog doing the behaviour gets the report (English: the first name
   before its verb, the name after "by" in a passive; Korean: the subject particle, else the one
   name not marked as the target, "맥스 몽이한테 으르렁거려요").
2. After a rename (초코 → 쪼꼬) told with the survey stopped, "초코가 또 짖어요" offered 초코 as a
   new dog: a rename outside the survey's first pass keeps the name before, and a report naming
   it is the renamed dog's, among several dogs too.
3. "이름 쪼꼬예요", "his name is Max" after /cancel or "그만할래요" asked to confirm, then the
   question again: now the dog is renamed in one line, the survey left stopped.
4. "1" right after /week or /progress mid-survey was stored as the age (1 year); idle it was "not
   understood": a view with nothing numbered to pick gets a hint, and the number typed once more
   answers the question.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_dog_ids, _kakao_reports, _tg_dog_ids, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

AGE = {"ko": "3살", "en": "3"}


async def _two_on_kakao(kakao: Server, lang: str, first: str, second: str) -> tuple[Any, dict[str, int]]:
    """A new Kakao owner of two dogs, each added by its survey's first answers, `second` made the
    active one (the one a misread report went to)."""
    user = kakao.user(lang=lang)
    for text in ("/start", first, AGE[lang], "/cancel", "/newdog", second, AGE[lang], "/cancel"):
        await user.send(text)
    ids = await _kakao_dog_ids(kakao, user.key)
    await user.send("/profile")
    await user.tap("profile:switch")
    await user.tap(f"profile:dog:{ids[second]}")
    return user, ids


async def _two_on_telegram(tg: Harness, chat: int, lang: str, first: str, second: str) -> dict[str, int]:
    for text in ("/start", first, AGE[lang], "/cancel", "/newdog", second, AGE[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    await tg.say(chat, "/profile")
    await tg.tap(chat, t(lang, "profile-switch"))
    await tg.tap(chat, second)
    return await _tg_dog_ids(tg, chat)


# -- 1. the dog doing the behaviour gets the report -------------------------------------------------

# (the dogs, registered in this order, the second active; the report; the dog it is filed under)
Filed = tuple[tuple[str, str], str, str]


async def filed_under_on_kakao(kakao: Server, lang: str, cases: list[Filed]) -> list[tuple[Any, str, str]]:
    """Each case's report sent by a new Kakao owner of its two dogs, stored under the dog expected;
    (the owner, the report, that dog) for more checks."""
    sent = []
    for (first, second), report, dog in cases:
        user, ids = await _two_on_kakao(kakao, lang, first, second)
        await user.send(report)
        [stored] = await _kakao_reports(kakao, user.key)
        assert stored.dog_id == ids[dog], (report, user.texts)
        sent.append((user, report, dog))
    return sent


async def filed_under_on_telegram(tg: Harness, first_chat: int, lang: str, cases: list[Filed]) -> None:
    """The same on Telegram, one chat per case from `first_chat` (+1 in English)."""
    for i, ((first, second), report, dog) in enumerate(cases):
        chat = first_chat + 10 * i + (lang == "en")
        ids = await _two_on_telegram(tg, chat, lang, first, second)
        await tg.say(chat, report)
        [stored] = await _tg_reports(tg, chat)
        assert stored.dog_id == ids[dog], (report, tg.sent(chat)[-3:])


SUBJECTS: dict[str, list[Filed]] = {
    "en": [
        (("Max", "몽이"), "Max growls at Mongi", "Max"),
        (("Sol", "Luna"), "Sol keeps humping Luna", "Sol"),
        (("Sol", "Luna"), "Luna gets humped by Sol every morning", "Sol"),
    ],
    "ko": [
        (("맥스", "몽이"), "맥스 몽이한테 으르렁거려요", "맥스"),
        (("솔", "루나"), "솔 루나를 자꾸 올라타요", "솔"),
        (("Max", "몽이"), "Max가 몽이한테 으르렁거려요", "Max"),
    ],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dog_doing_the_behaviour_gets_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for user, report, dog in await filed_under_on_kakao(kakao, lang, SUBJECTS[lang]):
        assert t(lang, "report-filed-under", name=dog) in user.text, (report, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dog_doing_the_behaviour_gets_the_report_on_telegram(tg: Harness, lang: str) -> None:
    await filed_under_on_telegram(tg, 350100, lang, SUBJECTS[lang][:2])


# -- 2 and 3. a rename told with the survey stopped: one line, and the name before still the dog ---

STOPS = {"ko": ("/cancel", "그만할래요"), "en": ("/cancel", "stop")}
# (the name, the rename told, the new name, a report naming the old name)
RENAMES = {
    "ko": [
        ("초코", "이름 쪼꼬예요", "쪼꼬", "초코가 또 짖어요"),
        ("초코", "이름 쪼꼬로 바꿔줘", "쪼꼬", "초코가 또 현관에서 짖어요"),
    ],
    "en": [
        ("Rex", "his name is Max", "Max", "rex barked at the door all night"),
        ("Rex", "his name is Max now", "Max", "Rex keeps barking at the door"),
    ],
}


def _not_offered(lang: str, typed: str, name: str, text: str) -> None:
    for msg_id in ("report-filed-unregistered", "report-filed-unregistered-later"):
        assert t(lang, msg_id, typed=typed, name=name) not in text, (msg_id, text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_the_survey_stopped_is_one_line_and_the_old_name_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for stop in STOPS[lang]:
        for old, told, new, report in RENAMES[lang]:
            user = kakao.user(lang=lang)
            for text in ("/start", old, AGE[lang], stop):
                await user.send(text)
            await user.send(told)
            answers = await kakao_answers(kakao, user.key)
            assert answers["name"] == new and answers.get("former_names") == [old], (told, answers, user.text)
            assert t(lang, "survey-renamed-from", old=old, new=new) in user.text, (told, user.text)
            assert t(lang, "survey-q-name-hint", name=new) not in user.text, (told, user.text)
            await user.send(report)
            _not_offered(lang, report.split()[0].removesuffix("가"), new, user.text)
            ids = await _kakao_dog_ids(kakao, user.key)
            assert [r.dog_id for r in await _kakao_reports(kakao, user.key)] == [ids[new]], user.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_the_survey_stopped_is_one_line_on_telegram(tg: Harness, lang: str) -> None:
    old, told, new, report = RENAMES[lang][0]
    chat = 350200 + (lang == "en")
    for text in ("/start", old, AGE[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    await tg.say(chat, told)
    answers = await tg_answers(tg, chat)
    assert answers["name"] == new and answers.get("former_names") == [old], answers
    said = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "survey-renamed-from", old=old, new=new) in said, said
    await tg.say(chat, report)
    _not_offered(lang, report.split()[0].removesuffix("가"), new, " ".join(tg.sent(chat)[-3:]))


# the old name of one of two dogs, in a report naming both: the renamed dog's
TWO_RENAMED = {
    "ko": ("초코", "보리", "이름 쪼꼬예요", "쪼꼬", "초코가 보리한테 자꾸 으르렁거려요"),
    "en": ("Rex", "Bori", "his name is Max", "Max", "Rex keeps growling at Bori"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_old_name_among_two_dogs_is_the_renamed_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    old, other, told, new, report = TWO_RENAMED[lang]
    user, ids = await _two_on_kakao(kakao, lang, other, old)  # the dog renamed is active
    await user.send(told)
    assert (await _kakao_dog_ids(kakao, user.key)).keys() == {other, new}, user.text
    await user.send("/profile")  # the other dog made active: the report names the renamed one
    await user.tap("profile:switch")
    await user.tap(f"profile:dog:{ids[other]}")
    await user.send(report)
    [stored] = await _kakao_reports(kakao, user.key)
    assert stored.dog_id == ids[old], user.texts
    _not_offered(lang, old, other, user.text)


# -- 4. a bare number right after a view with nothing numbered -------------------------------------

VIEWS = ("/week", "/progress")


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_after_a_view_is_no_answer_by_accident_on_kakao(kakao: Server, lang: str) -> None:
    for view in VIEWS:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(view)
        await user.send("1")
        assert "age_months" not in await kakao_answers(kakao, user.key), (view, user.text)
        assert t(lang, "picker-number-not-listed-question") in user.text, (view, user.text)
        assert asked(lang, "age_months") in user.text, user.text
        await user.send("1")  # typed again: the answer
        assert (await kakao_answers(kakao, user.key)).get("age_months") == 12, user.text
    user = await kakao_at(kakao, lang, "age_months")  # idle, the survey stopped: a hint, nothing stored
    await user.send("/cancel")
    await user.send("/week")
    await user.send("1")
    assert t(lang, "picker-number-not-listed") in user.text, user.text
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_after_a_view_is_no_answer_by_accident_on_telegram(tg: Harness, lang: str) -> None:
    chat = 350300 + (lang == "en")
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, "/progress")
    await tg.say(chat, "1")
    assert "age_months" not in await tg_answers(tg, chat)
    said = " ".join(tg.sent(chat)[-2:])
    assert t(lang, "picker-number-not-listed-question") in said, said
    assert asked(lang, "age_months") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "1")
    assert (await tg_answers(tg, chat)).get("age_months") == 12
