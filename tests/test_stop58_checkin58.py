# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 58, helper checkin58: the reverted checkin57 work (stop 57, reverted at 6d813218: closing the
note prompt after every other turn broke asking the step at the note, tests/test_stop44_checkins.py)
redone, each fault reproduced through a real channel first (Kakao over the skill's HTTP, Telegram over
the fake Bot API), Korean and English, what was stored read back (corpus batches 574-576).

1. Outcomes typed as they sound: "좀낳아졌어요" (낳 for 나) was news, "아직않해봤어요 이번주에 할께요"
   (않, 께) not understood; "오 확실히 덜 땡겨요" at a pulling plan a new report sent to the model.
   Now the spellings by sound are vocabulary (`understanding-by-sound-*` in ko/understanding.ftl,
   read as spelt by `Understander._spelt`), and "덜" before a behaviour's verb is better.
2. "It is a little better. However on Sunday she growled at my neighbour …": better, the growling
   lost. A weekday said as the day it happened dates it (`understanding-time-anchor`): a report too.
3. At "anything to add?": "없습니다 감사합니다 수고하세요", "Nothing further. Thank you …" were kept as
   the note; "nothing to add but i have a question comma is a raw bone … ok for him" was the note.
   Now thanks after "nothing" close it, a question after it is the question
   (`Understander._note_nothing_then`).
4. Trial fault 14: the note prompt came back after unrelated turns (an old result's tap, the dog
   list) and after its dog was removed. Now it is asked again only after a turn about the check-in
   (its step, the week, the progress, help: `checkins._about_the_checkin`) with the check-in still
   there; otherwise closed (`checkins.close_note_moved_on` for a view that asks nothing again).
   Asking the step at the note still shows it, the note still open. A removed dog's check-in is
   gone, so its note is closed too (`checkins.reprompt`); not reproduced here: these fixtures' owners
   report with no dog profile to remove.
5. "its gotten a bit better, no acidents yesterday" was a correction of the age, "acidents" read as
   a dog's name; a behaviour word typo'd is no correction (`corrections._correction`).

First run at 02a85b14 (main, before the fix): 28 of these 32 failed; the two English outcomes of 1
(guards) and the two step-at-the-note tests of 4 (stop 44's behaviour, kept) passed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_reports import SHOW_RESULT
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

# -- 1. outcomes in words: spelt by sound, told with a day ---------------------------------------

OUTCOMES = (
    ("ko", "좀낳아졌어요 어제는 실수안했어요", "better"),
    ("ko", "아직않해봤어요 이번주에 할께요", "not_tried"),
    ("ko", "오 확실히 덜 땡겨요 ㅋㅋ 어제는 삼십분 동안 한번도 안땡김 대박", "better"),
    ("ko", "줄 덜 당겨요 어제는 한번도 안 당겼어요", "better"),
    ("en", "a bit beter, he barks less now lol, zero barking yesterday", "better"),
    ("en", "havent tryed it yet, will do it this weekend", "not_tried"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "outcome"), OUTCOMES)
async def test_an_outcome_in_words_is_kept_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    # the Korean ones failed at 02a85b14 (news / asked again / a report); English: guards
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        # the words kept as read: a spelling by sound stored as spelt ("좀나아졌어요 …")
        assert [o for o, _words in _answered(rows)] == [outcome], owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text", "outcome"), OUTCOMES[:3])
async def test_an_outcome_in_words_is_kept_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 5801
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _words in _answered(rows)] == [outcome], tg.sent(chat)[-3:]
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. better, and a new incident on a weekday -----------------------------------------------------

HOWEVER = (
    (
        "en",
        "It is a little better. However on Sunday she growled at my neighbour when he bent down to "
        "pet her, which she has never done.",
    ),
    ("ko", "좀 나아졌어요 그런데 일요일에 이웃 아저씨가 쓰다듬으려니까 으르렁댔어요 처음이에요"),
)


@pytest.mark.parametrize(("lang", "text"), HOWEVER)
async def test_better_and_a_weekday_incident_is_a_report_too_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        for _ in range(40):
            if len(await _kakao_reports(srv, owner.key)) == 2:
                break
            await asyncio.sleep(0.1)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [r.outcome for r in rows if r.status == "answered"] == ["better"], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 2, owner.texts  # the growling kept


@pytest.mark.parametrize(("lang", "text"), HOWEVER)
async def test_better_and_a_weekday_incident_is_a_report_too_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 5802
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)

        async def two() -> bool:
            return len(await _tg_reports(tg, chat)) == 2

        for _ in range(40):
            if await two():
                break
            await asyncio.sleep(0.1)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [r.outcome for r in rows if r.status == "answered"] == ["better"], tg.sent(chat)[-3:]
        assert await two(), tg.sent(chat)[-3:]


# -- 3. "nothing to add" and then thanks, or a question -----------------------------------------------

