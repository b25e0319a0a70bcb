# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63: faults left from the last owner trial (trialleft63), each reproduced through a real
channel first (Kakao over the skill's HTTP, Telegram through the fake Bot API; the terminal where
it applies), Korean and English.

1. A bare number ("1", "2"; "1, 3" at a multi-choice question) where the options are shown with
   no number beside them got the generic re-ask. A bare number still picks only where numbers are
   shown (a bare "2" at the age is an age), but the re-ask names the option at that position and
   says how to pick it (`survey-position-unshown`).
2. "아 그리고 자전거는 특히 빨간 거에 더 그래요" after a report about barking at bicycles (its
   result shown: "add to the last report or new?"; English waiting: not understood): a message
   naming what the waiting report is about, with no time, no "again" and no red flag, is its
   detail (`understanding-subject-*`).
3. After a bite that broke the skin the plans wait for a professional, with no way to say one has
   seen the dog: "수의사한테 다녀왔어요", "a vet has seen her" is kept for the dog and lifts the hold;
   the hold's line says how. Also /week on Kakao lists the triggers analysed in the owner's
   current language only (stop 62 trialC's note).
4. At the name question the Korean "저희 강아지 때문에 도움을 좀 받고 싶어서 왔어요" got "no name
   caught", its English twin the survey's point (`survey-help-wanted`)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_surveyed
from tests.test_console import _chat
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import AGREED, _answers, kakao_owner, tg_owner
from tests.test_stop44_emergency import _all_plans
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (fixture)
from tests.test_trial_k2_meaning import tgo  # noqa: F401  (fixture)

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: object) -> str:
    return MESSAGES.format(locale, msg_id, **args)


# -- 1. a bare number where no number is shown ---------------------------------------------------

# (question, typed, the options' ids at those positions)
BARE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sex", "1", ("male_intact",)),
    ("size", "2", ("medium",)),
    ("origin", "3", ("shelter",)),
    ("worst_reaction", "2", ("growl",)),
    ("concerns", "1, 3", ("barking", "leash_reactivity")),
)


def _option(lang: str, key: str, value: str) -> str:
    msg = f"category-{value}" if key == "concerns" and value != "none" else f"survey-opt-{key}-{value}"
    return t(lang, msg)


def _said(lang: str, key: str, typed: str, ids: tuple[str, ...]) -> str:
    from dogcoach.domain.survey import BY_KEY

    q = BY_KEY[key]
    positions = ", ".join(t(lang, "survey-position-unshown-one", n=q.options.index(i) + 1) for i in ids)
    labels = ", ".join(f"'{_option(lang, key, i)}'" for i in ids)
    return t(lang, "survey-position-unshown", typed=typed, positions=positions, labels=labels, count=len(ids))


def _no_tap(text: str) -> None:
    for word in ("tap", "button", "누르", "버튼"):
        assert word not in text.lower(), text


async def test_a_bare_number_names_the_option_at_it_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        for key, typed, ids in BARE:
            user = await kakao_at(kakao, lang, key)
            await user.send(typed)
            said = _said(lang, key, typed, ids)
            assert said in user.text, (lang, key, user.text)
            _no_tap(said)
            assert asked(lang, key) in user.text, (lang, key, user.text)  # asked again
            assert key not in await kakao_answers(kakao, user.key), (lang, key)  # nothing stored


async def test_a_bare_number_names_the_option_at_it_on_telegram(tg: Harness) -> None:
    chat = 63100
    for lang in ("ko", "en"):
        for key, typed, ids in BARE:
            chat += 1
            await tg_at(tg, chat, lang, key)
            await tg.say(chat, typed)
            text = "\n".join(tg.sent(chat)[-3:])
            assert _said(lang, key, typed, ids) in text, (lang, key, text)
            assert asked(lang, key) in tg.last_text(chat), (lang, key, text)
            assert key not in await tg_answers(tg, chat), (lang, key)


async def test_a_position_said_as_one_still_picks_on_kakao(kakao: Server) -> None:
    """Guard: "2번" and "option 2" pick the second option; a bare "2" at the age is an age."""
    for lang, typed in (("ko", "2번"), ("en", "option 2")):
        user = await kakao_at(kakao, lang, "size")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key)).get("size") == "medium", (lang, user.text)
        user = await kakao_at(kakao, lang, "age_months")
        await user.send("2")
        assert asked(lang, "age_months") not in user.text or "2" in user.text, user.text


# -- 4. help wanted said politely at the name -----------------------------------------------------

