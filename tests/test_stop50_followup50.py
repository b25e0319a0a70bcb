# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 50 owner trials (helper followup50): what follows a check-in's question, each reproduced
through a real channel first (Kakao pushed through the Event API, Telegram pushed), Korean and
English, what was stored and replied read back.

2. After "Anything to add?", a new incident ("he stands in corners at night staring at the wall and
   doesnt seem to know where he is") was stored as the check-in's note and as a report, its
   cognitive-signs card shown, then "📝 Noted — thank you for telling me!". It is its own report
   (with its safety card, analysed); the note is skipped (`checkins.handle`). Since stop 47 (a
   dated incident) and held-out 5 (a bite with blood) it had been both.

4. A mixed answer at "how did it go?" ("반반? 어제는 괜찮았는데 오늘은 또 짖었어요", then "ㅠㅠ",
   then "그대로인듯"): asked which one overall, the question twice in a row, and the note stored
   only "그대로인듯" (the first message's detail lost). Better and worse at once is now "the
   same", its words the note, said so (`coaching-checkin-read-mixed`), and "anything to add?"
   follows; "better" typed at the note still changes it.
5. Held-out 6: "nah thats all" at "anything to add?" was kept as the note. A no-word before
   "that's all" is nothing to add (`coaching-checkin-note-skip` gains "nah", "naw", "nope");
   "없어요 그게 다에요" was already read so and is held here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import kakao_answered, tg_answered
from tests.test_checkins_channels import push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import REPORT, STEP, _kakao_pushed, _telegram_plan

# -- 4. better and worse at once: the same, its words the note --------------------------------

MIXED = [
    ("ko", "반반? 어제는 괜찮았는데 오늘은 또 짖었어요"),
    ("ko", "좋아졌다가 다시 심해졌어요"),
    ("ko", "반반이요"),
    ("en", "half and half"),
    ("en", "better at first, then worse again"),
    ("en", "mixed tbh, good days and bad days"),
]


@pytest.mark.parametrize(("lang", "text"), MIXED)
async def test_a_mixed_answer_is_the_same_with_its_words_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        assert owner.texts[0] == t(lang, "coaching-checkin-read-mixed"), owner.texts
        assert t(lang, "coaching-checkin-question", text=STEP[lang]) not in owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        assert await kakao_answered(srv, owner.key) == [("same", text)]


async def test_the_trials_mixed_answer_then_a_sigh_then_the_same_keeps_every_word_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """The trial's order on Telegram: the mixed answer, "ㅠㅠ", "그대로인듯"; the first message's
    detail was lost and the question asked twice."""
    chat = 7450
    first = "반반? 어제는 괜찮았는데 오늘은 또 짖었어요"
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, "ko") as tg:
        await push_checkin(tg, chat, "ko", STEP["ko"])
        asked = len(tg.sent(chat))
        await tg.say(chat, first, language_code="ko")
        await eventually(lambda: t("ko", "coaching-checkin-note") in tg.sent(chat)[asked:])
        assert t("ko", "coaching-checkin-read-mixed") in tg.sent(chat)[asked:]
        for said in ("ㅠㅠ", "그대로인듯"):
            await tg.say(chat, said, language_code="ko")
            await asyncio.sleep(0.5)
        question = t("ko", "coaching-checkin-question", text=STEP["ko"])
        assert question not in tg.sent(chat)[asked:], tg.sent(chat)[asked:]
        rows = await tg_answered(tg, chat)
        assert len(rows) == 1 and rows[0][0] == "same", rows
        assert rows[0][1] is not None and rows[0][1].startswith(first), rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_mixed_answer_is_the_same_with_its_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 7451
    text = {"ko": "좋아졌다가 다시 심해졌어요", "en": "mixed tbh, good days and bad days"}[lang]
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        assert t(lang, "coaching-checkin-read-mixed") in tg.sent(chat)
        assert await tg_answered(tg, chat) == [("same", text)]


# -- 5. a no-word before "that's all" at "anything to add?": nothing to add --------------------

OUTCOME = {"ko": "좋아졌어요", "en": "better"}
NOTHING = [
    ("en", "nah thats all"),
    ("en", "nah thats it"),
    ("en", "naw nothing else"),
    ("ko", "없어요 그게 다에요"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
async def test_nothing_to_add_is_no_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(OUTCOME[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(text)
        assert owner.texts == [t(lang, "coaching-checkin-note-skipped")], owner.texts
        assert await kakao_answered(srv, owner.key) == [("better", None)]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
async def test_nothing_to_add_is_no_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7452
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, OUTCOME[lang], language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note-skipped") in tg.sent(chat))
        assert t(lang, "coaching-checkin-note-saved") not in tg.sent(chat)
        assert await tg_answered(tg, chat) == [("better", None)]


# -- 2. a new incident at "anything to add?": its own report, not the note ---------------------

CORNERS = [
    ("en", "he stands in corners at night staring at the wall and doesnt seem to know where he is"),
    ("ko", "요즘 밤마다 구석에 서서 벽을 멍하니 쳐다봐요"),
]


@pytest.mark.parametrize(("lang", "text"), CORNERS)
async def test_a_new_incident_at_the_note_is_a_report_not_the_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(OUTCOME[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        said = "\n".join(owner.texts)
        assert t(lang, "safety-cognitive") in said, owner.texts
        assert t(lang, "coaching-checkin-note-saved") not in said, owner.texts
        assert await kakao_answered(srv, owner.key) == [("better", None)]
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], text]
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # analysed


@pytest.mark.parametrize(("lang", "text"), CORNERS)
async def test_a_new_incident_at_the_note_is_a_report_not_the_note_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7453
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, OUTCOME[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: any(t(lang, "safety-cognitive") in s for s in tg.sent(chat)))
        await asyncio.sleep(0.5)
        assert t(lang, "coaching-checkin-note-saved") not in tg.sent(chat), tg.sent(chat)[-3:]
        assert await tg_answered(tg, chat) == [("better", None)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], text]
