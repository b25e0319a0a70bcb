# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""What owners asked for in this morning's trials and did not get (issue 11; corpus batch 50).

A1: a tip asked for ("tips plz", "give me a tip", "팁 좀 알려주세요", "오늘의 팁", "훈련 팁 하나 주세요")
got the tips on/off status or the noise hint, never a tip. Now one tip of the catalogue, in the
owner's language, no model call; "tips off", "팁 그만" still switch.
A2: "Show me Charlie's history" with Bella active showed Bella's history under Bella's name. Now the
dog named (history, week), the active dog unchanged; a dog the owner does not have is said so.
A3: a correction mid-survey that names no question ("아 아까 4개월 말고 5개월이야": only the old value,
"보리 아니고 보라", "not Bori, Bora": the old name) re-asked the open question with nothing changed.
Now the earlier answer it targets is corrected, said so, and the open question asked again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.broadcast.tips import tip_keys, tip_text
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_command_words import _two_dogs_kakao, _two_dogs_tg
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import MESSAGES, _calls, t
from tests.test_survey_answers_misread import kakao_answers, tg_answers
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


def _tips(lang: str) -> list[str]:
    return [tip_text(MESSAGES, lang, key) for key in tip_keys(MESSAGES)]


def _has_tip(lang: str, text: str) -> bool:
    return any(tip in text for tip in _tips(lang))


# -- A1: a tip asked for is a tip --------------------------------------------------------------

ASKED_TIPS = (
    ("en", "tips plz"),
    ("en", "give me a tip"),
    ("ko", "팁 좀 알려주세요"),
    ("ko", "오늘의 팁"),
    ("ko", "훈련 팁 하나 주세요"),
)


@pytest.mark.parametrize(("lang", "typed"), ASKED_TIPS)
async def test_a_tip_asked_for_is_given_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", {"ko": "콩이", "en": "Rex"}[lang], "/cancel"):
        await user.send(text)
    await user.send(typed)
    assert _has_tip(lang, user.text), (typed, user.texts)
    assert t(lang, "tips-status-on") not in user.texts, typed
    await user.send({"ko": "팁 그만", "en": "tips off"}[lang])  # the switch still switches
    assert user.texts[0] == t(lang, "tips-off-done"), user.texts
    assert _calls(fake_ollama) == 0


async def test_a_tip_asked_for_twice_is_another_tip_on_telegram(tg: Harness) -> None:
    await tg.say(50001, "/start", language_code="en")
    await tg.say(50001, "Rex")
    await tg.say(50001, "/cancel")
    await tg.say(50001, "give me a tip")
    first = tg.last_text(50001)
    assert _has_tip("en", first), tg.sent(50001)
    await tg.say(50001, "give me a tip")
    second = tg.last_text(50001)
    assert _has_tip("en", second) and second != first, tg.sent(50001)


def test_a_tip_asked_for_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["콩이", "/cancel", "오늘의 팁"], "--lang", "ko", "--user", "a1")
    assert _has_tip("ko", out), out


# -- A2: a view named with a dog is that dog's ---------------------------------------------------


async def test_a_dogs_history_named_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = kakao.user(lang="en")
    await _two_dogs_kakao(user, "Bella", "Charlie")
    await user.send("/profile")
    active = "Bella" if "Bella" in user.texts[0] else "Charlie"
    other = "Charlie" if active == "Bella" else "Bella"
    await user.send(f"Show me {other}'s history")
    assert user.texts[0] == t("en", "history-empty-dog", name=other), user.texts
    await user.send(f"show me {other.lower()}'s week")
    assert user.texts[0] == t("en", "week-empty-dog", name=other), user.texts
    await user.send("Show me Max's history")
    assert user.texts[0] == t("en", "view-unknown-dog", name="Max", dogs="Bella, Charlie"), user.texts
    await user.send("/profile")  # the active dog was not switched
    assert active in user.texts[0], user.texts
    assert _calls(fake_ollama) == 0


