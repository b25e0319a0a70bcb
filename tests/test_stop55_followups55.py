# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 55, helper followups55: held-out batch 11's misreadings while a result's follow-up question
is open or a report waits, each reproduced through a real channel (Kakao skill webhook, Telegram
over the fake Bot API), Korean and English, what was stored and said read back (corpus batches
503-506).

1. "모르겠어요ㅠ 회사에 있어서 못봤어" at "what happened right before?" was stored as the answer (its
   "봤" an antecedent's cue) and the report analysed again; "no idea, I was at work so I didn't
   see it" alike ("see"). Don't know, and why (the owner away, not having seen it:
   `understanding-owner-away`), with no cue of an answer outside the why: the question skipped,
   nothing added, no model call (`_dont_know_away`). "…엄마 말로는 택배 왔었대요" still answers.
2. The moment and what the dog did, told in order ("밖에서 오토바이 소리가 나니까 콩이가 막
   짖었어요", "the doorbell rang so she ran to the door barking" at "right before?";
   "I took her to her crate and she kept whining for like 10 min after" at "right after?") asked
   "add to the last report or a new one?". It is the answer to the question asked
   (`understanding-followup-in-order`, `TOLD_IN_ORDER`): added, analysed again. A new incident
   with its own time ("this morning … again") is still asked.
3. "왜 물어보는거예요?", "그건 왜 물어봐요?", "why are you asking?" at a follow-up question went to
   the coach model as questions. Why the question is asked is explained (`analysis-followup-why`,
   `understanding-followup-why-asking`), no model call, nothing added.
4. While a report waits: "he was also shaking after" was a new report (its "also"): more of that
   moment, detail added to the report waiting (`MORE_OF_MOMENT`; "그 뒤에 한참 덜덜 떨기도 했어요"
   was a new incident for the "참" inside "한참": `.words` now). "meanwhile Bori knocked over the
   trash can 🙄" (the owner's other dog) was glued onto the waiting report, a report lost: a new
   report of its own, filed under Bori (`understanding-meanwhile`). A photo captioned "이게
   물어뜯은 쿠션이에요" became a new report analysed: a photo pointed at while a report waits shows
   that incident, no new one; the media reply ("I can only read text"), the report unchanged
   (`PHOTO_POINTED`). Chosen over detail: the caption's words point at a picture the bot cannot
   see, and what they name the report waiting told already.

Before the fixes 27 of the 31 tests here failed (already passing: "몰라요 자고 있어서 못봤어요" at "right
after?", whose cue "자고 있었" was read already; "그 사이에 보리가 …" on both channels, the other dog
named making it a report already; the guard).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_photo, tg_result_shown, tg_settings, tg_typed
from tests.test_dog_retold import _two_dogs_on_telegram
from tests.test_dog_words import TWO_DOGS, _kakao_reports, _model_calls, _tg_reports, _two_dogs_on_kakao
from tests.test_kakao_skill import Server, kakao, skill_body, texts_of  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import TURN_BOUND, harness

# -- 1. don't know, and why (the owner not there) -------------------------------------------------

AWAY = [
    ("ko", "antecedent", "모르겠어요ㅠ 회사에 있어서 못봤어"),
    ("en", "antecedent", "no idea, I was at work so I didn't see it"),
    ("ko", "consequence", "몰라요 자고 있어서 못봤어요"),
    ("en", "consequence", "idk, i wasn't home so i didnt see"),
]


@pytest.mark.parametrize(("lang", "topic", "text"), AWAY)
async def test_dont_know_as_the_owner_was_away_skips_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, topic: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = missing(topic)
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, f"analysis-followup-{topic}") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]], user.text


@pytest.mark.parametrize(("lang", "topic", "text"), AWAY[:2])
async def test_dont_know_as_the_owner_was_away_skips_the_question_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    topic: str,
    text: str,
) -> None:
    fake_ollama.behaviour.analysis = missing(topic)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 55001 + ("ko", "en").index(lang)
        await tg_result_shown(tg, chat, lang, topic, BARK[lang])
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]], shown


# -- 2. the moment and what the dog did, told in order: the answer --------------------------------

IN_ORDER = [
    ("ko", "antecedent", "밖에서 오토바이 소리가 나니까 콩이가 막 짖었어요"),
    ("en", "antecedent", "the doorbell rang so she ran to the door barking"),
    ("ko", "consequence", "안아서 방에 데려갔는데 콩이는 한 5분 계속 현관보고 짖었어요"),
    ("en", "consequence", "I took her to her crate and she kept whining for like 10 min after"),
]


async def answer_kept_on_kakao(kakao: Server, fake: FakeOllama, lang: str, topic: str, text: str) -> None:
    """`text` typed at the result's `topic` question on Kakao is added to the report as its
    answer: no "add or new?" asked, one report holding it."""
    fake.behaviour.analysis = missing(topic)
    user = await _result_shown(kakao, fake, lang, BARK[lang])
    assert t(lang, f"analysis-followup-{topic}") in user.text, user.text
    await user.send(text)
    assert t(lang, "analysis-followup-which") not in user.text, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert len(rows) == 1 and text in rows[0].text, (rows, user.text)