BETTER = {"ko": "좋아졌어요", "en": "better"}
NOTHING_THANKS = (
    ("ko", "없습니다 감사합니다 수고하세요"),
    ("ko", "딱히 없습니다 그동안 정말 감사했습니다"),
    ("en", "Nothing further. Thank you so much for your help, it has made a real difference. Margaret"),
    ("en", "nothing further, thanks so much for all your help"),
)  # fmt: skip
NOTHING_ASKED = (
    ("en", "nothing to add but i have a question comma is a raw bone from the butcher ok for him"),
    ("ko", "없어요 근데 하나 여쭤볼게요 생뼈 줘도 되나요?"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOTHING_THANKS)
async def test_nothing_then_thanks_closes_the_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(BETTER[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(text)
        assert owner.texts == [t(lang, "coaching-checkin-note-skipped")], owner.texts
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", None)]


@pytest.mark.parametrize(("lang", "text"), NOTHING_THANKS[::2])
async def test_nothing_then_thanks_closes_the_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 5803
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, BETTER[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        before = len(tg.sent(chat))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before)
        assert tg.sent(chat)[before:] == [t(lang, "coaching-checkin-note-skipped")]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", None)]


@pytest.mark.parametrize(("lang", "text"), NOTHING_ASKED)
async def test_nothing_then_a_question_is_the_question_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(BETTER[lang])
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls + 1, owner.texts  # the coach answers it
        assert t(lang, "coaching-checkin-note") not in owner.texts  # not asked again
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", None)]
        await owner.send("산책은 하루 두 번 해요" if lang == "ko" else "we walk twice a day")
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", None)]  # the note closed: the next message no note


@pytest.mark.parametrize(("lang", "text"), NOTHING_ASKED[:1])
async def test_nothing_then_a_question_is_the_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 5804
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, BETTER[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) == calls + 1)
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", None)]


# -- 4. the note asked again only after a turn about the check-in --------------------------------

WORDS = {"ko": "좀 나아졌어요 어제는 한번만 짖었어요", "en": "a bit better, he only barked once yesterday"}
LATER = {"ko": "요즘 새 방석을 좋아해요", "en": "she loves her new bed lately"}
DOGS = {"ko": "강아지 목록", "en": "my dogs"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_note_is_not_asked_again_after_an_old_tap_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    # failed at 02a85b14: the note prompt again under the old result's tap
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(WORDS[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(t(lang, "analysis-show-result"), extra={"choice": SHOW_RESULT})
        assert t(lang, "coaching-checkin-note") not in owner.texts, owner.texts
        await owner.send(LATER[lang])
        assert t(lang, "coaching-checkin-note") not in owner.texts, owner.texts
        await asyncio.sleep(0.2)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", WORDS[lang])]  # the later words no note


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_note_is_not_asked_again_after_the_dog_list_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    # failed at 02a85b14: the note prompt again under the dog list (trial fault 14)
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(WORDS[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(DOGS[lang])
        assert t(lang, "coaching-checkin-note") not in owner.texts, owner.texts
        await owner.send(LATER[lang])
        await asyncio.sleep(0.2)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", WORDS[lang])]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_note_is_not_asked_again_after_a_view_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    # failed at 02a85b14: the note prompt again under the dog list
    chat = 5805
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, WORDS[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        before = len(tg.sent(chat))
        await tg.say(chat, "/profile", language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before)
        await asyncio.sleep(0.3)
        assert t(lang, "coaching-checkin-note") not in tg.sent(chat)[before:], tg.sent(chat)[before:]
        await tg.say(chat, LATER[lang], language_code=lang)
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", WORDS[lang])]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_step_asked_at_the_note_keeps_it_open_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    # passed at 02a85b14 (stop 44's behaviour, kept): the step shown, the note asked again
    asked = {"ko": "뭐 하라고 하셨죠?", "en": "what was the plan again"}
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(BETTER[lang])
        await owner.send(asked[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(LATER[lang])
        await asyncio.sleep(0.2)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", LATER[lang])]


# -- 5. a behaviour word typo'd beside an outcome ----------------------------------------------------

TYPO_NOUN = "its gotten a bit better, no acidents yesterday"


async def test_a_typod_behaviour_beside_better_is_better_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    # failed at 02a85b14: a correction of the age ("acidents" the dog's name)
    async with kakao_due(fake_ollama, tmp_path, "en", shown=True) as (srv, owner):
        await owner.send(TYPO_NOUN)
        assert owner.texts[-1] == t("en", "coaching-checkin-note"), owner.texts
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", TYPO_NOUN)]


async def test_a_typod_behaviour_beside_better_is_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    # failed at 02a85b14: a correction of the age
    chat = 5806
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, "en") as tg:
        await push_checkin(tg, chat, "en", STEP["en"])
        await tg.say(chat, TYPO_NOUN, language_code="en")
        await eventually(lambda: tg.sent(chat)[-1] == t("en", "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", TYPO_NOUN)]
