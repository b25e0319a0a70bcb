# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 35, issue 11, owner trial 17: check-in answers and notes, a yes typed with the action word,
the age said insistently (corpus batch 137). Each reproduced through a real channel first (Kakao
over the skill's HTTP, Telegram pushed), both languages.

1. A plan to go on ("계속 해볼게요", "will keep doing it") at a check-in's "anything to add?" after
   "better" replaced the answer with "didn't try" (its 해볼게요 read as a plan not yet tried), or
   went to the coach model as a question: it is the note, the outcome kept.
2. "it didnt really work tbh", "별로 도움이 안 됐어요" at "how did it go?": "please pick one" twice;
   the same.
3. "응 삭제", "yes delete" at "remove {name}?": read as removing a dog called "응", "yes"; the yes.
4. "3살이라니까요", "I said 3 years!!" at the age: a question for the coach model, or "I understood
   3 years, but not 'I said'"; the age, stored, no model call.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao, kakao_settings, open_store, serve  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial10_checkins import REPORT as PLAN_REPORT
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan
from tests.timetravel import travel

# -- 1. a plan to go on at the note is the note ------------------------------------------------------

GOES_ON = [
    ("ko", "좀 나아진거 같아요", "계속 해볼게요"),
    ("ko", "해봤는데 조금 나아졌어요!", "꾸준히 해볼게요"),
    ("en", "a bit better", "will keep doing it"),
    ("en", "better", "keep at it"),
    ("ko", "좋아졌어요", "주말에 또 해볼게요"),
    ("en", "better", "will try it again this weekend"),
    # stop 37: the survey's "continue" words ("계속 할게요" resumed no survey and said so)
    ("ko", "좀 나아진거 같아요", "계속 할게요"),
    ("en", "a bit better", "keep going"),
]


async def _kakao_checkin_due(srv: Server, lang: str):  # type: ignore[no-untyped-def]
    store = srv.app.state.runtime.store
    owner = srv.user(lang=lang)
    await owner.send(PLAN_REPORT[lang])
    await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
    await owner.send("/help")
    await travel(store, DAYS)
    return owner


@pytest.mark.parametrize(("lang", "answer", "note"), GOES_ON)
async def test_a_plan_to_go_on_at_the_note_is_the_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, answer: str, note: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = await _kakao_checkin_due(srv, lang)
        await owner.send(answer)
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        calls = _model_calls(fake_ollama)
        await owner.send(note)
        assert t(lang, "coaching-checkin-note-saved") in owner.text, owner.text
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _ in _answered(rows)] == ["better"], rows
        assert note in (_answered(rows)[0][1] or ""), rows
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "answer", "note"), GOES_ON)
async def test_a_plan_to_go_on_at_the_note_is_the_note_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    answer: str,
    note: str,
) -> None:
    chat = 35137
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as h:
        await push_checkin(h, chat, lang, STEP[lang])
        await h.say(chat, answer, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in h.sent(chat))
        calls = _model_calls(fake_ollama)
        await h.say(chat, note, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note-saved") in h.sent(chat))
        rows = await checkins_of(h.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _ in _answered(rows)] == ["better"], rows
        assert note in (_answered(rows)[0][1] or ""), rows
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


# -- 2. "it didn't really work" is the same ---------------------------------------------------------

NOT_WORKING = [
    ("en", "it didnt really work tbh", "same"),
    ("en", "didn't really help", "same"),
    ("ko", "별로 도움이 안 됐어요", "same"),
    ("ko", "소용없었어요", "same"),
    ("en", "didnt really work, it got worse", "worse"),
]


@pytest.mark.parametrize(("lang", "typed", "outcome"), NOT_WORKING)
async def test_it_did_not_really_work_is_an_outcome_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str, outcome: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = await _kakao_checkin_due(srv, lang)
        await owner.send(typed)
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, typed)]


@pytest.mark.parametrize(("lang", "typed", "outcome"), NOT_WORKING[:3])
async def test_it_did_not_really_work_is_an_outcome_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    chat = 35138
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as h:
        await push_checkin(h, chat, lang, STEP[lang])
        await h.say(chat, typed, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in h.sent(chat))
        rows = await checkins_of(h.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, typed)]


async def _kakao_dogs(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


# -- 3. a yes typed with the action word at the remove confirmation ---------------------------------

YES_WITH_ACTION = [
    ("ko", "보리", "보리 삭제해주세요", "응 삭제"),
    ("ko", "보리", "보리 지워줘", "네 지워주세요"),
    ("en", "Bori", "remove Bori please", "yes delete"),
    ("en", "Bori", "delete Bori", "yes remove it"),
]


@pytest.mark.parametrize(("lang", "name", "remove", "yes"), YES_WITH_ACTION)
async def test_a_yes_with_the_action_word_removes_the_dog_on_kakao(
    kakao: Server, lang: str, name: str, remove: str, yes: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", name, "/cancel", remove):
        await user.send(text)
    assert t(lang, "profile-remove-ask", name=name) in user.text, user.text
    await user.send(yes)
    assert t(lang, "profile-removed", name=name) in user.text, user.text
    assert await _kakao_dogs(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "name", "remove", "yes"), YES_WITH_ACTION)
async def test_a_yes_with_the_action_word_removes_the_dog_on_telegram(
    tg: Harness, lang: str, name: str, remove: str, yes: str
) -> None:
    chat = 35139
    for text in ("/start", name, "/cancel", remove):
        await tg.say(chat, text, language_code=lang)
    await eventually(lambda: t(lang, "profile-remove-ask", name=name) in tg.sent(chat))
    await tg.say(chat, yes, language_code=lang)
    await eventually(lambda: t(lang, "profile-removed", name=name) in tg.sent(chat))
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        assert await s.list_dogs(user.id) == []


# -- 4. the age said insistently ---------------------------------------------------------------------

INSISTED = [
    ("ko", "3살이라니까요", 36),
    ("ko", "5살이라니까", 60),
    ("ko", "4살이라고 했잖아요", 48),
    ("en", "I said 3 years!!", 36),
    ("en", "i told you, 2 years", 24),
]


@pytest.mark.parametrize(("lang", "typed", "months"), INSISTED)
async def test_the_age_said_insistently_is_the_age_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, months: int
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == months, user.text
    assert asked(lang, "sex") in user.text, user.text
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "typed", "months"), INSISTED)
async def test_the_age_said_insistently_is_the_age_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    months: int,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as h:
        chat = 35140
        await tg_at(h, chat, lang, "age_months")
        calls = _model_calls(fake_ollama)
        await h.say(chat, typed, language_code=lang)
        await eventually(lambda: asked(lang, "sex") in h.last_text(chat))
        assert (await tg_answers(h, chat)).get("age_months") == months
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == calls


# "I said 5 years" alone stays asked which answer it corrects (years: the age or how long owned)
AFTER_SURVEY = [("ko", "5살이라니까", 60), ("en", "I said 5 years old!!", 60)]


@pytest.mark.parametrize(("lang", "typed", "months"), AFTER_SURVEY)
async def test_the_age_said_insistently_after_the_survey_is_the_age_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, months: int
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == months, user.text
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "typed", "months"), AFTER_SURVEY)
async def test_the_age_said_insistently_after_the_survey_is_the_age_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str, months: int
) -> None:
    chat = 35141
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("age_months") == months, tg.sent(chat)[-2:]