async def test_a_dogs_history_named_on_telegram(tg: Harness) -> None:
    await _two_dogs_tg(tg, 50101, "ko", "보리", "초코")
    user = await tg.user(50101)
    assert user is not None
    async with tg.rt.store.session() as s:
        dogs = {d.id: d.name for d in await s.list_dogs(user.id)}
    active = dogs[user.active_dog_id] if user.active_dog_id is not None else None
    other = "초코" if active == "보리" else "보리"
    await tg.say(50101, f"{other} 기록 보여주세요")
    assert tg.last_text(50101) == t("ko", "history-empty-dog", name=other), tg.sent(50101)


# -- A3: a correction mid-survey that names no question -------------------------------------------


async def _kakao_at_sex(server: Server, lang: str, name: str, age: str) -> Any:
    user = server.user(lang=lang)
    for text in ("/start", name, age):
        await user.send(text)
    assert t(lang, "survey-q-sex", name=name) in user.text, user.texts
    return user


@pytest.mark.parametrize(
    ("lang", "age", "typed", "months"),
    [
        ("ko", "4개월", "아 아까 4개월 말고 5개월이야", 5),
        ("ko", "4개월", "아까 4개월 아니고 6개월이요", 6),
        ("en", "4 months", "oh not 4 months, 5 months", 5),
    ],
)
async def test_an_earlier_number_corrected_by_its_old_value_on_kakao(
    kakao: Server, lang: str, age: str, typed: str, months: int
) -> None:
    name = {"ko": "보리", "en": "Bori"}[lang]
    user = await _kakao_at_sex(kakao, lang, name, age)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert round(float(answers["age_months"])) == months, (typed, user.texts)
    assert answers.get("sex") is None
    assert user.text.endswith(t(lang, "survey-q-sex", name=name)), user.texts


@pytest.mark.parametrize(
    ("lang", "typed", "new"),
    [
        ("ko", "보리 아니고 보라", "보라"),
        ("ko", "아 보리 말고 보라예요", "보라"),
        ("en", "not Bori, Bora", "Bora"),
    ],
)
async def test_the_name_corrected_mid_survey_on_kakao(kakao: Server, lang: str, typed: str, new: str) -> None:
    old = {"ko": "보리", "en": "Bori"}[lang]
    user = await _kakao_at_sex(kakao, lang, old, {"ko": "4개월", "en": "4 months"}[lang])
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == new, (typed, user.texts)
    assert t(lang, "survey-renamed-from", old=old, new=new) in user.texts, user.texts
    assert user.text.endswith(t(lang, "survey-q-sex", name=new)), user.texts


async def test_a_correction_mid_survey_on_telegram(tg: Harness) -> None:
    for text in ("/start", "보리", "4개월"):
        await tg.say(50201, text, language_code="ko")
    await tg.say(50201, "아 아까 4개월 말고 5개월이야")
    assert round(float((await tg_answers(tg, 50201))["age_months"])) == 5, tg.sent(50201)
    await tg.say(50201, "보리 아니고 보라")
    assert (await tg_answers(tg, 50201))["name"] == "보라", tg.sent(50201)
    assert tg.last_text(50201).endswith(t("ko", "survey-q-sex", name="보라")), tg.sent(50201)


async def test_the_old_value_picks_the_answer_among_two_of_its_unit_on_kakao(kakao: Server) -> None:
    """5 months fits the age and how long owned, both answered: "4개월 말고" names the one corrected."""
    user = kakao.user(lang="ko")
    for text in ("/start", "보리", "1살", "여아 중성화", "푸들", "소형", "보호소", "4개월", "2명"):
        await user.send(text)
    assert t("ko", "survey-q-children", name="보리") in user.text, user.texts
    await user.send("아까 4개월 말고 5개월이요")
    answers = await kakao_answers(kakao, user.key)
    assert (round(float(answers["owned_months"])), round(float(answers["age_months"]))) == (5, 12), user.texts
    assert user.text.endswith(t("ko", "survey-q-children", name="보리")), user.texts


def test_corrections_mid_survey_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path,
        ["보리", "4개월", "아 아까 4개월 말고 5개월이야", "보리 아니고 보라"],
        "--lang",
        "ko",
        "--user",
        "a3",
    )
    assert "5개월" in out and t("ko", "survey-renamed-from", old="보리", new="보라") in out, out
    assert out.count(t("ko", "survey-q-sex", name="보리")) == 2, out  # asked, then again after the age
    assert t("ko", "survey-q-sex", name="보라") in out, out  # and again after the name
