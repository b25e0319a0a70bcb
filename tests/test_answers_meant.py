# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Answers read for what the owner means (issue 11, an owner trial), each reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API and the
webhook, the terminal in a process), in both languages, then kept.

- "없어요 건강해요" at the health question was stored as the note: a none-word with a
  reassurance ("none, he's healthy", "no, all good") is no note, stored as nothing to note, like
  "없어요"; at a check-in's "anything to add?" it is "nothing to add".
- "3 years, spayed female" at the age took the age and asked the sex anyway: the sex said whole
  with the age, in either order and language, is stored with it and not asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkin_answers_that_tell import REPORTS
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao` fixture)
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)
from tests.timetravel import travel

# -- 1. a none-word with a reassurance is no note ------------------------------------------------

NOTHING_TO_NOTE = (
    ("ko", "없어요 건강해요"),
    ("ko", "딱히 없어요 건강해요"),
    ("ko", "없어요~ 잘 먹고 잘 놀아요ㅎㅎ"),
    ("ko", "없어요"),
    ("en", "none, he's healthy"),
    ("en", "no, all good"),
    ("en", "nothing, she's fine"),
    ("en", "none"),
)


async def test_none_with_a_reassurance_at_the_health_is_nothing_to_note_on_kakao(kakao: Server) -> None:
    for lang, typed in NOTHING_TO_NOTE:
        user = await kakao_at(kakao, lang, "health")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["health"] == "none", (typed, answers)
        line = t(
            lang, "card-line", field=t(lang, "survey-field-health"), value=t(lang, "survey-opt-health-none")
        )
        assert line in user.text, (typed, user.text)  # the review card says it in the owner's words
    for lang, note in (("ko", "슬개골 탈구 있어요"), ("en", "no meds, did puppy class")):
        user = await kakao_at(kakao, lang, "health")
        await user.send(note)
        assert (await kakao_answers(kakao, user.key))["health"] == note  # a note is kept as typed


async def test_none_with_a_reassurance_at_the_health_on_telegram(tg: Harness) -> None:
    for chat, lang, typed in ((17101, "ko", "없어요 건강해요"), (17102, "en", "none, he's healthy")):
        await tg_at(tg, chat, lang, "health")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat))["health"] == "none", typed
        assert t(lang, "survey-opt-health-none") in tg.last_text(chat), tg.last_text(chat)


@pytest.mark.parametrize(("lang", "typed"), [("ko", "없어요 건강해요"), ("en", "no, all good")])
def test_none_with_a_reassurance_at_the_health_in_the_terminal(tmp_path: Path, lang: str, typed: str) -> None:
    out = _chat(tmp_path, [*answers_before(lang, "health"), typed], "--lang", lang, "--user", "ann")
    line = t(lang, "card-line", field=t(lang, "survey-field-health"), value=t(lang, "survey-opt-health-none"))
    assert line in out, out
    assert typed not in out.split(asked(lang, "health"))[-1], out  # never echoed back as the note


@pytest.mark.parametrize(("locale", "typed"), [("ko", "없어요 잘 지내요"), ("en", "nothing, all good")])
async def test_none_with_a_reassurance_at_a_check_in_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, locale: str, typed: str
) -> None:
    """The same at a check-in's "anything to add?": nothing to add, never kept as the note."""
    report, _step = REPORTS[locale]
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=locale)
        await owner.send(report)
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")  # the result (and its plan) shown
        await travel(store, DAYS)
        await owner.send("/help")
        await owner.send("좋아졌어요" if locale == "ko" else "better")
        assert t(locale, "coaching-checkin-note") in owner.text, owner.texts
        await owner.send(typed)
        assert owner.texts == [t(locale, "coaching-checkin-note-skipped")], (typed, owner.texts)
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert rows[0].note is None, (typed, rows[0])


# -- 2. the sex said whole with the age -----------------------------------------------------------

SEX_WITH_AGE = (
    ("en", "3 years, spayed female", "female_spayed"),
    ("en", "spayed female, 3", "female_spayed"),
    ("en", "2 years old, neutered male", "male_neutered"),
    ("ko", "3살 중성화한 여아에요", "female_spayed"),
    ("ko", "중성화한 남아 3살", "male_neutered"),
    ("ko", "3살이고 중성화 안 한 여아에요", "female_intact"),
)


async def test_sex_said_whole_with_the_age_is_stored_and_not_asked_on_kakao(kakao: Server) -> None:
    for lang, typed, sex in SEX_WITH_AGE:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers["sex"] == sex, (typed, answers)
        assert answers["age_months"] in (24, 36), (typed, answers)
        assert asked(lang, "breed") in user.text, (typed, user.text)  # the sex question skipped
        assert asked(lang, "sex") not in user.text, (typed, user.text)
        said = t(
            lang,
            "survey-answered-ahead",
            field=t(lang, "survey-field-sex"),
            value=t(lang, f"survey-opt-sex-{sex}"),
        )
        assert said in user.text, (typed, user.text)
    # half of it stays half: asked in its turn, completed there (as before)
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("3살이고 남자애에요")
    assert asked("ko", "sex") in user.text, user.text
    await user.send("중성화 했어요")
    assert (await kakao_answers(kakao, user.key))["sex"] == "male_neutered"


async def test_sex_said_whole_with_the_age_on_telegram(tg: Harness) -> None:
    for chat, lang, typed, sex in (
        (17201, "en", "3 years, spayed female", "female_spayed"),
        (17202, "ko", "3살 중성화한 여아에요", "female_spayed"),
    ):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers["sex"] == sex and answers["age_months"] == 36, (typed, answers)
        assert asked(lang, "breed") in tg.last_text(chat), tg.last_text(chat)


def test_sex_said_whole_with_the_age_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["Rex", "spayed female, 3", "poodle", "/profile"], "--lang", "en", "--user", "ann")
    assert asked("en", "sex") not in out, out
    sex = t(
        "en", "card-line", field=t("en", "survey-field-sex"), value=t("en", "survey-opt-sex-female_spayed")
    )
    assert sex in out, out
    assert asked("en", "size") in out, out  # the breed taken, the survey goes on