HELP = {
    "ko": ("저희 강아지 때문에 도움을 좀 받고 싶어서 왔어요", "강아지 때문에 도움 받고 싶어서요"),
    "en": ("I came because I want some help with my dog", "hi, i need some help with my dog"),
}


async def test_help_wanted_said_politely_at_the_name_on_kakao(kakao: Server) -> None:
    for lang, texts in HELP.items():
        for text in texts:
            user = await kakao_at(kakao, lang, "name")
            await user.send(text)
            assert t(lang, "survey-help-wanted") in user.text, (lang, text, user.text)


async def test_help_wanted_said_politely_at_the_name_on_telegram(tg: Harness) -> None:
    chat = 63200
    for lang, texts in HELP.items():
        for text in texts:
            chat += 1
            await tg_at(tg, chat, lang, "name")
            await tg.say(chat, text)
            shown = "\n".join(tg.sent(chat)[-3:])
            assert t(lang, "survey-help-wanted") in shown, (lang, text, shown)


# -- 2. what the waiting report is about, named again ----------------------------------------------

ABOUT = {
    "ko": ("콩이가 산책할 때 자전거 보면 엄청 짖어요", "아 그리고 자전거는 특히 빨간 거에 더 그래요"),
    "en": ("rex barks like crazy at bicycles on our walks", "oh and the bikes, mostly the red ones"),
}
RESULT = {"ko": "결과", "en": "result"}


async def test_the_reported_thing_named_again_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, (told, more) in ABOUT.items():
        for shown in (True, False):
            fake_ollama.behaviour.delay = 0.0 if shown else 3.0
            user = await kakao_owner(kakao, lang)
            await user.send(told)
            if shown:
                await asyncio.sleep(1.5)
                await user.send(RESULT[lang])
            await user.send(more)
            assert t(lang, "analysis-followup-which") not in user.text, (lang, shown, user.text)
            reports = await _kakao_reports(kakao, user.key)
            assert len(reports) == 1 and more in reports[0].text, (lang, shown, user.text, reports)


async def test_the_reported_thing_named_again_is_detail_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 63300
    for lang, (told, more) in ABOUT.items():
        for shown in (True, False):
            chat += 1
            fake_ollama.behaviour.delay = 0.0 if shown else 3.0
            await tg_owner(tgo, chat, lang)
            before = len(tgo.sent(chat))
            await tgo.say(chat, told)
            if shown:
                title = t(lang, "analysis-title-pending")
                await eventually(lambda c=chat, b=before, ti=title: any(ti in x for x in tgo.sent(c)[b:]))  # type: ignore[misc]
            await tgo.say(chat, more)
            text = "\n".join(tgo.sent(chat)[before:])
            assert t(lang, "analysis-followup-which") not in text, (lang, shown, text)
            reports = await _tg_reports(tgo, chat)
            assert len(reports) == 1 and more in reports[0].text, (lang, shown, text, reports)


GUARD_NEW = {
    "ko": "어제 자전거 보고 또 짖었어요",
    "en": "he bit a cyclist yesterday and there was blood",
}


