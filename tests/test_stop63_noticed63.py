# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63, helper noticed63: faults noticed at stop 62 and left, each reproduced through a real
channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English, then fixed as a kind (corpus batches 695-697).

1. A photo's caption telling a behaviour: with nothing open it was already the report (kept as a
   guard, Kakao and Telegram); at the concerns on Kakao, which says "a photo", it was the photo and
   the behaviour lost ("또 여기다 쉬했어요ㅠㅠ", "he peed here again ugh"), at a check-in's note too
   (corpus only): now read as typed there, the concern ticked, the note kept.
2. "lol rex farted and scared himself" (analysed, "scared" read as fear), "콩이 재채기하다 지가
   놀람ㅋㅋ" (noise): the dog startled by itself, laughed at, nothing else it did, is laughter.
3. Longer phrasings: a reminder at a moment of the day asked ("can you ping me every day when it
   is time for his walk?": a question for the coach) is `reminders`; back late in a long message
   ("sorry been slammed at work, only seeing this now": noise) is `resume`.
4. The household: "저랑 남편 둘이요 남편은 주말에만 있어요" was asked again (the husband counted
   twice); a part-time person is told as one who visits, counted once.
6. At the concerns a bite whose harm is denied ("물었는데 피는 안 났어요": mouthing; "he bit me
   but there was no blood": a report) ticks the aggression toward people.
8, 9. The correction reader: "나이트 근무 끝나고 3시간 잤어요" was an age correction ("나이" inside
   "나이트"), "we got out this morning for a walk" a correction of the walks; these two never
   changed the profile (their tests pass before), the corpus rows hold the reading.
5. At the hours alone with a report waiting, the usual amount then the moment's ("보통 5시간이고
   그날은 30분이었어요", "usually 6 hours, that day only 30 min"): the usual stored, the moment's
   words dropped; now added to the report (written after the fix, not run before it).
Not done here: a baby at the household, the add-or-new prompt's
language, a rename offer answered with something else, the health question's bite (see report).

First run at 5d240a6e (main, this file as committed): 19 of 35 failed (the night/walk and the
Telegram caption tests and the guards passed).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_dogs_answers, kakao_photo, tg_dogs_answers, tg_settings, tg_surveyed, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, tg  # noqa: F401  (`tg`)

# -- 1. a photo whose caption tells a behaviour ------------------------------------------------------

# (lang, caption, a report): a caption that tells what the dog did is the report; one that only
# talks about the photo stays the photo.
CAPTIONED = (
    ("ko", "또 여기다 쉬했어요ㅠㅠ", True),
    ("en", "he chewed this while I was out", True),
    ("ko", "콩이 자는거ㅋㅋ 귀엽지", False),
    ("en", "look at him sleeping lol so cute", False),
)


@pytest.mark.parametrize(("lang", "caption", "report"), CAPTIONED)
async def test_a_caption_telling_a_behaviour_is_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, caption: str, report: bool
) -> None:
    user = await kakao_owner(kakao, lang)
    said = await kakao_photo(kakao, user.key, caption, lang)
    await asyncio.sleep(0.3)
    kept = _kept(await _kakao_reports(kakao, user.key))
    if report:
        assert kept == [caption], said
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        assert t(lang, "unsupported-input") not in said, said
    else:
        assert kept == [], said
        assert _model_calls(fake_ollama) == 0, said


@pytest.mark.parametrize(("lang", "caption", "report"), CAPTIONED)
async def test_a_caption_telling_a_behaviour_is_the_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    caption: str,
    report: bool,
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 63100 + [c for _, c, _ in CAPTIONED].index(caption)
        await tg_owner(tg, chat, lang)
        before = len(tg.sent(chat))
        result = await tg.fake.deliver_photo(chat, caption=caption, language_code=lang)
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        shown = tg.sent(chat)[before:]
        await asyncio.sleep(0.3)
        kept = _kept(await _tg_reports(tg, chat))
        if report:
            assert kept == [caption], shown
            await eventually(lambda: _model_calls(fake_ollama) >= 1)
            assert t(lang, "unsupported-input") not in shown, shown
        else:
            assert kept == [], shown


# -- 1b. a caption telling a behaviour at the concerns (Kakao says "a photo": it was the photo) -----

DONE = {"ko": "완료", "en": "done"}
# (lang, caption at the concerns, the concern it ticks)
CAPTION_AT_CONCERNS = (
    ("ko", "또 여기다 쉬했어요ㅠㅠ", "house_soiling"),
    ("en", "he peed here again ugh", "house_soiling"),
)


@pytest.mark.parametrize(("lang", "caption", "concern"), CAPTION_AT_CONCERNS)
async def test_a_caption_at_the_concerns_ticks_its_concern_on_kakao(
    kakao: Server, lang: str, caption: str, concern: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    said = await kakao_photo(kakao, user.key, caption, lang)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert concern in (answers.get("concerns") or []), (said, answers)


async def test_a_caption_at_the_concerns_ticks_its_concern_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, caption, concern) in enumerate(CAPTION_AT_CONCERNS, 631200):
        await tg_at(tg, chat, lang, "concerns")
        await tg.fake.deliver_photo(chat, caption=caption, language_code=lang)
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, DONE[lang])
        got = (await tg_answers(tg, chat)).get("concerns") or []
        if concern not in got:
            bad.append((caption, got))
    assert not bad, bad


