# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper fix20a: held-out 20's (a puppy's first month, a family sharing one account) reports
lost, non-reports leaked and one destructive misreading, each reproduced as a kind through a real
channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English, with variants of our own (corpus batches 747-751).

Severe:
1. A family member introducing themselves ("안녕하세요 저는 지우 엄마예요 같은 계정 같이 써요"): the
   command to remove a dog called "저는" (지우, a given name, is also the bare stem of 지우다, to
   erase). A greeting; a removal needs its verb with an ending ("지워", "지우기") and no
   self-introduction word is a dog's name. Guards: "콩이 지워줘", "delete Rex" still ask to remove.
Lost:
2. A bite spelt as it sounds ("두부가 내 손을 무러써요 아파요": 물었어요; "she bited my hand"): noise.
   A report (the past read back as spelt by `fold`).
3. A fall with a limp asked "what do I do" ("…소파에서 떨어졌는데 앞다리를 절어요 어떡하죠"): a
   question for the coach. The report, its safety card answering.
4. The behaviour again after a result, where a puppy has accidents and while the owner read
   ("she just did it again on the 매트 while I was reading your reply"): noise. A second report.
5. A fall told at a check-in's "anything to add?" ("특별한 건 없는데 아까 계단에서 떨어졌어요"): the
   note alone. The note and a report.
Leaked (a non-report sent to the model as a report):
6. While a report waits, when it only happens or starts ("발 무는건 걸어다닐때만 그래요", "the crying
   starts when we turn off the lights") or the dog hiding after the owner's reaction ("혼내면
   숨어버려요", "when I yell at her she hides"): a second report. Detail of the report waiting.
7. Right after a result, the step's toy given and ignored ("근데 장난감 줘도 무시하고 내 발만
   무는데?"): a second report. An objection.
8. A cause guessed and asked ("…영양이 부족해서 그런 건가요 사료를 바꿔야 하나요"): a report.
   A question for the coach.
9. At a survey question, the baby crying ("잠시만요 애기가 울어서"): a report. The wait.
10. At a check-in, what the step offers done instead, more often ("손 대신 장난감 무는 일이
    늘었어요"): a report, or worse. Better.

Run at fbfbc9ba (before the fix): 1-5, 24 of 32 failed (the 8 that passed are guards, the removal
with its verb, Korean and English, and the English introductions, already small talk); 6-10, 22 of
24 failed (the English baby crying was already the wait on both channels). 7 at first passed only
right after a result with nothing open; at the result's question it was still a report (fixed too).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_checkin_asked, tg_settings, tg_surveyed, tg_typed
from tests.test_checkin_answers_that_tell import reports_of
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import FAST, checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for

REMOVAL_ASKED = ("profile-remove-ask", "profile-remove-pick", "profile-remove-unknown")


def _removal_asked(lang: str, shown: str) -> bool:
    """A removal's question, list or "no dog called …" shown: the longest stretch of each message
    that holds no name (the name read from the introduction is whatever words came before)."""
    for key in REMOVAL_ASKED:
        pieces = t(lang, key, name="\x00", dogs="\x00").split("\x00")
        if max(pieces, key=len).strip() in shown:
            return True
    return False


# -- 1. a family member introducing themselves -------------------------------------------------------

INTROS: dict[tuple[str, str], str] = {
    ("mom", "ko"): "안녕하세요 저는 지우 엄마예요 같은 계정 같이 써요",
    ("dad", "ko"): "안녕하세요 저 지우 아빠인데 같이 써요",
    ("bare", "ko"): "저는 지우 엄마예요",
    ("mom", "en"): "hi I'm Jiwoo's mom, we share this account",
    ("dad", "en"): "I'm his dad, we share this account",
}
REMOVALS = {"ko": "콩이 지워줘", "en": "delete Rex"}


@pytest.mark.parametrize(("kind", "lang"), list(INTROS))
async def test_a_family_introduction_removes_nothing_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(INTROS[kind, lang])
    await asyncio.sleep(0.3)
    assert not _removal_asked(lang, user.text), user.text
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == before, user.text


@pytest.mark.parametrize(("kind", "lang"), list(INTROS))
async def test_a_family_introduction_removes_nothing_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    chat = 64100 + list(INTROS).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, INTROS[kind, lang])
        await asyncio.sleep(0.3)
        assert not _removal_asked(lang, shown), shown
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == before, shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_removal_with_its_verb_still_asks_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(REMOVALS[lang])
    assert _removal_asked(lang, user.text), user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_removal_with_its_verb_still_asks_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 64110 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        shown = await tg_typed(tg, chat, REMOVALS[lang])
        assert _removal_asked(lang, shown), shown


# -- 2-3. a bite spelt as it sounds; a fall with a limp asked about, idle -----------------------------

REPORTS: dict[tuple[str, str], str] = {
    ("sounded", "ko"): "콩이가 내 손을 무러써요 아파요",
    ("sounded", "en"): "she bited my hand it hurts",
    ("eaten", "ko"): "콩이가 양말을 머거써요ㅠㅠ",
    ("fall", "ko"): "콩이가 소파에서 떨어졌는데 앞다리를 절어요 어떡하죠",
    ("fall", "en"): "she fell off the sofa and now she's limping on her front leg, what do I do",
}
LIMPING = ("fall",)


@pytest.mark.parametrize(("kind", "lang"), list(REPORTS))
async def test_a_sounded_bite_or_a_fall_is_kept_and_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(REPORTS[kind, lang])
    if kind in LIMPING:
        assert t(lang, "safety-pain_illness")[:20] in user.text, user.text
    assert _kept(await _kakao_reports(kakao, user.key)) == [REPORTS[kind, lang]], user.text
    await eventually(lambda: _model_calls(fake_ollama) > before)


@pytest.mark.parametrize(("kind", "lang"), list(REPORTS))
async def test_a_sounded_bite_or_a_fall_is_kept_and_analysed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    chat = 64120 + list(REPORTS).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, REPORTS[kind, lang])
        if kind in LIMPING:
            assert t(lang, "safety-pain_illness")[:20] in shown, shown
        assert _kept(await _tg_reports(tg, chat)) == [REPORTS[kind, lang]], shown
        await eventually(lambda: _model_calls(fake_ollama) > before)


