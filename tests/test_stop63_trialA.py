# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63, helper trialA63: a fresh owner trial at main, its faults by kind, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API,
the terminal where seen), Korean and English.

1. "wait no, Pepper Jr" at the age crashed every channel (`float('No Jr')`: a name's correction
   reached the number parser) and the terminal exited: the name is corrected; a reading that is
   no number never reaches a number question's parser; a failing turn in the terminal is logged
   and answered with the error line, the chat goes on.
2. Two dogs fighting, one bleeding ("Rocky and Luna got into a fight … Luna is bleeding from her
   neck") got no first aid in English: a fight with a wound is the bitten dog's note.
3. "what do I do" in every register right after a red flag's first aid shows it again.
"""

from __future__ import annotations

import io
import types
from pathlib import Path
from typing import Any

import pytest

from dogcoach.channels.console import ConsoleChat
from dogcoach.services.i18n import Messages
from dogcoach.services.safety import SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. a name's correction at the age -------------------------------------------------------------

CORRECTIONS = ("wait no, Rex Jr", "wait no, it's Rex Jr", "no wait, Rex Jr")


@pytest.mark.parametrize("typed", CORRECTIONS)
async def test_a_name_corrected_at_the_age_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "en", "age_months")
    await user.send(typed)
    assert "went wrong" not in user.text, user.text
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "Rex Jr", (typed, answers, user.text)
    assert t("en", "survey-q-age_months", name="Rex Jr") in user.text, user.text


@pytest.mark.parametrize("typed", CORRECTIONS)
async def test_a_name_corrected_at_the_age_on_telegram(tg: Harness, typed: str) -> None:
    chat = 16301 + CORRECTIONS.index(typed)
    await tg_at(tg, chat, "en", "age_months")
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[-3:])
    assert "went wrong" not in shown, shown
    answers = await tg_answers(tg, chat)
    assert answers.get("name") == "Rex Jr", (typed, answers, shown)


async def test_a_korean_name_corrected_at_the_age_on_kakao(kakao: Server) -> None:
    """The Korean form already worked: kept."""
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("아 잠깐 콩순이요")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "콩순이", (answers, user.text)


def test_a_name_corrected_at_the_age_in_the_terminal(tmp_path: Path) -> None:
    """The terminal exited with status 1 on "wait no, Pepper Jr" (`_chat` checks the status)."""
    out = _chat(tmp_path, ["Pepper", "wait no, Pepper Jr", "2"], "--lang", "en", "--user", "p")
    assert "Pepper → Pepper Jr" in out or "Pepper Jr" in out.split("wait no")[-1], out
    assert "Is Pepper Jr a boy or a girl" in out, out


class _Failing:
    """An engine whose turns after the first raise: the terminal must go on."""

    def __init__(self) -> None:
        self.messages = Messages()
        self.default_locale = "en"
        self.turns = 0

    async def run(self, incoming: Any, **_: Any) -> Any:
        self.turns += 1
        if self.turns == 2:
            raise ValueError("could not convert string to float: 'No Jr'")
        return types.SimpleNamespace(locale="en", idle=True, replies=[])


async def test_a_failing_turn_does_not_end_the_terminal(tmp_path: Path) -> None:
    engine = _Failing()
    out = io.StringIO()
    chat = ConsoleChat(
        engine,  # type: ignore[arg-type]
        "u",
        locale_hint="en",
        stdin=io.StringIO("wait no, Pepper Jr\nhello\n"),
        stdout=out,
        files_dir=tmp_path,
    )
    await chat.run()
    assert engine.turns == 3, out.getvalue()  # the line after the failing one was still sent
    assert t("en", "console-error") in out.getvalue(), out.getvalue()


# -- 2. a fight between the owner's dogs, one bleeding ---------------------------------------------

FIGHTS = (
    "Rocky and Luna got into a fight over a bone and Luna is bleeding from her neck",
    "my two dogs had a fight and Luna is bleeding",
    "the dogs fought and Luna has a gash on her shoulder",
)
FIRST_AID = "rinse the wound"


def test_a_fight_with_a_wound_raises_the_bitten_dogs_note() -> None:
    checker = SafetyChecker(Messages())
    for text in FIGHTS:
        kinds = {f.kind.value for f in checker.check(text).flags}
        assert "dog_bitten" in kinds, (text, kinds)
    for text in ("Rocky and Luna play fight all day", "they had a fight over a toy, nobody got hurt"):
        kinds = {f.kind.value for f in checker.check(text).flags}
        assert not kinds, (text, kinds)


async def _kakao_idle(kakao: Server) -> Any:
    user = kakao.user(lang="en")
    await user.send("hi")
    await user.send("Rocky")
    await user.send("/cancel")
    return user


@pytest.mark.parametrize("typed", FIGHTS[:2])
async def test_a_fight_with_a_wound_gets_first_aid_on_kakao(kakao: Server, typed: str) -> None:
    user = await _kakao_idle(kakao)
    await user.send(typed)
    assert FIRST_AID in user.text, user.text


@pytest.mark.parametrize("typed", FIGHTS[:2])
async def test_a_fight_with_a_wound_gets_first_aid_on_telegram(tg: Harness, typed: str) -> None:
    chat = 16311 + FIGHTS.index(typed)
    await tg.say(chat, "hi", language_code="en")
    await tg.say(chat, "Rocky")
    await tg.say(chat, "/cancel")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert FIRST_AID in shown, shown


async def test_a_fight_with_a_wound_in_the_survey_gets_first_aid_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "age_months")
    await user.send(FIGHTS[1])
    assert FIRST_AID in user.text, user.text
    assert asked("en", "age_months") in user.text, user.text


# -- 3. "what do I do" after a red flag ------------------------------------------------------------

WHAT_NOW = {
    "ko": ("어떻게 해야 합니까??", "어떡해요??", "어떻게 해요?", "어떻게 해야 돼요?", "어찌해야 하나요"),
    "en": ("what do I do??", "what should I do now?"),
}
ATE = {"ko": "보리가 방금 초콜릿을 먹었어요", "en": "Bori just ate a chocolate bar"}
TOXIN_LINE = {"ko": "☎️", "en": "☎️"}


@pytest.mark.parametrize(("lang", "typed"), [(lang, w) for lang, ws in WHAT_NOW.items() for w in ws])
async def test_what_do_i_do_after_first_aid_shows_it_again_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(ATE[lang])
    assert TOXIN_LINE[lang] in user.text, user.text
    await user.send(typed)
    assert TOXIN_LINE[lang] in user.text, (typed, user.text)


@pytest.mark.parametrize(("lang", "typed"), [("ko", "어떻게 해야 합니까??"), ("en", "what should I do now?")])
async def test_what_do_i_do_after_first_aid_shows_it_again_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 16321 if lang == "ko" else 16322
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, ATE[lang])
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    assert TOXIN_LINE[lang] in shown, (typed, shown)


# -- 5. a senior dog wandering at night ------------------------------------------------------------

SENIOR_CARD = "🧠"


@pytest.mark.parametrize(
    ("lang", "name", "age", "typed"),
    [
        ("ko", "백구", "열두 살", "밤에 잠을 안 자고 집안을 계속 돌아다닙니다"),
        ("en", "Buddy", "12 years", "he roams the house at night"),
    ],
)
async def test_a_senior_wandering_at_night_gets_the_vet_card_on_kakao(
    kakao: Server, lang: str, name: str, age: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(name)
    await user.send(age)
    await user.send("/cancel")
    await user.send(typed)
    assert SENIOR_CARD in user.text, user.text


# -- 6. a goodbye in 하십시오체 -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["수고하십시오", "수고하셨습니다", "수고 많으셨습니다"])
async def test_a_formal_goodbye_gets_a_goodbye_on_kakao(kakao: Server, typed: str) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    await user.send("백구")
    await user.send("/cancel")
    await user.send(typed)
    assert t("ko", "talk-bye") in user.text, user.text
    assert "천만에요" not in user.text, user.text


async def test_a_formal_goodbye_gets_a_goodbye_on_telegram(tg: Harness) -> None:
    await tg.say(16331, "/start", language_code="ko")
    await tg.say(16331, "백구")
    await tg.say(16331, "/cancel")
    await tg.say(16331, "수고하십시오")
    assert t("ko", "talk-bye") in tg.last_text(16331), tg.last_text(16331)