async def test_the_reported_thing_with_a_time_or_a_bite_stays_its_own_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Guard: named again with a time and "again", or with a bite that bled: never detail."""
    fake_ollama.behaviour.delay = 3.0
    for lang, (told, _more) in ABOUT.items():
        user = await kakao_owner(kakao, lang)
        await user.send(told)
        await user.send(GUARD_NEW[lang])
        reports = await _kakao_reports(kakao, user.key)
        assert all(GUARD_NEW[lang] not in r.text or r.text.startswith(GUARD_NEW[lang]) for r in reports), (
            reports
        )


# -- 3. a professional has seen the dog: the bite's hold lifted ------------------------------------

BLOOD = {
    "ko": "콩이가 산책중에 다른개보고 물어서 피가났어요 상대견주가 화내요",
    "en": "rex bit another dog at the park and it was bleeding",
}
NEXT = {
    "ko": "콩이가 손님만 오면 현관에서 계속 짖어요",
    "en": "rex barks at the door every time a guest comes in",
}
SEEN = {
    "ko": ("수의사한테 다녀왔어요", "행동전문가 상담 받았어요"),
    "en": ("a vet has seen her", "we saw a behaviourist"),
}
DOG = {"ko": "콩이", "en": "Rex"}


async def _kakao_analysed(user: Any, fake: FakeOllama, typed: str) -> list[str]:
    before = _model_calls(fake)
    await user.send(typed)
    await eventually(lambda: _model_calls(fake) > before)
    await asyncio.sleep(0.3)
    shown = list(user.texts)
    await user.send("/result")
    return [*shown, *user.texts]


async def test_a_professional_seen_lifts_the_bite_hold_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        for seen in SEEN[lang]:
            user = await kakao_owner(kakao, lang)
            bite = "\n".join(await _kakao_analysed(user, fake_ollama, BLOOD[lang]))
            assert t(lang, "coaching-plan-bite", bitten="other") in bite, bite  # says how to lift it
            await user.send(seen)
            assert t(lang, "coaching-plan-bite-lifted", name=DOG[lang]) in user.text, (lang, seen, user.text)
            await user.send(t(lang, "analysis-followup-skip"))
            after = "\n".join(await _kakao_analysed(user, fake_ollama, NEXT[lang]))
            assert t(lang, "coaching-plan-bite-held") not in after, after
            async with open_store(kakao.settings.database_url) as store:
                assert await _all_plans(store, "kakao", user.key) != [], after


async def test_a_professional_seen_lifts_the_bite_hold_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    kinds = ("message", "edit_text")
    for chat, lang in ((63401, "ko"), (63402, "en")):
        (tmp_path / lang).mkdir()
        async with tg_surveyed(fake_telegram, fake_ollama, tmp_path / lang, chat, lang) as tg:
            line = t(lang, "coaching-plan-bite", bitten="other")
            await tg.say(chat, BLOOD[lang])
            await eventually(lambda c=chat, x=line: any(x in m for m in tg.sent(c, kinds)), within=30)  # type: ignore[misc]
            await tg.say(chat, SEEN[lang][0])
            lifted = t(lang, "coaching-plan-bite-lifted", name=DOG[lang])
            assert any(lifted in m for m in tg.sent(chat, kinds)), tg.sent(chat, kinds)[-3:]
            await tg.say(chat, t(lang, "analysis-followup-skip"))
            before = _model_calls(fake_ollama)
            await tg.say(chat, NEXT[lang])
            await eventually(lambda b=before: _model_calls(fake_ollama) > b)  # type: ignore[misc]
            await asyncio.sleep(1.5)
            sent = tg.sent(chat, kinds)
            assert not any(t(lang, "coaching-plan-bite-held") in m for m in sent), sent
            assert await _all_plans(tg.rt.store, "telegram", str(chat)) != [], sent


async def test_the_bite_hold_is_said_with_how_to_lift_it_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """The terminal: a bite, then the vet told, then another report: that report's plan is set."""
    for lang in ("ko", "en"):
        lines = [
            *_answers(lang, "female"),
            AGREED[lang],
            BLOOD[lang],
            SEEN[lang][0],
            "/skip",
            NEXT[lang],
            BYE[lang],
        ]
        out = _term(tmp_path, fake_ollama, lang, lines, f"bitehold{lang}")
        assert t(lang, "coaching-plan-bite-lifted", name=DOG[lang]) in out, out
        assert t(lang, "coaching-plan-bite-held") not in out, out


# -- /week on Kakao lists the triggers of the owner's language (stop 62 trialC's note) --------------

SWITCH = {"ko": "English", "en": "한국어"}
BACK = {"ko": "한국어", "en": "English"}
OTHER = {"ko": "en", "en": "ko"}
UNNAMED = {
    "ko": "손님만 오면 현관에서 계속 짖어요",
    "en": "she barks at the door every time a guest comes in",
}


async def test_the_week_lists_a_trigger_once_after_a_language_switch_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        user = await kakao_owner(kakao, lang)
        for say, written in ((SWITCH[lang], OTHER[lang]), (BACK[lang], lang)):
            await user.send(say)
            await _kakao_analysed(user, fake_ollama, UNNAMED[written])
            await user.send(t(written, "analysis-followup-skip"))
        await user.send("/week")
        week = "\n".join(user.texts)
        heading = t(lang, "week-antecedents")
        assert heading in week, week
        listed = week[week.index(heading) :].split("\n\n")[0]
        assert listed.count("\n• ") == 1, week  # one trigger, in the owner's language
        assert t(lang, "week-antecedents-elsewhere", language=OTHER[lang], count=1) in week, week


HERE = str(Path(__file__).resolve().parent.parent)  # this tree's code, not the installed one
BYE = {"ko": "종료", "en": "bye"}


def _term(tmp_path: Path, fake: FakeOllama, lang: str, lines: list[str], user: str) -> str:
    env = {"OLLAMA_HOST": fake.url, "PYTHONPATH": HERE + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cwd = tmp_path / user
    cwd.mkdir()
    return _chat(cwd, lines, "--lang", lang, "--user", user, env_extra=env, timeout=120)
