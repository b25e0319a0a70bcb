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
4. At the name question the Korean "저희 강아지 때문에 도움을 좀 받고 싶어서 왔어요" got "no name
   caught", its English twin the survey's point (`survey-help-wanted`)."""

from __future__ import annotations

import asyncio

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
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