# -- 2, 3, 8, 9. said with nothing open: no report, no correction -----------------------------------

# (kind, lang) → typed with nothing open
IDLE: dict[tuple[str, str], str] = {
    ("startled", "en"): "lol rex farted and scared himself",
    ("startled", "ko"): "콩이 재채기하다 지가 놀람ㅋㅋ",
    ("reminder", "en"): "can you ping me every day when it is time for his walk?",
    ("reminder", "ko"): "혹시 매일 저녁 산책 시간 되면 저한테 알림 좀 보내주실 수 있을까요?",
    ("back-late", "en"): "sorry been slammed at work, only seeing this now",
    ("back-late", "ko"): "죄송해요 회사일이 너무 바빠서 이제서야 봤어요 ㅠㅠ",
    ("night", "ko"): "나이트 근무 끝나고 3시간 잤어요",
    ("walk", "en"): "we got out this morning for a walk",
}
# read as "we went out for a walk this morning" already was (the hint to describe a behaviour):
# no better reply is made for it here, only no correction
HINTED = {("walk", "en")}


@pytest.mark.parametrize(("kind", "lang"), list(IDLE))
async def test_said_with_nothing_open_is_no_report_nor_correction_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    text = IDLE[kind, lang]
    user = await kakao_owner(kakao, lang)
    before = await kakao_dogs_answers(kakao, user.key)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == 0, user.text
    assert await kakao_dogs_answers(kakao, user.key) == before, user.text
    if (kind, lang) not in HINTED:
        assert t(lang, "noise-hint")[:20] not in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(IDLE))
async def test_said_with_nothing_open_is_no_report_nor_correction_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    text = IDLE[kind, lang]
    chat = 63300 + list(IDLE).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = await tg_dogs_answers(tg, chat)
        shown = await tg_typed(tg, chat, text)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == 0, shown
        assert await tg_dogs_answers(tg, chat) == before, shown
        if (kind, lang) not in HINTED:
            assert t(lang, "noise-hint")[:20] not in shown, shown


# guards: a real report with a laugh stays one
LAUGHED_REPORTS = (("en", "lol he bit the mailman again"), ("ko", "ㅋㅋ 콩이 또 신발 물어뜯음"))


@pytest.mark.parametrize(("lang", "text"), LAUGHED_REPORTS)
async def test_a_report_with_a_laugh_stays_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(text)
    assert _kept(await _kakao_reports(kakao, user.key)) == [text], user.text


# -- 4. the household: a person counted once, a part-time one too -----------------------------------

HOUSEHOLD = (
    ("ko", "저랑 남편 둘이요 남편은 주말에만 있어요", 2),
    ("en", "me and my husband, 2, he is only home on weekends", 2),
)


@pytest.mark.parametrize(("lang", "typed", "want"), HOUSEHOLD)
async def test_a_part_time_person_is_counted_once_on_kakao(
    kakao: Server, lang: str, typed: str, want: int
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == want, (typed, answers, user.text)


async def test_a_part_time_person_is_counted_once_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, typed, want) in enumerate(HOUSEHOLD, 631400):
        await tg_at(tg, chat, lang, "household")
        said = await tg_typed(tg, chat, typed)
        got = (await tg_answers(tg, chat)).get("household")
        if got != want:
            bad.append((typed, got, said))
    assert not bad, bad


# -- 6. a bite with no harm at the concerns is the aggression ---------------------------------------

BITTEN = (
    ("ko", "물었는데 피는 안 났어요"),
    ("en", "he bit me but there was no blood"),
)


@pytest.mark.parametrize(("lang", "typed"), BITTEN)
async def test_a_bite_with_no_harm_at_the_concerns_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert "aggression_people" in (answers.get("concerns") or []), (typed, answers, user.text)
    assert "mouthing" not in (answers.get("concerns") or []), (typed, answers)
    assert await kakao_reports(kakao, user.key) == [], user.text


async def test_a_bite_with_no_harm_at_the_concerns_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, typed) in enumerate(BITTEN, 631500):
        await tg_at(tg, chat, lang, "concerns")
        said = await tg_typed(tg, chat, typed)
        await tg.say(chat, DONE[lang])
        got = (await tg_answers(tg, chat)).get("concerns") or []
        reports = await tg_reports(tg, chat)
        if "aggression_people" not in got or "mouthing" in got or reports:
            bad.append((typed, got, reports, said))
    assert not bad, bad


# -- 5. the usual hours, then the moment's, while a report waits ------------------------------------

# (lang, the report, typed at the hours alone, the moment's words added to the report)
USUAL_THEN_MOMENT = (
    ("ko", "콩이가 혼자 있을 때 계속 짖었대요", "보통 5시간이고 그날은 30분이었어요", "그날은 30분"),
    (
        "en",
        "Rex barked the whole time he was alone yesterday",
        "usually 6 hours, that day only 30 min",
        "that day",
    ),
)


@pytest.mark.parametrize(("lang", "report", "typed", "moment"), USUAL_THEN_MOMENT)
async def test_the_usual_hours_then_the_moments_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, typed: str, moment: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    fake_ollama.behaviour.delay = 5.0
    await user.send(report)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") == float(typed.split()[1].rstrip("시간이고")), (answers, user.text)
    kept = await kakao_reports(kakao, user.key)
    assert any(moment in r for r in kept), (kept, user.text)