async def answer_kept_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    topic: str,
    text: str,
) -> None:
    """The same on Telegram (`answer_kept_on_kakao`)."""
    fake.behaviour.analysis = missing(topic)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake, tmp_path)) as tg:
        await tg_result_shown(tg, chat, lang, topic, BARK[lang])
        shown = await tg_typed(tg, chat, text)
        assert t(lang, "analysis-followup-which") not in shown, shown
        rows = await _tg_reports(tg, chat)
        assert len(rows) == 1 and text in rows[0].text, (rows, shown)


@pytest.mark.parametrize(("lang", "topic", "text"), IN_ORDER)
async def test_the_moment_told_in_order_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, topic: str, text: str
) -> None:
    await answer_kept_on_kakao(kakao, fake_ollama, lang, topic, text)


@pytest.mark.parametrize(("lang", "topic", "text"), [IN_ORDER[0], IN_ORDER[3]])
async def test_the_moment_told_in_order_is_the_answer_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    topic: str,
    text: str,
) -> None:
    chat = 55011 + ("ko", "en").index(lang)
    await answer_kept_on_telegram(fake_telegram, fake_ollama, tmp_path, chat, lang, topic, text)


async def test_a_new_incident_with_its_own_time_is_still_asked_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """The guard: "this morning … again" at "right before?" is another occasion, asked."""
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, "en", BARK["en"])
    await user.send("this morning the mailman came and then she barked again")
    assert t("en", "analysis-followup-which") in user.text, user.text


# -- 3. why the follow-up asks ----------------------------------------------------------------------

WHY = [
    ("ko", "왜 물어보는거예요?"),
    ("ko", "그건 왜 물어봐요?"),
    ("en", "why are you asking?"),
    ("en", "why do you wanna know?"),
]


@pytest.mark.parametrize(("lang", "text"), WHY)
async def test_why_the_followup_asks_is_explained_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-frequency") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(text)
    assert t(lang, "analysis-followup-why-frequency") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]


@pytest.mark.parametrize(("lang", "text"), [WHY[0], WHY[2]])
async def test_why_the_followup_asks_is_explained_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 55021 + ("ko", "en").index(lang)
        await tg_result_shown(tg, chat, lang, "frequency", BARK[lang])
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        assert t(lang, "analysis-followup-why-frequency") in shown, shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]]


# -- 4. while a report waits: more of its moment, another incident, a photo pointed at -------------

MORE = {"ko": "그 뒤에 한참 덜덜 떨기도 했어요", "en": "she was also shaking after"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_more_of_the_moment_is_detail_of_the_report_waiting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(MORE[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert len(rows) == 1 and MORE[lang] in rows[0].text, (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_more_of_the_moment_is_detail_of_the_report_waiting_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 55031 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        shown = await tg_typed(tg, chat, MORE[lang])
        rows = await _tg_reports(tg, chat)
        assert len(rows) == 1 and MORE[lang] in rows[0].text, (rows, shown)


REPORT = {
    "ko": "초코가 택배 오면 현관에서 계속 짖어요",
    "en": "Choco barks at the door every time the mailman comes",
}
MEANWHILE = {
    "ko": "그 사이에 보리가 쓰레기통 엎었어요 🙄",
    "en": "meanwhile Bori knocked over the trash can 🙄",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_other_dog_meanwhile_is_a_report_of_its_own_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user, ids = await _two_dogs_on_kakao(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(REPORT[lang])
    await user.send(MEANWHILE[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [REPORT[lang], MEANWHILE[lang]], (rows, user.text)
    assert rows[1].dog_id == ids[TWO_DOGS[lang][0]], rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_other_dog_meanwhile_is_a_report_of_its_own_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 55041 + ("ko", "en").index(lang)
        ids = await _two_dogs_on_telegram(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, REPORT[lang])
        shown = await tg_typed(tg, chat, MEANWHILE[lang])
        rows = await _tg_reports(tg, chat)
        assert [r.text for r in rows] == [REPORT[lang], MEANWHILE[lang]], (rows, shown)
        assert rows[1].dog_id == ids[TWO_DOGS[lang][0]], rows


POINTED = {"ko": "이게 물어뜯은 쿠션이에요", "en": "this is the rug she chewed"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_photo_pointed_at_while_a_report_waits_is_the_photo_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Kakao says a photo with `action.params.media`; its words are read as the caption (the
    corpus's `media:` rows)."""
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    said = await kakao_photo(kakao, user.key, POINTED[lang], lang)
    assert t(lang, "unsupported-input") in said, said
    await asyncio.sleep(0.3)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]], said


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_photo_pointed_at_while_a_report_waits_is_the_photo_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 55051 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        before = len(tg.sent(chat))
        result = await tg.fake.deliver_photo(chat, caption=POINTED[lang], language_code=lang)
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        shown = tg.sent(chat)[before:]
        assert t(lang, "unsupported-input") in shown, shown
        await asyncio.sleep(0.3)
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]], shown