# -- 4. again, where a puppy has accidents, while the owner read the reply ----------------------------

AGAIN = {
    "ko": "방금 답장 읽는 동안 또 매트에 했어요",
    "en": "she just did it again on the 매트 while I was reading your reply",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_again_on_the_mat_after_a_result_is_a_second_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(AGAIN[lang])
    await asyncio.sleep(0.3)
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert len(rows) == 2 and rows[0].startswith(BARK[lang]), (rows, user.text)
    assert rows[1].endswith(AGAIN[lang]), rows  # filed as the behaviour analysed, once more


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_again_on_the_mat_after_a_result_is_a_second_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64130 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARK[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        await tg.say(chat, "/result")
        await asyncio.sleep(0.3)
        shown = await tg_typed(tg, chat, AGAIN[lang])
        await asyncio.sleep(0.3)
        rows = _kept(await _tg_reports(tg, chat))
        assert len(rows) == 2 and rows[0].startswith(BARK[lang]), (rows, shown)
        assert rows[1].endswith(AGAIN[lang]), rows  # filed as the behaviour analysed, once more


# -- 5. a fall told at a check-in's "anything to add?" -------------------------------------------------

BETTER = {"ko": "좋아졌어요", "en": "better"}
FELL = {
    "ko": "특별한 건 없는데 아까 계단에서 떨어졌어요",
    "en": "nothing special, but she fell down the stairs earlier",
}
CHECKIN_REPORTS = {"ko": (REPORT_KO, STEP_KO), "en": (REPORT_EN, STEP_EN)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_fall_at_the_checkins_note_is_a_report_too_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_checkin_asked(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(BETTER[lang])
        assert t(lang, "coaching-checkin-note") in owner.text, owner.texts
        await owner.send(FELL[lang])
        await asyncio.sleep(0.3)
        stored = await reports_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
    assert FELL[lang] in stored, (stored, owner.texts)


@asynccontextmanager
async def _at_checkin(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, chat: int
) -> AsyncIterator[Harness]:
    """A Telegram owner whose report's plan was shown and whose check-in is now asking."""
    fake_ollama.behaviour.analysis = analysis()
    report, step = CHECKIN_REPORTS[lang]
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await push_checkin(tg, chat, lang, step)
        yield tg


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_fall_at_the_checkins_note_is_a_report_too_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 64140 + ("ko", "en").index(lang)
    async with _at_checkin(fake_telegram, fake_ollama, tmp_path, lang, chat) as tg:
        await tg.say(chat, BETTER[lang], language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        await tg.say(chat, FELL[lang], language_code=lang)
        await asyncio.sleep(0.5)
        stored = await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))
    assert FELL[lang] in stored, (stored, tg.sent(chat))


# -- 6. when it only happens or starts, the dog hiding after a reaction, while a report waits --------

DETAIL: dict[tuple[str, str], str] = {
    ("only", "ko"): "발 무는건 걸어다닐때만 그래요",
    ("only", "en"): "the crying starts when we turn off the lights",
    ("hides", "ko"): "혼내면 숨어버려요",
    ("hides", "en"): "when I yell at her she hides",
}


@pytest.mark.parametrize(("kind", "lang"), list(DETAIL))
async def test_detail_while_a_report_waits_is_added_to_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(DETAIL[kind, lang])
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert len(rows) == 1 and rows[0].startswith(BARK[lang]), (rows, user.text)
    assert DETAIL[kind, lang] in rows[0], rows


@pytest.mark.parametrize(("kind", "lang"), list(DETAIL))
async def test_detail_while_a_report_waits_is_added_to_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64150 + list(DETAIL).index((kind, lang))
        await tg_owner(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        shown = await tg_typed(tg, chat, DETAIL[kind, lang])
        rows = _kept(await _tg_reports(tg, chat))
        assert len(rows) == 1 and rows[0].startswith(BARK[lang]), (rows, shown)
        assert DETAIL[kind, lang] in rows[0], rows


# -- 7-8. the step's toy ignored after a result; a cause guessed and asked ----------------------------

IGNORED = {
    "ko": "근데 장난감 줘도 무시하고 내 발만 무는데?",
    "en": "but she ignores the toy and just bites my feet?",
}
GUESSED = {
    "ko": "강아지가 똥을 먹는 건 영양이 부족해서 그런 건가요 사료를 바꿔야 하나요",
    "en": "puppies eating poop is that because of bad nutrition? should I switch food",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_toy_ignored_after_a_result_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(IGNORED[lang])
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [BARK[lang]], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_toy_ignored_after_a_result_is_no_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64160 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARK[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        await tg.say(chat, "/result")
        shown = await tg_typed(tg, chat, IGNORED[lang])
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [BARK[lang]], shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_cause_guessed_and_asked_is_no_report_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(GUESSED[lang])
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_cause_guessed_and_asked_is_no_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 64170 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        shown = await tg_typed(tg, chat, GUESSED[lang])
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown


# -- 9. the baby crying at a survey question ----------------------------------------------------------

BABY = {"ko": "잠시만요 애기가 울어서", "en": "hold on the baby is crying"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_baby_crying_at_the_size_is_the_wait_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "size")
    before = _model_calls(fake_ollama)
    await user.send(BABY[lang])
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == before, user.text
    assert "size" not in await kakao_answers(kakao, user.key), user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_baby_crying_at_the_size_is_the_wait_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 64180 + ("ko", "en").index(lang)
        await tg_at(tg, chat, lang, "size")
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, BABY[lang])
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == before, shown
        assert "size" not in await tg_answers(tg, chat), shown


# -- 10. at a check-in, what the step offers done instead, more often ---------------------------------

INSTEAD = {
    "ko": "손 대신 장난감 무는 일이 늘었어요",
    "en": "she bites the toy instead of my hands more often now",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_toy_instead_more_often_is_better_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_checkin_asked(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(INSTEAD[lang])
        await asyncio.sleep(0.3)
        store = srv.app.state.runtime.store
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        stored = await reports_of(store, Channel.KAKAO, owner.key)
    assert (rows[0].status, rows[0].outcome) == ("answered", "better"), owner.texts
    assert len(stored) == 1, stored


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_toy_instead_more_often_is_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 64190 + ("ko", "en").index(lang)
    async with _at_checkin(fake_telegram, fake_ollama, tmp_path, lang, chat) as tg:
        await tg.say(chat, INSTEAD[lang], language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        stored = await reports_of(tg.rt.store, Channel.TELEGRAM, str(chat))
    assert (rows[0].status, rows[0].outcome) == ("answered", "better"), tg.sent(chat)
    assert stored == [CHECKIN_REPORTS[lang][0]], stored
